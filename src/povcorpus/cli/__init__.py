"""The ``povcorpus`` command line: ``main(argv=None) -> int``.

Each subcommand lives in its own module of this package and exposes
``register(subparsers)``, which adds its parser and sets ``func`` to a
``run(args) -> int``. Errors of this library become one line on stderr and a
non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from povcorpus._version import __version__
from povcorpus.cli._errors import cli_advice, exit_code, signals_as_interrupts
from povcorpus.errors import PovcorpusError

__all__ = ["build_parser", "main"]

#: Subcommand modules, in the order ``--help`` lists them.
COMMANDS: tuple[str, ...] = ("process", "inspect", "explain", "rules", "duplicates", "report")

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2
EXIT_PARTIAL = 3


def build_parser(width: int | None = None) -> argparse.ArgumentParser:
    """The full argument parser (also used to generate the CLI reference, at a fixed ``width``).

    Every parser lists valid values (formats, cleaners, rules, backends) from the
    registries when its help is printed; see :mod:`povcorpus.cli._inputs`.
    """
    from povcorpus.cli._inputs import help_formatter

    formatter = help_formatter(width)
    parser = argparse.ArgumentParser(
        prog="povcorpus",
        description="Clean, structure and language-tag a damaged multilingual corpus.",
        formatter_class=formatter,
    )
    parser.add_argument("--version", action="version", version=f"povcorpus {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f"povcorpus.cli.{name}")
        except ModuleNotFoundError as error:
            if error.name != f"povcorpus.cli.{name}":
                raise
            continue
        module.register(subparsers)
    for subparser in subparsers.choices.values():
        subparser.formatter_class = formatter
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code.

    Exit codes: 0 done; 1 an error stopped the run before it wrote anything (one line on
    stderr); 2 a usage error; 3 done, but some files or records were skipped (each named
    on stderr); 130 interrupted by Ctrl-C; 143 stopped by ``SIGTERM``.
    """
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return EXIT_USAGE
    with signals_as_interrupts():
        try:
            code: int = args.func(args)
        except PovcorpusError as error:
            print(f"povcorpus: error: {cli_advice(str(error))}", file=sys.stderr)
            return EXIT_ERROR
        except KeyboardInterrupt as error:
            print(f"povcorpus: interrupted ({error.args[0] if error.args else 'SIGINT'})", file=sys.stderr)
            return exit_code(error)
        except BrokenPipeError:
            return EXIT_OK
    return code
