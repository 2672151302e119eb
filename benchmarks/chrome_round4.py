"""Page chrome of the fourth round (issue 14), written by hand: removed by ``process``, honest lines kept.

Runs the harness of ``benchmarks/chrome_round2.py`` on ``tests/data/boilerplate/chrome_round4.tsv``:
photo credits with dashes, pipes and copyright signs, "See also:" and "Read more:" headers,
"Continue reading" and "Loading..." widgets, "Posted on DATE by NAME" lines, wire-service credits,
PDF disclosure stamps, cookie "accept all" buttons and "more information" links in 18 languages, and
honest short lines that use the same words. Tune and test halves by a hash of the line.

Usage::

    python benchmarks/chrome_round4.py               # both halves
    python benchmarks/chrome_round4.py --misses test # list the test half's misses
"""

from __future__ import annotations

from pathlib import Path

from chrome_round2 import main

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "boilerplate" / "chrome_round4.tsv"

if __name__ == "__main__":
    main(data=DATA)
