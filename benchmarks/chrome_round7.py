"""Page chrome of the seventh round (issue 14), written by hand: removed by ``process``, honest lines kept.

Runs the harness of ``benchmarks/chrome_round2.py`` on ``tests/data/boilerplate/chrome_round7.tsv``:
cookie and consent banners, newsletter sign-up, "read more", related and most-read lists, bylines
with dates, photo credits, "updated on" lines, app-download bars, skip-to-content links,
pagination, language switchers, social follow lines, print links and reading times in 27
languages (Czech, Bengali and Swahili new), and honest short lines that use the same words
(headings, sentences, white papers' date lines, figure sources with a year). Tune and test halves
by a hash of the line.

Usage::

    python benchmarks/chrome_round7.py               # both halves
    python benchmarks/chrome_round7.py --misses tune # list the tune half's misses
"""

from __future__ import annotations

from pathlib import Path

from chrome_round2 import main

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "boilerplate" / "chrome_round7.tsv"

if __name__ == "__main__":
    main(data=DATA)
