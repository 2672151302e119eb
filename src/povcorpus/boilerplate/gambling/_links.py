"""A link to a gambling site standing on its own: a URL whose site is named for gambling.

Hacked pages carry bare links as often as phrases (``https://sortebela.bet.br/cadastro``,
``linkslot77.xyz/login``, ``gokpaleis.nl/aanmelden``). A link goes when its site's name
holds a gambling morpheme in one of the lexicon's languages (``bet``, ``casino``,
``kasyno``, ``slot``, ``togel``, ``nohu``, ``bahis``, ``gok``…), or when a name of letters
and digits (``giocaweb88``) leads to a sign-up or promotion page. Left alone: links of
public bodies (``.gov``, ``.edu``, ``.int``, ``.org``), a site with neither sign, and any
link in a sentence about gambling (an operator's results may name its site).
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _BRAND, _DOMAIN

#: A link: a scheme or ``www.`` and what follows, or a bare site with a path.
_LINK = re.compile(
    r"(?<![\w@./-])(?:(?:https?://|www\.)[^\s\"'<>()\[\]]+|[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.[A-Za-z]{2,6}/[^\s\"'<>()\[\]]*)",
    re.IGNORECASE,
)
#: Morphemes of gambling in site names, in the lexicon's languages.
_SITE_MORPHEME = re.compile(
    r"bet|casin|cassin|kasin|kasyn|kazin|kazyn|slot|poker|togel|judi|gacor|nohu|taixiu|nhacai|bahis|apuest"
    r"|aposta|scommess|zaklad|bukmach|bookmak|gok|wett|stavk|jackpot|bingo|roulett|spins|lotto|enfejar",
    re.IGNORECASE,
)
#: Pages a promotion links to: sign-up, log-in, bonus and promotion pages, in the lexicon's languages
#: (each of them a trigger word, so a line with such a link is read).
_SIGN_UP = re.compile(
    r"/(?:signup|login|bonus|promo|registrati|anmelden|rejestracja|aanmelden|dangky|kayit|vhid|vhod"
    r"|registraciya)\b",
    re.IGNORECASE,
)
_PUBLIC = re.compile(r"\.(?:gov|edu|int|org|gouv|go|ac|mil)(?:\.[a-z]{2})?$", re.IGNORECASE)
_EDGE = ".,;:!?)]\"'»”"
#: How far each side of a link its context is read (its sentence and the ones next to it).
_AROUND = 200


def gambling_links(line: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of ``line`` (lower-cased: ``lowered``) holding a link to a gambling site (see above)."""
    if "/" not in line and "www." not in lowered:
        return []
    found = []
    for match in _LINK.finditer(line):
        start, end = match.span()
        while end > start and line[end - 1] in _EDGE:
            end -= 1
        link = line[start:end]
        host = re.sub(r"^(?:https?://)?(?:www\.)?", "", link, flags=re.IGNORECASE).split("/")[0]
        if _PUBLIC.search(host) or "@" in host:
            continue
        name = host.rsplit(".", 1)[0]
        digits = re.search(r"[A-Za-z]{3,}\d{2,}|\d{2,}[A-Za-z]{3,}", name) is not None
        if _SITE_MORPHEME.search(name) is None and not (digits and _SIGN_UP.search(link)):
            continue
        around = line[max(0, start - _AROUND) : start] + " " + line[end : end + _AROUND]
        if _DOMAIN.search(around) is not None or _BRAND.search(around) is not None:
            continue  # a text about gambling, or a listed operator, may name an operator's site
        found.append((start, end))
    return found
