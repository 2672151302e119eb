"""The input arguments every subcommand shares: paths, ``--sample``, the input format and encoding."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from povcorpus.samples import sample_paths

__all__ = ["add_input_arguments", "input_paths", "threshold_ok"]


def add_input_arguments(parser: argparse.ArgumentParser, *, format_flag: str = "--format") -> None:
    """Add ``PATH…``, ``--sample``, the input-format flag (named ``format_flag``) and ``--encoding``."""
    parser.add_argument("paths", nargs="*", metavar="PATH", help="files, directories or glob patterns")
    parser.add_argument("--sample", action="store_true", help="use the bundled sample corpus")
    parser.add_argument(
        format_flag, dest="input_format", default="auto", help="input format (default: auto-detect)"
    )
    parser.add_argument("--encoding", default=None, help="input encoding (default: BOM or UTF-8)")


def input_paths(args: argparse.Namespace, command: str) -> list[Any] | None:
    """The paths to read (the samples too with ``--sample``); ``None``, after saying why, if none."""
    paths: list[Any] = list(args.paths)
    if args.sample:
        paths.extend(sample_paths())
    if not paths:
        print(f"povcorpus {command}: give PATH… or --sample", file=sys.stderr)
        return None
    return paths


def threshold_ok(value: float, command: str, flag: str = "--threshold") -> bool:
    """Whether a Jaccard threshold is in (0, 1]; says so on stderr when it is not."""
    if 0.0 < value <= 1.0:
        return True
    print(f"povcorpus {command}: {flag} must be in (0, 1]", file=sys.stderr)
    return False
