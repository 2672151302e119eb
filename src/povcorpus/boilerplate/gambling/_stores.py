"""A store badge for a gambling app: an app store's name, a colon and the app's name.

App spam copies the badge text of app stores: ``Get it on Google Play: Birrabet Sports``,
``Scaricala da Google Play: Ventura Casinò``, ``Скачать в App Store: Казино Жар-Птица``,
``Tải trên App Store: Rồng Vàng Casino``. The badge and the name after it go when the
name holds a gambling word or a brand-like name. Left alone: a public or neutral app's
badge (``available on Google Play: SatuSehat``) and a badge in a sentence about gambling.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _BRAND, _BRANDLIKE, _CORE, _DOMAIN
from povcorpus.boilerplate.gambling._shared import _sentence
from povcorpus.boilerplate.gambling._words import _brandlike

_STORE = r"(?:app[ \t]*store|google[ \t]+play|play[ \t]+store|گوگل[ \t]+پلی|جوجل[ \t]+بلاي|آب[ \t]+ستور)"
_BADGE = re.compile(
    _STORE + r"(?:[ \t]+(?:and|y|e|et|und|и|và|ve|&|و)[ \t]+" + _STORE + r")?(?:['’]den[ \t]+indir)?"
    r"[ \t]*:[ \t]*(?P<name>[^\s.,;:!?()]+(?:[ \t]+[^\s.,;:!?()]+){0,2})",
    re.IGNORECASE,
)
#: Badge words before a store's name (``Get it on``, ``Disponible sur``, ``Scaricala da``, ``Скачать в``).
_LEAD = re.compile(
    r"(?:get[ \t]+it[ \t]+on|available[ \t]+on|download[ \t]+(?:on|from)|disponible[ \t]+(?:sur|en)"
    r"|disponível[ \t]+na|desc[aá]rga(?:la|lo)[ \t]+en|descargar[ \t]+en|scarica(?:la|lo)?[ \t]+da"
    r"|jetzt[ \t]+(?:im|bei)|скача(?:ть|йте)[ \t]+в|tải[ \t]+(?:trên|về[ \t]+từ)|unduh[ \t]+di|pobierz[ \t]+z"
    r"|دانلود[ \t]+از|حمل[ \t]+من|متوفر[ \t]+على|baixe?[ \t]+na|télécharge[rz]?[ \t]+sur)[ \t]+\Z",
    re.IGNORECASE,
)


#: Lottery words: a state lottery has an app of its own, so alone they make no gambling app's name.
_LOTTERY = re.compile(r"lott|loter|лотер|piyango|xổ|sorte", re.IGNORECASE)


def _gambling_name(words: list[str]) -> list[str]:
    """The leading words of an app's name that are capitalised, a gambling word or a brand-like name."""
    kept: list[str] = []
    for word in words:
        caseless = not word[:1].isupper() and not word[:1].islower()
        if caseless and len(kept) >= 2:
            break  # no capitals show where a name ends (کازینو ستاره): a gambling word and one more
        if not (word[:1].isupper() or _CORE.fullmatch(word) or caseless):
            break
        kept.append(word)
    return kept


def _shaped(word: str) -> bool:
    """Whether ``word`` is shaped as gambling names are (``Birrabet``, ``Spin777``)."""
    return _BRANDLIKE.fullmatch(word) is not None and _brandlike(word)


def store_badges(line: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of ``line`` (lower-cased: ``lowered``) holding a store badge for a gambling app (see above)."""
    if ":" not in line or not ("store" in lowered or "play" in lowered or "پلی" in line or "بلاي" in line):
        return []
    found = []
    for match in _BADGE.finditer(line):
        words = _gambling_name(match.group("name").split())
        named = any(_BRAND.fullmatch(word) or _shaped(word) for word in words)
        games = [word for word in words if _CORE.fullmatch(word)]
        if not words or not (named or (games and not all(_LOTTERY.match(word) for word in games))):
            continue  # a state lottery's app (``App Store: National Lottery``) is no gambling spam
        start = match.start()
        end = match.start("name") + len(" ".join(words))
        if line[match.start("name") : end] != " ".join(words):
            end = match.start("name") + len(words[0])
        left, right = _sentence(line, start, end)
        if _DOMAIN.search(line[left:start] + " " + line[end:right]) is not None:
            continue
        lead = _LEAD.search(line, max(0, start - 30), start)
        found.append((lead.start() if lead else start, end))
    return found
