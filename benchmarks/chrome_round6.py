"""Page chrome of the sixth round (issue 14), written by hand: removed by ``process``, honest lines kept.

Runs the harness of ``benchmarks/chrome_round2.py`` on ``tests/data/boilerplate/chrome_round6.tsv``:
breadcrumbs with other separators, reporter, translator and proofreader credits, release, source,
view and click lines, previous and next article links, QR-code prompts, comment counts, log-in
bars, font-size and print bars, copyright footers, ICP numbers, tags, keywords and "share to"
lines in 24 languages (Thai, Greek, Hungarian, Romanian and Swedish new), and honest short lines
that use the same words (headings, sentences, a white paper's date line, figure sources with a
year). Tune and test halves by a hash of the line.

Usage::

    python benchmarks/chrome_round6.py               # both halves
    python benchmarks/chrome_round6.py --misses tune # list the tune half's misses
"""

from __future__ import annotations

from pathlib import Path

from chrome_round2 import main

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "boilerplate" / "chrome_round6.tsv"

if __name__ == "__main__":
    main(data=DATA)
