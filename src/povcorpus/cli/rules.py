"""``povcorpus rules``: list the boilerplate rules (name, kind, description).

``--pack FILE`` adds a user pack, ``--disable NAME`` drops rules or packs,
``--json`` prints machine-readable records, ``--check`` runs every rule's own
examples and fails when one misbehaves.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

__all__ = ["register", "run"]


def register(subparsers: Any) -> None:
    """Add the ``rules`` subcommand to ``subparsers``."""
    parser = subparsers.add_parser(
        "rules",
        help="list the boilerplate and spam rules",
        description="List the boilerplate and spam rules of every registered pack: the names that "
        "`povcorpus process --disable-rule` and `povcorpus explain --disable-rule` accept.",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON array of rule records")
    parser.add_argument(
        "--pack", action="append", default=[], metavar="FILE", help="add a rule pack from a TOML file"
    )
    parser.add_argument(
        "--disable",
        action="append",
        default=[],
        metavar="NAME",
        help="leave out a rule or a whole pack (repeatable), one of: {rules}",
    )
    parser.add_argument("--check", action="store_true", help="run each rule's examples; exit 1 on a failure")
    parser.add_argument("-q", "--quiet", action="store_true", help="no listing: with --check, only failures")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """List the rules; with ``--check``, return 1 when an example misbehaves."""
    from povcorpus.boilerplate import RulePack, check_pack, default_rules, load_pack

    ruleset = default_rules()
    packs = [load_pack(path) for path in args.pack]
    for pack in packs:
        ruleset = ruleset.with_pack(pack)
    if args.disable:
        ruleset = ruleset.disable(*args.disable)
    if args.quiet:
        pass
    elif args.json:
        print(
            json.dumps(
                [{"pack": rule.pack, **rule.to_dict()} for rule in ruleset], ensure_ascii=False, indent=2
            )
        )
    else:
        width = max((len(rule.name) for rule in ruleset), default=4)
        for rule in ruleset:
            print(f"{rule.name:<{width}}  {rule.kind:<8}  {rule.description}")
    if not args.check:
        return 0
    problems = check_pack(RulePack("selected", "", ruleset.rules))
    for problem in problems:
        print(f"povcorpus: check failed: {problem}", file=sys.stderr)
    return 1 if problems else 0
