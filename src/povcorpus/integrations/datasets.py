"""Hugging Face ``datasets``: a dataset as input, documents to a ``Dataset``, a ``Dataset.map`` function.

A ``Dataset`` or ``IterableDataset`` with a text column is read like a file:
``povcorpus.load(dataset, text_column="text")`` (or :func:`load_dataset_documents`)
yields one raw document per row, lazily, so a streamed dataset is never held
in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from typing import Any

from povcorpus.errors import MissingExtraError, SourceError
from povcorpus.integrations import document_row, row_document
from povcorpus.model import Document, Origin
from povcorpus.pipeline import DEFAULT_OPTIONS, PipelineOptions, process

__all__ = ["from_hf_dataset", "is_hf_dataset", "load_dataset_documents", "map_function", "to_hf_dataset"]

DATASET_PATH = "<dataset>"
"""``origin.path`` of a document read from a dataset (``origin.index`` is its row)."""


def is_hf_dataset(source: object) -> bool:
    """Whether ``source`` is a Hugging Face ``Dataset`` or ``IterableDataset`` (``datasets`` not imported)."""
    kind = type(source)
    return kind.__module__.split(".")[0] == "datasets" and any(
        base.__name__ in {"Dataset", "IterableDataset"} for base in kind.__mro__
    )


def load_dataset_documents(
    dataset: Iterable[dict[str, Any]], text_column: str = "text", id_column: str | None = None
) -> Iterator[Document]:
    """One raw document per row of a dataset, lazily (what :func:`povcorpus.load` yields for files).

    ``raw`` and ``text`` are the row's ``text_column``; the id is ``id_column``'s
    value when given, else a stable id made from the row number and the text.
    ``origin.path`` is ``"<dataset>"`` and ``origin.index`` the row number.

    Raises:
        SourceError: the dataset has no column ``text_column`` (or ``id_column``); raised at once.
    """
    columns = getattr(dataset, "column_names", None)
    for column in (text_column, id_column):
        if column is not None and columns is not None and column not in columns:
            msg = f"the dataset has no column {column!r}; its columns are {', '.join(columns)}"
            raise SourceError(msg, DATASET_PATH)
    return _dataset_documents(dataset, text_column, id_column)


def _dataset_documents(
    dataset: Iterable[dict[str, Any]], text_column: str, id_column: str | None
) -> Iterator[Document]:
    from povcorpus.loaders import make_id

    for index, row in enumerate(dataset):
        value = row.get(text_column)
        raw = "" if value is None else str(value)
        ident = row.get(id_column) if id_column is not None else None
        yield Document(
            id=str(ident) if ident is not None else make_id("dataset", index, raw),
            text=raw,
            raw=raw,
            origin=Origin(
                path=DATASET_PATH,
                line_start=1,
                line_end=raw.count("\n") + 1,
                char_start=0,
                char_end=len(raw),
                format="dataset",
                index=index,
            ),
        )


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
