"""find_duplicates and drop_duplicates: exact and near-duplicate documents and paragraphs."""

from __future__ import annotations

import itertools
from array import array
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Literal

import attrs
from attrs import frozen

from povcorpus.dedupe._minhash import (
    LshParams,
    choose_params,
    have_numpy,
    numpy_band_keys,
    numpy_shingles,
    python_band_keys,
    python_signature,
)
from povcorpus.dedupe._text import exact_key, jaccard, normalize_text, shingle_hashes, token_hashes, tokenize
from povcorpus.dedupe._units import paragraph_spans
from povcorpus.edits import replace_spans
from povcorpus.errors import MissingExtraError
from povcorpus.model import JSON, Document, Paragraph, Section, Table

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "DEFAULT_NUM_PERM",
    "DEFAULT_SHINGLE",
    "DEFAULT_THRESHOLD",
    "DuplicateRecord",
    "drop_duplicates",
    "find_duplicates",
]

Level = Literal["document", "paragraph"]
Backend = Literal["auto", "numpy", "python"]
Candidates = Literal["lsh", "all"]

DEFAULT_THRESHOLD = 0.7
"""Word 5-shingle Jaccard similarity at or above which two units are near duplicates."""
DEFAULT_NUM_PERM = 128
"""MinHash signature length."""
DEFAULT_SHINGLE = 5
"""Shingle size in tokens (words; characters for Han, Kana, Thai, Lao, Khmer, Myanmar)."""

#: Buckets larger than this are linked as a star and a chain instead of all pairs.
_ALL_PAIRS_BUCKET = 32
#: Shingles per vectorised batch: bounds the (shingles x num_perm) scratch matrix.
_BATCH_SHINGLES = 1 << 15


@frozen
class DuplicateRecord:
    """What :func:`find_duplicates` says about one unit (a document or one of its paragraphs)."""

    doc_id: str
    """Id of the document the unit belongs to."""
    paragraph: int | None
    """Paragraph index (see :func:`povcorpus.dedupe.paragraph_spans`); ``None`` at document level."""
    cluster: int | None
    """Cluster id, counting from 0 in corpus order; ``None`` when the unit has no duplicate."""
    canonical_doc_id: str
    """Document of the cluster's canonical member (its first in corpus order); the unit's own when alone."""
    canonical_paragraph: int | None
    """Paragraph index of the canonical member; ``None`` at document level."""
    similarity: float
    """Jaccard similarity of the unit's shingles to the canonical member's (1.0 for the canonical itself)."""
    exact: bool
    """True when the unit's normalised text equals the canonical's (never for the canonical itself)."""

    @property
    def ref(self) -> str:
        """``doc_id``, or ``doc_id#paragraph`` at paragraph level."""
        return _ref(self.doc_id, self.paragraph)

    @property
    def canonical(self) -> str:
        """The canonical member's :attr:`ref`."""
        return _ref(self.canonical_doc_id, self.canonical_paragraph)

    @property
    def is_duplicate(self) -> bool:
        """True for every cluster member except the canonical one: what :func:`drop_duplicates` drops."""
        return self.cluster is not None and self.ref != self.canonical

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {
            "doc_id": self.doc_id,
            "paragraph": self.paragraph,
            "cluster": self.cluster,
            "canonical_doc_id": self.canonical_doc_id,
            "canonical_paragraph": self.canonical_paragraph,
            "similarity": round(self.similarity, 4),
            "exact": self.exact,
        }


def _ref(doc_id: str, paragraph: int | None) -> str:
    return doc_id if paragraph is None else f"{doc_id}#{paragraph}"


class _DisjointSet:
    """Union-find over ``0..size-1``; the root of a set is its smallest member."""

    def __init__(self, size: int) -> None:
        self.parent = array("q", range(size))

    def find(self, item: int) -> int:
        parent = self.parent
        root = item
        while parent[root] != root:
            root = parent[root]
        while parent[item] != root:
            parent[item], item = root, parent[item]
        return root

    def union(self, first: int, second: int) -> None:
        a, b = self.find(first), self.find(second)
        if a < b:
            self.parent[b] = a
        elif b < a:
            self.parent[a] = b


class _PythonStore:
    """Shingle sets and LSH buckets of the distinct units, in pure Python."""

    def __init__(self, params: LshParams, shingle: int, use_lsh: bool) -> None:
        self.params = params
        self.shingle = shingle
        self.use_lsh = use_lsh
        self.sets: list[frozenset[int]] = []
        self.buckets: list[dict[int, list[int]]] = [{} for _ in range(params.bands)]

    def add(self, tokens: list[str]) -> None:
        shingles = frozenset(shingle_hashes(token_hashes(tokens), self.shingle))
        index = len(self.sets)
        self.sets.append(shingles)
        if self.use_lsh:
            signature = python_signature(sorted(shingles), self.params.num_perm)
            for bucket, key in zip(self.buckets, python_band_keys(signature, self.params), strict=True):
                bucket.setdefault(key, []).append(index)

    def finish(self) -> None:
        """Nothing is batched here."""

    def __len__(self) -> int:
        return len(self.sets)

    def shingles(self, index: int) -> frozenset[int]:
        return self.sets[index]

    def runs(self) -> Iterator[Sequence[int]]:
        for bucket in self.buckets:
            for members in bucket.values():
                if len(members) > 1:
                    yield members


class _NumpyStore:
    """Shingle hashes and band keys of the distinct units, computed in vectorised batches."""

    def __init__(self, params: LshParams, shingle: int, use_lsh: bool) -> None:
        import numpy as np

        self.np = np
        self.params = params
        self.shingle = shingle
        self.use_lsh = use_lsh
        self.pending: array[int] = array("Q")
        self.pending_lengths: list[int] = []
        self.flat_parts: list[npt.NDArray[np.uint64]] = []
        self.count_parts: list[npt.NDArray[np.int64]] = []
        self.key_parts: list[npt.NDArray[np.uint64]] = []
        self.size = 0
        self.flat: npt.NDArray[np.uint64] = np.zeros(0, dtype=np.uint64)
        self.offsets: npt.NDArray[np.int64] = np.zeros(1, dtype=np.int64)

    def add(self, tokens: list[str]) -> None:
        self.pending.extend(token_hashes(tokens))
        self.pending_lengths.append(len(tokens))
        self.size += 1
        if len(self.pending) >= _BATCH_SHINGLES:
            self._flush()

    def _flush(self) -> None:
        np = self.np
        if not self.pending_lengths:
            return
        hashes = np.frombuffer(self.pending, dtype=np.uint64).copy()
        lengths = np.array(self.pending_lengths, dtype=np.int64)
        flat, counts = numpy_shingles(hashes, lengths, self.shingle)
        self.flat_parts.append(flat)
        self.count_parts.append(counts)
        if self.use_lsh:
            self.key_parts.append(numpy_band_keys(flat, counts, self.params))
        self.pending = array("Q")
        self.pending_lengths = []

    def finish(self) -> None:
        np = self.np
        self._flush()
        if self.flat_parts:
            self.flat = np.concatenate(self.flat_parts)
            counts = np.concatenate(self.count_parts)
            self.offsets = np.zeros(len(counts) + 1, dtype=np.int64)
            np.cumsum(counts, out=self.offsets[1:])
        self.flat_parts = []
        self.count_parts = []

    def __len__(self) -> int:
        return self.size

    def shingles(self, index: int) -> frozenset[int]:
        return frozenset(self.flat[self.offsets[index] : self.offsets[index + 1]].tolist())

    def runs(self) -> Iterator[Sequence[int]]:
        np = self.np
        if not self.key_parts:
            return
        keys = np.concatenate(self.key_parts)
        self.key_parts = []
        for band in range(keys.shape[1]):
            column = keys[:, band]
            order = np.argsort(column, kind="stable")
            ordered = column[order]
            breaks = np.flatnonzero(ordered[1:] != ordered[:-1]) + 1
            starts = np.concatenate(([0], breaks))
            ends = np.concatenate((breaks, [len(ordered)]))
            shared = ends - starts > 1
            for start, end in zip(starts[shared].tolist(), ends[shared].tolist(), strict=True):
                yield order[start:end].tolist()


def _pairs(members: Sequence[int]) -> Iterator[tuple[int, int]]:
    """Candidate pairs of one bucket: all of them, or a star and a chain for big buckets."""
    ordered = sorted(members)
    if len(ordered) <= _ALL_PAIRS_BUCKET:
        for i, first in enumerate(ordered):
            for second in ordered[i + 1 :]:
                yield first, second
        return
    head = ordered[0]
    for second in ordered[1:]:
        yield head, second
    yield from itertools.pairwise(ordered[1:])


def _make_store(
    backend: Backend, params: LshParams, shingle: int, use_lsh: bool
) -> _PythonStore | _NumpyStore:
    if backend == "python" or (backend == "auto" and not have_numpy()):
        return _PythonStore(params, shingle, use_lsh)
    if not have_numpy():
        feature = "the vectorised duplicate finder"
        raise MissingExtraError(feature, "numpy", "dedupe")
    return _NumpyStore(params, shingle, use_lsh)


def _units(docs: Iterable[Document], level: Level) -> Iterator[tuple[str, int | None, str]]:
    for doc in docs:
        if level == "document":
            yield doc.id, None, doc.text
        else:
            for span in paragraph_spans(doc):
                yield doc.id, span.index, span.text


def find_duplicates(
    docs: Iterable[Document],
    level: Level = "document",
    threshold: float = DEFAULT_THRESHOLD,
    num_perm: int = DEFAULT_NUM_PERM,
    shingle: int = DEFAULT_SHINGLE,
    *,
    backend: Backend = "auto",
    candidates: Candidates = "lsh",
) -> list[DuplicateRecord]:
    """Find exact and near-duplicate documents or paragraphs; nothing is removed.

    Each unit's text is normalised (see :func:`normalize_text`). Units with equal
    normalised text are exact duplicates. The others are compared on their
    sets of word ``shingle``-grams: MinHash signatures put similar units in the
    same LSH buckets, every candidate pair is then checked by its true Jaccard
    similarity, and pairs at or above ``threshold`` are joined (union-find), so
    a cluster can hold members linked through a chain of similar pairs. The
    canonical member of a cluster is its first unit in corpus order.

    Units whose normalised text is empty (blank or punctuation only) are never
    clustered. Short units (fewer words than ``shingle``) match only when equal.

    Args:
        docs: documents, in corpus order; read once, so a lazy iterator is fine.
        level: ``"document"`` compares ``doc.text``; ``"paragraph"`` compares
            each paragraph (:func:`paragraph_spans`) with every other paragraph
            of the corpus, within and across documents.
        threshold: Jaccard similarity needed to join, in ``(0, 1]``.
        num_perm: MinHash signature length; longer finds borderline pairs more
            reliably and costs proportionally more time.
        shingle: shingle size in tokens.
        backend: ``"numpy"`` (vectorised, needs the ``dedupe`` extra),
            ``"python"`` (no dependency, same results, slower), or ``"auto"``.
        candidates: ``"lsh"``, or ``"all"`` to check every pair exactly
            (quadratic; for small corpora and for testing LSH's recall).

    Returns:
        One record per unit, in corpus order.

    Raises:
        ValueError: a parameter is out of range.
        MissingExtraError: ``backend="numpy"`` without numpy installed.
    """
    if level not in ("document", "paragraph"):
        msg = f"level must be 'document' or 'paragraph', not {level!r}"
        raise ValueError(msg)
    if not 0.0 < threshold <= 1.0:
        msg = f"threshold must be in (0, 1], not {threshold!r}"
        raise ValueError(msg)
    if num_perm < 1 or shingle < 1:
        msg = f"num_perm and shingle must be positive, not {num_perm!r} and {shingle!r}"
        raise ValueError(msg)
    if candidates not in ("lsh", "all"):
        msg = f"candidates must be 'lsh' or 'all', not {candidates!r}"
        raise ValueError(msg)
    params = choose_params(threshold, num_perm)
    store = _make_store(backend, params, shingle, candidates == "lsh")

    doc_ids: list[str] = []
    unit_doc = array("q")
    unit_paragraph = array("q")
    distinct_of_unit = array("q")  # index of the unit's distinct text, -1 when empty
    distinct_unit = array("q")  # first unit of each distinct text
    seen: dict[bytes, int] = {}
    for doc_id, paragraph, text in _units(docs, level):
        if not doc_ids or doc_ids[-1] != doc_id:
            doc_ids.append(doc_id)
        unit_doc.append(len(doc_ids) - 1)
        unit_paragraph.append(-1 if paragraph is None else paragraph)
        normalized = normalize_text(text)
        if not normalized:
            distinct_of_unit.append(-1)
            continue
        key = exact_key(normalized)
        distinct = seen.get(key)
        if distinct is None:
            distinct = len(store)
            seen[key] = distinct
            distinct_unit.append(len(unit_doc) - 1)
            store.add(tokenize(normalized))
        distinct_of_unit.append(distinct)
    seen.clear()
    store.finish()

    sets = _DisjointSet(len(store))
    if candidates == "all":
        pair_source: Iterable[tuple[int, int]] = (
            (i, j) for i in range(len(store)) for j in range(i + 1, len(store))
        )
    else:
        pair_source = (pair for run in store.runs() for pair in _pairs(run))
    cache: dict[int, frozenset[int]] = {}

    def shingles_of(index: int) -> frozenset[int]:
        found = cache.get(index)
        if found is None:
            if len(cache) > 4096:
                cache.clear()
            found = cache[index] = store.shingles(index)
        return found

    checked: set[tuple[int, int]] = set()
    for first, second in pair_source:
        if sets.find(first) == sets.find(second) or (first, second) in checked:
            continue
        checked.add((first, second))
        if jaccard(shingles_of(first), shingles_of(second)) >= threshold:
            sets.union(first, second)
    checked.clear()

    # Cluster sizes in units (exact copies count), then ids in corpus order of canonical members.
    size: dict[int, int] = {}
    for distinct in distinct_of_unit:
        if distinct >= 0:
            root = sets.find(distinct)
            size[root] = size.get(root, 0) + 1
    cluster_of_root: dict[int, int] = {}
    for root in sorted(root for root, count in size.items() if count > 1):
        cluster_of_root[root] = len(cluster_of_root)

    records: list[DuplicateRecord] = []
    for unit, distinct in enumerate(distinct_of_unit):
        doc_id = doc_ids[unit_doc[unit]]
        paragraph = None if unit_paragraph[unit] < 0 else unit_paragraph[unit]
        root = sets.find(distinct) if distinct >= 0 else -1
        cluster = cluster_of_root.get(root)
        if cluster is None:
            records.append(DuplicateRecord(doc_id, paragraph, None, doc_id, paragraph, 1.0, False))
            continue
        canonical_unit = distinct_unit[root]
        canonical_paragraph = None if unit_paragraph[canonical_unit] < 0 else unit_paragraph[canonical_unit]
        if unit == canonical_unit:
            similarity, exact = 1.0, False
        elif distinct == root:
            similarity, exact = 1.0, True
        else:
            similarity, exact = jaccard(shingles_of(distinct), shingles_of(root)), False
        records.append(
            DuplicateRecord(
                doc_id,
                paragraph,
                cluster,
                doc_ids[unit_doc[canonical_unit]],
                canonical_paragraph,
                similarity,
                exact,
            )
        )
    return records


def drop_duplicates(docs: Iterable[Document], records: Iterable[DuplicateRecord]) -> Iterator[Document]:
    """Yield ``docs`` without the non-canonical members of duplicate clusters.

    Document-level records drop whole documents. Paragraph-level records keep
    every document but cut its duplicate paragraphs out of ``doc.text`` (the
    line and its line break), recorded as edits with ``rule="duplicates"`` so
    the removal can be audited and undone; section, paragraph and table
    offsets are moved to match. Documents without a record are kept unchanged.

    Args:
        docs: the documents the records were computed on.
        records: the output of :func:`find_duplicates`.

    Returns:
        An iterator of the kept (and, at paragraph level, trimmed) documents.
    """
    dropped_docs: set[str] = set()
    dropped_paragraphs: dict[str, set[int]] = {}
    for record in records:
        if not record.is_duplicate:
            continue
        if record.paragraph is None:
            dropped_docs.add(record.doc_id)
        else:
            dropped_paragraphs.setdefault(record.doc_id, set()).add(record.paragraph)
    for doc in docs:
        if doc.id in dropped_docs:
            continue
        indexes = dropped_paragraphs.get(doc.id)
        yield _cut_paragraphs(doc, indexes) if indexes else doc


def _cut_paragraphs(doc: Document, indexes: set[int]) -> Document:
    text = doc.text
    cuts: list[tuple[int, int, str]] = []
    for span in paragraph_spans(doc):
        if span.index not in indexes:
            continue
        start, end = span.start, span.end
        if end < len(text) and text[end] == "\n":
            end += 1
        elif start > 0 and text[start - 1] == "\n":
            start -= 1
        cuts.append((start, end, ""))
    cuts.sort()
    merged: list[tuple[int, int, str]] = []
    for start, end, new in cuts:
        if merged and start < merged[-1][1]:
            start = merged[-1][1]
        if start < end:
            merged.append((start, end, new))
    new_text, edits = replace_spans(text, merged, rule="duplicates")

    def move(position: int) -> int:
        shift = 0
        for start, end, _ in merged:
            if end <= position:
                shift += end - start
            elif start < position:
                shift += position - start
        return position - shift

    def move_section(section: Section) -> Section:
        return attrs.evolve(
            section,
            start=move(section.start),
            end=move(section.end),
            paragraphs=tuple(
                Paragraph(p.text, move(p.start), move(p.end), p.language)
                for p in section.paragraphs
                if move(p.start) < move(p.end)
            ),
            tables=tuple(Table(t.label, t.caption, move(t.start), move(t.end)) for t in section.tables),
            children=tuple(move_section(child) for child in section.children),
        )

    return doc.evolve(
        text=new_text,
        edits=doc.edits + edits,
        sections=tuple(move_section(section) for section in doc.sections),
    )
