"""The ``persian_zwnj`` cleaner: zero-width non-joiners (U+200C) lost from Persian words.

Persian writes some morphemes of one word apart with a ZWNJ (``نیم‌فاصله``);
scrapers and converters often drop it, gluing the letters into a wrong shape:
``میشود`` for ``می‌شود``, ``برنامهریزیهای`` for ``برنامه‌ریزی‌های``. Only
boundaries that standard orthography always marks, and that a short rule can
recognise without a dictionary, are restored:

* the verbal prefix ``می``/``نمی`` before a verb form built on one of the
  frequent present or past stems listed here, with a personal ending
  (``میشود``, ``نمیتوانند``, ``میکردند``);
* the plural ``ها`` (with ``ی``, ``یی`` or a possessive ending) after a word
  ending in ``ه`` or ``ی`` (``برنامههایی``, ``پیگیریها``);
* a final silent ``ه`` (not after ``ا`` or ``و``, which mostly ends a root
  as in ``راه``, ``کوه``) before the common second elements of compound nouns
  (``ریزی``, ``گذاری``, ``سازی``, ``پذیری``, ``گیری``, ``رسانی``…).

The loss is systematic (a converter drops every ZWNJ), so a text that still
holds any ZWNJ is left as its writer spelled it: joined forms such as
``همکاریهای`` are accepted spellings, not damage, in such a text.

Deliberately left alone: words that merely begin with ``می`` (``میان``,
``میز``), the indefinite ``ای`` after ``ه`` (``خانهای`` may also be the plural
of ``خان``), and any text without Persian letters (Arabic and Urdu are never
touched). The cleaner runs only where Persian letters (پ چ ژ گ, Persian ی/ک)
occur, so Arabic text stays as it is.
"""

from __future__ import annotations

import re

from povcorpus.cleaners._common import has_any
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.edits import replace_spans

__all__ = ["persian_zwnj"]

ZWNJ = "\u200c"

# Frequent present stems (می + stem + ending) and past stems (می + stem + ending).
_PRESENT_STEMS = (
    "شو",
    "کن",
    "ده",
    "رو",
    "آی",
    "گیر",
    "دار",
    "توان",
    "خواه",
    "گوی",
    "گو",
    "بین",
    "دان",
    "ساز",
    "یاب",
    "رس",
    "آور",
    "پذیر",
    "گذار",
    "ریز",
    "نویس",
    "خوان",
    "پرداز",
    "مان",
    "کوش",
    "گرد",
    "بخش",
    "افزای",
    "کاه",
    "بر",
    "آموز",
    "فروش",
    "خر",
    "پوش",
    "نشین",
    "شناس",
    "گرای",
    "رسان",
    "چرخ",
    "دو",
)
_PAST_STEMS = (
    "شد",
    "کرد",
    "داد",
    "رفت",
    "آمد",
    "گفت",
    "توانست",
    "خواست",
    "داشت",
    "گرفت",
    "دید",
    "زد",
    "ماند",
    "ساخت",
    "یافت",
    "رسید",
    "آورد",
    "پذیرفت",
    "گذاشت",
    "نوشت",
    "خواند",
    "پرداخت",
    "کوشید",
    "بخشید",
    "افزود",
    "کاست",
    "برد",
    "آموخت",
    "فروخت",
    "خرید",
    "شناخت",
    "دانست",
    "گشت",
    "نشست",
)
# The second person singular ``ی`` is left out: ``میدانی`` is also "of the square".
_ENDINGS = "(?:ند|ید|یم|م|د)"
_PAST_ENDINGS = "(?:ند|ید|یم|م)?"
_LETTER = "\u0620-\u064a\u066e-\u06d3\u06d5\u06fa-\u06ff"  # Arabic-script letters (no diacritics)


def _alternatives(stems: tuple[str, ...]) -> str:
    return "|".join(sorted(stems, key=len, reverse=True))


_VERB = re.compile(
    f"(?<![{_LETTER}\u200c])ن?می(?=(?:(?:{_alternatives(_PRESENT_STEMS)}){_ENDINGS}"
    f"|(?:{_alternatives(_PAST_STEMS)}){_PAST_ENDINGS})(?![{_LETTER}\u200c]))"
)
_PLURAL = re.compile(
    f"(?<=[{_LETTER}]{{2}})[هی](?=ها(?:ی(?:ی|م|ت|ش|مان|تان|شان)?|یم|یت|یش|یمان|یتان|یشان)?(?![{_LETTER}\u200c]))"
)
_COMPOUND = re.compile(
    f"(?<=[{_LETTER}]{{2}})(?<![او])ه(?=(?:ریزی|گذاری|سازی|پذیری|گیری|رسانی|شناسی|نویسی|کننده|کنندگان)[{_LETTER}\u200c]*)"
)
_PERSIAN_LETTERS = "پچژگیک"
"""Letters Persian writes and Arabic does not."""
_URDU_LETTERS = "ٹڈڑںےہ"
"""Letters Urdu writes and Persian does not."""


@register_cleaner("persian_zwnj")
def persian_zwnj(text: str, ctx: CleanContext) -> CleanResult:
    """Put back the ZWNJ after ``می``, before plural ``ها`` and inside common compounds.

    >>> persian_zwnj("برنامهریزیهای دولت فعال میشود", CleanContext()).text == (
    ...     "برنامه\\u200cریزی\\u200cهای دولت فعال می\\u200cشود")
    True
    >>> persian_zwnj("میان میز", CleanContext()).text
    'میان میز'

    Args:
        text: the text to clean.
        ctx: the context (the rule runs only where Persian letters occur, or ``ctx.lang == "fa"``).

    Returns:
        The text with ZWNJs inserted, one zero-width edit per insertion.
    """
    if text.isascii() or (ctx.lang not in (None, "fa")):
        return CleanResult(text)
    if ctx.lang != "fa" and (not has_any(text, _PERSIAN_LETTERS) or has_any(text, _URDU_LETTERS)):
        return CleanResult(text)
    if ZWNJ in text:
        return CleanResult(text)  # a writer who uses ZWNJs: joined forms are their choice
    positions: set[int] = set()
    for match in _VERB.finditer(text):
        positions.add(match.end())
    for pattern in (_PLURAL, _COMPOUND):
        for match in pattern.finditer(text):
            positions.add(match.end())
    new, edits = replace_spans(
        text, ((at, at, ZWNJ) for at in positions), "persian_zwnj", ctx.field, ctx.step
    )
    return CleanResult(new, edits)
