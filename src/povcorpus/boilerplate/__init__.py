"""Boilerplate and spam stripping: page chrome, injected phrases and credit lines, as data.

Importing this package registers the built-in rule packs (``packs/*.toml``)
in :data:`pack_registry` and the ``spam`` cleaner in the cleaner registry.
Every edit made here is named ``"<pack>.<rule>"``, e.g. ``"spam.bookmaker_phrase"``
or ``"chrome.breadcrumb"``.
"""

from __future__ import annotations

from povcorpus.boilerplate import gambling as _gambling
from povcorpus.boilerplate.check import apply_rule, check_pack
from povcorpus.boilerplate.chrome import ChromeResult, strip_boilerplate, strip_chrome
from povcorpus.boilerplate.rules import (
    KINDS,
    ZONES,
    Rule,
    RulePack,
    RulePackError,
    RuleSet,
    Triggers,
    _register_builtin_packs,
    builtin_pack_names,
    load_pack,
    pack_registry,
    register_detector,
)
from povcorpus.boilerplate.spam import default_rules, spam, strip_spam

__all__ = [
    "KINDS",
    "ZONES",
    "ChromeResult",
    "Rule",
    "RulePack",
    "RulePackError",
    "RuleSet",
    "Triggers",
    "apply_rule",
    "builtin_pack_names",
    "check_pack",
    "default_rules",
    "load_pack",
    "pack_registry",
    "register_detector",
    "spam",
    "strip_boilerplate",
    "strip_chrome",
    "strip_spam",
]

register_detector(
    "gambling_run",
    _gambling.gambling_spans,
    _gambling.TRIGGERS,
    _gambling.triggered_spans,
    _gambling.keyed_spans,
)
_register_builtin_packs()
