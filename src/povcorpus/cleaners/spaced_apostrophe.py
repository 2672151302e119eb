"""The ``spaced_apostrophe`` cleaner: a space wrongly put next to an apostrophe.

Two kinds of damage are joined:

* a space (or up to three, ordinary or odd) *after* the apostrophe before a
  clitic: ``nation' s`` → ``nation's``,
  ``women’ s`` → ``women’s``; for ``s`` in any Latin-script language (Dutch
  ``auto' s`` too), for ``t`` (after ``n``), ``re``, ``ve``, ``ll``, ``d``,
  ``m`` only in English (``lang`` ``"en"`` or unknown);
* a space *before* the apostrophe, as tokenisers leave it (``China 's``,
  ``do n't``): English only (``lang="en"``), because Dutch writes ``'s
  morgens`` with that space;
* a space after an elided word before the vowel or ``h`` it was elided for, in
  French (``l' accès``, ``qu' il``, ``jusqu' au``), Catalan (``l' informe``,
  ``d' aigua``) and Italian (``l' occupazione``, ``dell' anno``, ``un' altra``),
  with ``lang`` set to one of them. Only the elided forms of the language are
  read, and only after a space, a line start or an opening mark, so Italian
  ``po' di`` (*poco*), a quotation closed before a word (``'oui' à``) and a
  hyphenated name (``Porte-d’ Or``) keep their space.

The apostrophe character itself is kept as the document wrote it. Plural
possessives (``farmers' cooperatives``) and quoted words (``'s'``) stay.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from povcorpus.cleaners._common import CASED_LETTER
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.cleaners.whitespace import ODD_SPACES
from povcorpus.edits import replace_spans

__all__ = ["spaced_apostrophe"]

_END = r"(?![\w'’-])"
_GAP = f"[ {ODD_SPACES}]+"  # a space, possibly doubled or odd (whitespace collapses runs later)
_SPACES = frozenset(
    " \u00a0\u1680\u202f\u205f\u3000\ufeff" + "".join(chr(code) for code in range(0x2000, 0x200B))
)
"""The characters of ``_GAP``, for reading a gap backwards."""
# One pattern per apostrophe character: a pattern that starts with a literal lets the engine skip
# to the next apostrophe at C speed, where a class of two is tried at every position.
_MARKS = "'’"
_AFTER_ANY = tuple((mark, re.compile(f"{mark}(?<=[{CASED_LETTER}]{mark})({_GAP})s{_END}")) for mark in _MARKS)
_AFTER_EN = tuple(
    (
        mark,
        re.compile(
            f"{mark}(?:(?<=[{CASED_LETTER}]{mark})({_GAP})(?:s|re|ve|ll|d|m)|(?<=n{mark})({_GAP})t){_END}"
        ),
    )
    for mark in _MARKS
)
# A space before the apostrophe: found from the apostrophe, then the spaces before it (or
# before the "n" of "n't") are read backwards.
_CLITIC_EN = tuple((mark, re.compile(f"{mark}(s|re|ve|ll|d|m|t){_END}")) for mark in _MARKS)
_LETTER_BEFORE = re.compile(f"[{CASED_LETTER}]")

_ELIDED = {
    "fr": ("l", "d", "j", "m", "n", "s", "t", "c", "qu", "lorsqu", "puisqu", "jusqu", "quoiqu", "presqu"),
    "ca": ("l", "d", "m", "n", "s", "t"),
    "it": ("l", "d", "c", "m", "t", "v", "s", "n", "un", "dell", "nell", "all", "sull", "dall", "coll",
           "quest", "quell", "tutt"),
}  # fmt: skip
"""The words each language elides before a vowel or ``h`` (lower-cased)."""
_ELIDED_BEFORE = {
    lang: re.compile(f'(?:\\A|(?<=[\\s(\\[«“‘"]))(?:{"|".join(words)})\\Z', re.IGNORECASE)
    for lang, words in _ELIDED.items()
}
"""An elided word after a space, a line start or an opening mark: not inside a hyphenated name, which
writes its apostrophe in more than one way (``Porte-d’ Or``, ``Côte-d’Ivoire``)."""
_ELISION_GAP = tuple(
    (mark, re.compile(f"{mark}({_GAP})(?=[aeiouhyàâäáéèêëíìîïóòôöúùûüœæ])", re.IGNORECASE)) for mark in _MARKS
)
"""An apostrophe, the spaces after it, and a vowel or ``h`` next: where an elided word may have been cut
off."""


def _elisions(text: str, lang: str) -> list[tuple[int, int]]:
    """The spaces after an elided word of ``lang`` (``l' accès``), as ``(start, end)`` spans."""
    before = _ELIDED_BEFORE[lang]
    return [
        (match.start(1), match.end(1))
        for match in _matches(_ELISION_GAP, text)
        if before.search(text, max(0, match.start() - 8), match.start()) is not None
    ]


_SPACED_AFTER = tuple((mark, re.compile(f"{mark}(?=[ {ODD_SPACES}])")) for mark in _MARKS)
_SPACED_BEFORE_OR_AFTER = tuple(
    (
        mark,
        re.compile(f"{mark}(?:(?=[ {ODD_SPACES}])|(?<=[ {ODD_SPACES}]{mark})|(?<=[ {ODD_SPACES}]n{mark}))"),
    )
    for mark in _MARKS
)


def _matches(patterns: tuple[tuple[str, re.Pattern[str]], ...], text: str) -> Iterator[re.Match[str]]:
    """The matches of each apostrophe's pattern, apostrophe by apostrophe."""
    for mark, pattern in patterns:
        if mark in text:
            yield from pattern.finditer(text)


def _before_en(text: str) -> list[tuple[int, int]]:
    """The spaces before an English clitic (``China 's``, ``do n't``)."""
    found = []
    for match in _matches(_CLITIC_EN, text):
        end = match.start()
        if match.group(1) == "t":
            if not end or text[end - 1] != "n":
                continue
            end -= 1
        start = end
        while start and text[start - 1] in _SPACES:
            start -= 1
        if start < end and start and _LETTER_BEFORE.match(text, start - 1):
            found.append((start, end))
    return found


@register_cleaner("spaced_apostrophe")
def spaced_apostrophe(text: str, ctx: CleanContext) -> CleanResult:
    """Remove the space in ``nation' s`` (and, in English, ``don' t``, ``China 's``).

    >>> spaced_apostrophe("the nation' s farmers' cooperatives", CleanContext()).text
    "the nation's farmers' cooperatives"

    Args:
        text: the text to clean.
        ctx: the context; ``ctx.lang`` decides which clitics are joined.

    Returns:
        The joined text and one edit per removed space.
    """
    if not _may_change(text, ctx.lang == "en"):
        return CleanResult(text)
    return _join(text, ctx)


def _may_change(text: str, before: bool) -> bool:
    """The pre-check: an apostrophe with a space after it (or, with ``before``, before it or its ``n``).

    Every repair removes such a space. The patterns start with the apostrophe, so the engine
    skips to each one at C speed.
    """
    patterns = _SPACED_BEFORE_OR_AFTER if before else _SPACED_AFTER
    return any(mark in text and pattern.search(text) is not None for mark, pattern in patterns)


def _join(text: str, ctx: CleanContext) -> CleanResult:
    """The cleaner without its pre-check."""
    english = ctx.lang in (None, "en")
    spans: dict[int, tuple[int, int, str]] = {}
    for match in _matches(_AFTER_EN if english else _AFTER_ANY, text):
        group = 1 if match.start(1) != -1 else 2
        start = match.start(group)
        spans[start] = (start, match.end(group), "")
    if ctx.lang == "en":
        for start, end in _before_en(text):
            spans[start] = (start, end, "")
    language = ctx.base_lang
    if language in _ELIDED:
        for start, end in _elisions(text, language):
            spans[start] = (start, end, "")
    if not spans:
        return CleanResult(text)
    new_text, edits = replace_spans(text, spans.values(), "spaced_apostrophe", ctx.field, ctx.step)
    return CleanResult(new_text, edits)
