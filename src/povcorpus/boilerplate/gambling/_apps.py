"""An app-download promotion: a call to download, a gambling word, and the platform the app is for.

Injected app spam reads as one clause of its own: ``download the Kavroplay sportsbook app
for Android``, ``descarga la app de casino Rubivo para Android``, ``скачай приложение
букмекера Ставкин на Android``, ``lade die Sportwetten-App Torjäger für Android herunter``.
Its name is anything (a word no list knows, ``Sao Vàng``), so the run rules miss it; its
frame does not change: a download call opens it, a platform after a preposition closes it,
and a gambling word, or a name shaped as gambling names are, stands between. Left alone: a
call with no gambling word between (``télécharger l'application météo sur Android``), and a
sentence that is about gambling (a regulator telling people not to download betting apps).
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _BRANDLIKE, _CORE, _DOMAIN, _lexicon
from povcorpus.boilerplate.gambling._shared import _sentence
from povcorpus.boilerplate.gambling._words import _brandlike

#: Download calls that open an app promotion (imperatives and infinitives, in the languages of the lexicon).
DOWNLOAD_CALLS = _lexicon(
    r"""
    download downloaden t[ée]l[ée]charge[rz]? descarga descargue descargar baixe baixar scarica scaricare
    lade laden скачай(?:те)? скачать загрузи(?:те)? завантаж(?:и|уй|ити|уйте) tải unduh pobierz indir
    instal(?:l|a|e)?
    """
)
#: Platforms an app is offered for, inflected as Polish and Finnish inflect them (``na androida``), and
#: the phone
#: (``no celular``).
_PLATFORM = r"(?:android(?:a|u|ille|ie)?|ios|iphone|ipad|app\s+store|google\s+play|play\s+store|celular)"
#: Prepositions before the platform (``for Android``, ``para Android``, ``на Android``, ``cho Android``).
_FOR = r"(?:for|on|para|pour|sur|no|na|em|für|auf|per|su|op|voor|di|untuk|cho|trên|için|dla|на|для|з|в|în|pe)"
#: What every platform holds, looked for first with C-level scans: a line with none holds no app promotion.
_PLATFORM_HINTS = ("android", "ios", "iphone", "ipad", "app store", "google play", "play store", "celular")
_APP_PROMOTION = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(DOWNLOAD_CALLS) + r")(?![^\W\d_])"
    r"(?P<middle>(?:[ \t]+[^\s.!?;,()\[\]]+){1,7}?)"
    r"[ \t]+" + _FOR + r"[ \t]+" + _PLATFORM + r"(?![^\W\d_])"
    r"(?:[ \t]+(?:and|or|y|o|e|et|ou|und|oder|и|или|і|та|và|dan|ve|i|en|of)[ \t]+"
    + _PLATFORM
    + r"(?![^\W\d_]))?"
    r"(?:[ \t]+herunter(?![^\W\d_]))?",
    re.IGNORECASE,
)


def _shaped(word: str) -> bool:
    """Whether ``word`` is shaped as gambling names are (``Parisbet``, ``Spin777``)."""
    return _BRANDLIKE.fullmatch(word) is not None and _brandlike(word)


def app_promotions(line: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of ``line`` (lower-cased: ``lowered``) holding an app promotion with a gambling word."""
    if not any(platform in lowered for platform in _PLATFORM_HINTS):
        return []
    found = []
    for match in _APP_PROMOTION.finditer(line):
        middle = match.group("middle")
        if _CORE.search(middle) is None and not any(_shaped(word) for word in middle.split()):
            continue
        left, right = _sentence(line, match.start(), match.end())
        rest = line[left : match.start()] + " " + line[match.end() : right]
        if _DOMAIN.search(rest) is not None:
            continue  # a sentence about gambling: its regulator, its industry, its harms
        found.append(match.span())
    return found
