"""Helpers shared by the built-in cleaners: character classes, script checks, protected spans.

Everything here works on whole strings with precompiled regular expressions, so
no cleaner loops over characters in Python.
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Iterator, Sequence

from povcorpus._find import places
from povcorpus._script import dominant_script
from povcorpus.cleaners.base import CleanContext

__all__ = [
    "APOSTROPHE_QUOTES",
    "CASED_LETTER",
    "CJK_CHARS",
    "LATIN_LETTER",
    "Protected",
    "has_any",
    "text_script",
    "word_vocabulary",
]

LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
"""Character-class body of Latin letters (basic, Latin-1, Extended-A/B, Additional)."""

CASED_LETTER = LATIN_LETTER + "\u0370-\u03ff\u0400-\u052f"
"""Latin, Greek and Cyrillic letters: the scripts with apostrophes and hyphenation."""

APOSTROPHE_QUOTES = "“”‟″‘´"
"""Quotes that stand for an apostrophe between two letters in damaged text (``China”s``): the
``apostrophe`` cleaner's candidates, which the inline spam rules also read as ``’``."""

CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
"""Character-class body of Han, Kana and Hangul characters."""


def text_script(text: str, ctx: CleanContext) -> str | None:
    """The script ``text`` is mainly written in: the context's, else measured (``None``: no letters)."""
    return ctx.script if ctx.script is not None else dominant_script(text)


def has_any(text: str, chars: str) -> bool:
    """Whether ``text`` holds any of ``chars``.

    In a long text each character is looked for with ``in``, a C scan for one character; a
    regex character class is tried at every position and is several times slower there.
    A short text is searched with the class, which then costs less than a call per character.
    """
    if len(text) < _SHORT_TEXT:
        return _class_of(chars).search(text) is not None
    return any(char in text for char in chars)


_SHORT_TEXT = 256


@functools.lru_cache(maxsize=64)
def _class_of(chars: str) -> re.Pattern[str]:
    """The character class of ``chars``, compiled once."""
    return re.compile("[" + "".join(re.escape(char) for char in chars) + "]")


_WORD = re.compile(r"[^\W\d_]+")


def word_vocabulary(text: str) -> frozenset[str]:
    """Lower-cased letter runs of ``text``: what a document's own vocabulary is made of."""
    return frozenset(_WORD.findall(text.lower()))


# URLs, e-mail addresses and inline code: spans no cleaner touches. Each alternative needs
# its literal (the e-mail one, which the engine tries at every word character, is the slow one).
_PROTECTED_PARTS = (
    ("://", r"(?:https?|ftp)://[^\s<>\"“”]+"),
    ("www.", r"www\.[^\s<>\"“”]+"),
    ("@", r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+"),
    ("`", r"`[^`\n]*`"),
)
_PROTECTED = re.compile("|".join(part for _, part in _PROTECTED_PARTS))


@functools.lru_cache(maxsize=16)
def _protected_pattern(present: tuple[bool, ...]) -> re.Pattern[str]:
    """``_PROTECTED`` without the alternatives whose literal the text lacks (they cannot match).

    Dropping an alternative that matches nowhere leaves every match of the others as it was.
    """
    return re.compile(
        "|".join(part for (_, part), kept in zip(_PROTECTED_PARTS, present, strict=True) if kept)
    )


def _regions_with(text: str, present: tuple[bool, ...]) -> list[tuple[int, int]]:
    """Where in ``text`` a protected span can lie, as disjoint ``(start, end)`` regions in order.

    A URL or an e-mail address holds no whitespace (what ``\\s`` matches, ``str.isspace``),
    so it lies in a run of non-spaces holding its literal; inline code lies in a line holding a
    backtick. Those runs and lines, merged where they meet, bound every match, and each starts
    and ends where no match can go on, so searching them alone finds what a search of the
    whole text finds.
    """
    regions = _chunks_with(text, present)
    if present[-1]:  # inline code: the lines with a backtick
        lines: list[tuple[int, int]] = []
        place = text.find("`")
        while place != -1:
            end = text.find("\n", place)
            end = len(text) if end == -1 else end
            lines.append((text.rfind("\n", 0, place) + 1, end))
            place = text.find("`", end)
        regions = sorted(regions + lines)
    merged: list[tuple[int, int]] = []
    for start, end in regions:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _chunks_with(text: str, present: tuple[bool, ...]) -> list[tuple[int, int]]:
    """The runs of non-whitespace characters of ``text`` holding a URL or e-mail literal.

    Each run is found from a literal's place outwards, never reading a character of an earlier
    run again, so the cost stays linear.
    """
    found: list[int] = []
    for (literal, _), kept in zip(_PROTECTED_PARTS[:-1], present[:-1], strict=True):
        if kept:
            found.extend(places(text, literal))
    chunks: list[tuple[int, int]] = []
    size = len(text)
    for place in sorted(found):
        if chunks and place < chunks[-1][1]:
            continue  # inside the run already found
        floor = chunks[-1][1] if chunks else 0
        start = place
        while start > floor and not text[start - 1].isspace():
            start -= 1
        end = place
        while end < size and not text[end].isspace():
            end += 1
        chunks.append((start, end))
    return chunks


class Protected:
    """Spans of a text that cleaners leave alone (URLs, e-mail addresses, ```code```).

    Built lazily, once per text; :meth:`covers` is a binary search.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, text: str) -> None:
        starts: list[int] = []
        ends: list[int] = []
        present = tuple(literal in text for literal, _ in _PROTECTED_PARTS)
        if any(present):
            pattern = _protected_pattern(present)
            # Only where a span can lie is searched (the e-mail pattern, tried at every word
            # character, is slow over a whole text): see _regions_with.
            for start, end in _regions_with(text, present):
                for match in pattern.finditer(text, start, end):
                    starts.append(match.start())
                    ends.append(match.end())
        self._starts: Sequence[int] = starts
        self._ends: Sequence[int] = ends

    def spans(self) -> Iterator[tuple[int, int]]:
        """The protected ``(start, end)`` spans, in order."""
        return zip(self._starts, self._ends, strict=True)

    def covers(self, position: int) -> bool:
        """Whether ``position`` lies inside a protected span."""
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]
