"""Hugging Face ``datasets``: documents to a ``Dataset``, and a ``Dataset.map``-ready cleaning function."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from povcorpus.errors import MissingExtraError
from povcorpus.integrations import document_row, row_document
from povcorpus.model import Document
from povcorpus.pipeline import DEFAULT_OPTIONS, PipelineOptions, process

__all__ = ["from_hf_dataset", "map_function", "to_hf_dataset"]


def to_hf_dataset(docs: Iterable[Document]) -> Any:
    """A ``datasets.Dataset`` with one row per document (see :func:`~povcorpus.integrations.document_row`).

    Raises:
        MissingExtraError: ``datasets`` is not installed (``pip install 'povcorpus[datasets]'``).
    """
    try:
        import datasets
    except ImportError as error:
        feature = "to_hf_dataset"
        raise MissingExtraError(feature, "datasets", "datasets") from error
    return datasets.Dataset.from_list([document_row(doc) for doc in docs])


def from_hf_dataset(dataset: Iterable[dict[str, Any]]) -> list[Document]:
    """The documents of a dataset made by :func:`to_hf_dataset`."""
    return [row_document(dict(row)) for row in dataset]


def map_function(
    options: PipelineOptions = DEFAULT_OPTIONS, text_column: str = "text"
) -> Callable[[dict[str, Any]], dict[str, Any]]:
    """A function for ``Dataset.map`` that cleans the rows of any text dataset.

    Each row's ``text_column`` becomes a document (``raw`` = that text) and is
    processed; the function returns the row's new columns (``text``, ``language``,
    ``edits_json`` …), so the original text stays in ``raw``.
    """
    from povcorpus.loaders import make_id

    def clean_row(row: dict[str, Any]) -> dict[str, Any]:
        raw = str(row[text_column])
        index = int(row.get("__index__", 0))
        doc = Document.from_text(
            raw,
            id=str(row["id"]) if row.get("id") is not None else make_id("dataset", index, raw),
            path="<dataset>",
        )
        result = document_row(process(doc, options))
        return {key: value for key, value in result.items() if key not in {"path", "line_start", "line_end"}}

    return clean_row
