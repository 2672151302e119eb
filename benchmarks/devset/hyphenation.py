"""Dev-set kinds ``hyphenation`` and ``hyphen_space``: words broken by a hyphen, with or without a space.

Hosts: the shared dev-set sentences in eight Latin-script languages and the
written ones; damage from :func:`_damage.hyphenation` and
:func:`_damage.hyphen_space`. Negatives (``expected == input``): hosts with
real compounds (``poverty-stricken``, ``year-on-year``), and suspended hyphens
(``pre- and post-war``, ``Kinder- und Jugendhilfe``), which must keep their space.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import LATIN, hosts, record, rng_for, write
from _damage import hyphen_space, hyphenation

COMPOUNDS = {
    "en": (
        "Poverty-stricken counties reported year-on-year growth in well-being.",
        "Middle-aged workers joined the long-term training programme.",
        "The low-income households received a one-off payment.",
        "Decision-making was shared with the village self-governance committee.",
        "The so-called left-behind children live with their grandparents.",
        "High-quality e-commerce platforms reached far-flung villages.",
        "Twenty-five small and medium-sized enterprises signed up.",
        "The state-owned bank offered interest-free loans to first-time borrowers.",
    ),
    "it": (
        "Le regioni del nord-est hanno un reddito medio-alto.",
        "Il quadro socio-economico è migliorato nel medio-lungo periodo.",
        "Il vertice italo-cinese ha discusso del post-pandemia.",
    ),
    "de": (
        "Das Nord-Süd-Gefälle bleibt ein Thema der Corona-Krise.",
        "Die E-Mail kam vom Bund-Länder-Ausschuss.",
    ),
    "fr": (
        "C'est-à-dire que le vis-à-vis franco-chinois est peut-être utile.",
        "Le porte-parole a parlé du sud-ouest du pays.",
    ),
    "es": ("El análisis socio-económico del acuerdo franco-alemán fue publicado.",),
}
SUSPENDED = {
    "en": (
        "Both pre- and post-war figures are given.",
        "Small- and medium-sized firms employ most workers.",
        "The medium- and long-term plans were approved.",
        "Public- and private-sector wages rose.",
    ),
    "de": (
        "Die Kinder- und Jugendhilfe wurde gestärkt.",
        "Der Ein- und Ausfuhrhandel wuchs.",
        "Die Bundes- und Landesregierungen einigten sich.",
    ),
    "nl": ("De in- en uitvoer van graan nam toe.",),
    "fr": ("Les quinze- vingts ans",),
}


def build() -> dict[str, list[dict[str, str]]]:
    """Every pair of the two kinds, by kind."""
    out: dict[str, list[dict[str, str]]] = {"hyphenation": [], "hyphen_space": []}
    for lang, text, source in hosts(LATIN):
        for kind, damage in (("hyphenation", hyphenation), ("hyphen_space", hyphen_space)):
            rng = rng_for(text, kind)
            pair = damage(text, rng, lang)
            if pair is not None:
                out[kind].append(record(kind, lang, pair[0], pair[1], source))
            if re.search(r"[^\W\d_]-[^\W\d_]", text):
                out[kind].append(record(kind, lang, text, text, source))
    for lang, texts in COMPOUNDS.items():
        for text in texts:
            for kind in out:
                out[kind].append(record(kind, lang, text, text, "written"))
            pair = hyphen_space(text, rng_for(text, "compound"), lang)
            if pair is not None:
                out["hyphen_space"].append(record("hyphen_space", lang, pair[0], pair[1], "written"))
    for lang, texts in SUSPENDED.items():
        for text in texts[:-1] if lang == "fr" else texts:
            out["hyphen_space"].append(record("hyphen_space", lang, text, text, "written"))
    return out


if __name__ == "__main__":
    for kind, records in build().items():
        write(kind, records)
