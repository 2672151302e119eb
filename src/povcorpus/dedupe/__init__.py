"""Exact and near-duplicate documents and paragraphs, found and marked, never silently dropped.

>>> from povcorpus import load
>>> from povcorpus.samples import sample_path
>>> records = find_duplicates(load(sample_path("002")), level="paragraph")
>>> sorted({r.cluster for r in records if r.cluster is not None})
[0, 1, 2, 3]
"""

from __future__ import annotations

from povcorpus.dedupe._find import (
    DEFAULT_NUM_PERM,
    DEFAULT_SHINGLE,
    DEFAULT_THRESHOLD,
    DuplicateRecord,
    drop_duplicates,
    find_duplicates,
)
from povcorpus.dedupe._minhash import LshParams, choose_params, have_numpy
from povcorpus.dedupe._text import jaccard, normalize_text, shingle_hashes, token_hashes, tokenize
from povcorpus.dedupe._units import Span, paragraph_spans

__all__ = [
    "DEFAULT_NUM_PERM",
    "DEFAULT_SHINGLE",
    "DEFAULT_THRESHOLD",
    "DuplicateRecord",
    "LshParams",
    "Span",
    "choose_params",
    "drop_duplicates",
    "find_duplicates",
    "have_numpy",
    "jaccard",
    "normalize_text",
    "paragraph_spans",
    "shingle_hashes",
    "shingles",
    "token_hashes",
    "tokenize",
]


def shingles(text: str, size: int = DEFAULT_SHINGLE) -> frozenset[int]:
    """The set of shingle hashes :func:`find_duplicates` compares for ``text``.

    >>> round(jaccard(shingles("one two three four five six"), shingles("one two three four five seven")), 2)
    0.33
    """
    return frozenset(shingle_hashes(token_hashes(tokenize(normalize_text(text))), size))
