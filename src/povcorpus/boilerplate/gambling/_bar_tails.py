"""An offer hung after a bar at the end of a sentence: ``… training | bonus code SA200 by Klipwin.``

Injected promotions are often appended to a host sentence after a bar, and run to its end: an app,
a bonus or a game with a made-up name (``| scarica l'app Quintara per iOS``, ``| промо код СРБ300 на
Лукавбет``, ``| daftar di Rajaputar untuk 50 putaran percuma``). News does not go on after a bar with
an offer. The tail goes, bar and all, up to the sentence's closing mark, when it holds a gambling,
offer or app word of the lexicons and a made-up name (rare in every word list, shaped as gambling
names are, or a code of letters and digits) and ends as an offer does. Left alone: a tail with no
such name (``| Lotto draw of Saturday``), one that ends in host words after its name, one with a
bracket, a comma or a colon, a long one (more than twelve words), a bar after fewer than three
words, and a sentence about the industry (an operator's own page may end so).
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND_DIGITS,
    _BRANDLIKE,
    _CORE,
    _DOMAIN,
    _DOWNLOAD,
    _SPAMMY,
    _lexicon_word,
)
from povcorpus.boilerplate.gambling._shared import _sentence
from povcorpus.boilerplate.gambling._words import _brandlike, _unknown

#: A bar between spaces, and what follows it to the sentence's closing mark or the line's end.
_BAR_TAIL = re.compile(r"[ \t]+[|¦][ \t]+([^|¦()\[\]{},;:\n]+?)(?=[.!?]?[ \t]*$|[.!?][ \t]+\S)")
_CODE = re.compile(_BRAND_DIGITS)
_WORD = re.compile(r"[^\W_][\w'’-]*")
#: The most words an appended offer holds.
_LONGEST = 12


def bar_tails(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding an offer appended after a bar to its sentence's end (see above)."""
    if "|" not in line and "¦" not in line:
        return []
    found = []
    for match in _BAR_TAIL.finditer(line):
        tail = match.group(1)
        words = _WORD.findall(tail)
        if not words or len(words) > _LONGEST:
            continue
        if not any(pattern.search(tail) for pattern in (_CORE, _SPAMMY, _DOWNLOAD)):
            continue
        if not any(_made_up(word) for word in words) or not _ends_offer(tail.rstrip(), words[-1]):
            continue
        left, _ = _sentence(line, match.start(), match.end())
        host = line[left : match.start()]
        if len(_WORD.findall(host)) < 3 or _DOMAIN.search(host):
            continue
        found.append((match.start(), match.end()))
    return found


def _made_up(word: str) -> bool:
    """Whether ``word`` is a made-up name: capitalised and rare in every list, shaped as gambling names are,
    or a code of letters and digits (``SA200``, ``СРБ300``)."""
    if _lexicon_word(word) or word.isdigit():
        return False
    if _CODE.fullmatch(word) and any(char.isalpha() for char in word):
        return True
    if _BRANDLIKE.fullmatch(word) and _brandlike(word):
        return True
    return word[:1].isupper() and _unknown(word)


def _ends_offer(tail: str, last: str) -> bool:
    """Whether ``tail`` ends as an offer does: with its name, a count or a lexicon word (``… per iOS``,
    ``… 100 libreng spin``); host words after a name (``| Zorvex casino helps farmers``) are no offer's."""
    if _made_up(last) or last.isdigit():
        return True
    patterns = (_CORE, _SPAMMY, _DOWNLOAD)
    return any(match.end() == len(tail) for pattern in patterns for match in pattern.finditer(tail))
