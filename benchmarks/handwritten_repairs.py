"""Repairs on text the rules' authors did not generate: MT punctuation, hyphenation, mixed (issue 14).

Run from the repository root::

    python benchmarks/handwritten_repairs.py            # exact rates per kind and half
    python benchmarks/handwritten_repairs.py --misses   # and every miss of the tune half

``tests/data/cleaners/handwritten_repairs.jsonl`` was written by hand before any cleaner was run
on it, to check the development set (whose damage comes from our own generators) on shapes that
real machine translation and PDF extraction produce: Chinese marks glued to Latin words in eight
languages (``，`` ``。`` ``、`` ``：`` ``；`` ``？`` ``（）``), glued ASCII commas after numbers and
in lists, Chinese enumerators; words broken by a line-end hyphen, a hyphen and a space, a hyphen
left inside a line, a soft hyphen, ``¬`` or U+2010; and sentences holding several of these with
doubled spaces, trailing blanks, mojibake and spaced apostrophes. Each item is ``{"kind", "lang",
"damaged", "clean"}``; the ``clean`` items are hard negatives (real compounds, reduplication,
clitics, ``2,300``, URLs, e-mails, code, Chinese and Persian text, real hyphens at a line end)
that must come back byte-identical.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its ``clean`` text
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from _spam_sets import read_jsonl, split_of

from povcorpus.cleaners import CleanerChain, clean_text

ROOT = Path(__file__).resolve().parent.parent
ITEMS = ROOT / "tests" / "data" / "cleaners" / "handwritten_repairs.jsonl"
KINDS = ("mt_punctuation", "hyphenation", "mixed")
CHAIN = CleanerChain.default()


def repaired(record: dict[str, str]) -> str:
    """The default chain's output for one item's damaged text."""
    return clean_text(record["damaged"], lang=record["lang"], cleaners=CHAIN).text


def rates(split: str, items: Path = ITEMS) -> dict[str, tuple[int, int]]:
    """``kind -> (exact, total)`` on one half of ``items``; the negatives are the kind ``clean``."""
    found: dict[str, tuple[int, int]] = {}
    records_all = read_jsonl(items)
    for kind in (*KINDS, "clean"):
        records = [r for r in records_all if r["kind"] == kind and split_of(r["clean"]) == split]
        found[kind] = (sum(repaired(r) == r["clean"] for r in records), len(records))
    return found


def main(argv: list[str] | None = None, items: Path = ITEMS, description: str | None = None) -> int:
    """Print each kind's exact rate per half and the negatives kept; with ``--misses``, the tune misses.

    ``items`` is the set to read (this script's own by default; ``handwritten_repairs2.py`` passes
    the second set).
    """
    parser = argparse.ArgumentParser(description=description or __doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print the tune half's misses")
    args = parser.parse_args(argv)
    for split in ("tune", "test"):
        for kind, (exact, total) in rates(split, items).items():
            label = "unchanged" if kind == "clean" else "exact"
            print(f"{split:5} {kind:15} {label} {exact}/{total} = {exact / total:.3f}")
    records = read_jsonl(items)
    changed = [r for r in records if r["kind"] == "clean" and repaired(r) != r["clean"]]
    for record in changed:
        print(f"  CHANGED [{record['lang']}]: {record['clean']!r}\n            -> {repaired(record)!r}")
    if args.misses:
        languages: Counter[str] = Counter()
        for record in records:
            if record["kind"] in KINDS and split_of(record["clean"]) == "tune":
                got = repaired(record)
                if got != record["clean"]:
                    languages[record["lang"]] += 1
                    print(f"  miss {record['kind']} [{record['lang']}]: {record['damaged']!r}")
                    print(f"      got  {got!r}\n      want {record['clean']!r}")
        print("tune misses by language:", dict(languages))
    return 1 if changed else 0


if __name__ == "__main__":
    raise SystemExit(main())
