"""Write documents as JSONL, atomically: a run that stops early leaves no output that looks complete.

Lines go to a temporary file beside the target (a temporary key on object
storage), which is moved into place only by :meth:`JsonlWriter.commit`; an
interrupted run leaves the target as it was. The target may be compressed
(``out.jsonl.gz``, ``.bz2``, ``.xz``, ``.zst``) or a URL (``s3://…``); see
:mod:`povcorpus._io`. ``-`` writes to standard output instead.
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Iterator
from types import TracebackType

from povcorpus import _io
from povcorpus.model import Document

__all__ = ["JsonlWriter", "document_line", "read_ids"]


def document_line(doc: Document) -> str:
    """One JSONL line (with its newline) for ``doc``; ``load()`` reads it back equal."""
    return json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def read_ids(path: str | os.PathLike[str]) -> Iterator[str]:
    """The ids of the documents already in a JSONL output, streaming; nothing if it does not exist."""
    name = os.fspath(path)
    if not _io.exists(name):
        return
    for line in _io.read_lines(name):
        if line.strip():
            yield str(json.loads(line)["id"])


class JsonlWriter:
    """Writes documents to ``path`` (or stdout for ``"-"``) through a temporary file.

    Args:
        path: the output file (compressed by its suffix), a URL, or ``"-"``.
        keep_existing: start from the lines already in ``path`` (for ``--resume``).
    """

    def __init__(self, path: str | os.PathLike[str], *, keep_existing: bool = False) -> None:
        self.path = os.fspath(path)
        self._output = None if self.path == "-" else _io.AtomicOutput(self.path, keep_existing=keep_existing)

    def write(self, doc: Document) -> None:
        """Append one document."""
        if self._output is None:
            sys.stdout.write(document_line(doc))
        else:
            self._output.write(document_line(doc))

    def commit(self) -> None:
        """Move the finished output into place."""
        if self._output is None:
            sys.stdout.flush()
            return
        self._output.commit()

    def abort(self) -> None:
        """Drop the partial output; the target stays as it was."""
        if self._output is not None:
            self._output.abort()

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()
