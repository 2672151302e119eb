"""A named offer pasted after a dash at a sentence's end (``… chauds – Casino Lunatra, 200 tours gratuits.``).

Latin and Cyrillic spam often ends a sentence with a dash, a gambling word and a made-up name, a
comma and the selling point: ``– букмекер Зорвал, фрибет 1000 рублей``, ``– Raja Slot Vantoro,
deposit pulsa tanpa potongan``. The run rules see a gambling word and a name alone, which honest
text writes too (``Casino Lunatra``), and a bonus phrase alone after a comma; together, after a dash
and before the sentence's end, they are one promotion and go with the dash, to the end of the spam
phrase (and an amount that ends the sentence): host words after it stay (``prelievi istantanei | ogni
settimana``).

Left alone: a dash that a second dash closes (an aside: ``The lottery – run by the state, with
bonus payments – funds …``), a head with no gambling word, no made-up name (``– Casino de la ville,
…``: a common word or a listed place), or more than four words, and a rest that does not open with
a spam phrase of the lexicon (after an amount or not) or holds more than six words.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _BRANDLIKE, _CORE, _SPAMMY
from povcorpus.boilerplate.gambling._words import _brandlike, _unknown

#: A spaced dash, a head of a few words, a comma and the rest, up to the sentence's end.
_DASHED = re.compile(
    r"[ \t]+[–—][ \t]+(?P<head>[^,.!?;:–—|()\[\]]{3,60}?),[ \t]+(?P<rest>[^.!?;:–—|()\[\]]{2,80}?)"
    r"(?=[.!?]*[ \t]*\Z|[.!?]+[ \t])"
)
#: An amount that may open the selling point (``200 tours gratuits``, ``1000 рублей``).
_AMOUNT = re.compile(r"[€$£₽]?\d[\d.,]*[%€$£₽]?[ \t]+")
#: An amount and its unit that end the sentence after the offer (``фрибет 1000 рублей``); words of
#: the host after an offer stay (``prelievi istantanei | 3 tonnellate di cibo``).
_PRICE_AT_END = re.compile(r"[ \t]+[€$£₽]?\d[\d.,]*[%€$£₽]?(?:[ \t]+[^\W\d_]+)?")
#: The longest head and rest, in words.
_HEAD_WORDS = 4
_REST_WORDS = 6


def dashed_offers(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding a named offer after a dash at a sentence's end, from the space before it."""
    found = []
    for match in _DASHED.finditer(line):
        head, rest = match.group("head"), match.group("rest")
        words = head.split()
        if len(words) > _HEAD_WORDS or len(rest.split()) > _REST_WORDS or not _CORE.search(head):
            continue
        if not any(_made_up(word) for word in words):
            continue
        amount = _AMOUNT.match(rest)
        offer = _SPAMMY.match(rest, amount.end() if amount is not None else 0)
        if offer is None:
            continue
        end = match.start("rest") + offer.end()
        if _PRICE_AT_END.fullmatch(line, end, match.end()):
            end = match.end()  # ``фрибет | 1000 рублей.``: the offer's amount, where nothing follows it
        found.append((match.start(), end))
    return found


def _made_up(word: str) -> bool:
    """Whether ``word`` is a capitalised made-up name: rare in every word list, or shaped as brands are."""
    if not word[:1].isupper() or _CORE.fullmatch(word) or _SPAMMY.fullmatch(word):
        return False
    return _unknown(word) or (_BRANDLIKE.fullmatch(word) is not None and _brandlike(word))
