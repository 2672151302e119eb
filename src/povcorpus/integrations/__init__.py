"""Bridges to engines that scale out: Dask bags, Hugging Face datasets, pandas.

Each module imports its engine only when used and raises
:class:`~povcorpus.errors.MissingExtraError` naming the extra to install. All
of them call the same :func:`povcorpus.process`, so results equal the CLI's.
"""

from __future__ import annotations

import json
from typing import Any

from povcorpus.model import Document

__all__ = ["document_row", "row_document"]

_NESTED = ("origin", "metadata", "sections", "toc", "footnotes", "edits")


def document_row(doc: Document) -> dict[str, Any]:
    """A flat row with a fixed schema: scalar columns plus nested parts as JSON strings.

    Tables (pandas, Arrow, Hugging Face) need one schema for every row; the
    section tree has no fixed depth, so nested parts are stored as JSON text.
    """
    data = doc.to_dict()
    row: dict[str, Any] = {key: data[key] for key in ("id", "title", "text", "raw", "language")}
    row["path"] = doc.origin.path
    row["line_start"] = doc.origin.line_start
    row["line_end"] = doc.origin.line_end
    for key in _NESTED:
        row[f"{key}_json"] = json.dumps(data[key], ensure_ascii=False)
    return row


def row_document(row: dict[str, Any]) -> Document:
    """The document of a row made by :func:`document_row`."""
    data: dict[str, Any] = {key: row[key] for key in ("id", "text", "raw")}
    for key in ("title", "language"):  # pandas turns a missing string into NaN
        data[key] = row[key] if isinstance(row[key], str) else None
    for key in _NESTED:
        data[key] = json.loads(row[f"{key}_json"])
    return Document.from_dict(data)
