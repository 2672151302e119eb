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

import sys
from pathlib import Path

from _spam_sets import report_round

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "gambling"

if __name__ == "__main__":
    sys.exit(
        report_round(DATA / "handwritten_round7.jsonl", DATA / "honest_round7.txt", __doc__.split("\n")[0])
    )
