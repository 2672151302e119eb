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

import sys
from pathlib import Path

from _spam_sets import report_round

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "gambling"

if __name__ == "__main__":
    sys.exit(
        report_round(DATA / "handwritten_round6.jsonl", DATA / "honest_round6.txt", __doc__.split("\n")[0])
    )
