"""Dev-set kind ``whitespace``: doubled, odd, trailing spaces and spaces before ``,`` and ``.``.

Hosts: the shared dev-set sentences in twelve languages (French keeps its
spaces before ``; : ! ?``, which the damage never adds); damage from
:func:`_damage.whitespace`.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import LATIN, hosts, record, rng_for, write
from _damage import whitespace

KIND = "whitespace"


def build() -> list[dict[str, str]]:
    """Every damaged/clean pair of this kind."""
    records = []
    for lang, text, source in hosts((*LATIN, "ru", "ar", "fa", "hi")):
        pair = whitespace(text, rng_for(text, KIND), lang)
        if pair is not None:
            records.append(record(KIND, lang, pair[0], pair[1], source))
    return records


if __name__ == "__main__":
    write(KIND, build())
