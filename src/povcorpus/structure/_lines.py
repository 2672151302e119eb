"""Split text into non-blank lines with exact spans, and small text tests shared by the parsers."""

from __future__ import annotations

import re
import unicodedata

from attrs import frozen

__all__ = ["Line", "has_sentence_break", "match_key", "split_lines"]


@frozen
class Line:
    """One non-blank line, stripped of surrounding whitespace, with its span in the text."""

    index: int
    """Position among the non-blank lines, counting from 0."""
    text: str
    """The line without leading and trailing whitespace; ``source[start:end] == text``."""
    start: int
    end: int
    line_start: int
    """Offset of the line's first character, leading whitespace included."""
    line_end: int
    """Offset of the line's end, before its ``\\n``."""


def split_lines(text: str) -> tuple[Line, ...]:
    """Return the non-blank lines of ``text`` (split on ``\\n`` only), in order."""
    lines: list[Line] = []
    position = 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            start = position + lead
            lines.append(
                Line(
                    index=len(lines),
                    text=stripped,
                    start=start,
                    end=start + len(stripped),
                    line_start=position,
                    line_end=position + len(raw),
                )
            )
        position += len(raw) + 1
    return tuple(lines)


# A sentence ends inside a line when a Latin full stop after a lower-case word is
# followed by a capital, or when an ideographic full stop is followed by more text.
# Abbreviations such as "U.S." or "Dr." are not sentence ends under this rule.
_SENTENCE_BREAK = re.compile(
    r"(?<=[a-z\u00df-\u024f]{2})[.!?][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z\u00c0-\u00de])"
    r"|[。！？][\"”’')\]」』]*(?=[^\s\"”’')\]」』。！？])"
)


def has_sentence_break(text: str) -> bool:
    """Whether ``text`` holds one sentence ending followed by another sentence."""
    return _SENTENCE_BREAK.search(text) is not None


_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "「": '"', "」": '"'})
_NOT_WORD = re.compile(r"[\W_]+")


def match_key(text: str) -> str:
    """A loose key for comparing headings: NFKC, case-folded, quotes unified, punctuation as spaces."""
    folded = unicodedata.normalize("NFKC", text).translate(_QUOTES).casefold()
    folded = folded.replace("'", "")
    return " ".join(_NOT_WORD.sub(" ", folded).split())
