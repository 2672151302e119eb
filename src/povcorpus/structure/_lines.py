"""Small text tests shared by the parsers; lines come from :func:`povcorpus._lines.split_lines`."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["has_sentence_break", "match_key"]


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
