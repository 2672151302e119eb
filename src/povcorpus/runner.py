"""Run the pipeline over files: streaming, in order, on several cores, isolating bad files.

The main process reads documents lazily and hands them to worker processes
in small batches; at most a few batches per worker are in flight, so memory
stays flat however large the corpus. Results come back in input order, so
``workers=1`` and ``workers=N`` write identical output.

A file that cannot be read or parsed is read in full *before* any of its
documents is emitted (kept in memory up to 16 M characters, else read twice),
so it is reported once (as a :class:`FileFailure`) and contributes nothing,
while every other file is processed.
"""

from __future__ import annotations

import collections
import concurrent.futures
import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Container, Iterable, Iterator
from pathlib import Path
from typing import Any

from attrs import define, field, frozen

from povcorpus.errors import PovcorpusError
from povcorpus.loaders import TextFile, detect_format, expand_sources, loader_registry
from povcorpus.loaders.sources import Source, SourceFile
from povcorpus.model import Document
from povcorpus.pipeline import DEFAULT_OPTIONS, PipelineOptions, process

__all__ = ["FileFailure", "RunStats", "default_workers", "process_corpus"]

_BATCH_DOCUMENTS = 32
_BATCH_CHARS = 1_000_000
_IN_FLIGHT_PER_WORKER = 3
_READ_AHEAD_CHARS = 16_000_000


@frozen
class FileFailure:
    """A file that was skipped, and why."""

    path: str
    reason: str


@define
class RunStats:
    """Counts gathered while a run goes on; ``seconds`` and ``mb_per_second`` at the end."""

    files: int = 0
    documents: int = 0
    skipped: int = 0
    input_chars: int = 0
    input_bytes: int = 0
    languages: collections.Counter[str] = field(factory=collections.Counter)
    edits_per_rule: collections.Counter[str] = field(factory=collections.Counter)
    failures: list[FileFailure] = field(factory=list)
    started: float = field(factory=time.perf_counter)
    seconds: float = 0.0

    def add(self, doc: Document) -> None:
        """Count one finished document."""
        self.documents += 1
        self.input_chars += len(doc.raw)
        self.languages[doc.language or "none"] += 1
        self.edits_per_rule.update(edit.rule for edit in doc.edits)

    @property
    def boilerplate_removed(self) -> int:
        """Edits made by boilerplate rules (chrome lines and inline spam)."""
        return sum(
            count
            for rule, count in self.edits_per_rule.items()
            if rule.startswith(("boilerplate", "spam", "chrome"))
        )

    @property
    def mb_per_second(self) -> float:
        """Input megabytes (of decoded UTF-8 files) per second of wall time."""
        return self.input_bytes / 1e6 / self.seconds if self.seconds else 0.0

    def summary(self, width: int | None = None) -> str:
        """A one-screen summary for people, no line wider than ``width`` (default: the terminal's).

        Languages wrap under their label; edits by rule are a table of ``rule count`` cells,
        most frequent first, in as many columns as fit.
        """
        import shutil
        import textwrap

        width = max(40, width if width is not None else min(shutil.get_terminal_size((80, 24)).columns, 120))
        label = 15

        def row(name: str, value: str) -> list[str]:
            wrapped = textwrap.wrap(
                value, width, initial_indent=f"{name:<{label}}", subsequent_indent=" " * label
            )
            return [line.replace("\u00a0", " ") for line in wrapped]

        # A no-break space keeps "en 12" on one line when the list wraps.
        languages = ", ".join(f"{code}\u00a0{count}" for code, count in self.languages.most_common()) or "-"
        lines = row(
            "documents",
            f"{self.documents} from {self.files} files"
            + (f" ({self.skipped} already in the output)" if self.skipped else ""),
        )
        lines += row("languages", languages)
        lines += row(
            "edits by rule", "-" if not self.edits_per_rule else f"{self.edits_per_rule.total()} in all"
        )
        lines += _table(sorted(self.edits_per_rule.items(), key=lambda item: (-item[1], item[0])), width)
        lines += row("boilerplate", f"{self.boilerplate_removed} removals")
        lines += row("files failed", str(len(self.failures)))
        for failure in self.failures:
            lines += textwrap.wrap(
                f"{failure.path}: {failure.reason}", width, initial_indent="  ", subsequent_indent="    "
            )
        speed = f", {self.mb_per_second:.2f} MB/s" if self.input_bytes else ""  # unknown for .gz and URLs
        lines += row("time", f"{self.seconds:.2f} s{speed}")
        return "\n".join(lines)


def _table(cells: list[tuple[str, int]], width: int) -> list[str]:
    """``rule count`` cells in columns filled top to bottom, indented two spaces, within ``width``."""
    if not cells:
        return []
    digits = max(len(str(count)) for _, count in cells)
    name_width = min(max(len(name) for name, _ in cells), width - digits - 3)
    cell = name_width + 1 + digits
    columns = max(1, (width - 2 + 3) // (cell + 3))
    rows = -(-len(cells) // columns)
    lines = []
    for top in range(rows):
        parts = [
            f"{_cut(name, name_width):<{name_width}} {count:>{digits}}" for name, count in cells[top::rows]
        ]
        lines.append("  " + "   ".join(parts).rstrip())
    return lines


def _cut(name: str, size: int) -> str:
    return name if len(name) <= size else name[: size - 1] + "…"


def default_workers() -> int:
    """The number of cores this process may use."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def process_corpus(
    source: Source,
    options: PipelineOptions = DEFAULT_OPTIONS,
    *,
    workers: int | None = 1,
    format: str = "auto",
    encoding: str | None = None,
    errors: str = "strict",
    fail_fast: bool = False,
    skip_ids: Container[str] = frozenset(),
    stats: RunStats | None = None,
    on_failure: Callable[[FileFailure], None] | None = None,
) -> Iterator[Document]:
    """Process every document of ``source``, yielding results in input order.

    Args:
        source: what :func:`povcorpus.load` accepts.
        options: the pipeline's options.
        workers: processes to use; ``None`` for one per core, 1 to stay in this process.
        format: as for :func:`povcorpus.load`.
        encoding: as for :func:`povcorpus.load`.
        errors: as for :func:`povcorpus.load`.
        fail_fast: re-raise the first file error instead of skipping the file.
        skip_ids: ids of documents not to process again (``--resume``).
        stats: counters to fill in (documents, languages, edits, failures, time).
        on_failure: called with each skipped file as it happens.

    Raises:
        PovcorpusError: a path that does not exist (at once), or any file error with ``fail_fast``.
    """
    stats = stats if stats is not None else RunStats()
    files = expand_sources(source)
    documents = _documents(files, format, encoding, errors, fail_fast, skip_ids, stats, on_failure)
    count = default_workers() if workers is None else max(1, workers)
    results = _serial(documents, options) if count == 1 else _parallel(documents, options, count)
    try:
        for doc in results:
            stats.add(doc)
            yield doc
    finally:
        stats.seconds = time.perf_counter() - stats.started


def _documents(
    files: list[SourceFile],
    format: str,
    encoding: str | None,
    errors: str,
    fail_fast: bool,
    skip_ids: Container[str],
    stats: RunStats,
    on_failure: Callable[[FileFailure], None] | None,
) -> Iterator[Document]:
    for item in files:
        stats.files += 1
        try:
            file = TextFile(item, encoding=encoding, errors=errors)
            loader = loader_registry.get(detect_format(file) if format == "auto" else format)
            buffered, complete = _read_ahead(loader(file))
        except (PovcorpusError, OSError) as error:
            if fail_fast:
                raise
            failure = FileFailure(path=_name(item), reason=str(error))
            stats.failures.append(failure)
            if on_failure:
                on_failure(failure)
            continue
        if file.path is not None:
            stats.input_bytes += file.path.stat().st_size
        for doc in buffered if complete else loader(file):
            if doc.id in skip_ids:
                stats.skipped += 1
                continue
            yield doc


def _read_ahead(documents: Iterator[Document]) -> tuple[list[Document], bool]:
    """Read a whole file before any of its documents is emitted, so a bad file emits nothing.

    Documents are kept up to :data:`_READ_AHEAD_CHARS`; a larger file is read to its end
    without keeping them (``complete`` is false) and read again to be emitted.
    """
    kept: list[Document] = []
    size = 0
    for doc in documents:
        size += len(doc.raw)
        if size > _READ_AHEAD_CHARS:
            kept.clear()
            for _ in documents:
                pass
            return kept, False
        kept.append(doc)
    return kept, True


def _name(item: object) -> str:
    if isinstance(item, Path):
        return item.as_posix()
    if isinstance(item, str):  # a URL
        return item
    return str(getattr(item, "name", "<stream>"))


def _serial(documents: Iterable[Document], options: PipelineOptions) -> Iterator[Document]:
    for doc in documents:
        yield process(doc, options)


def _process_batch(batch: list[Document], options: PipelineOptions) -> list[Document]:
    return [process(doc, options) for doc in batch]


def _batches(documents: Iterable[Document]) -> Iterator[list[Document]]:
    batch: list[Document] = []
    size = 0
    for doc in documents:
        batch.append(doc)
        size += len(doc.text)
        if len(batch) >= _BATCH_DOCUMENTS or size >= _BATCH_CHARS:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def _context() -> Any:
    methods = multiprocessing.get_all_start_methods()
    # fork shares the already loaded language profiles; elsewhere spawn is the safe choice.
    return multiprocessing.get_context("fork" if "fork" in methods and sys.platform == "linux" else "spawn")


def _parallel(documents: Iterable[Document], options: PipelineOptions, workers: int) -> Iterator[Document]:
    pending: collections.deque[concurrent.futures.Future[list[Document]]] = collections.deque()
    limit = workers * _IN_FLIGHT_PER_WORKER
    with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=_context()) as pool:
        try:
            for batch in _batches(documents):
                pending.append(pool.submit(_process_batch, batch, options))
                while len(pending) >= limit:
                    yield from pending.popleft().result()
            while pending:
                yield from pending.popleft().result()
        finally:
            for future in pending:
                future.cancel()
