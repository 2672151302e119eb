"""Dev-set kind ``mojibake``: ftfy's own cases, seeded mojibake, and look-alikes that must stay.

* ``source: ftfy-tests``: the cases of ftfy's ``tests/test_cases.json``
  (Apache-2.0, Robyn Speer) marked ``pass``, with the encoding-only repair
  (``fixed-encoding`` when given). Read from the file named by the
  ``FTFY_TEST_CASES`` environment variable (it ships in ftfy's source
  distribution); without it, the cases already in the output file are kept.
* seeded: shared dev-set sentences (Latin, Cyrillic, Greek-free) encoded as
  UTF-8 and decoded as Windows-1252, Latin-1 or MacRoman;
* look-alikes (``expected == input``): correct text full of the characters
  mojibake is made of (``Â``, ``Ã``, ``€``, ``™``, ``º``…).
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import LATIN, OUT, hosts, record, rng_for, write

KIND = "mojibake"
LOOK_ALIKES = (
    "São Tomé e Príncipe exportou cacau no valor de 12 milhões de €.",
    "Ãgua is not a word, but água is; ÃO is not a suffix.",
    "The brand™ sold 3º-grade cotton at 5 °C and ±2 %.",
    "ÀÁÂÃÄÅ are the capital A variants in Latin-1.",
    "Señor Núñez paid 20 € for a crème brûlée in Zürich.",
    "Œuvres complètes de Molière, tome Ier, § 3.",
    "The ratio ½ : ¼ was printed as « one half to one quarter ».",
    "Ça coûte cher, dit-il à l’hôtel Ritz.",
    "Đặng Thị Ngọc Thịnh visited the province.",
    "Müller & Söhne GmbH — Straße 5, 80331 München.",
    "Le prix était de 3,50 € (TVA incluse) à Besançon.",
    "İstanbul’da ağır yağış uyarısı yapıldı.",
)
_CODECS = ("sloppy-windows-1252", "sloppy-windows-1252", "latin-1", "macroman")


def _ftfy_cases() -> list[dict[str, str]]:
    path = os.environ.get("FTFY_TEST_CASES")
    if path:
        cases = json.loads(Path(path).read_text(encoding="utf-8"))
        return [
            record(KIND, "", case["original"], case.get("fixed-encoding", case["fixed"]), "ftfy-tests")
            for case in cases
            if case.get("expect") == "pass"
        ]
    previous = OUT / f"{KIND}.jsonl"
    if not previous.exists():
        return []
    kept = [json.loads(line) for line in previous.read_text(encoding="utf-8").split("\n") if line]
    return [item for item in kept if item["source"] == "ftfy-tests"]


def build() -> list[dict[str, str]]:
    """Every pair of this kind."""
    records = _ftfy_cases()
    for lang, text, source in hosts((*LATIN, "ru")):
        if text.isascii():
            continue
        codec = rng_for(text, KIND).choice(_CODECS)
        try:
            damaged = text.encode("utf-8").decode(codec)
        except UnicodeDecodeError:
            continue
        if lang == "ru" and codec == "latin-1":
            continue
        records.append(record(KIND, lang, damaged, text, f"{source} as {codec}"))
    records.extend(record(KIND, "", text, text, "written look-alike") for text in LOOK_ALIKES)
    for lang, text, source in hosts(LATIN):
        if not text.isascii():
            records.append(record(KIND, lang, text, text, source))
    return records


if __name__ == "__main__":
    write(KIND, build())
