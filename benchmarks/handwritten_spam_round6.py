"""The sixth spam round: a second check set written by hand, of the shapes round 5 left.

Run from the repository root::

    python benchmarks/handwritten_spam_round6.py            # rates per half and per language
    python benchmarks/handwritten_spam_round6.py --misses   # and every miss of the tune half

``tests/data/gambling/handwritten_round6.jsonl`` was written by hand, like round 5's set and
before the cleaner was run on any of it: 253 sentences about poverty reduction, rural
development, health, education and social protection in sixteen languages (English, French,
Spanish, Portuguese, Italian, German, Russian, Ukrainian, Polish, Dutch, Indonesian, Vietnamese,
Turkish, Persian, Arabic, Chinese), each with one injected span. Its shapes were chosen to include
what round 5 left: lottery promotions with the game's name inside (``Loto Express en ligne avec
gains instantanés``), a gambling word and a name of ordinary words at the sentence start
(``Casino Golden Harbor Royal``), Title Case headlines mid-sentence (``Best Sportsbook Bonus Codes
2025 – Claim Yours Today``), Persian and Arabic phrases with a name inside, links with gambling
words in the domain or path, Chinese topic stacks joined by ``·``, casino, slot, poker, esports,
crash-game, Aviator and fantasy-sports wording, Telegram and WhatsApp contacts, bonus, cashback
and free-spins offers, and APK download tails in many languages and cases. Each item is
``{"lang", "damaged", "clean"}``; ``clean`` is the host sentence exactly.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its host
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.

The honest negatives are ``tests/data/gambling/honest_round6.txt``: sentences written with the
set that use its words honestly (gambling regulation, lotteries funding programmes, app downloads
for public services, sports and esports news, casinos' tax revenue, Title Case headlines of real
news, brand names that are ordinary words, a stock market crash, an aviator, topic lists joined by
a middle dot, a ministry's Telegram channel, a bank's cashback); each must come back byte-identical.
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
ITEMS = DATA / "handwritten_round6.jsonl"
HONEST = DATA / "honest_round6.txt"


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
