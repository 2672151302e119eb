"""Dev-set kind ``mixed``: two to four kinds of damage in one sentence.

Hosts: the shared dev-set sentences in eight Latin-script languages, the
written ones and the English possessive sentences of ``apostrophes.py``. Each
host gets an apostrophe damage (quote or space), a broken word, machine-
translation punctuation and odd spaces, in that order, where the host offers a
place for them; a pair is kept when at least two were applied.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import LATIN, hosts, record, rng_for, write
from _damage import apostrophe, hyphenation, mt_punctuation, spaced_apostrophe, whitespace
from apostrophes import _english

KIND = "mixed"


def build() -> list[dict[str, str]]:
    """Every pair of this kind."""
    records = []
    for lang, text, source in [*hosts(LATIN), *_english()]:
        rng = rng_for(text, KIND)
        expected = damaged = text
        applied = 0
        first = apostrophe if rng.random() < 0.5 else spaced_apostrophe
        pair = first(text, rng, lang)
        if pair is not None:
            damaged, expected = pair
            applied += 1
        for damage in (hyphenation, mt_punctuation, whitespace):
            if rng.random() < 0.75:
                pair = damage(damaged, rng, lang)
                if pair is not None:
                    damaged = pair[0]
                    applied += 1
        if applied >= 2:
            records.append(record(KIND, lang, damaged, expected, source))
    return records


if __name__ == "__main__":
    write(KIND, build())
