"""Write documents as JSONL, atomically: a run that stops early leaves no output that looks complete.

Lines go to a temporary file beside the target, which is moved into place
only by :meth:`JsonlWriter.commit`; an interrupted run leaves the target as it
was. ``-`` writes to standard output instead.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from povcorpus.model import Document

__all__ = ["JsonlWriter", "document_line", "read_ids"]


def document_line(doc: Document) -> str:
    """One JSONL line (with its newline) for ``doc``; ``load()`` reads it back equal."""
    return json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":")) + "\n"


def read_ids(path: str | os.PathLike[str]) -> Iterator[str]:
    """The ids of the documents already in a JSONL output, streaming; nothing if it does not exist."""
    target = Path(path)
    if not target.exists():
        return
    with target.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield str(json.loads(line)["id"])


class JsonlWriter:
    """Writes documents to ``path`` (or stdout for ``"-"``) through a temporary file.

    Args:
        path: the output file, or ``"-"``.
        keep_existing: start from the lines already in ``path`` (for ``--resume``).
    """

    def __init__(self, path: str | os.PathLike[str], *, keep_existing: bool = False) -> None:
        self.path = os.fspath(path)
        self._temp: Path | None = None
        self._handle: IO[str]
        if self.path == "-":
            self._handle = sys.stdout
            return
        target = Path(self.path)
        target.parent.mkdir(parents=True, exist_ok=True)
        descriptor, temp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
        self._temp = Path(temp)
        self._handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="\n")
        if keep_existing and target.exists():
            with target.open(encoding="utf-8") as existing:
                for line in existing:
                    if line.strip():
                        self._handle.write(line if line.endswith("\n") else line + "\n")

    def write(self, doc: Document) -> None:
        """Append one document."""
        self._handle.write(document_line(doc))

    def commit(self) -> None:
        """Move the finished output into place."""
        if self._temp is None:
            self._handle.flush()
            return
        self._handle.close()
        self._temp.replace(self.path)
        self._temp = None

    def abort(self) -> None:
        """Drop the partial output; the target stays as it was."""
        if self._temp is None:
            return
        self._handle.close()
        self._temp.unlink(missing_ok=True)
        self._temp = None

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()
