"""What every subcommand shares: the input arguments, ``-q``, and help texts that list valid values.

Help texts may name a registry in braces (``{input_formats}``, ``{cleaners}``,
``{rules}``, ``{language_backends}``); :class:`HelpFormatter` fills in the
registered names, plugins included, only when help is printed, so a plain run
imports no plugin and loads no rule pack.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable
from typing import Any

from povcorpus.samples import sample_paths

__all__ = [
    "HelpFormatter",
    "add_input_arguments",
    "add_quiet_argument",
    "help_formatter",
    "input_paths",
    "registry_names",
    "threshold_ok",
]


def _input_formats() -> list[str]:
    from povcorpus.loaders import loader_registry

    return ["auto", *loader_registry.names()]


def _cleaners() -> list[str]:
    """The cleaners in the default chain's order, then the others by name (not by import order)."""
    from povcorpus.boilerplate import pack_registry  # registers the spam cleaner
    from povcorpus.cleaners.base import cleaner_registry
    from povcorpus.cleaners.chain import DEFAULT_ORDER

    pack_registry.names()
    names = set(cleaner_registry.names())
    return [*(name for name in DEFAULT_ORDER if name in names), *sorted(names - set(DEFAULT_ORDER))]


def _rules() -> list[str]:
    from povcorpus.boilerplate import RuleSet, pack_registry

    return [*pack_registry.names(), *(rule.name for rule in RuleSet.default())]


def _language_backends() -> list[str]:
    from povcorpus.language.backends import backend_registry

    return list(backend_registry.names())


_REGISTRIES: dict[str, Callable[[], list[str]]] = {
    "input_formats": _input_formats,
    "cleaners": _cleaners,
    "rules": _rules,
    "language_backends": _language_backends,
}


def registry_names(kind: str) -> list[str]:
    """The valid values of one kind (``input_formats``, ``cleaners``, ``rules``, ``language_backends``)."""
    return _REGISTRIES[kind]()


class HelpFormatter(argparse.HelpFormatter):
    """Fills ``{registry}`` placeholders in option help with the registered names, when help is shown."""

    def _expand_help(self, action: argparse.Action) -> str:
        text = super()._expand_help(action)
        for kind, names in _REGISTRIES.items():
            placeholder = "{" + kind + "}"
            if placeholder in text:
                text = text.replace(placeholder, ", ".join(names()))
        return text


def help_formatter(width: int | None = None) -> Any:
    """The formatter class every povcorpus parser uses; ``width`` fixes the line width (for the docs)."""
    if width is None:
        return HelpFormatter
    return functools.partial(HelpFormatter, width=width)


def add_input_arguments(parser: argparse.ArgumentParser) -> None:
    """Add ``PATH…``, ``--sample``, ``--input-format`` and ``--encoding``."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files, directories, glob patterns or URLs (s3://, https://, memory:// … with the remote "
        "extra); .gz, .bz2, .xz and .zst files are read decompressed",
    )
    parser.add_argument("--sample", action="store_true", help="use the bundled sample corpus")
    parser.add_argument(
        "--input-format",
        dest="input_format",
        default="auto",
        metavar="FORMAT",
        help="input format, one of: {input_formats} (default: %(default)s, detected per file)",
    )
    parser.add_argument(
        "--encoding", default=None, help="input encoding, e.g. latin-1 (default: the BOM's, else utf-8)"
    )


def add_quiet_argument(parser: argparse.ArgumentParser, what: str) -> None:
    """Add ``-q/--quiet``, which means "results and errors only" in every subcommand."""
    parser.add_argument("-q", "--quiet", action="store_true", help=what)


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
