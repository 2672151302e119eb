"""Every place of a piece of text in another, found with ``str.find`` (a search in C).

The cleaners and the rule scans look for a few words in long texts; a literal search is
many times faster there than a regular expression tried at every position.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["places"]


def places(text: str, piece: str) -> Iterator[int]:
    """Each offset of ``text`` where ``piece`` starts, overlapping ones included, in order.

    >>> list(places("a-a-a", "a-a"))
    [0, 2]
    """
    start = text.find(piece)
    while start != -1:
        yield start
        start = text.find(piece, start + 1)
