"""pandas: documents to a ``DataFrame`` and Parquet files."""

from __future__ import annotations

import os
from collections.abc import Iterable
from typing import Any

from povcorpus._io import AtomicOutput
from povcorpus.errors import MissingExtraError
from povcorpus.integrations import document_row
from povcorpus.model import Document

__all__ = ["ParquetWriter", "require_pyarrow", "to_pandas"]


def to_pandas(docs: Iterable[Document]) -> Any:
    """A ``pandas.DataFrame`` with one row per document (nested parts as JSON columns).

    Raises:
        MissingExtraError: pandas is not installed (``pip install 'povcorpus[pandas]'``).
    """
    try:
        import pandas
    except ImportError as error:
        feature = "to_pandas"
        raise MissingExtraError(feature, "pandas", "pandas") from error
    return pandas.DataFrame.from_records([document_row(doc) for doc in docs])


class ParquetWriter:
    """Streams documents into a Parquet file in row groups, through a temporary file.

    ``path`` may be a URL (``s3://bucket/corpus.parquet``, with the ``remote``
    extra): the file is written under a temporary key and moved into place by
    :meth:`commit`, like the JSONL output.

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install 'povcorpus[pandas]'``).
    """

    def __init__(self, path: str | os.PathLike[str], batch_size: int = 1000) -> None:
        pyarrow = require_pyarrow()
        self._pyarrow = pyarrow
        self._parquet = pyarrow.parquet
        self.path = os.fspath(path)
        self._output = AtomicOutput(self.path, compress=False)
        self._rows: list[dict[str, Any]] = []
        self._batch_size = batch_size
        self._writer: Any = None

    def write(self, doc: Document) -> None:
        """Add one document."""
        self._rows.append(document_row(doc))
        if len(self._rows) >= self._batch_size:
            self._flush()

    def _flush(self) -> None:
        if not self._rows:
            return
        table = self._pyarrow.Table.from_pylist(self._rows)
        if self._writer is None:
            self._writer = self._parquet.ParquetWriter(self._output.stream, table.schema)
        self._writer.write_table(table)
        self._rows = []

    def commit(self) -> None:
        """Finish the file and move it into place."""
        self._flush()
        if self._writer is None:
            self._writer = self._parquet.ParquetWriter(self._output.stream, _empty_schema(self._pyarrow))
        self._writer.close()
        self._output.commit()

    def abort(self) -> None:
        """Drop the partial file."""
        if self._writer is not None:
            self._writer.close()
        self._output.abort()


def require_pyarrow() -> Any:
    """The ``pyarrow`` module (with ``pyarrow.parquet``), imported; checks the extra without writing.

    Raises:
        MissingExtraError: pyarrow is not installed (``pip install 'povcorpus[pandas]'``).
    """
    try:
        import pyarrow
        import pyarrow.parquet  # the writer needs the submodule
    except ImportError as error:
        feature = "--format parquet"
        raise MissingExtraError(feature, "pyarrow", "pandas") from error
    return pyarrow


def _empty_schema(pyarrow: Any) -> Any:
    string = pyarrow.string()
    names = ["id", "title", "text", "raw", "language", "path"]
    fields = [pyarrow.field(name, string) for name in names]
    fields += [pyarrow.field("line_start", pyarrow.int64()), pyarrow.field("line_end", pyarrow.int64())]
    fields += [
        pyarrow.field(f"{key}_json", string)
        for key in ("origin", "metadata", "sections", "toc", "footnotes", "edits")
    ]
    return pyarrow.schema(fields)
