"""Capitalised words at a cut's front edge: a casino's name of two words, or the host's own subject.

Two errors of the same kind, made in opposite directions by the run rules, are mended on the cuts:

- **A casino's name of two words goes with it.** Spam names a casino with two capitalised words
  right before the casino word (``Goldener Adler Casino Freispiele``, ``Stella Fortunata casinò giri
  gratis``, ``Золотая Подкова казино``). When a cut starts at a casino word, the two capitalised
  words right before it go with it, unless a preposition or an article stands right before them (``in
  San Marcos``: a place of the host) or they are lexicon words; a third capitalised word before them
  stays (``im Dorf | Goldener Adler``, ``in Chiapas | Lucky Harvest``).
- **A sentence keeps its subject.** A sentence opens with a capital: when a cut leaves the sentence's
  first words all capitalised before it and a lower-case word after it (``Ольга | Коваленко слоти …
  | працює``, ``Suor | Anna Rizzo slot … | ha parlato``), the capitalised words that open the cut are
  the host's subject (a person's name), and are given back: when they are words of some word list (names
  of people are) and lower-case gambling words follow them in the cut. A listed brand, a made-up name
  (``Crede | Codere scarica ora``) and a title in capitals (``Siamo | Tipico Slot Machine Online``) stay
  cut.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._latin_names import _nouns_capitalised
from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND,
    _BRANDLIKE,
    _SPAMMY,
    ARGUMENT_BEFORE,
    _lexicon_word,
)
from povcorpus.boilerplate.gambling._shared import _sentence
from povcorpus.boilerplate.gambling._words import _common, _script

#: The venue words a casino's name stands before.
_VENUE = re.compile(
    r"(?:casin[oò]|cassino|kasino|kazino|kasyno|казино|kaszinó|cazino)(?![^\W\d_])", re.IGNORECASE
)
_TWO_BEFORE = re.compile(r"(?:^|(?<=\s))(\S+)[ \t]+(\S+)[ \t]+(\S+)[ \t]+$")
_WORD = re.compile(r"\S+")


def named_edges(line: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cuts`` with a casino's two-word name taken in and a sentence's subject given back (see above)."""
    return [_subject_kept(line, *_casino_name(line, start, end)) for start, end in cuts]


def _name_word(word: str) -> bool:
    """Whether ``word`` is capitalised, has lower-case letters, and is no lexicon word or brand shape."""
    return (
        word[:1].isupper()
        and any(char.islower() for char in word)
        and word.isalpha()
        and not _lexicon_word(word)
        and _BRANDLIKE.fullmatch(word) is None
    )


def _person(word: str) -> bool:
    """Whether ``word`` is written as a person's name is: capitalised, the rest in lower case (``WhatsApp``,
    a brand's inner capital, is not)."""
    return _name_word(word) and word[1:].islower()


def _casino_name(line: str, start: int, end: int) -> tuple[int, int]:
    """The cut ``(start, end)``, widened over a casino's name of two capitalised words before it."""
    venue = start
    if _VENUE.match(line, start) is None:
        return start, end
    match = _TWO_BEFORE.search(line, max(0, venue - 120), venue)
    if match is None:
        return start, end
    before, one, two = match.group(1), match.group(2), match.group(3)
    if not (_name_word(one) and _name_word(two)):
        return start, end
    if before.lower() in ARGUMENT_BEFORE:
        return start, end  # ``in San Marcos casino``: a place after a preposition is the host's
    left, right = _sentence(line, start, end)
    if _nouns_capitalised(line[left : match.start(2)] + line[end:right]):
        return start, end  # German capitalises its nouns: ``Traktoren Zavrix Casino`` is no name of two
    if _SPAMMY.search(line, venue, end) is None:
        return start, end  # ``… Rift Valley | casino online``: a casino's own name comes with an offer
    return min(start, match.start(2)), end


def _subject_kept(line: str, start: int, end: int) -> tuple[int, int]:
    """The cut ``(start, end)`` less the capitalised words opening it that are its sentence's subject."""
    left, _ = _sentence(line, start, end)
    opening = _WORD.findall(line[left:start])
    if len(opening) > 2 or not all(
        _name_word(word) and word.lower() not in ARGUMENT_BEFORE for word in opening
    ):
        return start, end  # ``Die Energiehilfe | WhatsApp …``: an article opens a German noun, not a name
    after = _WORD.search(line, end)
    if after is None or not after.group()[:1].islower():
        return start, end
    position = start
    given = 0
    for word in _WORD.finditer(line, start, end):
        if word.start() != position or not _person(word.group()) or given == 3:
            break
        given += 1
        gap = re.match(r"[ \t]+", line[word.end() :])
        position = word.end() + (gap.end() if gap else 0)
    if given == 0 or given + len(opening) < 2 or position >= end:
        return start, end
    if _BRAND.match(line, start) or not line[position : position + 1].islower():
        return start, end  # ``Se | Bodog Sports Betting``, ``Siamo | Tipico Slot Machine``: a title's name
    if not all(_common(word.lower()) for word in line[start:position].split()):
        return start, end  # ``Crede | Codere scarica ora``: a made-up name is the phrase's
    if _script(line[start:position]) != _script(" ".join(opening) + " " + line[end : end + 40]):
        return start, end  # ``Местная | Rio online slots``: a name in another script is the phrase's
    return position, end
