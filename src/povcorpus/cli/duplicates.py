"""``povcorpus duplicates``: print the exact and near-duplicate clusters of a corpus."""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any

from povcorpus.cli._inputs import add_input_arguments, add_quiet_argument, input_paths, threshold_ok
from povcorpus.dedupe import DEFAULT_THRESHOLD, DuplicateRecord, find_duplicates, paragraph_spans
from povcorpus.loaders import load

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``duplicates`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "duplicates",
        help="find exact and near-duplicate documents or paragraphs",
        description=(
            "Print each cluster of duplicate documents or paragraphs, canonical member first "
            "(word 5-shingle Jaccard similarity, MinHash LSH). Like `povcorpus report` and "
            "`povcorpus process --dedupe`, it compares the processed documents (boilerplate stripped, "
            "text repaired), as `povcorpus process` writes them; --no-pipeline compares them as "
            "loaded. Nothing is written."
        ),
    )
    add_input_arguments(parser)
    parser.add_argument(
        "--level",
        choices=["document", "paragraph"],
        default="document",
        help="compare whole documents or their paragraphs (default: %(default)s)",
    )
    parser.add_argument(
        "--threshold",
        type=float,
        default=DEFAULT_THRESHOLD,
        metavar="J",
        help="Jaccard similarity needed to join a cluster, in (0, 1] (default: %(default)s)",
    )
    parser.add_argument(
        "--no-pipeline", action="store_true", help="compare the documents as loaded, without processing"
    )
    parser.add_argument("--json", action="store_true", help="print one JSON record per cluster member")
    add_quiet_argument(parser, "print the clusters only, without the closing count")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print the clusters; returns the exit code (0 even when duplicates are found)."""
    paths = input_paths(args, "duplicates")
    if paths is None:
        return 2
    if not threshold_ok(args.threshold, "duplicates"):
        return 2
    docs = list(load(paths, format=args.input_format, encoding=args.encoding))
    if not args.no_pipeline:
        from povcorpus.pipeline import process

        docs = [process(doc) for doc in docs]
    records = find_duplicates(docs, level=args.level, threshold=args.threshold)
    members = [record for record in records if record.cluster is not None]
    if args.json:
        for record in members:
            print(json.dumps(record.to_dict(), ensure_ascii=False))
        return 0
    texts = _texts(docs, args.level)
    clusters: dict[int, list[DuplicateRecord]] = {}
    for record in members:
        assert record.cluster is not None  # filtered above
        clusters.setdefault(record.cluster, []).append(record)
    for cluster, group in clusters.items():
        print(f"cluster {cluster} ({len(group)} {args.level}s)")
        for record in group:
            if record.is_duplicate:
                kind = "exact" if record.exact else f"{record.similarity:.2f}"
            else:
                kind = "canonical"
            preview = " ".join(texts.get(record.ref, "").split())[:70]
            print(f"  {kind:>9}  {_short(record.ref)}  {preview}")
    units = "documents" if args.level == "document" else "paragraphs"
    dropped = sum(record.is_duplicate for record in records)
    if not args.quiet:
        print(f"{len(clusters)} cluster(s); {dropped} of {len(records)} {units} are duplicates")
    return 0


def _texts(docs: list[Any], level: str) -> dict[str, str]:
    if level == "document":
        return {doc.id: doc.text for doc in docs}
    return {f"{doc.id}#{span.index}": span.text for doc in docs for span in paragraph_spans(doc)}


def _short(ref: str) -> str:
    """Drop the folder part a document id may carry, keeping the file name."""
    return Path(ref).name if "/" in ref else ref
