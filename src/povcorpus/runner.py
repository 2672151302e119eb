"""Run the pipeline over files: streaming, in order, on several cores, isolating bad files and records.

The main process reads documents lazily and hands them to worker processes
in small batches; at most a few batches per worker are in flight, so memory
stays flat however large the corpus. Results come back in input order, so
``workers=1`` and ``workers=N`` write identical output. The main process
processes the first few documents itself and, where workers fork, runs the
pipeline on a short warm-up text (:mod:`povcorpus._warm`): what the steps
build on first use (patterns, the corpus's word lists) is then built once and
inherited, not built again in every worker at every run. A corpus of a few
documents starts no worker at all.

Failures are isolated at the smallest unit the format allows:

* a **file** that cannot be read (missing, binary, undecodable, a line over
  ``max_line_bytes``) is read in full *before* any of its documents is
  emitted (kept in memory up to 16 M characters, else read twice), so it is
  reported once (a :class:`FileFailure` without ``line``) and contributes nothing;
* a **record** that its loader cannot parse (a bad JSONL line) is reported
  with its line (a :class:`FileFailure` with ``line``) and skipped, and the
  other records of the file are kept;
* a **document** on which the pipeline itself fails is reported the same way
  (a bug to report), and the others go on.

Options are checked in the calling process before any file is read
(:func:`check_run`), so a typo gives the same one-line error with any number
of workers. Workers ignore ``SIGINT``; when the run stops early (Ctrl-C,
``SIGTERM``, an error) they are terminated, never left behind.
"""

from __future__ import annotations

import codecs
import collections
import contextlib
import ctypes
import io
import itertools
import multiprocessing
import operator
import os
import signal
import sys
import time
from collections.abc import Callable, Container, Generator, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs
from attrs import define, field, frozen

from povcorpus._decode import DEFAULT_MAX_LINE_BYTES, printable_name
from povcorpus._warm import warm_up
from povcorpus._wire import Packed, pack, unpack
from povcorpus.errors import FormatError, OptionError, PovcorpusError, WorkerError
from povcorpus.loaders import expand_sources, load_file, loader_registry, open_file
from povcorpus.loaders.sources import Source, SourceFile
from povcorpus.model import Document
from povcorpus.pipeline import DEFAULT_OPTIONS, PipelineOptions, process

__all__ = ["FileFailure", "RunStats", "check_options", "check_run", "default_workers", "process_corpus"]

_RULE_AND_STEP = operator.attrgetter("rule", "step")

_BATCH_DOCUMENTS = 32
_BATCH_CHARS = 1_000_000
_IN_FLIGHT_PER_WORKER = 3
_IN_PARENT_DOCUMENTS = 8
_IN_PARENT_CHARS = 100_000
_READ_AHEAD_CHARS = 16_000_000
_PR_SET_PDEATHSIG = 1
_PROBE = "Poverty fell in the villages.\nLa povertà è diminuita nei villaggi.\n"


@frozen
class FileFailure:
    """A file, or one record of a file, that was skipped, and why."""

    path: str
    reason: str
    line: int | None = None
    """Line of the skipped record; ``None`` when the whole file was skipped."""

    def describe(self) -> str:
        """One line for people: where, then why."""
        if self.path in self.reason and (self.line is None or f"line {self.line} " in self.reason):
            return self.reason  # the message names the place already
        if self.line is None:
            return f"{self.path}: {self.reason}"
        return f"{self.path} line {self.line}: {self.reason}"


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
    step_seconds: dict[str, float] = field(factory=dict)
    """Seconds spent in each pipeline step, summed over every document and worker."""
    boilerplate_removed: int = 0
    """Edits made by rule packs: chrome lines (the ``boilerplate`` step) and inline spam."""

    def add(self, doc: Document) -> None:
        """Count one finished document."""
        from povcorpus.boilerplate import pack_registry

        self.documents += 1
        self.input_chars += len(doc.raw)
        self.languages[doc.language or "none"] += 1
        # Counted by (rule, step) in C: a document can hold thousands of edits of a few rules.
        counts = collections.Counter(map(_RULE_AND_STEP, doc.edits))
        packs = pack_registry.view()
        for (rule, step), count in counts.items():
            self.edits_per_rule[rule] += count
            if step == "boilerplate" or rule.partition(".")[0] in packs:
                self.boilerplate_removed += count

    def profile(self) -> str:
        """Seconds and share of each pipeline step, slowest first (``povcorpus process --profile``)."""
        total = sum(self.step_seconds.values())
        if not total:
            return "time by step   -"
        lines = ["time by step   (summed over workers)"]
        for step, seconds in sorted(self.step_seconds.items(), key=lambda item: -item[1]):
            lines.append(f"  {step:<13}{seconds:9.2f} s {seconds / total:6.1%}")
        return "\n".join(lines)

    @property
    def mb_per_second(self) -> float:
        """Input megabytes (of decoded UTF-8 files) per second of wall time."""
        return self.input_bytes / 1e6 / self.seconds if self.seconds else 0.0

    @property
    def files_failed(self) -> list[FileFailure]:
        """Files skipped whole."""
        return [failure for failure in self.failures if failure.line is None]

    @property
    def records_failed(self) -> list[FileFailure]:
        """Records skipped within files that were kept."""
        return [failure for failure in self.failures if failure.line is not None]

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
        lines += row("files failed", str(len(self.files_failed)))
        lines += row("records failed", str(len(self.records_failed)))
        for failure in self.failures:
            lines += textwrap.wrap(failure.describe(), width, initial_indent="  ", subsequent_indent="    ")
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


def check_options(options: PipelineOptions) -> None:
    """Raise now, in this process, what ``process(doc, options)`` would raise in every worker.

    Looks up every step, cleaner, rule and language backend the options name
    (:meth:`PipelineOptions.check`), then runs the pipeline on a two-sentence probe.

    Raises:
        UnknownNameError: an unknown step, cleaner, rule or language backend.
        MissingExtraError: the language backend needs an extra that is not installed.
    """
    options.check()
    probe = next(load_file(io.StringIO(_PROBE), format="text"))
    try:
        process(probe, options)
    except PovcorpusError:
        raise
    except Exception:  # a bug, not an option: the run reports it per document
        return


def check_run(
    options: PipelineOptions = DEFAULT_OPTIONS,
    *,
    workers: int | None = 1,
    format: str = "auto",
    encoding: str | None = None,
    errors: str = "strict",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
) -> None:
    """Check every option of a run before any file is read or written.

    Raises:
        OptionError: ``workers`` below 1, an unknown encoding, a bad ``errors`` or ``max_line_bytes``.
        UnknownNameError, MissingExtraError: see :func:`check_options`; also an unknown ``format``.
    """
    if workers is not None and workers < 1:
        msg = f"workers must be 1 or more, not {workers} (leave it out for one per core)"
        raise OptionError(msg)
    if errors not in {"strict", "replace"}:
        msg = f'errors must be "strict" or "replace", not {errors!r}'
        raise OptionError(msg)
    if max_line_bytes < 1:
        msg = f"max_line_bytes must be 1 or more, not {max_line_bytes}"
        raise OptionError(msg)
    if encoding is not None:
        try:
            codecs.lookup(encoding)
        except LookupError:
            msg = (
                f"unknown encoding {encoding!r}; use a codec name such as utf-8, latin-1, cp1252 or utf-16-le"
            )
            raise OptionError(msg) from None
    if format != "auto":
        loader_registry.get(format)
    check_options(options)


def process_corpus(
    source: Source,
    options: PipelineOptions = DEFAULT_OPTIONS,
    *,
    workers: int | None = 1,
    format: str = "auto",
    encoding: str | None = None,
    errors: str = "strict",
    max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    fail_fast: bool = False,
    skip_ids: Container[str] | Mapping[str, int] = frozenset(),
    stats: RunStats | None = None,
    on_failure: Callable[[FileFailure], None] | None = None,
    languages: Sequence[str] | str | None = None,
) -> Generator[Document, None, None]:
    """Process every document of ``source``, yielding results in input order.

    Close the generator (``contextlib.closing``) to stop early: its worker
    processes end at once.

    Options and paths are checked at once, in this process, before the first
    document is read (see :func:`check_run`).

    Args:
        source: what :func:`povcorpus.load` accepts.
        options: the pipeline's options.
        workers: processes to use; ``None`` for one per core, 1 to stay in this process.
        format: as for :func:`povcorpus.load`.
        encoding: as for :func:`povcorpus.load`.
        errors: as for :func:`povcorpus.load`.
        max_line_bytes: as for :func:`povcorpus.load`.
        fail_fast: re-raise the first file or record error instead of skipping it.
        skip_ids: ids of documents not to process again (``--resume``); a mapping
            of id to count skips that many documents with the id (a multiset).
        stats: counters to fill in (documents, languages, edits, failures, time).
        on_failure: called with each skipped file or record as it happens.
        languages: the languages the corpus may contain (a prior for short text, see
            :func:`povcorpus.language.tag`), or ``"auto"`` to learn them first from a quick
            pass over every document (:func:`povcorpus.language.learn_languages`); sets
            ``options.languages`` for every worker. ``None`` keeps ``options.languages``.

    Raises:
        PovcorpusError: a bad option or a path that does not exist (at once), any file
            or record error with ``fail_fast``, :class:`~povcorpus.errors.WorkerError`
            when a worker process dies.
    """
    check_run(
        options,
        workers=workers,
        format=format,
        encoding=encoding,
        errors=errors,
        max_line_bytes=max_line_bytes,
    )
    files = expand_sources(source)
    if languages is not None:
        options = attrs.evolve(
            options, languages=_corpus_languages(languages, files, format, encoding, errors)
        )
    stats = stats if stats is not None else RunStats()
    reader = _Reader(format, encoding, errors, max_line_bytes, fail_fast, skip_ids, stats, on_failure)
    count = default_workers() if workers is None else workers
    return _run(reader, files, options, count, fail_fast, stats, on_failure)


def _corpus_languages(
    languages: Sequence[str] | str, files: list[SourceFile], format: str, encoding: str | None, errors: str
) -> tuple[str, ...]:
    """The corpus's languages as given, or learnt from a first pass over its readable documents."""
    if languages != "auto":
        return (languages,) if isinstance(languages, str) else tuple(languages)
    from povcorpus.language import learn_languages

    def readable() -> Iterator[Document]:
        for item in files:
            if not isinstance(item, (str, Path)):
                continue  # an open stream can be read once only: it is left to the run itself
            with contextlib.suppress(Exception):  # a bad file is reported by the run itself
                yield from load_file(item, format, encoding, errors, on_bad_record=_ignore)

    return learn_languages(readable())


def _run(
    reader: _Reader,
    files: list[SourceFile],
    options: PipelineOptions,
    workers: int,
    fail_fast: bool,
    stats: RunStats,
    on_failure: Callable[[FileFailure], None] | None,
) -> Generator[Document, None, None]:
    documents = reader.documents(files)
    results = (
        _serial(documents, options, fail_fast, stats.step_seconds)
        if workers == 1
        else _parallel(documents, options, workers, fail_fast, stats.step_seconds)
    )
    try:
        for result in results:
            if isinstance(result, FileFailure):
                stats.failures.append(result)
                if on_failure:
                    on_failure(result)
                continue
            stats.add(result)
            yield result
    finally:
        stats.seconds = time.perf_counter() - stats.started


@define
class _Reader:
    """Reads files into documents for the runner, isolating bad files and bad records."""

    format: str
    encoding: str | None
    errors: str
    max_line_bytes: int
    fail_fast: bool
    skip_ids: Container[str] | Mapping[str, int]
    stats: RunStats
    on_failure: Callable[[FileFailure], None] | None
    _left: collections.Counter[str] | None = None

    def __attrs_post_init__(self) -> None:
        if isinstance(self.skip_ids, Mapping):
            self._left = collections.Counter(dict(self.skip_ids))

    def _fail(self, failure: FileFailure) -> None:
        self.stats.failures.append(failure)
        if self.on_failure:
            self.on_failure(failure)

    def _skip(self, doc_id: str) -> bool:
        if self._left is None:
            return doc_id in self.skip_ids
        if self._left[doc_id] > 0:
            self._left[doc_id] -= 1
            return True
        return False

    def documents(self, files: list[SourceFile]) -> Iterator[Document]:
        """The documents of every file that can be read, in order, minus those to skip."""
        for item in files:
            self.stats.files += 1
            for doc in self._file_documents(item):
                if self._skip(doc.id):
                    self.stats.skipped += 1
                    continue
                yield doc

    def _file_documents(self, item: SourceFile) -> Iterator[Document]:
        records: list[FileFailure] = []

        def bad_record(error: FormatError) -> None:
            records.append(FileFailure(path=error.path, reason=_reason(error), line=error.line))

        try:
            file, loader = open_file(
                item,
                self.format,
                self.encoding,
                self.errors,
                self.max_line_bytes,
                None if self.fail_fast else bad_record,
            )
            buffered, complete = _read_ahead(loader(file))
        except Exception as error:  # a plugin loader's bug too: it costs its file, not the run
            if self.fail_fast:
                raise
            self._fail(FileFailure(path=_name(item), reason=_reason(error)))
            return
        for failure in records:
            self._fail(failure)
        if file.path is not None:
            with contextlib.suppress(OSError):
                self.stats.input_bytes += file.path.stat().st_size
        if complete:
            yield from buffered
            return
        file.on_bad_record = _ignore  # reported by the first pass
        try:
            yield from loader(file)
        except Exception as error:
            if self.fail_fast:
                raise
            self._fail(FileFailure(path=file.name, reason=f"changed while being read: {_reason(error)}"))


def _ignore(error: FormatError) -> None:
    """Drop a bad-record report (the record was reported already)."""


def _reason(error: BaseException) -> str:
    """The message of one of our errors; the type too for anything else."""
    if isinstance(error, PovcorpusError):
        return str(error)
    return f"{type(error).__name__}: {error}"


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
        return printable_name(item.as_posix())
    if isinstance(item, str):  # a URL
        return printable_name(item)
    name = getattr(item, "name", "<stream>")
    return printable_name(name) if isinstance(name, str) else "<stream>"


def _process_one(
    doc: Document, options: PipelineOptions, fail_fast: bool, timings: dict[str, float]
) -> Document | FileFailure:
    """The processed document, or the failure of a pipeline bug on it (the others go on)."""
    try:
        return process(doc, options, timings=timings)
    except Exception as error:
        if fail_fast:
            raise
        reason = f"document {doc.id} could not be processed ({_reason(error)}); please report this bug"
        return FileFailure(path=doc.origin.path, reason=reason, line=doc.origin.line_start)


def _serial(
    documents: Iterable[Document], options: PipelineOptions, fail_fast: bool, timings: dict[str, float]
) -> Iterator[Document | FileFailure]:
    for doc in documents:
        yield _process_one(doc, options, fail_fast, timings)


def _process_batch(
    batch: list[Document], options: PipelineOptions, fail_fast: bool
) -> tuple[list[Packed | FileFailure], dict[str, float]]:
    """A worker's answer: each document processed and packed for the way back (see :mod:`povcorpus._wire`)."""
    timings: dict[str, float] = {}
    results: list[Packed | FileFailure] = []
    for doc in batch:
        result = _process_one(doc, options, fail_fast, timings)
        results.append(result if isinstance(result, FileFailure) else pack(result, doc))
    return results, timings


def _leading(documents: Iterator[Document]) -> tuple[list[Document], Iterator[Document]]:
    """The first documents, while they hold at most :data:`_IN_PARENT_CHARS` together (and
    :data:`_IN_PARENT_DOCUMENTS` at most), and the rest: a large document is left to the workers.
    """
    leading: list[Document] = []
    size = 0
    for doc in documents:
        size += len(doc.text)
        if size > _IN_PARENT_CHARS:
            return leading, itertools.chain((doc,), documents)
        leading.append(doc)
        if len(leading) >= _IN_PARENT_DOCUMENTS:
            break
    return leading, documents


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


def _init_worker(parent: int) -> None:
    """Workers leave Ctrl-C to the main process (which ends them) and die on ``SIGTERM``.

    On Linux a worker is also killed when the main process dies, even by ``SIGKILL``.
    """
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if sys.platform == "linux":
        with contextlib.suppress(OSError, AttributeError):
            ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
        if os.getppid() != parent:  # the main process died before prctl took effect
            os._exit(1)


def _worker_main(requests: Any, results: Any, options: PipelineOptions, fail_fast: bool, parent: int) -> None:
    """A worker process: process each batch it is sent, send the results back, stop at ``None``."""
    _init_worker(parent)
    while True:
        batch = requests.get()
        if batch is None:
            break
        answer: tuple[list[Packed | FileFailure], dict[str, float]] | BaseException
        try:
            answer = _process_batch(batch, options, fail_fast)
        except Exception as error:  # fail_fast: the main process re-raises it
            answer = error
        try:
            results.send(answer)
        except Exception as error:  # an exception that does not pickle
            results.send(PovcorpusError(f"{type(error).__name__}: {error}"))
    results.close()


@define
class _Worker:
    """One worker process, its queue of batches and the pipe its results come back on."""

    process: Any
    requests: Any
    results: Any
    outstanding: int = 0


class _Pool:
    """Worker processes fed batches, whose results are read back in the order the batches were sent.

    Written out rather than with :class:`concurrent.futures.ProcessPoolExecutor`:
    each worker answers on its own pipe, so a worker that dies is seen at once
    (the pipe ends) and ending the run early can kill workers without leaving a
    background thread blocked on a half-written message, which would hang the
    interpreter's exit. Workers are daemons: they cannot outlive this process.
    """

    def __init__(self, workers: int, options: PipelineOptions, fail_fast: bool) -> None:
        context = _context()
        if context.get_start_method() == "fork":
            warm_up(options)  # built once here and inherited, not once in every worker
        self.workers: list[_Worker] = []
        for _ in range(workers):
            requests = context.Queue()
            reader, writer = context.Pipe(duplex=False)
            process_ = context.Process(
                target=_worker_main, args=(requests, writer, options, fail_fast, os.getpid()), daemon=True
            )
            process_.start()
            writer.close()  # the worker holds the only write end: its death ends the pipe
            self.workers.append(_Worker(process_, requests, reader))

    def send(self, batch: list[Document]) -> tuple[_Worker, list[Document]]:
        """Give ``batch`` to the least busy worker (the first of equals); return it and the batch."""
        worker = min(self.workers, key=lambda candidate: candidate.outstanding)
        worker.requests.put(batch)
        worker.outstanding += 1
        return worker, batch

    @property
    def full(self) -> bool:
        """Whether every worker has its share of batches in flight."""
        return all(worker.outstanding >= _IN_FLIGHT_PER_WORKER for worker in self.workers)

    def receive(
        self, sent: tuple[_Worker, list[Document]], timings: dict[str, float]
    ) -> list[Document | FileFailure]:
        """The results of the oldest batch a worker holds (``sent``: as :meth:`send` returned it).

        Its step times are added to ``timings``.

        Raises:
            WorkerError: the worker died.
        """
        worker, batch = sent
        try:
            answer = worker.results.recv()
        except (EOFError, OSError):
            msg = (
                f"a worker process died without an answer (exit code {worker.process.exitcode}; killed, "
                "e.g. for lack of memory?); the documents written so far are kept: resume with fewer workers"
            )
            raise WorkerError(msg) from None
        worker.outstanding -= 1
        if isinstance(answer, BaseException):
            raise answer
        packed: list[Packed | FileFailure] = answer[0]
        for step, value in answer[1].items():
            timings[step] = timings.get(step, 0.0) + value
        return [
            result if isinstance(result, FileFailure) else unpack(result, doc)
            for result, doc in zip(packed, batch, strict=True)
        ]

    def close(self) -> None:
        """Let every worker finish and exit."""
        for worker in self.workers:
            worker.requests.put(None)
        for worker in self.workers:
            worker.process.join()
            worker.requests.close()
            worker.results.close()

    def terminate(self) -> None:
        """End every worker now: nothing is left running after the run."""
        for worker in self.workers:
            if worker.process.is_alive():
                worker.process.terminate()
            worker.requests.cancel_join_thread()  # do not wait to feed a worker that is gone
        for worker in self.workers:
            worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.kill()
                worker.process.join(timeout=5)
            worker.requests.close()
            worker.results.close()


def _parallel(
    documents: Iterable[Document],
    options: PipelineOptions,
    workers: int,
    fail_fast: bool,
    timings: dict[str, float],
) -> Iterator[Document | FileFailure]:
    # The first documents are processed here: what the steps build on first use for this
    # corpus (its languages' word lists, a language model's profiles) is then built once and
    # inherited by every worker forked after, not built again in each.
    leading, rest = _leading(iter(documents))
    yield from _serial(leading, options, fail_fast, timings)
    batches = _batches(rest)
    first = next(batches, None)
    if first is None:
        return  # a corpus this small needs no worker
    pool = _Pool(workers, options, fail_fast)
    pending: collections.deque[tuple[_Worker, list[Document]]] = collections.deque()
    try:
        for batch in itertools.chain((first,), batches):
            if pool.full:
                yield from pool.receive(pending.popleft(), timings)
            pending.append(pool.send(batch))
        while pending:
            yield from pool.receive(pending.popleft(), timings)
    except BaseException:  # Ctrl-C, SIGTERM, the consumer closing the generator, a worker error
        pool.terminate()
        raise
    pool.close()
