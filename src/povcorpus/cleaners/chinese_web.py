"""The ``chinese_web`` cleaner: damage that Chinese web pages add to Chinese text.

In Chinese text (``ctx.lang == "zh"``, or no language given and a Han text
without kana or hangul):

* pinyin readings injected after characters are removed: ``國(guó)務(wù)院`` →
  ``國務院``. A reading is one pinyin syllable in ASCII or full-width
  parentheses right after a Han character, with a tone mark or tone digit
  (``(guó)``, ``(guo2)``), a neutral-tone particle (``的(de)``, ``了(le)``),
  or any syllable when the text holds at least two such readings;
* half-width ``, ; : ? !`` between two Han characters become ``， ； ： ？ ！``
  (a space after the mark goes too); option ``chinese_web.full_width``,
  on by default: on the clean Chinese sentences of the development set it
  changed nothing;
* a decimal split by a space is joined: ``12. 8 万`` → ``12.8 万``, when a
  Han character, ``%`` or ``‰`` follows the number.

Left alone: an English gloss in parentheses (``中國(China)``), list markers
(``(一)``, ``(a)`` without readings around it), numbers with a thousands
separator (``1,200元``), times (``10:30``), URLs, and every text that is not
Chinese (Japanese shares the Han characters, but not these rules).
"""

from __future__ import annotations

import re

from povcorpus.cleaners._common import text_script
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.cleaners.whitespace import ODD_SPACES
from povcorpus.edits import replace_spans

__all__ = ["chinese_web"]

_HAN = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_TONED = "āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ"
_SYLLABLE = f"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?(?:[aeiouüv{_TONED}]{{1,3}})(?:ng|n|r)?"
_READING = re.compile(
    f"(?<=[{_HAN}])(?:\\(({_SYLLABLE})([1-5])?\\)|（({_SYLLABLE})([1-5])?）)",
    re.IGNORECASE,
)
_TONE = re.compile(f"[{_TONED}]")
_NEUTRAL = frozenset({"de", "le", "men", "me", "zi", "ma", "ne", "ba", "zhe", "ge"})
_HALF = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！"}
# A run of spaces counts as one: the ``whitespace`` cleaner, which runs later, would make it one
# (or none), and cleaning again would then find what this pass did not.
_SPACES = f"[ {ODD_SPACES}]"
_HALF_BETWEEN = re.compile(f"(?<=[{_HAN}])[,;:?!]{_SPACES}*(?=[{_HAN}])")
_DECIMAL = re.compile(f"(?<![\\d.])\\d+\\.({_SPACES}+)\\d+(?={_SPACES}*[{_HAN}%‰])")
_DOT_SPACE = re.compile(f"\\.{_SPACES}")
_KANA_HANGUL = re.compile("[\u3040-\u30ff\uac00-\ud7af]")
_TRIGGERS = frozenset("(（,;:?!.")


def _is_chinese(text: str, ctx: CleanContext) -> bool:
    if ctx.lang is not None:
        return ctx.base_lang == "zh"
    return text_script(text, ctx) == "Han" and _KANA_HANGUL.search(text) is None


@register_cleaner("chinese_web")
def chinese_web(text: str, ctx: CleanContext) -> CleanResult:
    """Remove injected pinyin, make half-width punctuation between Han full-width, join split decimals.

    >>> chinese_web("國(guó)務(wù)院公布,全年增长12. 8万人", CleanContext(lang="zh")).text
    '國務院公布，全年增长12.8万人'

    Args:
        text: the text to clean.
        ctx: the context; nothing changes unless the text is Chinese; option
            ``chinese_web.full_width`` (default ``True``).

    Returns:
        The repaired text and one edit per change.
    """
    if _TRIGGERS.isdisjoint(text) or not _is_chinese(text, ctx):
        return CleanResult(text)
    spans: list[tuple[int, int, str]] = []
    if "(" in text or "（" in text:
        readings = list(_READING.finditer(text))
        several = len(readings) >= 2
        for match in readings:
            syllable = (match.group(1) or match.group(3) or "").lower()
            toned = match.group(2) or match.group(4) or _TONE.search(syllable) is not None
            if toned or several or syllable in _NEUTRAL:
                spans.append((match.start(), match.end(), ""))
    if ctx.option("chinese_web", "full_width", True):
        spans.extend((m.start(), m.end(), _HALF[m.group()[0]]) for m in _HALF_BETWEEN.finditer(text))
    if ". " in text or (not text.isascii() and _DOT_SPACE.search(text)):
        spans.extend((m.start(1), m.end(1), "") for m in _DECIMAL.finditer(text))
    if not spans:
        return CleanResult(text)
    new_text, edits = replace_spans(text, spans, "chinese_web", ctx.field, ctx.step)
    return CleanResult(new_text, edits)
