"""Audit one document: every change the pipeline made, grouped by rule, with its context.

Run it on a sample file (by its three-digit prefix) and a record index::

    python examples/audit_edits.py            # the white paper 003
    python examples/audit_edits.py 002 2      # the third news record of 002

Edits are replayed on ``raw`` one by one, so each is shown in the text exactly
as the rule saw it; the replay must end on ``doc.text``.
"""

from __future__ import annotations

import collections
import sys
from collections.abc import Sequence

import povcorpus
from povcorpus.samples import sample_path

CONTEXT = 25
"""Characters of context shown on each side of an edit."""
EXAMPLES = 3
"""Examples shown per rule."""


def show(text: str) -> str:
    """Make line breaks and spaces visible in one line of output."""
    return text.replace("\n", "⏎").replace("\u00a0", "⍽")


def main(argv: Sequence[str] | None = None) -> int:
    """Print the edits of one sample document by rule; returns the exit code."""
    args = list(sys.argv[1:] if argv is None else argv)
    prefix = args[0] if args else "003"
    index = int(args[1]) if len(args) > 1 else 0
    docs = list(povcorpus.load(sample_path(prefix)))
    doc = povcorpus.process(docs[index])
    print(f"{doc.id}: {doc.title!r} ({doc.language})")
    print(f"raw {len(doc.raw)} chars -> text {len(doc.text)} chars, {len(doc.edits)} edits")

    by_rule: dict[str, list[str]] = collections.defaultdict(list)
    current = doc.raw
    for edit in doc.edits:
        if edit.field != "text":  # edits of the title, metadata… apply to those strings
            by_rule[edit.rule].append(f"[{edit.field}] {show(edit.before)!r} -> {show(edit.after)!r}")
            continue
        assert current[edit.start : edit.end] == edit.before, "an edit must match the text it was made on"
        left = show(current[max(0, edit.start - CONTEXT) : edit.start])
        right = show(current[edit.end : edit.end + CONTEXT])
        by_rule[edit.rule].append(f"…{left}[{show(edit.before)}→{show(edit.after)}]{right}…")
        current = current[: edit.start] + edit.after + current[edit.end :]
    assert current == doc.text, "replaying the edits on raw gives the clean text"
    assert povcorpus.undo_edits(doc.text, doc.edits) == doc.raw, "and undoing them gives raw back"

    for rule, shown in sorted(by_rule.items(), key=lambda item: (-len(item[1]), item[0])):
        print(f"\n{rule}: {len(shown)} edit{'s' if len(shown) != 1 else ''}")
        for line in shown[:EXAMPLES]:
            print(f"  {line}")
        if len(shown) > EXAMPLES:
            print(f"  … and {len(shown) - EXAMPLES} more")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
