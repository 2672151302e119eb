"""Run a pack's own examples: what each rule must remove and must leave alone."""

from __future__ import annotations

from povcorpus.boilerplate.chrome import strip_chrome
from povcorpus.boilerplate.rules import Rule, RulePack, RuleSet
from povcorpus.boilerplate.spam import strip_spam

__all__ = ["apply_rule", "check_pack"]


def apply_rule(rule: Rule, text: str) -> str:
    """Return ``text`` after running ``rule`` alone on it (inline rules cut, line rules remove lines).

    A note rule leaves the text alone; what it read is appended after a
    ``"\x00"`` so that an example it reads counts as changed.
    """
    rules = RuleSet([rule])
    if rule.kind == "inline":
        return strip_spam(text, rules).text
    result = strip_chrome(text, rules)
    if rule.kind == "note" and "bylines" in result.metadata.extra:
        return result.text + "\x00" + repr(result.metadata.extra["bylines"])
    return result.text


def check_pack(pack: RulePack) -> list[str]:
    """Problems with ``pack``'s examples; an empty list means every example behaves.

    Each rule alone must change every one of its ``examples`` and leave every
    one of its ``counterexamples`` byte-identical (a note rule must read a
    fact from each example and none from a counterexample).
    """
    problems: list[str] = []
    for rule in pack.rules:
        if not rule.examples:
            problems.append(f"{rule.name}: has no examples")
        problems.extend(
            f"{rule.name}: example not removed: {example!r}"
            for example in rule.examples
            if apply_rule(rule, example) == example
        )
        for counterexample in rule.counterexamples:
            result = apply_rule(rule, counterexample)
            if result != counterexample:
                problems.append(f"{rule.name}: counterexample changed: {counterexample!r} -> {result!r}")
    return problems
