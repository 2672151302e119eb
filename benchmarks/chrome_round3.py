"""Page chrome of the third round (issue 14), written by hand: removed by ``process``, honest lines kept.

Runs the harness of ``benchmarks/chrome_round2.py`` on ``tests/data/boilerplate/chrome_round3.tsv``:
skip links, PDF page headers and footers, font-size and print widgets, QR-code prompts, cookie
banners, photo credits, site footers and view counters in 18 languages (Japanese, Korean and Hindi
among them), and honest short lines that use the same words. Tune and test halves by a hash of the line.

Usage::

    python benchmarks/chrome_round3.py               # both halves
    python benchmarks/chrome_round3.py --misses test # list the test half's misses
"""

from __future__ import annotations

from pathlib import Path

from chrome_round2 import main

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "boilerplate" / "chrome_round3.tsv"

if __name__ == "__main__":
    main(data=DATA)
