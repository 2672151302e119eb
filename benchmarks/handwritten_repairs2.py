"""The second hand-written repair set (issue 14): MT punctuation, hyphenation, mixed, clean sentences.

Run from the repository root::

    python benchmarks/handwritten_repairs2.py            # exact rates per kind and half
    python benchmarks/handwritten_repairs2.py --misses   # and every miss of the tune half

``tests/data/cleaners/handwritten_repairs2.jsonl`` was written by hand, in other wordings than the
first set and the samples, before any cleaner was run on it: 130 MT punctuation items (full-width
marks glued to Latin and Cyrillic words, glued ASCII commas, Chinese enumerators such as ``五、``,
``（一）``, ``一是`` and ``第三，``), 112 hyphenation items (a hyphen before LF or CR LF, a hyphen and a
space, a soft hyphen, ``¬``, U+2010), 87 items holding several kinds of damage, and 175 clean
sentences that must come back byte-identical (``2,300``, URLs, e-mails, code, real compounds,
compounds at a line end, suspended hyphens, Chinese and Persian prose with their own punctuation,
Cyrillic, Vietnamese, Turkish), in 17 languages. The item format, the halves (by a hash of the
``clean`` text) and the report are those of ``handwritten_repairs.py``; rules are tuned on the
``tune`` half only, the ``test`` half is reported.
"""

from __future__ import annotations

from pathlib import Path

from handwritten_repairs import main

ITEMS = Path(__file__).resolve().parent.parent / "tests" / "data" / "cleaners" / "handwritten_repairs2.jsonl"

if __name__ == "__main__":
    raise SystemExit(main(items=ITEMS, description=__doc__.split("\n")[0]))
