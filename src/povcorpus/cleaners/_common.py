"""Helpers shared by the built-in cleaners: character classes, script checks, protected spans.

Everything here works on whole strings with precompiled regular expressions, so
no cleaner loops over characters in Python.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from povcorpus.cleaners.base import CleanContext

__all__ = [
    "CASED_LETTER",
    "CJK_CHARS",
    "LATIN_LETTER",
    "Protected",
    "fast_script",
    "is_latin_text",
    "word_vocabulary",
]

LATIN_LETTER = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
"""Character-class body of Latin letters (basic, Latin-1, Extended-A/B, Additional)."""

CASED_LETTER = LATIN_LETTER + "\u0370-\u03ff\u0400-\u052f"
"""Latin, Greek and Cyrillic letters: the scripts with apostrophes and hyphenation."""

CJK_CHARS = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff\U00020000-\U0002fa1f"
"""Character-class body of Han, Kana and Hangul characters."""

# Script name -> pattern of its letters; names match povcorpus._script.
_SCRIPT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Latin", re.compile(f"[{LATIN_LETTER}\uff21-\uff3a\uff41-\uff5a]")),
    ("Han", re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")),
    ("Kana", re.compile("[\u3040-\u309f\u30a0-\u30ff\uff66-\uff9f]")),
    ("Hangul", re.compile("[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")),
    ("Arabic", re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]")),
    ("Cyrillic", re.compile("[\u0400-\u052f]")),
    ("Greek", re.compile("[\u0370-\u03ff]")),
    ("Hebrew", re.compile("[\u0590-\u05ff]")),
    ("Devanagari", re.compile("[\u0900-\u097f]")),
    ("Bengali", re.compile("[\u0980-\u09ff]")),
    ("Thai", re.compile("[\u0e00-\u0e7f]")),
)
_ASCII_NON_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
# Runs of characters from the blocks that hold non-ASCII letters (a positive
# class is a fast bitmap test); the few non-letters they catch are dropped after.
_NON_ASCII_LETTERS = re.compile(
    "[\u00c0-\u024f\u0370-\u1fff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufefc\uff21-\uff3a\uff41-\uff5a"
    "\uff66-\uff9f\U00020000-\U0002fa1f]+"
)
_NON_LETTER_RUNS = re.compile(r"[\W\d_]+")
_ASCII_LETTER = re.compile("[A-Za-z]")


def fast_script(text: str) -> str | None:
    """Dominant script of ``text``, like :func:`povcorpus._script.dominant_script` but in C loops.

    ASCII letters are counted with ``bytes.translate``; the other letters are
    gathered with one regex and counted per script. Ties are broken by name, as
    the original does. Letters of scripts not listed count as ``"Other"``.

    >>> fast_script("China’s white paper 五")
    'Latin'
    """
    if text.isascii():
        return "Latin" if _ASCII_LETTER.search(text) else None
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    others = _NON_LETTER_RUNS.sub("", "".join(_NON_ASCII_LETTERS.findall(text)))
    if not others:
        return "Latin" if ascii_letters else None
    counts: dict[str, int] = {}
    remaining = len(others)
    for name, pattern in _SCRIPT_PATTERNS:
        count = len(others) - len(pattern.sub("", others))
        if name == "Latin":
            count += ascii_letters
        if count:
            counts[name] = count
            remaining -= count if name != "Latin" else count - ascii_letters
    if remaining > 0:
        counts["Other"] = remaining
    return max(sorted(counts), key=lambda script: counts[script])


def is_latin_text(text: str, ctx: CleanContext) -> bool:
    """Whether ``text`` is written mainly in Latin script (from the context, else measured)."""
    script = ctx.script if ctx.script is not None else fast_script(text)
    return script == "Latin"


_WORD = re.compile(r"[^\W\d_]+")


def word_vocabulary(text: str) -> frozenset[str]:
    """Lower-cased letter runs of ``text``: what a document's own vocabulary is made of."""
    return frozenset(_WORD.findall(text.lower()))


# URLs, e-mail addresses and inline code: spans no cleaner touches.
_PROTECTED = re.compile(
    r"(?:https?|ftp)://[^\s<>\"“”]+"
    r"|www\.[^\s<>\"“”]+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|`[^`\n]*`"
)


class Protected:
    """Spans of a text that cleaners leave alone (URLs, e-mail addresses, ```code```).

    Built lazily, once per text; :meth:`covers` is a binary search.
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, text: str) -> None:
        starts: list[int] = []
        ends: list[int] = []
        if "@" in text or "//" in text or "www." in text or "`" in text:
            for match in _PROTECTED.finditer(text):
                starts.append(match.start())
                ends.append(match.end())
        self._starts: Sequence[int] = starts
        self._ends: Sequence[int] = ends

    def covers(self, position: int) -> bool:
        """Whether ``position`` lies inside a protected span."""
        index = bisect.bisect_right(self._starts, position) - 1
        return index >= 0 and position < self._ends[index]
