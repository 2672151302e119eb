"""Keyword chains written for search engines: ``best online casino ghana 2024 trusted fast payout``.

SEO spam strings the words a search is typed with: a superlative, gambling words, a country in lower
case, the year, and words of trust (``mejores casas de apuestas chile 2024 confiables``, ``nejlepší
online casino česko 2024 spolehlivé``, ``en iyi canlı bahis siteleri 2024 güvenilir``). Prose does not
put a year right after gambling words and a bare country in lower case, nor rank and vouch for them
in one breath. A chain goes when it holds a gambling word, another lexicon word or a country, a year
(2000 to 2039), and a superlative or a word of trust. Left alone: a chain with no superlative and no
trust word (``lottery 2024 results``), a year after a preposition (``the best casinos of 2024``), a
capitalised country (``Casino Ghana 2024``: a title), and a sentence about gambling.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import (
    _CORE,
    _DOMAIN,
    _MODIFIER,
    _SPAMMY,
    ARGUMENT_BEFORE,
    _lexicon,
    _words,
)
from povcorpus.boilerplate.gambling._shared import _sentence

#: Superlatives that rank gambling sites (``best``, ``mejores``, ``en iyi``, ``bora``, ``nhất``).
SUPERLATIVES = _lexicon(
    r"""
    best top mejor(?:es)? melhor(?:es)? meilleurs? bestes? beste[nr]? miglior[ie]? лучш\w+ найкращ\w+
    najlepsz\w+ nejlepší paras parhaat geriausi\w+ en\s+iyi bora nhất
    """
)
#: Words that vouch for a site (``trusted``, ``confiables``, ``seriös``, ``надёжное``), and the payment
#: words that close such chains (``pix``).
TRUST = _lexicon(
    r"""
    trusted reliable legit safe secure licensed confiables? confiáve(?:l|is) fiables? seriös\w* sicher\w*
    affidabil[ei] sicur[io] надежн\w+ надёжн\w+ надійн\w+ legaln\w+ spolehliv\w+ betrouwbaar(?:e)?
    güvenilir luotettav\w+ patikim\w+ terpercaya salama pix
    """
)
_SUPER = re.compile(_words(SUPERLATIVES), re.IGNORECASE)
_TRUST = re.compile(_words(TRUST), re.IGNORECASE)
_VOCAB = "|".join(f"(?:{pattern.pattern})" for pattern in (_SUPER, _TRUST, _CORE, _MODIFIER, _SPAMMY))
_CHAIN = re.compile(
    r"(?<![^\W\d_])(?P<words>(?:(?:" + _VOCAB + r")[ \t]+){1,6})"
    r"(?P<place>(?:[^\W\d_]+[ \t]+){0,2})"
    r"(?<![^\W\d_])20[0-3]\d(?![\w.,])"
    r"(?P<tail>(?:[ \t]+(?:" + _VOCAB + r"))*)",
    re.IGNORECASE,
)


def seo_chains(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding a keyword chain with a year (see above)."""
    if not re.search(r"20[0-3]\d", line):
        return []
    found = []
    for match in _CHAIN.finditer(line):
        words, place, tail = match.group("words"), match.group("place"), match.group("tail")
        places = place.split()
        if any(not word.islower() or word in ARGUMENT_BEFORE or _vocabulary(word) for word in places):
            continue
        if _CORE.search(words) is None:
            continue
        ranked = _SUPER.search(words) or _TRUST.search(words) or _TRUST.search(tail)
        others = _MODIFIER.search(words) or _SPAMMY.search(words + tail) or places
        if not (ranked and others):
            continue
        left, right = _sentence(line, match.start(), match.end())
        if _DOMAIN.search(line[left : match.start()] + " " + line[match.end() : right]):
            continue  # a sentence about gambling
        found.append(match.span())
    return found


def _vocabulary(word: str) -> bool:
    """Whether ``word`` is a lexicon word, a superlative or a trust word."""
    return any(pattern.fullmatch(word) for pattern in (_SUPER, _TRUST, _CORE, _MODIFIER, _SPAMMY))
