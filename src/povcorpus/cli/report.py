"""``povcorpus report``: a corpus report as a terminal summary, report.json and report.html."""

from __future__ import annotations

import argparse
from typing import Any

from povcorpus.cli._inputs import add_input_arguments, add_quiet_argument, input_paths, threshold_ok
from povcorpus.dedupe import DEFAULT_THRESHOLD
from povcorpus.loaders import load
from povcorpus.report import build_report, write_report

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``report`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "report",
        help="write a corpus report (JSON and one self-contained HTML page)",
        description=(
            "Run the pipeline on the input, print a summary, and write DIR/report.json and "
            "DIR/report.html: documents per file, languages, lengths, dates, edits per rule, "
            "boilerplate removed, duplicate clusters, and every document with its edits highlighted. "
            "Like `povcorpus duplicates`, it looks at the processed documents, as `povcorpus process` "
            "writes them; --no-pipeline looks at them as loaded."
        ),
    )
    add_input_arguments(parser)
    parser.add_argument("-o", "--output", required=True, metavar="DIR", help="folder for the report files")
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="J",
        help="near-duplicate Jaccard threshold, in (0, 1] (default: %(default)s)",
    )
    parser.add_argument(
        "--no-pipeline", action="store_true", help="report on the documents as loaded, without processing"
    )
    parser.add_argument("--title", default="povcorpus report", help="the page's title (default: %(default)s)")
    add_quiet_argument(parser, "write the files without printing the summary")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build and write the report; returns the exit code."""
    paths = input_paths(args, "report")
    if paths is None:
        return 2
    if not threshold_ok(args.threshold, "report"):
        return 2
    docs = load(paths, format=args.input_format, encoding=args.encoding)
    if not args.no_pipeline:
        from povcorpus.pipeline import process

        docs = (process(doc) for doc in docs)
    report = build_report(docs, threshold=args.threshold)
    json_path, html_path = write_report(report, args.output, title=args.title)
    if not args.quiet:
        print(report.summary())
        print(f"wrote {json_path} and {html_path}")
    return 0
