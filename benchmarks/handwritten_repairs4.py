"""The fourth hand-written repair set (issue 14): MT punctuation, hyphenation, mixed, clean sentences.

Run from the repository root::

    python benchmarks/handwritten_repairs4.py            # exact rates per kind and half
    python benchmarks/handwritten_repairs4.py --misses   # and every miss of the tune half

``tests/data/cleaners/handwritten_repairs4.jsonl`` was written by hand, from other sources than
poverty news (health bulletins, school reports, court rulings, weather, recipes, sports results,
scientific abstracts), and committed before any cleaner was run on it: 125 MT punctuation items
(full-width marks and glued commas in Vietnamese, Turkish, Polish, Indonesian, Swahili, Ukrainian,
Czech, Finnish, Hungarian and other languages, Thai and Japanese names in English text, Chinese
enumerators), 122 hyphenation items (Finnish, Hungarian, Dutch, Polish, Czech, Portuguese and other
words broken at LF or CR LF, a hyphen and a space, soft hyphens, ``¬``, U+2010, compounds whose
space goes), 81 items holding several kinds of damage, and 257 clean sentences that must come back
byte-identical (``1,000,000``, ``3,5 %``, ``f(x,y)``, ``a,b,c``, ``Ph.D.``, ``e.g.,``, ranges and
names at a line end such as ``2019-`` / ``2020`` and ``Jean-`` / ``Pierre``, chemical names, Spanish
``¿…?``, Greek ``;``, Armenian ``։``, Chinese, Japanese, Korean, Hindi, Persian with ZWNJ, Arabic,
Hebrew and Thai prose), in 34 languages. The item format, the halves (by a hash of the ``clean``
text) and the report are those of ``handwritten_repairs.py``; rules are tuned on the ``tune`` half
only, the ``test`` half is reported.
"""

from __future__ import annotations

from pathlib import Path

from handwritten_repairs import main

ITEMS = Path(__file__).resolve().parent.parent / "tests" / "data" / "cleaners" / "handwritten_repairs4.jsonl"

if __name__ == "__main__":
    raise SystemExit(main(items=ITEMS, description=__doc__.split("\n")[0]))
