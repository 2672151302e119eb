"""The eighth spam round, Latin and Cyrillic scripts: a fourth check set written by hand.

Run from the repository root::

    python benchmarks/handwritten_spam_round8_latin.py            # rates per half and per language
    python benchmarks/handwritten_spam_round8_latin.py --misses   # and every miss of the tune half

``tests/data/gambling/handwritten_round8_latin.jsonl`` was written by hand before the cleaner was run
on any of it: 171 sentences about poverty reduction, rural development, health, education and social
protection in fifteen languages of Latin and Cyrillic script (English, French, Spanish, Portuguese,
Italian, German, Dutch, Polish, Czech, Russian, Ukrainian, Indonesian, Vietnamese, Turkish, Swahili),
each with one injected span of the shapes the wild uses: sportsbooks, online casinos, crypto betting,
real-money apps, app-store words (android, ios, apk) in any case, invented brands that are on no
list, inserted between two words, before the host's first word or after its last. Many hosts put a
capitalised place name after a preposition right before the span (``Dzieci w Gdańsku``, ``Дети из
Казани``, ``Trẻ em ở Hà Giang``): the place is the host's. Each item is ``{"lang", "damaged",
"clean"}``; ``clean`` is the host sentence exactly.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its host
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.

The honest negatives are ``tests/data/gambling/honest_round8_latin.txt``: sentences written with
the set that use its words honestly (regulators fining bookmakers, lottery money for clinics, casino
revenue, public apps for Android and iOS, "la raccolta delle scommesse", place names after a
preposition); each must come back byte-identical.
"""

from __future__ import annotations

import sys
from pathlib import Path

from _spam_sets import report_round

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "gambling"

if __name__ == "__main__":
    sys.exit(
        report_round(
            DATA / "handwritten_round8_latin.jsonl",
            DATA / "honest_round8_latin.txt",
            __doc__.split("\n")[0],
        )
    )
