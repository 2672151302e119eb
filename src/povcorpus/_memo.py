"""A small, bounded memory of recent results, for the caches keyed by a document's text.

Several steps read the same text one after the other (its lines, its trigger keys, its word
tokens); each keeps the answers for the last few texts in a plain ``dict`` and forgets the
oldest, so memory stays bounded however large the corpus grows.
"""

from __future__ import annotations

from typing import TypeVar

__all__ = ["remember"]

K = TypeVar("K")
V = TypeVar("V")


def remember(cache: dict[K, V], key: K, value: V, size: int) -> None:
    """Keep ``value`` under ``key``, dropping the oldest entries beyond ``size`` (safe across threads)."""
    cache[key] = value
    while len(cache) > size:
        try:
            del cache[next(iter(cache))]
        except (KeyError, RuntimeError, StopIteration):  # another thread changed the cache meanwhile
            break
