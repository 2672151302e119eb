"""The ninth spam round: a check set written by hand in Chinese, Arabic, Persian, Urdu and Hindi.

Run from the repository root::

    python benchmarks/handwritten_spam_round9_scripts.py            # rates per half and per language
    python benchmarks/handwritten_spam_round9_scripts.py --misses   # and every miss of the tune half

``tests/data/gambling/handwritten_round9_scripts.jsonl`` was written by hand before the cleaner was run
on any of it: 168 sentences (68 Chinese, some in traditional characters; 44 Arabic; 44 Persian; 6 Urdu; 6
Hindi) about poverty reduction, rural development, health, education and social protection, each with one
injected span of the shapes the wild uses: card-room, lottery, live-dealer and sportsbook sites and apps
with invented names (Latin letters and digits inside Chinese names), 官网/下载/APP/注册送/首充/提现 tails,
QQ, WeChat, LINE, Telegram and WhatsApp contact calls, casinos and betting with invented brands, bonus and
promo codes, app-store words; at the start, in the middle or at the end, often beside a place name, a
number or a common word.
Each item is ``{"lang", "damaged", "clean"}``; ``clean`` is the host sentence exactly.

The halves are not stored: an item is in ``tune`` or ``test`` by a hash of its host
(:func:`_spam_sets.split_of`). Rules are tuned on ``tune`` only; ``test`` is reported.

The honest negatives are ``tests/data/gambling/honest_round9_scripts.txt``: sentences written with the
set that use its words honestly (Macau's gaming revenue, welfare- and sports-lottery funds, regulators and
police, gambling-addiction help, public apps to download, sports results); each must come back
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
            DATA / "handwritten_round9_scripts.jsonl",
            DATA / "honest_round9_scripts.txt",
            __doc__.split("\n")[0],
        )
    )
