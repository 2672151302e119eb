"""The ``spam`` cleaner: cut injected gambling and download phrases out of sentences.

``Make Sky bet online sports betting APP download it clear that`` becomes
``Make it clear that``: the phrase goes, the sentence closes up with exactly
one space and no doubled punctuation, and each cut is an edit named after the
inline rule that matched (``"spam.bookmaker_phrase"``). A line left with
nothing but spam goes with its line break. Honest words that share a
spelling (``alphabet``, ``the best bet``, a policy paper on ``online sports
betting``) are left alone: a phrase is only cut when it carries a spam
signature, a bookmaker name or an app-download tail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from povcorpus.boilerplate._engine import edits_for, inline_cuts, line_removal_spans, split_lines
from povcorpus.boilerplate.rules import Rule, RuleSet, pack_registry
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner

__all__ = ["default_rules", "rules_from_options", "settled_cuts", "spam", "strip_spam"]

_LINE_START = re.compile(r"^", re.MULTILINE)
_NO_KEYS: frozenset[str] = frozenset()


@lru_cache(maxsize=1)
def _default_rules(generation: int) -> RuleSet:
    return RuleSet.default()


def default_rules() -> RuleSet:
    """Every rule of every registered pack (cached until a pack is registered)."""
    return _default_rules(pack_registry.version)


def rules_from_options(ctx: CleanContext, cleaner: str) -> RuleSet:
    """The rule set a cleaner context asks for.

    Options (keyed ``"<cleaner>.<option>"``): ``packs``, extra packs (objects,
    dicts, paths or names) added to the default; ``disable``, rule or pack
    names to turn off; ``rules``, a ready :class:`RuleSet` that replaces the default.
    """
    rules: Any = ctx.option(cleaner, "rules", None)
    ruleset: RuleSet = rules if isinstance(rules, RuleSet) else default_rules()
    for pack in ctx.option(cleaner, "packs", ()):
        ruleset = ruleset.with_pack(pack)
    disabled: Sequence[str] = ctx.option(cleaner, "disable", ())
    if disabled:
        ruleset = ruleset.disable(*disabled)
    return ruleset


def strip_spam(text: str, rules: RuleSet | None = None, field: str = "text") -> CleanResult:
    """Cut every inline spam phrase out of ``text`` and mend the sentences.

    Args:
        text: any text; paragraphs and lines are kept.
        rules: the rules to use (default: every registered pack); only the
            ``inline`` rules run here.
        field: the document field, copied into each edit.

    Returns:
        The cleaned text and its edits, right to left.
    """
    ruleset = rules if rules is not None else default_rules()
    inline = ruleset.inline
    if not inline or not text:
        return CleanResult(text)
    keys = ruleset.line_keys(text, "inline")
    wanted = ruleset.inline_keys
    if wanted is not None:
        # Only lines holding a trigger of some inline rule are read; clean text has none.
        hot = sorted(start for start, found in keys.items() if not found.isdisjoint(wanted))
    else:
        hot = [
            match.start() for match in _LINE_START.finditer(text)
        ]  # a rule without triggers reads every line
    spans: list[tuple[int, int, str]] = []
    whole: dict[int, str] = {}
    for line_start in hot:
        line_end = text.find("\n", line_start)
        raw = text[line_start : len(text) if line_end == -1 else line_end]
        stripped = raw.strip()
        if not stripped:
            continue
        cuts, nothing_left = settled_cuts(stripped, inline, keys.get(line_start, _NO_KEYS))
        if nothing_left:
            whole[line_start] = cuts[0][2]
        else:
            offset = line_start + len(raw) - len(raw.lstrip())
            spans.extend((offset + start, offset + end, rule) for start, end, rule in cuts)
    if whole:
        lines = split_lines(text)
        by_start = {line.line_start: line.index for line in lines}
        spans.extend(
            line_removal_spans(text, lines, {by_start[start]: rule for start, rule in whole.items()})
        )
    if not spans:
        return CleanResult(text)
    new_text, edits = edits_for(text, spans, field)
    return CleanResult(new_text, edits)


_PASSES = 4
"""Most times a line is read again after a cut (see :func:`settled_cuts`)."""


def settled_cuts(
    line: str, rules: Sequence[Rule], keys: frozenset[str] | None = None
) -> tuple[list[tuple[int, int, str]], bool]:
    """The inline cuts of ``line``, and what a new run would cut after them.

    :func:`~povcorpus.boilerplate._engine.inline_cuts` reads the line once. A cut can bring
    spam words together into a phrase a rule knows (``sky sky bet download bet
    bet`` loses ``sky bet download`` and leaves ``sky bet bet``): the line left is read again,
    as a second cleaning would read it, until nothing more goes, so cleaning twice changes
    nothing more. The cuts are given in ``line``'s offsets, run by run of removed characters.
    """
    cuts, nothing_left = inline_cuts(line, rules, keys)
    if not cuts or nothing_left:
        return cuts, nothing_left
    places = list(range(len(line)))  # the offset in ``line`` of each character still there
    removed: dict[int, str] = {}
    current = line
    for _ in range(_PASSES):
        kept: list[int] = []
        position = 0
        pieces: list[str] = []
        for start, end, rule in cuts:
            kept.extend(places[position:start])
            pieces.append(current[position:start])
            removed.update(dict.fromkeys(places[start:end], rule))
            position = end
        kept.extend(places[position:])
        pieces.append(current[position:])
        joined = "".join(pieces)
        lead = len(joined) - len(joined.lstrip())
        current = joined.strip()
        places = kept[lead : lead + len(current)]
        cuts, nothing_left = inline_cuts(current, rules) if current else ([], False)
        if nothing_left:
            return [(0, len(line), cuts[0][2])], True
        if not cuts:
            break
    runs: list[tuple[int, int, str]] = []
    for offset in sorted(removed):
        rule = removed[offset]
        if runs and runs[-1][1] == offset and runs[-1][2] == rule:
            runs[-1] = (runs[-1][0], offset + 1, rule)
        else:
            runs.append((offset, offset + 1, rule))
    return runs, False


@register_cleaner("spam")
def spam(text: str, ctx: CleanContext) -> CleanResult:
    """Cut injected gambling and app-download phrases out of sentences (inline rules only).

    Options: ``spam.packs``, ``spam.disable``, ``spam.rules`` (see
    :func:`rules_from_options`). Edits are named ``"<pack>.<rule>"``.
    """
    return strip_spam(text, rules_from_options(ctx, "spam"), field=ctx.field)
