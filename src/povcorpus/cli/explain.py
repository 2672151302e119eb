"""``povcorpus explain "TEXT"``: what each boilerplate rule and cleaner would change in a text, and why.

In the spirit of ftfy's ``fix_and_explain``: the text goes through the same
steps as a document body in :func:`povcorpus.process` (the ``mojibake`` step,
the chrome lines of the ``boilerplate`` step, the ``language`` guess, then each
cleaner of the ``clean`` step's chain, in order), one at a time, and every step
lists its edits with the rule that made them and that rule's own description.
Nothing is read or written but the text.

>>> explanation = explain_text("China”s pro-gram、 and more", lang="en")
>>> explanation.text
'China’s program, and more'
>>> [step.name for step in explanation.steps if step.edits]
['apostrophe', 'mt_punctuation', 'dehyphenate']
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from attrs import frozen

from povcorpus.model import Edit

__all__ = ["ExplainStep", "Explanation", "explain_text", "register", "run"]


@frozen
class ExplainStep:
    """One step of the explanation: a cleaner, or the chrome rules."""

    name: str
    """The step's name (a cleaner's registered name, or ``chrome``)."""
    why: str
    """What the step repairs, from its own documentation."""
    edits: tuple[Edit, ...]
    """The step's edits, offsets in the text as the step received it."""
    rules: tuple[tuple[str, str], ...] = ()
    """``(rule, description)`` of every rule behind the edits, when it is not the step itself."""
    text: str = ""
    """The text after the step."""


@frozen
class Explanation:
    """Every step :func:`explain_text` ran, the language it assumed and the final text."""

    source: str
    """The text as given."""
    language: str | None
    """The language the cleaners were told (given, or detected on the text)."""
    language_given: bool
    """Whether ``language`` was given (``--lang``) rather than detected."""
    steps: tuple[ExplainStep, ...]
    """The steps, in the order they ran."""
    text: str
    """The text after the last step."""

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready dict."""
        return {
            "source": self.source,
            "language": self.language,
            "language_given": self.language_given,
            "steps": [
                {
                    "name": step.name,
                    "why": step.why,
                    "rules": dict(step.rules),
                    "edits": [edit.to_dict() for edit in step.edits],
                }
                for step in self.steps
            ],
            "text": self.text,
        }


def _first_paragraph(doc: str | None) -> str:
    if not doc:
        return ""
    return " ".join(doc.strip().split("\n\n", 1)[0].split())


def _why(cleaner: Any) -> str:
    """The cleaner's own summary: its module's first paragraph, else its docstring's."""
    function = getattr(cleaner, "function", cleaner)
    module = sys.modules.get(getattr(function, "__module__", ""), None)
    summary = _first_paragraph(getattr(module, "__doc__", None))
    if summary.startswith("The ``") and ": " in summary:
        summary = summary.split(": ", 1)[1]  # "The ``x`` cleaner: what it does" → "what it does"
    summary = summary or _first_paragraph(getattr(function, "__doc__", None)) or "(no description)"
    return summary[:1].upper() + summary[1:]


def explain_text(text: str, lang: str | None = None, disabled_rules: tuple[str, ...] = ()) -> Explanation:
    """Run the mojibake repair, the chrome rules and each default cleaner on ``text``, keeping every edit.

    Args:
        text: any string.
        lang: its ISO 639-1 code; ``None`` detects it on the text without chrome lines.
        disabled_rules: boilerplate rules or packs to leave out.

    Returns:
        The steps in order and the final text (what a document body becomes in the cleaning steps).
    """
    from povcorpus.boilerplate import RuleSet
    from povcorpus.boilerplate.chrome import strip_chrome
    from povcorpus.cleaners import context_for
    from povcorpus.cleaners.base import cleaner_registry
    from povcorpus.cleaners.chain import CleanerChain

    rules = RuleSet.default()
    if disabled_rules:
        rules = rules.disable(*disabled_rules)
    descriptions = {rule.name: rule.description for rule in rules}
    steps: list[ExplainStep] = []

    def rules_of(edits: tuple[Edit, ...], name: str) -> tuple[tuple[str, str], ...]:
        names = sorted({edit.rule for edit in edits if edit.rule != name})
        return tuple((rule, descriptions.get(rule, "")) for rule in names)

    settings: dict[str, Any] = {"spam.disable": disabled_rules} if disabled_rules else {}
    chain = CleanerChain.default()
    current = text

    def run_cleaner(name: str) -> None:
        nonlocal current
        cleaner = cleaner_registry.get(name)
        result = cleaner(current, context_for(current, lang, settings))
        steps.append(
            ExplainStep(name, _why(cleaner), result.edits, rules_of(result.edits, name), result.text)
        )
        current = result.text

    first = [name for name in chain.names if name == "mojibake"]  # a pipeline step of its own, first
    for name in first:
        run_cleaner(name)
    chrome = strip_chrome(current, rules)
    why = "Removes page-chrome lines (navigation, share bars, bylines) and keeps their metadata."
    steps.append(ExplainStep("chrome", why, chrome.edits, rules_of(chrome.edits, "chrome"), chrome.text))
    current = chrome.text
    given = lang is not None
    if lang is None:
        from povcorpus.language import detect_language

        code = detect_language(current).code
        lang = None if code == "und" else code
    for name in chain.names:
        if name not in first:
            run_cleaner(name)
    return Explanation(text, lang, given, tuple(steps), current)


def register(subparsers: Any) -> None:
    """Add the ``explain`` subcommand."""
    from povcorpus.cli._inputs import add_quiet_argument

    parser: argparse.ArgumentParser = subparsers.add_parser(
        "explain",
        help="show what each cleaner and rule would change in a text, and why",
        description=(
            "Run TEXT through the chrome rules and then each cleaner of the default chain, one at "
            "a time, as `povcorpus process` does to a document body, and print every change with the "
            "rule that made it and why. Nothing is read or written."
        ),
    )
    parser.add_argument("text", metavar="TEXT", help="the text to explain, or - to read standard input")
    parser.add_argument(
        "--lang",
        default=None,
        metavar="CODE",
        help="the text's ISO 639-1 language, e.g. en, it, zh (default: detected on the text)",
    )
    parser.add_argument(
        "--disable-rule",
        action="append",
        default=[],
        metavar="RULE",
        help="leave out a boilerplate rule or pack: {rules}",
    )
    parser.add_argument("--json", action="store_true", help="print the explanation as one JSON object")
    add_quiet_argument(parser, "print only the final text")
    parser.set_defaults(func=run)


def _argument_text(text: str) -> str:
    """The argument as text: bytes that were not UTF-8 (kept by Python as lone surrogates) become U+FFFD."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace")


def _stdin_text() -> str:
    """Standard input as UTF-8, undecodable bytes as U+FFFD (never a decoding traceback)."""
    binary = getattr(sys.stdin, "buffer", None)
    if binary is None:  # a text stream without bytes underneath (tests, notebooks)
        return sys.stdin.read()
    data: bytes = binary.read()
    return data.decode("utf-8", "replace")


def _show(value: str) -> str:
    return repr(value.replace("\n", "⏎"))


def run(args: argparse.Namespace) -> int:
    """Print the explanation; returns the exit code."""
    text = _stdin_text() if args.text == "-" else _argument_text(args.text)
    explanation = explain_text(text, args.lang, tuple(args.disable_rule))
    if args.json:
        print(json.dumps(explanation.to_dict(), ensure_ascii=False))
        return 0
    if args.quiet:
        print(explanation.text)
        return 0
    how = "given" if explanation.language_given else "detected"
    changed = [step for step in explanation.steps if step.edits]
    total = sum(len(step.edits) for step in changed)
    print(f"language: {explanation.language or 'unknown'} ({how})")
    print(f"{total} change(s) in {len(changed)} of {len(explanation.steps)} steps")
    for number, step in enumerate(explanation.steps, start=1):
        if not step.edits:
            print(f"{number}. {step.name}: no change")
            continue
        print(f"{number}. {step.name}: {len(step.edits)} change(s). {step.why}")
        for edit in sorted(step.edits, key=lambda edit: edit.start):
            rule = "" if edit.rule == step.name else f"  [{edit.rule}]"
            print(f"     at {edit.start}: {_show(edit.before)} → {_show(edit.after)}{rule}")
        for rule, description in step.rules:
            if description:
                print(f"     {rule}: {description}")
    print("result:")
    print(explanation.text)
    return 0
