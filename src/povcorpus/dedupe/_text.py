"""Normalisation, tokens and shingle hashes: what "the same text" means for deduplication.

Everything here is deterministic across processes and machines (no use of the
salted built-in ``hash``), so cluster ids and canonical members do not change
from one run to the next.
"""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
import zlib
from functools import lru_cache

__all__ = [
    "MASK64",
    "exact_key",
    "jaccard",
    "normalize_text",
    "shingle_hashes",
    "token_hashes",
    "tokenize",
]

MASK64 = (1 << 64) - 1

#: Odd multiplier of the polynomial that folds token hashes into a shingle hash.
_FOLD = 0x9E3779B97F4A7C15
_MIX1 = 0xBF58476D1CE4E5B9
_MIX2 = 0x94D049BB133111EB

# Scripts written without spaces between words: each character is one token there.
_NO_SPACE = (
    "\u0e00-\u0e7f"  # Thai
    "\u0e80-\u0eff"  # Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u3400-\u4dbf"  # Han extension A
    "\u4e00-\u9fff"  # Han
    "\uf900-\ufaff"  # Han compatibility
    "\U00020000-\U0002fa1f"  # Han extensions B-F
)
_TOKEN = re.compile(f"[{_NO_SPACE}]|[^\\s{_NO_SPACE}]+")


@lru_cache(maxsize=1)
def _strip_table() -> dict[int, str | None]:
    """Map every punctuation code point to a space and every format character to nothing."""
    table: dict[int, str | None] = {}
    for code in range(sys.maxunicode + 1):
        category = unicodedata.category(chr(code))
        if category[0] == "P":
            table[code] = " "
        elif category == "Cf":
            table[code] = None
    return table


def normalize_text(text: str) -> str:
    """Return the comparison form of ``text``.

    NFKC, then casefold, then every punctuation character (Unicode category
    ``P*``, which includes Chinese and Persian punctuation) becomes a space,
    format characters (zero-width joiners and non-joiners, soft hyphens) are
    removed, and runs of whitespace collapse to one space. Symbols, digits and
    letters of every script are kept: ``24.7 percent`` and ``24 7 percent`` are
    the same, ``$`` and ``%`` still count.

    >>> normalize_text("  The Report, “titled”:\\tSTRIVING…  ")
    'the report titled striving'
    """
    folded = unicodedata.normalize("NFKC", text).casefold()
    table = _ASCII_TABLE if folded.isascii() else _strip_table()
    stripped = folded.translate(table)
    return " ".join(stripped.split())


_ASCII_TABLE = {code: " " for code in range(128) if unicodedata.category(chr(code))[0] == "P"}


def tokenize(normalized: str) -> list[str]:
    """Split normalised text into words.

    Han, Kana, Thai, Lao, Khmer and Myanmar characters are one token each, since
    those scripts do not put spaces between words.
    """
    if normalized.isascii():
        return normalized.split()
    return _TOKEN.findall(normalized)


_TOKEN_CACHE: dict[str, int] = {}
_TOKEN_CACHE_LIMIT = 1 << 20


def _token_hash(token: str) -> int:
    data = token.encode("utf-8")
    value = (zlib.adler32(data) << 32) | zlib.crc32(data)
    if len(_TOKEN_CACHE) >= _TOKEN_CACHE_LIMIT:
        _TOKEN_CACHE.clear()
    _TOKEN_CACHE[token] = value
    return value


def token_hashes(tokens: list[str]) -> list[int]:
    """A deterministic 64-bit hash of each token (Adler-32 and CRC-32 of its UTF-8 bytes).

    Hashes of frequent words are cached (at most about a million entries).
    """
    cache = _TOKEN_CACHE
    try:
        return [cache[token] for token in tokens]
    except KeyError:
        return [cache[token] if token in cache else _token_hash(token) for token in tokens]


def _mix(value: int) -> int:
    """The splitmix64 finaliser, in exact 64-bit arithmetic."""
    value ^= value >> 30
    value = (value * _MIX1) & MASK64
    value ^= value >> 27
    value = (value * _MIX2) & MASK64
    return value ^ (value >> 31)


def shingle_hashes(hashes: list[int], size: int) -> set[int]:
    """The set of 64-bit hashes of the ``size``-token shingles of a unit.

    A unit shorter than ``size`` tokens has one shingle, made of all its tokens,
    so two short units match only when they are equal. The vectorised backend
    computes the very same numbers (see :mod:`povcorpus.dedupe._minhash`).
    """
    count = len(hashes)
    if count == 0:
        return set()
    width = min(size, count)
    result = set()
    for first in range(count - width + 1):
        value = 0
        for token in hashes[first : first + width]:
            value = (value * _FOLD + token) & MASK64
        result.add(_mix(value))
    return result


def exact_key(normalized: str) -> bytes:
    """A 16-byte digest of normalised text: units with equal keys are exact duplicates."""
    return hashlib.blake2b(normalized.encode("utf-8"), digest_size=16).digest()


def jaccard(first: set[int] | frozenset[int], second: set[int] | frozenset[int]) -> float:
    """Jaccard similarity of two shingle sets; two empty sets are not similar (0.0)."""
    if not first or not second:
        return 0.0
    if len(first) > len(second):
        first, second = second, first
    shared = sum(1 for item in first if item in second)
    return shared / (len(first) + len(second) - shared)
