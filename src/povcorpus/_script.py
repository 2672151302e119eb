"""Which writing system letters belong to: a cheap signal used by cleaners and language tagging."""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["dominant_script", "script_counts", "script_of"]

# (first, last, script) for the letter ranges that matter here; sorted by first code point.
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x3040, 0x309F, "Kana"),
    (0x30A0, 0x30FF, "Kana"),
    (0x3130, 0x318F, "Hangul"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xAC00, 0xD7AF, "Hangul"),
    (0xF900, 0xFAFF, "Han"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0xFF21, 0xFF5A, "Latin"),
    (0xFF66, 0xFF9F, "Kana"),
    (0x20000, 0x2FA1F, "Han"),
)


def script_of(char: str) -> str | None:
    """Return the script of a letter, or ``None`` for non-letters and unknown scripts."""
    if not char.isalpha():
        return None
    code = ord(char)
    for first, last, script in _RANGES:
        if code < first:
            return "Other"
        if code <= last:
            return script
    return "Other"


_LATIN = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u1e00-\u1eff"
# Script name -> pattern of its letters, the same ranges as _RANGES.
_SCRIPT_PATTERNS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("Latin", re.compile(f"[{_LATIN}\uff21-\uff3a\uff41-\uff5a]")),
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
# Runs from the blocks that hold non-ASCII letters (a positive class is a fast
# bitmap test); the few non-letters they catch are dropped afterwards.
_NON_ASCII_LETTERS = re.compile(
    "[\u00c0-\u024f\u0370-\u1fff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff"
    "\uac00-\ud7af\uf900-\ufaff\ufb50-\ufdff\ufe70-\ufefc\uff21-\uff3a\uff41-\uff5a"
    "\uff66-\uff9f\U00020000-\U0002fa1f]+"
)
_NON_LETTER_RUNS = re.compile(r"[\W\d_]+")


def script_counts(text: str) -> Counter[str]:
    """Count the letters of ``text`` by script, in C loops (no per-character Python).

    ASCII letters are counted with ``bytes.translate``; the other letters are
    gathered with one regex and counted per script. Letters of scripts not
    listed, and letters outside the scanned blocks, count as ``"Other"``.
    """
    counts: Counter[str] = Counter()
    ascii_letters = len(text.encode("ascii", "ignore").translate(None, _ASCII_NON_LETTERS))
    if ascii_letters:
        counts["Latin"] = ascii_letters
    if text.isascii():
        return counts
    others = _NON_LETTER_RUNS.sub("", "".join(_NON_ASCII_LETTERS.findall(text)))
    remaining = len(others)
    for name, pattern in _SCRIPT_PATTERNS:
        if not remaining:
            break
        count = len(others) - len(pattern.sub("", others))
        if count:
            counts[name] += count
            remaining -= count
    if remaining > 0:
        counts["Other"] += remaining
    return counts


def dominant_script(text: str) -> str | None:
    """The script with the most letters in ``text``; ``None`` if it has no letters.

    Ties go to the script whose name sorts first.

    >>> dominant_script("China’s white paper 五")
    'Latin'
    >>> dominant_script("减贫")
    'Han'
    """
    counts = script_counts(text)
    if not counts:
        return None
    return max(sorted(counts), key=lambda script: counts[script])
