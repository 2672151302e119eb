"""Boilerplate and spam stripping: page chrome, injected phrases and credit lines, as data.

Importing this package registers the built-in rule packs (``packs/*.toml``)
in :data:`pack_registry` and the ``spam`` cleaner in the cleaner registry.
"""

from __future__ import annotations

from povcorpus.boilerplate.rules import (
    KINDS,
    Rule,
    RulePack,
    RulePackError,
    RuleSet,
    _register_builtin_packs,
    builtin_pack_names,
    load_pack,
    pack_registry,
)

_register_builtin_packs()

from povcorpus.boilerplate.spam import default_rules, spam, strip_spam  # noqa: E402  (packs first)

__all__ = [
    "KINDS",
    "Rule",
    "RulePack",
    "RulePackError",
    "RuleSet",
    "builtin_pack_names",
    "default_rules",
    "load_pack",
    "pack_registry",
    "spam",
    "strip_spam",
]
