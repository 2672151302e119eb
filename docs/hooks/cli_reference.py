"""MkDocs hook: fill the CLI reference page from the argparse parser, so it cannot drift from the code.

``docs/cli.md`` holds the marker :data:`MARKER`; at build time it is replaced
by :func:`render`, which prints ``--help`` of ``povcorpus`` and of every
subcommand registered in :func:`povcorpus.cli.build_parser`, at a fixed width.
"""

from __future__ import annotations

import argparse
import functools
from typing import Any

MARKER = "<!-- povcorpus:cli-reference -->"
"""The line of ``docs/cli.md`` that the generated reference replaces."""

WIDTH = 90
"""Help text width, fixed so the page does not depend on the terminal that builds it."""


def _help(parser: argparse.ArgumentParser) -> str:
    parser.formatter_class = functools.partial(argparse.HelpFormatter, width=WIDTH)  # type: ignore[assignment]
    return parser.format_help().rstrip()


def subcommands(parser: argparse.ArgumentParser) -> dict[str, tuple[str, argparse.ArgumentParser]]:
    """Map each subcommand name to its one-line help and its parser, in ``--help`` order."""
    found: dict[str, tuple[str, argparse.ArgumentParser]] = {}
    for action in parser._actions:  # argparse exposes subparsers only through this attribute
        if isinstance(action, argparse._SubParsersAction):
            summaries = {choice.dest: choice.help or "" for choice in action._choices_actions}
            for name, subparser in action.choices.items():
                found[name] = (summaries.get(name, ""), subparser)
    return found


def render() -> str:
    """The reference as Markdown: the top-level help, then one section per subcommand."""
    from povcorpus.cli import build_parser

    parser = build_parser()
    parts = ["## povcorpus", "", "```text", _help(parser), "```"]
    for name, (summary, subparser) in subcommands(parser).items():
        parts += ["", f"## povcorpus {name}", ""]
        if summary:
            parts += [summary[0].upper() + summary[1:] + ".", ""]
        parts += ["```text", _help(subparser), "```"]
    return "\n".join(parts)


def on_page_markdown(markdown: str, **kwargs: Any) -> str:
    """Replace the marker with the generated reference (MkDocs calls this for every page)."""
    if MARKER not in markdown:
        return markdown
    return markdown.replace(MARKER, render())
