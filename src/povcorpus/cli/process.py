"""``povcorpus process``: the main job — :func:`povcorpus.process_corpus` on files, written as JSONL.

``povcorpus process`` is the 0.1 name of the same subcommand, kept as an alias.
"""

from __future__ import annotations

import argparse
import contextlib
import sys
from typing import Any

from povcorpus.cleaners.dehyphenate import WORDLISTS
from povcorpus.cli._errors import cli_advice
from povcorpus.cli._inputs import add_input_arguments, add_quiet_argument, input_paths, threshold_ok
from povcorpus.errors import FormatError
from povcorpus.integrations.pandas import ParquetWriter, require_pyarrow
from povcorpus.language.detect import DEFAULT_BACKEND
from povcorpus.loaders import expand_sources
from povcorpus.model import Document
from povcorpus.pipeline import DEFAULT_STEPS, PipelineOptions
from povcorpus.runner import FileFailure, RunStats, check_run, process_corpus
from povcorpus.writers import JsonlWriter, check_output

__all__ = ["check_before_run", "open_writer", "register", "run_process"]

_RED = "\033[31m"
_GREEN = "\033[32m"
_DIM = "\033[2m"
_RESET = "\033[0m"


def register(subparsers: Any) -> None:
    """Add the ``process`` subcommand (alias ``clean``)."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "process",
        aliases=["clean"],
        help="run the document pipeline on a corpus and write JSONL (the main job; alias: clean)",
        description="Load INPUT files, run the document pipeline on every document (mojibake, "
        "boilerplate, language, clean, structure, tag), "
        "and write one JSON document per line with its full audit trail. The output is written to a "
        "temporary name and moved into place at the end, so an interrupted run leaves no output that "
        "looks complete.",
    )
    add_input_arguments(parser)
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help="output file or URL (out.jsonl, out.jsonl.gz, .bz2, .xz, .zst, s3://bucket/out.jsonl.gz), "
        "or - for standard output",
    )
    parser.add_argument(
        "--format",
        choices=["jsonl", "parquet"],
        default="jsonl",
        help="output format (default: %(default)s); parquet needs the pandas extra, a file or URL output "
        "and no --resume",
    )
    parser.add_argument(
        "--errors",
        choices=["strict", "replace"],
        default="strict",
        help="undecodable bytes: strict skips the file and reports it, replace writes U+FFFD and records "
        "an edit (default: %(default)s)",
    )
    parser.add_argument(
        "--workers",
        type=int,
        default=None,
        metavar="N",
        help="worker processes; 1 runs in this process (default: one per core)",
    )
    parser.add_argument("--fail-fast", action="store_true", help="stop at the first file that cannot be read")
    parser.add_argument(
        "--resume", action="store_true", help="keep the output's documents and add only new ones"
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="CLEANER",
        help="turn a cleaner off (repeatable), one of: {cleaners}",
    )
    parser.add_argument(
        "--disable-rule",
        action="append",
        default=[],
        metavar="RULE",
        help="turn a boilerplate rule or pack off (repeatable), one of: {rules}",
    )
    parser.add_argument(
        "--language-backend",
        default=DEFAULT_BACKEND,
        metavar="NAME",
        help="language detector, one of: {language_backends} (default: %(default)s)",
    )
    parser.add_argument(
        "--languages",
        default=None,
        metavar="CODES",
        help="languages the corpus may contain, e.g. it,en,fa,zh: short text is decided among them; "
        "'auto' learns them in a first pass over the documents (default: any language)",
    )
    parser.add_argument(
        "--wordlist",
        choices=list(WORDLISTS),
        default="best",
        help="wordfreq list dehyphenate reads: small (about 3 MiB a language) bounds memory on a corpus "
        "in many languages, best (the large lists, 20-120 MiB each) knows rarer words "
        "(default: %(default)s)",
    )
    for step in DEFAULT_STEPS:
        parser.add_argument(f"--no-{step}", action="store_true", help=f"skip the {step} step")
    parser.add_argument(
        "--dedupe", action="store_true", help="mark duplicate documents and paragraphs in the output"
    )
    parser.add_argument(
        "--dedupe-threshold",
        type=float,
        default=0.7,
        metavar="J",
        help="Jaccard similarity for --dedupe, in (0, 1] (default: %(default)s)",
    )
    parser.add_argument("--show-edits", action="store_true", help="print each document's edits, like a diff")
    parser.add_argument(
        "--profile", action="store_true", help="print the time spent in each pipeline step at the end"
    )
    add_quiet_argument(parser, "no progress and no summary, only errors")
    parser.set_defaults(func=run_process)


def run_process(args: argparse.Namespace) -> int:
    """Run the main job; exit code 0, or 3 when some files or records were skipped.

    Everything is checked before any output is touched: the options (in this
    process, so any number of workers gives the same message), the output
    path, then the inputs. See ``docs/guarantees.md`` for what a stopped run keeps.
    """
    inputs = input_paths(args, "process")
    if inputs is None:
        return 2
    if args.format == "parquet" and (args.output == "-" or args.resume or args.dedupe):
        print(
            "povcorpus process: --format parquet needs a file output, without --resume or --dedupe",
            file=sys.stderr,
        )
        return 2
    if args.dedupe and not threshold_ok(args.dedupe_threshold, "process", "--dedupe-threshold"):
        return 2
    if args.dedupe and args.output == "-":
        print("povcorpus process: --dedupe needs a file output (a second pass reads it)", file=sys.stderr)
        return 2
    options = PipelineOptions(
        disabled_steps=tuple(step for step in DEFAULT_STEPS if getattr(args, f"no_{step}")),
        disabled_cleaners=tuple(args.disable),
        disabled_rules=tuple(args.disable_rule),
        language_backend=args.language_backend,
        cleaner_options={"dehyphenate.wordlist": args.wordlist} if args.wordlist != "best" else {},
    )
    check_before_run(args, options, inputs)
    writer = open_writer(args)
    stats = RunStats()
    _write_all(args, options, inputs, writer, stats)
    _finish(args, writer, stats)
    if args.dedupe:
        from povcorpus.dedupe.annotate import annotate_duplicates

        marked = annotate_duplicates(args.output, args.dedupe_threshold)
        if not args.quiet:
            print(
                f"duplicates     {marked} documents hold duplicates (metadata.extra.duplicates)",
                file=sys.stderr,
            )
    if not args.quiet:
        print(cli_advice(stats.summary()), file=sys.stderr)
    if args.profile:
        print(stats.profile(), file=sys.stderr)
    return 3 if stats.failures else 0


def _languages(value: str | None) -> str | tuple[str, ...] | None:
    """``--languages``: ``None``, ``"auto"`` or a tuple of codes."""
    if value is None or value.strip() == "auto":
        return None if value is None else "auto"
    return tuple(code.strip() for code in value.split(",") if code.strip())


def check_before_run(args: argparse.Namespace, options: PipelineOptions, inputs: list[Any]) -> None:
    """Check options, output path and inputs, in that order, touching no file.

    Raises:
        PovcorpusError: the first problem found (one line on stderr, exit code 1).
    """
    check_run(
        options, workers=args.workers, format=args.input_format, encoding=args.encoding, errors=args.errors
    )
    if args.format == "parquet":
        require_pyarrow()  # raises MissingExtraError now, not after the run
    check_output(args.output)
    expand_sources(inputs)


def open_writer(args: argparse.Namespace) -> JsonlWriter | ParquetWriter:
    """The output writer; with ``--resume`` it continues an interrupted run's checkpoint."""
    if args.format == "parquet":
        return ParquetWriter(args.output)
    writer = JsonlWriter(args.output, resume=args.resume)
    if not args.quiet and writer.resumed is not None:
        count = sum(writer.done.values())
        print(f"povcorpus: resuming {writer.resumed} ({count} documents already done)", file=sys.stderr)
    if not args.quiet and writer.replaced_checkpoint is not None:
        print(
            f"povcorpus: starting over; the checkpoint {writer.replaced_checkpoint} of an interrupted run "
            "is replaced (use --resume to continue it instead)",
            file=sys.stderr,
        )
    return writer


def _report(failure: FileFailure) -> None:
    print(f"povcorpus: skipped {cli_advice(failure.describe())}", file=sys.stderr)


def _write_all(
    args: argparse.Namespace,
    options: PipelineOptions,
    inputs: list[Any],
    writer: JsonlWriter | ParquetWriter,
    stats: RunStats,
) -> None:
    """Process and write every document; on a stop, keep the checkpoint and say how to resume."""
    skip = writer.done if isinstance(writer, JsonlWriter) else frozenset()
    progress = _progress_bar() if sys.stderr.isatty() and not args.quiet else None
    try:
        run = process_corpus(
            inputs,
            options,
            workers=args.workers,
            format=args.input_format,
            encoding=args.encoding,
            errors=args.errors,
            fail_fast=args.fail_fast,
            skip_ids=skip,
            stats=stats,
            on_failure=_report,
            languages=_languages(args.languages),
        )
        with contextlib.closing(run):  # closing the run ends its worker processes
            for doc in run:
                try:
                    writer.write(doc)
                except FormatError as error:
                    failure = FileFailure(path=error.path, reason=str(error), line=error.line)
                    stats.failures.append(failure)
                    stats.documents -= 1
                    _report(failure)
                    continue
                if args.show_edits:
                    view = sys.stderr if args.output == "-" else sys.stdout  # never mixed into the JSONL
                    print(format_edits(doc, color=view.isatty()), file=view)
                if progress is not None:
                    progress.update(1)
    except BaseException as error:
        _stop(writer, error)
        raise
    finally:
        if progress is not None:
            progress.close()


def _stop(writer: JsonlWriter | ParquetWriter, error: BaseException) -> None:
    """Keep what an interrupted or failed run finished, as a checkpoint, and say how to continue."""
    if isinstance(writer, ParquetWriter) or not (writer.written or writer.resumed):
        writer.abort()
        return
    kept = writer.suspend()
    if kept is None:
        return
    count = sum(writer.done.values()) + writer.written
    why = "interrupted" if isinstance(error, KeyboardInterrupt) else "stopped by an error"
    print(
        f"povcorpus: {why}; the {count} documents finished are kept in {kept}; "
        "run the same command with --resume to continue",
        file=sys.stderr,
    )


def _finish(args: argparse.Namespace, writer: JsonlWriter | ParquetWriter, stats: RunStats) -> None:
    """Move the output into place, unless the run produced nothing and an output exists already."""
    if isinstance(writer, JsonlWriter) and not writer.written and writer.target_exists and not args.resume:
        writer.abort()
        print(
            f"povcorpus: warning: no document was produced, so {args.output} was left as it was",
            file=sys.stderr,
        )
        return
    writer.commit()


class _Counter:
    """A bare progress counter for terminals without tqdm."""

    def __init__(self) -> None:
        self.count = 0

    def update(self, step: int) -> None:
        self.count += step
        print(f"\r{self.count} documents", end="", file=sys.stderr, flush=True)

    def close(self) -> None:
        print(file=sys.stderr)


def _progress_bar() -> Any:
    """tqdm's bar when the ``progress`` extra is installed, else a bare counter."""
    try:
        from tqdm import tqdm
    except ImportError:
        return _Counter()
    return tqdm(unit="doc", file=sys.stderr, desc="povcorpus process")


def format_edits(doc: Document, *, color: bool) -> str:
    """A before/after view of a document's edits, one line each, coloured on a terminal."""
    red, green, dim, reset = (_RED, _GREEN, _DIM, _RESET) if color else ("", "", "", "")
    lines = [f"{doc.id}  ({len(doc.edits)} edits)"]
    for edit in doc.edits:
        before = edit.before.replace("\n", "⏎")
        after = edit.after.replace("\n", "⏎")
        where = f"{edit.field}@{edit.start}"
        lines.append(
            f"  {dim}{edit.rule:<22} {where:<14}{reset} {red}-{before!r}{reset} {green}+{after!r}{reset}"
        )
    return "\n".join(lines)
