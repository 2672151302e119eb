"""Which writing system letters belong to: a cheap signal used by cleaners and language tagging."""

from __future__ import annotations

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


def script_counts(text: str) -> Counter[str]:
    """Count the letters of ``text`` by script."""
    counts: Counter[str] = Counter()
    if text.isascii():
        counts["Latin"] = sum(1 for char in text if char.isalpha())
        if not counts["Latin"]:
            del counts["Latin"]
        return counts
    for char in text:
        script = script_of(char)
        if script is not None:
            counts[script] += 1
    return counts


def dominant_script(text: str) -> str | None:
    """The script with the most letters in ``text``; ``None`` if it has no letters.

    >>> dominant_script("China’s white paper 五")
    'Latin'
    >>> dominant_script("减贫")
    'Han'
    """
    counts = script_counts(text)
    if not counts:
        return None
    return max(sorted(counts), key=lambda script: counts[script])
