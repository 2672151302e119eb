"""The ninth spam round, Latin and Cyrillic scripts: a fifth check set written by hand.

Run from the repository root::

    python benchmarks/handwritten_spam_round9_latin.py            # rates per half and per language
    python benchmarks/handwritten_spam_round9_latin.py --misses   # and every miss of the tune half

``tests/data/gambling/handwritten_round9_latin.jsonl`` was written by hand before the cleaner was run
on any of it: 182 sentences about poverty reduction, rural development, health, education and social
protection in seventeen languages of Latin and Cyrillic script, ten of them new to the hand-written
rounds (Romanian, Hungarian, Swedish, Tagalog, Malay, Serbian in Cyrillic, Bulgarian, Kazakh,
Afrikaans, Hausa) besides English, French, Spanish, Portuguese, Italian, German and Russian. Each holds
one injected span of the shapes the wild uses: sportsbooks, online casinos, slots, crypto casinos,
real-money apps, lotteries and colour-prediction games, app-store words in any case, brands on no
list, Telegram and WhatsApp contacts, bonus codes, calls in capitals; inserted between two words,
before the host's first word or after its last. Many hosts name a place, a programme or an
organisation right before the span (``Die Tafel in Gelsenkirchen``, ``Asociația Nova Vita din Iași``,
``The Better Harvest project``). Each item is ``{"lang", "damaged", "clean"}``; ``clean`` is the host
sentence exactly.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its host
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.

The honest negatives are ``tests/data/gambling/honest_round9_latin.txt``: sentences written with the
set that use its words honestly (lottery funding, casino tax revenue, help for betting addiction,
public apps for Android and iOS, teachers' bonuses, a jackpot as a metaphor, sports results); each
must come back byte-identical.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _spam_sets import report_round

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "gambling"

if __name__ == "__main__":
    sys.exit(
        report_round(
            DATA / "handwritten_round9_latin.jsonl",
            DATA / "honest_round9_latin.txt",
            __doc__.split("\n")[0],
        )
    )
