"""Write documents as JSONL, atomically and resumably.

Lines go to a checkpoint file beside the target, ``OUT.partial``, which is
moved into place only by :meth:`JsonlWriter.commit`: a run that stops early
never leaves a file that could pass for a complete output, and the target
stays as it was. A run that is interrupted (Ctrl-C, ``SIGTERM``) or fails
keeps the checkpoint, which holds the first documents of the output, each
on a whole line; ``JsonlWriter(..., resume=True)`` (``--resume``) continues
from it, so the finished output is byte-identical to an uninterrupted run.
``-`` writes to standard output, and an existing non-regular target such as
``/dev/null`` is written directly, without a checkpoint.

A compressed target (``out.jsonl.gz``, ``.bz2``, ``.xz``, ``.zst``) or a URL
(``s3://…``) is written under a temporary name (a temporary key on object
storage) and moved into place on commit, through :mod:`povcorpus._io`; an
interrupted run leaves the target as it was, and ``--resume`` continues from
the documents the target already holds (a compressed stream cannot be
appended to, so there is no checkpoint to continue).

The output path is checked before anything is read (:func:`check_output`).
"""

from __future__ import annotations

import collections
import json
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType
from typing import IO

from povcorpus import _io
from povcorpus.errors import FormatError, OutputError
from povcorpus.model import Document

__all__ = ["JsonlWriter", "check_output", "checkpoint_path", "document_line", "read_ids"]


_LINE_BREAKS = (("\x85", "\\u0085"), ("\u2028", "\\u2028"), ("\u2029", "\\u2029"))
"""Characters that ``str.splitlines`` and some JSONL readers take for line ends: escaped in the output."""


def document_line(doc: Document) -> str:
    """One JSONL line (with its newline) for ``doc``; ``load()`` reads it back equal.

    Only ``\\n`` ends the line: U+0085, U+2028 and U+2029 inside strings are written as
    ``\\u`` escapes, so any line splitter sees one document per line.
    """
    line = json.dumps(doc.to_dict(), ensure_ascii=False, separators=(",", ":"))
    # ``str.replace`` of each, only where present: ``str.translate`` costs ~40 ns a character here.
    for character, escape in _LINE_BREAKS:
        if character in line:
            line = line.replace(character, escape)
    return line + "\n"


def checkpoint_path(path: str | os.PathLike[str]) -> Path:
    """Where the output ``path`` is written until it is complete: ``OUT.partial`` beside it."""
    target = Path(path)
    return target.with_name(target.name + ".partial")


def check_output(path: str | os.PathLike[str]) -> None:
    """Check that ``path`` can be written, before any input is read. Creates nothing.

    Raises:
        OutputError: ``path`` is a folder, its folder does not exist or is not a folder,
            or the folder is not writable; the message says what to do.
    """
    name = os.fspath(path)
    if name == "-" or _io.is_url(name):
        return  # object storage has no folders to check; fsspec reports what it cannot write
    target = Path(name)
    if name.endswith(("/", os.sep)) or target.is_dir():
        msg = f"the output {name} is a folder; give a file name, e.g. {(target / 'out.jsonl').as_posix()}"
        raise OutputError(msg, name)
    folder = target.parent
    if not folder.exists():
        msg = (
            f"the folder of the output {name} does not exist; create it first (mkdir -p {folder.as_posix()})"
        )
        raise OutputError(msg, name)
    if not folder.is_dir():
        msg = f"the output {name} cannot be written: {folder.as_posix()} is a file, not a folder"
        raise OutputError(msg, name)
    if target.exists() and not target.is_file():
        return  # a device or a pipe (/dev/null, a FIFO): written directly
    if not os.access(folder, os.W_OK | os.X_OK):
        msg = f"the folder {folder.as_posix()} is not writable; choose another output"
        raise OutputError(msg, name)


def read_ids(path: str | os.PathLike[str]) -> Iterator[str]:
    """The ids of the documents already in a JSONL output, streaming; nothing if it does not exist.

    The output may be compressed or a URL.

    Raises:
        OutputError: a line is not a povcorpus document.
    """
    name = os.fspath(path)
    if not _stored(name):
        target = Path(name)
        if not target.exists():
            return
        with target.open(encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, start=1):
                if line.strip():
                    yield _line_id(line, name, number)
        return
    if not _io.exists(name):
        return
    for number, line in enumerate(_io.read_lines(name), start=1):
        if line.strip():
            yield _line_id(line, name, number)


def _stored(name: str) -> bool:
    """Whether ``name`` is written through :mod:`povcorpus._io` (compressed or a URL), not checkpointed."""
    return _io.is_url(name) or _io.compression_of(name) is not None


def _line_id(line: str, path: str | Path, number: int) -> str:
    name = path.as_posix() if isinstance(path, Path) else path
    try:
        data = json.loads(line)
        return str(data["id"])
    except (ValueError, KeyError, TypeError, RecursionError):
        msg = f"line {number} of {name} is not a povcorpus document; cannot resume from it"
        raise OutputError(msg, name) from None


def _recover(partial: Path) -> collections.Counter[str]:
    """The ids in a checkpoint; a last line cut short (a killed run) is cut off the file."""
    ids: collections.Counter[str] = collections.Counter()
    good = 0
    with partial.open("rb") as handle:
        for number, raw in enumerate(handle, start=1):
            if not raw.endswith(b"\n"):
                break  # the last line was being written when the run was killed
            try:
                line = raw.decode("utf-8")
                ids[_line_id(line, partial, number)] += 1
            except (UnicodeDecodeError, OutputError):
                if handle.read(1):
                    msg = (
                        f"line {number} of the checkpoint {partial.as_posix()} is damaged; "
                        "delete it and run without --resume"
                    )
                    raise OutputError(msg, partial.as_posix()) from None
                break
            good += len(raw)
    if good < partial.stat().st_size:
        os.truncate(partial, good)
    return ids


def _lock(handle: IO[str], partial: Path) -> None:
    """Hold an exclusive lock on the checkpoint while writing it (POSIX), so two runs cannot share it.

    Raises:
        OutputError: another process is writing this output.
    """
    try:
        import fcntl
    except ImportError:  # not POSIX: no lock
        return
    try:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        handle.close()
        msg = f"another run is writing {partial.as_posix()}; wait for it to end, or choose another output"
        raise OutputError(msg, partial.as_posix()) from None


class JsonlWriter:
    """Writes documents to ``path`` (or stdout for ``"-"``) through the checkpoint ``path.partial``.

    Args:
        path: the output file (compressed by its suffix), a URL, or ``"-"``.
        keep_existing: start from the lines already in ``path``.
        resume: continue the checkpoint of an interrupted run if there is one, else
            start from the lines already in ``path`` (``--resume``).

    Attributes:
        done: how many documents of each id the output holds from the start (skip them).
        resumed: the checkpoint continued, if any.
        replaced_checkpoint: an earlier run's checkpoint that this run starts over.
        written: documents written by this writer.

    Raises:
        OutputError: see :func:`check_output`; or a checkpoint or output that cannot be resumed.
    """

    def __init__(
        self, path: str | os.PathLike[str], *, keep_existing: bool = False, resume: bool = False
    ) -> None:
        self.path = os.fspath(path)
        self.done: collections.Counter[str] = collections.Counter()
        self.resumed: Path | None = None
        self.replaced_checkpoint: Path | None = None
        self.written = 0
        self._partial: Path | None = None
        self._stored: _io.AtomicOutput | None = None
        self._handle: IO[str]
        if self.path == "-":
            self._handle = sys.stdout
            return
        check_output(self.path)
        if _stored(self.path):
            if keep_existing or resume:
                self.done.update(read_ids(self.path))
            self._stored = _io.AtomicOutput(self.path, keep_existing=keep_existing or resume)
            return
        target = Path(self.path)
        if target.exists() and not stat.S_ISREG(target.stat().st_mode):
            self._handle = target.open("w", encoding="utf-8", newline="\n")
            return
        partial = checkpoint_path(target)
        existed = partial.exists()
        # open(), not mkstemp(): the file gets the permissions the umask allows, like any output.
        # Opened to append, locked, and only then emptied, so another run's checkpoint is never touched.
        self._handle = partial.open("a", encoding="utf-8", newline="\n")
        _lock(self._handle, partial)
        if resume and existed:
            self.done = _recover(partial)
            self.resumed = partial
        else:
            if existed:
                self.replaced_checkpoint = partial
            self._handle.truncate(0)
            if (keep_existing or resume) and target.exists():
                self.done.update(read_ids(target))
                with target.open(encoding="utf-8") as existing:
                    for line in existing:
                        if line.strip():
                            self._handle.write(line if line.endswith("\n") else line + "\n")
        self._partial = partial

    @property
    def checkpoint(self) -> Path | None:
        """The checkpoint file being written, or ``None`` for stdout and devices."""
        return self._partial

    @property
    def target_exists(self) -> bool:
        """Whether a regular file is already at the output path (a previous output)."""
        if self.path == "-":
            return False
        return _io.exists(self.path) if _stored(self.path) else Path(self.path).is_file()

    def write(self, doc: Document) -> None:
        """Append one document.

        Raises:
            FormatError: a string of the document holds a lone surrogate, which UTF-8 cannot
                encode; nothing is written, and the next document can be.
        """
        line = document_line(doc)
        try:
            if self._stored is not None:
                self._stored.write(line)
            else:
                self._handle.write(line)
        except UnicodeEncodeError as error:
            msg = (
                f"document {doc.id} holds a lone surrogate ({error.object[error.start : error.end]!a}) "
                "that UTF-8 cannot encode; it was not written"
            )
            raise FormatError(msg, doc.origin.path, doc.origin.line_start) from None
        self.written += 1

    def commit(self) -> None:
        """Move the finished output into place (flushed to disk first)."""
        if self._stored is not None:
            self._stored.commit()
            return
        if self._partial is None:
            self._handle.flush()
            if self._handle is not sys.stdout and not self._handle.closed:
                self._handle.close()  # a device such as /dev/null, written directly
            return
        self._handle.flush()
        os.fsync(self._handle.fileno())
        self._handle.close()
        self._partial.replace(self.path)
        self._partial = None

    def suspend(self) -> Path | None:
        """Stop writing and keep the checkpoint for a later ``resume``; returns it (``None`` if none).

        A compressed or remote output has no checkpoint: its temporary output is dropped.
        """
        if self._stored is not None:
            self._stored.abort()
            return None
        if self._partial is None:
            return None
        self._handle.close()
        kept, self._partial = self._partial, None
        return kept

    def abort(self) -> None:
        """Drop the checkpoint; the target stays as it was."""
        if self._stored is not None:
            self._stored.abort()
            return
        if self._partial is None:
            return
        self._handle.close()
        self._partial.unlink(missing_ok=True)
        self._partial = None

    def __enter__(self) -> JsonlWriter:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, traceback: TracebackType | None
    ) -> None:
        if kind is None:
            self.commit()
        else:
            self.abort()
