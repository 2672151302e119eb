"""The seventh spam round: a third check set written by hand, of unlisted brands and app-store words.

Run from the repository root::

    python benchmarks/handwritten_spam_round7.py            # rates per half and per language
    python benchmarks/handwritten_spam_round7.py --misses   # and every miss of the tune half

``tests/data/gambling/handwritten_round7.jsonl`` was written by hand before the cleaner was run on
any of it: 233 sentences about poverty reduction, rural development, health, education and social
protection in sixteen languages (English, French, Spanish, Portuguese, Italian, German, Russian,
Ukrainian, Polish, Dutch, Indonesian, Vietnamese, Turkish, Persian, Arabic, Chinese), each with one
injected span of the shapes the wild uses: sportsbooks, online casinos, crypto betting, "real money"
apps, app-store words (android, ios, apk) in any case, and brands that are on no list, in Latin,
Cyrillic, Arabic and Han letters (a Chinese brand before a product and a site or download tail,
``钰腾体育投注APP下载``, or before a tail alone). Each item is ``{"lang", "damaged", "clean"}``;
``clean`` is the host sentence exactly.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its host
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.

The honest negatives are ``tests/data/gambling/honest_round7.txt``: sentences written with the
set that use its words honestly (regulators fining sportsbooks, casino and lottery revenue, public
apps for Android and iOS, wages in real money terms, Chinese gambling-industry and lottery news);
each must come back byte-identical.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from _spam_sets import lost_characters, read_jsonl, split_of, text_lines

from povcorpus.cleaners import clean_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "gambling"
ITEMS = DATA / "handwritten_round7.jsonl"
HONEST = DATA / "honest_round7.txt"


def halves() -> dict[str, list[dict[str, str]]]:
    """The items of the set in their halves, ``tune`` and ``test``, by a hash of the host."""
    found: dict[str, list[dict[str, str]]] = {"tune": [], "test": []}
    for record in read_jsonl(ITEMS):
        found[split_of(record["clean"])].append(record)
    return found


def main(argv: list[str] | None = None) -> int:
    """Print each half's repair rate (overall, per language), host characters lost, honest sentences kept."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print the tune half's misses")
    args = parser.parse_args(argv)
    for split, records in halves().items():
        fixed: Counter[str] = Counter()
        total: Counter[str] = Counter()
        lost = 0
        for record in records:
            got = clean_text(record["damaged"], lang=record["lang"]).text
            total[record["lang"]] += 1
            fixed[record["lang"]] += got == record["clean"]
            lost += lost_characters(record["clean"], got)
            if args.misses and split == "tune" and got != record["clean"]:
                print(f"  miss [{record['lang']}]: {record['damaged']}\n            -> {got}")
        share = sum(fixed.values()) / len(records)
        repaired = f"{sum(fixed.values())}/{len(records)} = {share:.3f}"
        print(f"{split}: {repaired} repaired; host characters lost: {lost}")
        print("  " + "  ".join(f"{lang} {fixed[lang]}/{total[lang]}" for lang in sorted(total)))
    honest = text_lines(HONEST)
    changed = [sentence for sentence in honest if clean_text(sentence).text != sentence]
    print(f"honest sentences unchanged: {len(honest) - len(changed)}/{len(honest)}")
    for sentence in changed:
        print(f"  changed: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
