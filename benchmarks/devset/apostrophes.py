"""Dev-set kinds ``apostrophe``, ``spaced_apostrophe`` and ``italian_accent``.

Hosts: shared dev-set sentences with apostrophes (English, French, Italian,
Turkish, Dutch…), the written sentences, and English sentences built from
:data:`NAMES` × :data:`TEMPLATES` (text written for this set, so there are
enough possessives and contractions). Negatives (``expected == input``): hosts
that keep their apostrophes (plural possessives ``farmers'``, elisions
``l’obiettivo``, ``dell'anno``, ``po'``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import LATIN, hosts, record, rng_for, write
from _damage import ACCENTED, apostrophe, italian_accent, spaced_apostrophe

NAMES = (
    "China", "Guizhou", "the county", "the village", "Yunnan", "the nation", "the province", "Gansu",
    "the bank", "the ministry", "Maria", "the company", "the cooperative", "Ningxia", "the city", "Tibet",
    "the region", "Sichuan", "the school", "the world", "Africa", "the team", "Hebei", "the family",
)  # fmt: skip
TEMPLATES = (
    "{name}'s poverty rate fell sharply last year.",
    "Officials said {name}'s new roads had opened up local markets.",
    "It's clear that {name}'s farmers earn more than before.",
    "They don't think {name}'s plan will fail.",
    "We're told that {name}'s schools are full.",
    "{name}'s leaders say they'll keep the subsidies.",
    "The report says {name}'s income grew, but it isn't enough.",
    "You've seen {name}'s results; we'd like to see more.",
    "I'm sure {name}'s budget can't cover every need.",
    "Nobody knew whether {name}'s harvest would recover.",
)
NEGATIVES = {
    "en": (
        "The farmers' cooperatives and the workers' unions met in March.",
        "The students' grades improved in the villages' schools.",
        "He quoted the word 'sustainable' twice.",
    ),
    "it": (
        "L'obiettivo dell'anno è chiaro, ma un po' di prudenza serve.",
        "Nell'ultimo anno l’economia dell’isola è cresciuta un po’.",
        "Quest'anno all'inizio dell'estate c'è stato un calo.",
    ),
    "fr": ("L'économie de l'État s'est redressée aujourd'hui.",),
    "nl": ("'s Morgens gaan de auto's naar de stad.",),
}


def _english() -> list[tuple[str, str, str]]:
    sentences = []
    for i, template in enumerate(TEMPLATES):
        for j, name in enumerate(NAMES):
            if (i + j) % 3 != 0:
                text = template.format(name=name)
                sentences.append(("en", text[0].upper() + text[1:], "written"))
    return sentences


def build() -> dict[str, list[dict[str, str]]]:
    """Every pair of the three kinds, by kind."""
    out: dict[str, list[dict[str, str]]] = {"apostrophe": [], "spaced_apostrophe": [], "italian_accent": []}
    for lang, text, source in [*hosts(LATIN), *_english()]:
        for kind, damage in (("apostrophe", apostrophe), ("spaced_apostrophe", spaced_apostrophe)):
            for salt in ("a", "b"):
                pair = damage(text, rng_for(text, kind + salt), lang)
                if pair is not None:
                    out[kind].append(record(kind, lang, pair[0], pair[1], source))
        if lang == "it":
            for salt in ("a", "b", "c", "d", "e", "f"):
                pair = italian_accent(text, rng_for(text, salt), lang)
                if pair is not None:
                    out["italian_accent"].append(record("italian_accent", lang, pair[0], pair[1], source))
            if ("'" in text or "’" in text) and ACCENTED.search(text) is None:
                out["italian_accent"].append(record("italian_accent", lang, text, text, source))
    for lang, texts in NEGATIVES.items():
        for text in texts:
            kinds = ("apostrophe", "spaced_apostrophe", "italian_accent") if lang == "it" else out
            for kind in kinds:
                out[kind].append(record(kind, lang, text, text, "written"))
    return out


if __name__ == "__main__":
    for kind, records in build().items():
        write(kind, records)
