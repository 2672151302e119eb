"""Small text tests shared by the parsers; lines come from :func:`povcorpus._lines.split_lines`."""

from __future__ import annotations

import re
import unicodedata

__all__ = ["has_sentence_break", "match_key"]


# A sentence ends inside a line when a Latin full stop after a lower-case word is
# followed by a capital, or when an ideographic full stop is followed by more text.
# Abbreviations such as "U.S." or "Dr." are not sentence ends under this rule.
# Two patterns, each opening with its stop characters, so that re scans for those
# (the word before a Latin stop is checked behind it); one alternation scans four
# times slower, and an ideographic stop is looked for only when the text has one.
_LATIN_BREAK = re.compile(r"[.!?](?<=[a-z\u00df-\u024f]{2}[.!?])[\"”’')\]]*\s+(?=[\"“‘(]?[A-Z\u00c0-\u00de])")
_IDEOGRAPHIC_BREAK = re.compile(r"[。！？][\"”’')\]」』]*(?=[^\s\"”’')\]」』。！？])")


def has_sentence_break(text: str) -> bool:
    """Whether ``text`` holds one sentence ending followed by another sentence.

    >>> has_sentence_break("Roads were built. Schools followed"), has_sentence_break("U.S. aid")
    (True, False)
    """
    if _LATIN_BREAK.search(text) is not None:
        return True
    if "。" in text or "！" in text or "？" in text:
        return _IDEOGRAPHIC_BREAK.search(text) is not None
    return False


_QUOTES = (("’", "'"), ("‘", "'"), ("`", "'"), ("“", '"'), ("”", '"'), ("「", '"'), ("」", '"'))
_NOT_WORD = re.compile(r"[\W_]+")
_ASCII_NOT_WORD = str.maketrans({chr(code): " " for code in range(128) if not chr(code).isalnum()})
_ASCII_KEY = {**_ASCII_NOT_WORD, ord("'"): None, ord("`"): None}
"""ASCII text to a key: apostrophes and backquotes go, other non-word characters become spaces."""


def match_key(text: str) -> str:
    """A loose key for comparing headings: NFKC, case-folded, quotes unified, punctuation as spaces.

    >>> match_key("  “China’s” POVERTY-reduction,  (2021) ")
    'chinas poverty reduction 2021'
    """
    if text.isascii():  # the common case in four C calls: NFKC and casefold change no ASCII letter
        return " ".join(text.translate(_ASCII_KEY).lower().split())
    folded = unicodedata.normalize("NFKC", text)
    for quote, plain in _QUOTES:  # a replace only where the quote occurs: a scan each, at C speed
        if quote in folded:
            folded = folded.replace(quote, plain)
    folded = folded.casefold().replace("'", "")
    if folded.isascii():  # [\W_] is every ASCII character but letters and digits
        return " ".join(folded.translate(_ASCII_NOT_WORD).split())
    return " ".join(_NOT_WORD.sub(" ", folded).split())
