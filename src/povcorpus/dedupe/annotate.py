"""Mark duplicates inside a JSONL output, as ``povcorpus process --dedupe`` does.

Finding duplicates needs the whole corpus, so it is a second pass over the
written output: the file is read twice (once to find clusters, once to
rewrite) and replaced atomically. Nothing is removed: each document that has
a duplicate, or paragraphs with duplicates, gets
``metadata.extra["duplicates"] = {"document": record, "paragraphs": [records]}``.
"""

from __future__ import annotations

import os
from collections import defaultdict

import attrs

from povcorpus.dedupe._find import DEFAULT_THRESHOLD, DuplicateRecord, find_duplicates
from povcorpus.loaders import load
from povcorpus.model import JSON
from povcorpus.writers import JsonlWriter

__all__ = ["annotate_duplicates"]


def annotate_duplicates(path: str | os.PathLike[str], threshold: float = DEFAULT_THRESHOLD) -> int:
    """Mark document- and paragraph-level duplicates in the JSONL file at ``path``.

    Returns:
        The number of documents that received a ``duplicates`` entry.
    """
    documents: dict[str, DuplicateRecord] = {
        record.doc_id: record
        for record in find_duplicates(load(path, format="jsonl"), "document", threshold)
        if record.cluster is not None
    }
    paragraphs: defaultdict[str, list[DuplicateRecord]] = defaultdict(list)
    for record in find_duplicates(load(path, format="jsonl"), "paragraph", threshold):
        if record.cluster is not None:
            paragraphs[record.doc_id].append(record)
    marked = 0
    with JsonlWriter(path) as writer:
        for doc in load(path, format="jsonl"):
            if doc.id in documents or doc.id in paragraphs:
                entry: dict[str, JSON] = {
                    "document": documents[doc.id].to_dict() if doc.id in documents else None,
                    "paragraphs": [record.to_dict() for record in paragraphs.get(doc.id, [])],
                }
                extra = {**doc.metadata.extra, "duplicates": entry}
                doc = doc.evolve(metadata=attrs.evolve(doc.metadata, extra=extra))
                marked += 1
            writer.write(doc)
    return marked
