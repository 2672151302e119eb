"""The eighth spam round: a check set written by hand in Arabic, Persian and Chinese.

Run from the repository root::

    python benchmarks/handwritten_spam_round8_scripts.py            # rates per half and per language
    python benchmarks/handwritten_spam_round8_scripts.py --misses   # and every miss of the tune half

``tests/data/gambling/handwritten_round8_scripts.jsonl`` was written by hand before the cleaner was run
on any of it: 126 sentences (42 each in Arabic, Persian and Chinese) about poverty reduction, rural
development, health and education, each with one injected span of the shapes the wild uses in these
scripts: sportsbooks, online casinos, crypto betting and real-money apps named in the script or in Latin
letters, invented brands, bonus offers, download, APP and apk tails, hashtags, dashes and brackets.
Each item is ``{"lang", "damaged", "clean"}``; ``clean`` is the host sentence exactly.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its host
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.

The honest negatives are ``tests/data/gambling/honest_round8_scripts.txt``: sentences written with the
set that use its words honestly (talks about gambling after a preposition, betting regulation, lottery
and welfare-lottery funding, Macau gaming revenue, public apps to download); each must come back
byte-identical.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _spam_sets import report_round

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "gambling"

if __name__ == "__main__":
    sys.exit(
        report_round(
            DATA / "handwritten_round8_scripts.jsonl",
            DATA / "honest_round8_scripts.txt",
            __doc__.split("\n")[0],
        )
    )
