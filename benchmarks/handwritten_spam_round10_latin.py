"""The tenth spam round, Latin and Cyrillic scripts: a sixth check set written by hand.

Run from the repository root::

    python benchmarks/handwritten_spam_round10_latin.py            # rates per half and per language
    python benchmarks/handwritten_spam_round10_latin.py --misses   # and every miss of the tune half

``tests/data/gambling/handwritten_round10_latin.jsonl`` was written by hand before the cleaner was run
on any of it: 149 sentences about poverty reduction, rural development, health, schooling and social
protection in seventeen languages of Latin and Cyrillic script, two of them new to the hand-written
rounds (Finnish, Lithuanian) besides English, French, Spanish, Portuguese, German, Italian, Russian,
Polish, Czech, Dutch, Turkish, Vietnamese, Indonesian, Swahili and Ukrainian. Each holds one injected
span of the shapes the previous rounds left: calls in lower case with no brand (``aposte agora e
ganhe``), keyword chains written for search engines (``best online casino ghana 2024 trusted``), brands
made of common words (``Golden Tiger``, ``Estrela Bet``), domains (``mise777.fr``), emoji, promo codes,
crypto betting, app-store words; inserted between two words, before the host's first word or after its
last, many right after a person's or a place's name. Each item is ``{"lang", "damaged", "clean"}``;
``clean`` is the host sentence exactly.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its host
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.

The honest negatives are ``tests/data/gambling/honest_round10_latin.txt``: 73 sentences written with the
set that use its words honestly (lottery funding, gambling tax and regulation, help for betting addiction,
public apps for Android and iOS, workers' bonuses, a jackpot as a metaphor); each must come back
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
            DATA / "handwritten_round10_latin.jsonl",
            DATA / "honest_round10_latin.txt",
            __doc__.split("\n")[0],
        )
    )
