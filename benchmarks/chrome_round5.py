"""Page chrome of the fifth round (issue 14), written by hand: removed by ``process``, honest lines kept.

Runs the harness of ``benchmarks/chrome_round2.py`` on ``tests/data/boilerplate/chrome_round5.tsv``:
share buttons and share counters, photo and media credits, "Related" headings, running heads of
reports, rights and licence lines, subscribe lines, cookie settings, print and PDF links, dated
bylines, back-to-top links and "page 3 / 40" numbers in 19 languages, and honest short lines that
use the same words. Tune and test halves by a hash of the line.

Usage::

    python benchmarks/chrome_round5.py               # both halves
    python benchmarks/chrome_round5.py --misses tune # list the tune half's misses
"""

from __future__ import annotations

from pathlib import Path

from chrome_round2 import main

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "boilerplate" / "chrome_round5.tsv"

if __name__ == "__main__":
    main(data=DATA)
