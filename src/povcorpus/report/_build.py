"""build_report: corpus-level figures and per-document views, as one frozen, JSON-ready record."""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Iterable
from typing import Any

from attrs import frozen

from povcorpus.dedupe import DuplicateRecord, find_duplicates, paragraph_spans
from povcorpus.edits import undo_edits
from povcorpus.model import JSON, Document, Edit
from povcorpus.report._highlight import Highlight, highlight_edits

__all__ = [
    "Cluster",
    "ClusterMember",
    "DocumentView",
    "Report",
    "boilerplate_packs",
    "build_report",
]

Counts = tuple[tuple[str, int], ...]

#: Upper bounds (characters) of the length histogram's buckets; the last is open.
LENGTH_BUCKETS = (250, 500, 1000, 2000, 5000, 10000, 50000)


@frozen
class ClusterMember:
    """One member of a duplicate cluster."""

    ref: str
    """``doc_id`` or ``doc_id#paragraph``."""
    similarity: float
    exact: bool
    preview: str
    """The first 160 characters of the member's text."""


@frozen
class Cluster:
    """A duplicate cluster; its first member is the canonical one."""

    level: str
    id: int
    members: tuple[ClusterMember, ...]


@frozen
class DocumentView:
    """One document's final text and where its edits show in it."""

    doc_id: str
    path: str
    title: str | None
    language: str | None
    text: str
    edits: tuple[Edit, ...]
    """All edits of the document (highlights point into this tuple)."""
    highlights: tuple[Highlight, ...]
    """Marks on ``text`` (empty when the edits do not replay, see ``consistent``)."""
    consistent: bool
    """Whether undoing the text edits on ``text`` succeeded; if not, nothing is highlighted."""


@frozen
class Report:
    """Figures about a corpus and a view of each document; see :func:`build_report`."""

    documents: int
    files: Counts
    """Documents per file, in corpus order."""
    languages: Counts
    """Documents per language tag (``"none"`` when untagged), most common first."""
    chars: tuple[int, ...]
    """Length of each document's text in characters, in corpus order."""
    length_histogram: Counts
    dates: Counts
    """Documents per publication month (``YYYY-MM``), sorted; undated ones under ``"undated"``."""
    edits_per_rule: Counts
    """Edits per rule name, most common first (every field)."""
    boilerplate: tuple[tuple[str, int, int], ...]
    """Per boilerplate rule: edits and characters removed."""
    clusters: tuple[Cluster, ...]
    """Duplicate clusters at document level, then at paragraph level."""
    views: tuple[DocumentView, ...]

    def summary(self) -> str:
        """A few lines for a terminal."""
        total_edits = sum(count for _, count in self.edits_per_rule)
        removed = sum(chars for _, _, chars in self.boilerplate)
        levels = Counter(cluster.level for cluster in self.clusters)
        lines = [
            f"documents: {self.documents} in {len(self.files)} file(s)",
            "languages: " + (", ".join(f"{name} {count}" for name, count in self.languages) or "-"),
            f"length: {_length_line(self.chars)}",
            f"dated: {sum(c for d, c in self.dates if d != 'undated')} of {self.documents}",
            f"edits: {total_edits} by {len(self.edits_per_rule)} rule(s)"
            + (f"; top: {', '.join(f'{r} {c}' for r, c in self.edits_per_rule[:5])}" if total_edits else ""),
            f"boilerplate removed: {sum(n for _, n, _ in self.boilerplate)} edit(s), {removed} chars",
            f"duplicate clusters: {levels['document']} of documents, {levels['paragraph']} of paragraphs",
        ]
        return "\n".join(lines)

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {
            "documents": self.documents,
            "files": dict(self.files),
            "languages": dict(self.languages),
            "chars": {
                "total": sum(self.chars),
                "min": min(self.chars, default=0),
                "median": statistics.median(self.chars) if self.chars else 0,
                "max": max(self.chars, default=0),
            },
            "length_histogram": dict(self.length_histogram),
            "dates": dict(self.dates),
            "edits_per_rule": dict(self.edits_per_rule),
            "boilerplate": [{"rule": r, "edits": n, "chars": c} for r, n, c in self.boilerplate],
            "clusters": [
                {
                    "level": cluster.level,
                    "id": cluster.id,
                    "members": [
                        {"ref": m.ref, "similarity": round(m.similarity, 4), "exact": m.exact}
                        for m in cluster.members
                    ],
                }
                for cluster in self.clusters
            ],
            "documents_view": [
                {
                    "id": view.doc_id,
                    "path": view.path,
                    "title": view.title,
                    "language": view.language,
                    "chars": len(view.text),
                    "edits": len(view.edits),
                    "highlights": [
                        {"start": h.start, "end": h.end, "edits": list(h.edits)} for h in view.highlights
                    ],
                }
                for view in self.views
            ],
        }


def _length_line(chars: tuple[int, ...]) -> str:
    if not chars:
        return "-"
    return f"{min(chars)}-{max(chars)} chars, median {statistics.median(chars):g}, total {sum(chars)}"


def boilerplate_packs() -> frozenset[str]:
    """Names of the registered boilerplate rule packs (edits are named ``"<pack>.<rule>"``)."""
    try:
        from povcorpus.boilerplate import pack_registry
    except ImportError:  # pragma: no cover - the boilerplate package ships with the core
        return frozenset()
    return frozenset(pack_registry.names())


def _histogram(chars: Iterable[int]) -> Counts:
    labels = [f"≤{bound:,}" for bound in LENGTH_BUCKETS] + [f">{LENGTH_BUCKETS[-1]:,}"]
    counts = dict.fromkeys(labels, 0)
    for value in chars:
        for bound, label in zip(LENGTH_BUCKETS, labels, strict=False):
            if value <= bound:
                counts[label] += 1
                break
        else:
            counts[labels[-1]] += 1
    return tuple(counts.items())


def _view(doc: Document) -> DocumentView:
    try:
        undo_edits(doc.text, doc.edits)
    except ValueError:
        highlights: tuple[Highlight, ...] = ()
        consistent = False
    else:
        highlights = highlight_edits(doc.edits)
        consistent = True
    return DocumentView(
        doc_id=doc.id,
        path=doc.origin.path,
        title=doc.title,
        language=doc.language,
        text=doc.text,
        edits=doc.edits,
        highlights=highlights,
        consistent=consistent,
    )


def _clusters(docs: list[Document], records: list[DuplicateRecord], level: str) -> list[Cluster]:
    texts: dict[str, str] = {}
    for doc in docs:
        if level == "document":
            texts[doc.id] = doc.text
        else:
            for span in paragraph_spans(doc):
                texts[f"{doc.id}#{span.index}"] = span.text
    grouped: dict[int, list[ClusterMember]] = {}
    for record in records:
        if record.cluster is None:
            continue
        preview = " ".join(texts.get(record.ref, "").split())[:160]
        grouped.setdefault(record.cluster, []).append(
            ClusterMember(record.ref, record.similarity, record.exact, preview)
        )
    return [Cluster(level, cluster, tuple(members)) for cluster, members in sorted(grouped.items())]


def build_report(
    docs: Iterable[Document],
    *,
    threshold: float | None = None,
    boilerplate: frozenset[str] | None = None,
    **dedupe_options: Any,
) -> Report:
    """Summarise a corpus: files, languages, lengths, dates, edits, boilerplate, duplicates, views.

    The documents are taken as given: run :func:`povcorpus.process` on them
    first to report on the full pipeline (the ``povcorpus report`` command does).

    Args:
        docs: the documents, in corpus order (read once, kept for the views).
        threshold: near-duplicate threshold; ``None`` for the default of
            :func:`povcorpus.dedupe.find_duplicates`.
        boilerplate: pack names whose edits count as removed boilerplate;
            ``None`` for the registered packs (``chrome``, ``spam``…).
        **dedupe_options: passed to :func:`~povcorpus.dedupe.find_duplicates`
            (``num_perm``, ``shingle``, ``backend``).

    Returns:
        The report; :func:`povcorpus.report.write_report` saves it as JSON and HTML.
    """
    documents = list(docs)
    packs = boilerplate_packs() if boilerplate is None else boilerplate
    options = dict(dedupe_options)
    if threshold is not None:
        options["threshold"] = threshold
    files: Counter[str] = Counter(doc.origin.path for doc in documents)
    languages: Counter[str] = Counter(doc.language or "none" for doc in documents)
    dates: Counter[str] = Counter(
        doc.metadata.date.strftime("%Y-%m") if doc.metadata.date else "undated" for doc in documents
    )
    rules: Counter[str] = Counter(edit.rule for doc in documents for edit in doc.edits)
    removed: dict[str, list[int]] = {}
    for doc in documents:
        for edit in doc.edits:
            if edit.rule.split(".", 1)[0] in packs:
                entry = removed.setdefault(edit.rule, [0, 0])
                entry[0] += 1
                entry[1] += max(0, len(edit.before) - len(edit.after))
    chars = tuple(len(doc.text) for doc in documents)
    clusters = _clusters(documents, find_duplicates(documents, level="document", **options), "document")
    clusters += _clusters(documents, find_duplicates(documents, level="paragraph", **options), "paragraph")
    return Report(
        documents=len(documents),
        files=tuple(files.items()),
        languages=tuple(languages.most_common()),
        chars=chars,
        length_histogram=_histogram(chars),
        dates=tuple(sorted(dates.items())),
        edits_per_rule=tuple(rules.most_common()),
        boilerplate=tuple((rule, n, c) for rule, (n, c) in sorted(removed.items())),
        clusters=tuple(clusters),
        views=tuple(_view(doc) for doc in documents),
    )
