"""The third hand-written repair set (issue 14): MT punctuation, hyphenation, mixed, clean sentences.

Run from the repository root::

    python benchmarks/handwritten_repairs3.py            # exact rates per kind and half
    python benchmarks/handwritten_repairs3.py --misses   # and every miss of the tune half

``tests/data/cleaners/handwritten_repairs3.jsonl`` was written by hand, in other wordings than the
first two sets, and committed before any cleaner was run on it: 144 MT punctuation items
(full-width marks glued inside Latin, Cyrillic, Greek, Hangul and Devanagari text, glued ASCII
commas, Chinese enumerators ``五、``, ``（一）``, ``一是``, ``第三，``), 147 hyphenation items (a hyphen
before LF or CR LF, a hyphen and a space inside a line, a soft hyphen, ``¬``, U+2010), 102 items
holding several kinds of damage (with ``China”s``, ``nation' s``, non-breaking spaces, spaced
punctuation, doubled spaces), and 273 clean sentences that must come back byte-identical
(``2,300``, ``1,5 %``, ``2,30,000``, URLs, e-mails, code, real compounds and reduplications, also at
a line end, suspended hyphens, ``M. Dupont, président``, dialogue dashes, Greek ``;`` and ``·``,
Chinese, Japanese, Korean, Hindi and Persian prose with their own punctuation), in 24 languages.
The item format, the halves (by a hash of the ``clean`` text) and the report are those of
``handwritten_repairs.py``; rules are tuned on the ``tune`` half only, the ``test`` half is reported.
"""

from __future__ import annotations

from pathlib import Path

from handwritten_repairs import main

ITEMS = Path(__file__).resolve().parent.parent / "tests" / "data" / "cleaners" / "handwritten_repairs3.jsonl"

if __name__ == "__main__":
    raise SystemExit(main(items=ITEMS, description=__doc__.split("\n")[0]))
