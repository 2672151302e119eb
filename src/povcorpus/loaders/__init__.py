"""Load corpus files into :class:`~povcorpus.model.Document` objects, lazily.

>>> import povcorpus
>>> from povcorpus.samples import sample_path
>>> docs = list(povcorpus.load(sample_path("002")))
>>> len(docs), docs[0].title
(5, 'Think tank report on China poverty alleviation experience')
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import IO, Any, cast

from povcorpus._decode import DEFAULT_MAX_LINE_BYTES, FileLine, TextFile
from povcorpus.errors import FormatError
from povcorpus.loaders import jsonl, lines, source_delimited, text  # noqa: F401  (register the built-ins)
from povcorpus.loaders.base import (
    Loader,
    loader_registry,
    make_document,
    make_id,
    register_loader,
    skip_record,
)
from povcorpus.loaders.detect import detect_format
from povcorpus.loaders.sources import TEXT_SUFFIXES, Source, SourceFile, expand_sources
from povcorpus.model import Document

__all__ = [
    "DEFAULT_MAX_LINE_BYTES",
    "TEXT_SUFFIXES",
    "FileLine",
    "Loader",
    "TextFile",
    "detect_format",
    "expand_sources",
    "load",
    "load_file",
    "loader_registry",
    "make_document",
    "make_id",
    "open_file",
    "register_loader",
    "skip_record",
]


def load(
    source: Source | Any,
    format: str = "auto",
    encoding: str | None = None,
    errors: str = "strict",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    on_bad_record: Callable[[FormatError], None] | None = None,
    *,
    text_column: str = "text",
) -> Iterator[Document]:
    """Read documents from files, lazily.

    Args:
        source: a file, a directory, a glob, an open file, or a list of these; paths may be
            compressed (``.gz``, ``.bz2``, ``.xz``, ``.zst``) or URLs (``s3://``, ``memory://``,
            ``https://`` …, with the ``remote`` extra). A Hugging Face ``Dataset`` or
            ``IterableDataset`` is read row by row instead (see ``text_column``).
        format: ``"auto"`` (see :mod:`povcorpus.loaders.detect`) or a registered format name.
        encoding: the files' encoding; ``None`` reads a BOM if any, else UTF-8.
        errors: ``"strict"`` or ``"replace"`` (replacements are recorded as edits).
        max_line_bytes: lines longer than this raise RecordTooLargeError.
        on_bad_record: called with the FormatError of each record that cannot be parsed
            (e.g. a bad JSONL line), which is then skipped; ``None`` raises it instead.
        text_column: the column holding the text, when ``source`` is a dataset.

    Returns:
        An iterator of documents; files are opened one at a time as it advances.

    Raises:
        SourceNotFoundError: a path or pattern matches nothing (raised at once).
        EmptySourceError: a directory holds no text file (raised at once).
        UnknownNameError: ``format`` is not a registered format (raised at once).
        NotTextError, DecodeError, FormatError: while iterating, for the file at fault.
    """
    from povcorpus.integrations.datasets import is_hf_dataset, load_dataset_documents

    if is_hf_dataset(source):
        return load_dataset_documents(cast(Any, source), text_column=text_column)
    files = expand_sources(source)
    if format != "auto":
        loader_registry.get(format)
    return _iterate(files, format, encoding, errors, max_line_bytes, on_bad_record)


def _iterate(
    files: list[SourceFile],
    format: str,
    encoding: str | None,
    errors: str,
    max_line_bytes: int,
    on_bad_record: Callable[[FormatError], None] | None,
) -> Iterator[Document]:
    for item in files:
        yield from load_file(item, format, encoding, errors, max_line_bytes, on_bad_record)


def open_file(
    item: str | os.PathLike[str] | IO[str] | IO[bytes],
    format: str = "auto",
    encoding: str | None = None,
    errors: str = "strict",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    on_bad_record: Callable[[FormatError], None] | None = None,
) -> tuple[TextFile, Loader]:
    """Open one file and choose its loader: the one path from a file name to documents.

    Raises:
        SourceError: the file cannot be opened, or holds binary data.
        UnknownNameError: ``format`` is not a registered format.
    """
    file = TextFile(item, encoding=encoding, errors=errors, max_line_bytes=max_line_bytes)
    file.on_bad_record = on_bad_record
    name = detect_format(file) if format == "auto" else format
    return file, loader_registry.get(name)


def load_file(
    item: str | os.PathLike[str] | IO[str] | IO[bytes],
    format: str = "auto",
    encoding: str | None = None,
    errors: str = "strict",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    on_bad_record: Callable[[FormatError], None] | None = None,
) -> Iterator[Document]:
    """Read the documents of one file, lazily (see :func:`load`)."""
    file, loader = open_file(item, format, encoding, errors, max_line_bytes, on_bad_record)
    yield from loader(file)


def __getattr__(name: str) -> Any:
    """``Line`` (0.1) is now :class:`FileLine`; the old name resolves for one release, with a warning."""
    if name == "Line":
        import warnings

        warnings.warn(
            "povcorpus.loaders.Line was renamed FileLine in 0.2.0", DeprecationWarning, stacklevel=2
        )
        return FileLine
    msg = f"module 'povcorpus.loaders' has no attribute {name!r}"
    raise AttributeError(msg)
