"""The distinct word tokens of a long lower-cased text, read once in C and shared by the steps.

The spam rules' trigger scan and the ``dehyphenate`` cleaner both ask which words stand in
the same document. The text is read as UTF-8 bytes whose ASCII bytes other than ``a``-``z``
become spaces (one ``bytes.translate``), then split once: a token of ASCII letters is then
exactly a word bounded by non-letters, met by set membership; the few tokens that hold other
bytes (accents, curly quotes, other scripts) are kept apart, decoded and joined by spaces, for
the callers that must read them character by character.

The tokens of the last few texts are remembered, keyed by the text: the steps of one document
ask about the same text one after the other.
"""

from __future__ import annotations

from povcorpus._memo import remember

__all__ = ["Tokens", "byte_tokens", "remembered_tokens"]

Tokens = tuple[frozenset[bytes], str]
"""A text's distinct byte tokens, and its tokens holding non-ASCII bytes, decoded and joined by spaces."""

_LETTERS = bytes(byte if 97 <= byte <= 122 or byte >= 128 else 32 for byte in range(256))
"""A ``bytes.translate`` table: lower-case ASCII letters and non-ASCII bytes stay, others become spaces."""

_KEPT = 4
"""How many texts' tokens are remembered."""

_recent: dict[str, Tokens] = {}


def byte_tokens(lowered: str, encoded: bytes | None = None) -> Tokens:
    """The tokens of ``lowered`` (a lower-cased text; ``encoded`` is its UTF-8, if at hand).

    Returns:
        The distinct tokens (runs of ``a``-``z`` and non-ASCII bytes), and the decoded
        tokens that hold a non-ASCII byte, joined by spaces.
    """
    found = _recent.get(lowered)
    if found is not None:
        return found
    if encoded is None:
        encoded = lowered.encode("utf-8", "surrogatepass")
    tokens = frozenset(encoded.translate(_LETTERS).split())
    rest = [token for token in tokens if not token.isascii()]
    found = (tokens, b" ".join(rest).decode("utf-8", "surrogatepass") if rest else "")
    remember(_recent, lowered, found, _KEPT)
    return found


def remembered_tokens(lowered: str) -> Tokens | None:
    """The tokens of ``lowered`` if a step has just read them (see :func:`byte_tokens`), else ``None``."""
    return _recent.get(lowered)
