"""``povcorpus inspect``: show how files are read, before any cleaning."""

from __future__ import annotations

import argparse
import json
from typing import Any

from povcorpus.cli._inputs import add_input_arguments, add_quiet_argument, input_paths
from povcorpus.loaders import TextFile, detect_format, expand_sources, load_file

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``inspect`` subcommand."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "inspect",
        help="show the detected format and the documents of each file",
        description="Show, per file, the detected format and each document's id, title, length and lines "
        "as loaded, before any cleaning. With --tree, each document is processed as `povcorpus process` "
        "does and its outline, title and date are those `process` writes.",
    )
    add_input_arguments(parser)
    parser.add_argument("--json", action="store_true", help="print one JSON object per file")
    parser.add_argument(
        "--tree", action="store_true", help="also print each processed document's date and section outline"
    )
    add_quiet_argument(parser, "one line per file, without the documents")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Print what each file holds; returns the exit code."""
    paths = input_paths(args, "inspect")
    if paths is None:
        return 2
    for item in expand_sources(paths):
        file = TextFile(item, encoding=args.encoding)
        chosen = detect_format(file) if args.input_format == "auto" else args.input_format
        documents = list(load_file(item, format=chosen, encoding=args.encoding))
        if args.tree:
            documents = [_structured(doc) for doc in documents]
        if args.json:
            record = {
                "path": file.name,
                "format": chosen,
                "encoding": file.encoding,
                "documents": [
                    {
                        "id": doc.id,
                        "title": doc.title,
                        "chars": len(doc.text),
                        "lines": [doc.origin.line_start, doc.origin.line_end],
                        **({"date": _date(doc)} if args.tree else {}),
                    }
                    for doc in documents
                ],
            }
            print(json.dumps(record, ensure_ascii=False))
            continue
        print(f"{file.name}  format={chosen}  encoding={file.encoding}  documents={len(documents)}")
        if args.quiet:
            continue
        for doc in documents:
            title = (doc.title or doc.text.split("\n", 1)[0])[:60]
            span = f"lines {doc.origin.line_start}-{doc.origin.line_end}"
            print(f"  {doc.id}  {len(doc.text):>7} chars  {span:<16} {title}")
            if args.tree:
                print(_outline(doc))
    return 0


def _date(doc: Any) -> str | None:
    return None if doc.metadata.date is None else str(doc.metadata.date.isoformat())


def _structured(doc: Any) -> Any:
    """The document as `povcorpus process` writes it, so the outline shows the same title and date."""
    from povcorpus.pipeline import process

    return process(doc)


def _outline(doc: Any) -> str:
    from povcorpus.structure import format_outline

    text: str = format_outline(doc)
    return "\n".join("    " + line for line in text.splitlines())
