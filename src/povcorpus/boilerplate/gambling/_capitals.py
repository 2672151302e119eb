"""A promotion in capitals: a block of words in capitals with gambling words, in a sentence that is not.

Injected headlines are written in capitals whatever their language (``JOUEZ AU CASINO EN
LIGNE AVEC ROYALTIX``, ``DAFTAR SEKARANG DI SITUS JUDI ONLINE``, ``NAJLEPSZE KASYNA ONLINE
W POLSCE 2025``); the run rules find their gambling words but not the words of their own
language around them (``W POLSCE``, ``TRỰC TUYẾN``). The whole block goes when it holds a
gambling word and another lexicon word or a call to play (``ИГРАЙ В СЛОТЫ``), and the rest of its
sentence is written in lower case. Left alone: a line or a sentence all in capitals (a
heading), acronyms, a block with no gambling word, and a sentence about gambling.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._headlines import _CALLS
from povcorpus.boilerplate.gambling._lexicon import _BRANDLIKE, _CORE, _DOMAIN, _DOWNLOAD, _MODIFIER, _SPAMMY
from povcorpus.boilerplate.gambling._shared import Run, _sentence
from povcorpus.boilerplate.gambling._words import _brandlike

_TOKEN = re.compile(r"\S+")
#: A token that may sit inside a block of capitals: a number, an amount, a dash or a mark.
_NEUTRAL = re.compile(r"[\d.,:;!?%+€$£₽&#–—-]+[kK]?")
_EDGE_MARKS = ".,;:!?\"'»”)("


def _capitals(token: str) -> bool:
    """Whether ``token`` is a word in capitals (its marks aside)."""
    word = token.strip(_EDGE_MARKS)
    return any(char.isalpha() for char in word) and word.isupper()


def capital_blocks(line: str, runs: list[Run]) -> list[tuple[int, int]]:
    """Spans of ``line`` holding a promotion in capitals around one of its ``runs`` (see above)."""
    found: list[tuple[int, int]] = []
    for run in runs:
        text = line[run.start : run.end]
        if not text.isupper() or (found and run.start < found[-1][1]):
            continue
        tokens = [(match.start(), match.end(), match.group()) for match in _TOKEN.finditer(line)]
        first = next(index for index, token in enumerate(tokens) if token[1] > run.start)
        last = first
        while first > 0 and (
            _capitals(tokens[first - 1][2])
            or (
                first > 1 and _NEUTRAL.fullmatch(tokens[first - 1][2]) and _capital_word(tokens[first - 2][2])
            )
        ):
            first -= 1  # a number between capitals is the block's (``LA LIGUE 1 AVEC``)
        while last + 1 < len(tokens) and (
            _capitals(tokens[last + 1][2]) or _NEUTRAL.fullmatch(tokens[last + 1][2])
        ):
            last += 1
        while last > first and _NEUTRAL.fullmatch(tokens[last][2]) and _lower_next(tokens, last):
            last -= 1  # ``… ANDROID IOS | 3,000 hectares``: a count before a word in lower case is the host's
        block = tokens[first : last + 1]
        if len(block[-1][2].strip(_EDGE_MARKS)) == 1 and last + 1 < len(tokens):
            block = block[:-1]  # ``… 2025 A mortalidade``: one capital before the host's words is its own
        if len(block) > 1 and len(block[0][2].strip(_EDGE_MARKS)) == 1:
            block = block[1:]  # ``O APOSTAS … programa``: the host's article before the block
        span = _block_span(line, block)
        if span is not None:
            found.append(span)
    return found


def _capital_word(token: str) -> bool:
    """Whether ``token`` is a word of letters in capitals (not an amount's unit: ``US$ 55``)."""
    word = token.strip(_EDGE_MARKS)
    return word.isalpha() and word.isupper()


def _called_name(words: list[str]) -> bool:
    """Whether a block with no gambling word is a call to play at a name shaped as gambling names are
    (``PARIEZ SUR LA LIGUE 1 AVEC KORBETIX``, ``APOSTE NO BRASILEIRÃO COM A ZELVABET``)."""
    plain = [word.strip(_EDGE_MARKS) for word in words]
    return plain[0].lower() in _CALLS and any(
        _BRANDLIKE.fullmatch(word) is not None and _brandlike(word) for word in plain[1:]
    )


def _lower_next(tokens: list[tuple[int, int, str]], index: int) -> bool:
    """Whether the token after ``tokens[index]`` starts with a letter that is not a capital."""
    if index + 1 >= len(tokens):
        return False
    first = tokens[index + 1][2][:1]
    return first.isalpha() and not first.isupper()


def _block_span(line: str, block: list[tuple[int, int, str]]) -> tuple[int, int] | None:
    """The span of a block of capitals if it is a gambling promotion in a sentence in lower case."""
    words = [token for *_, token in block if _capitals(token)]
    if len(words) < 2:
        return None
    start = block[0][0]
    end = block[-1][1]
    while end > start and line[end - 1] in _EDGE_MARKS:
        end -= 1
    while start < end and line[start] in _EDGE_MARKS:
        start += 1  # a bracket or a quote around the block is the mending's
    text = line[start:end]
    if _CORE.search(text) is None and not _called_name(words):
        return None
    others = sum(1 for pattern in (_SPAMMY, _MODIFIER, _DOWNLOAD) if pattern.search(text) is not None) + (
        len(_CORE.findall(text)) > 1
    )
    others += any(word.strip(_EDGE_MARKS).lower() in _CALLS for word in words)  # ``ИГРАЙ В СЛОТЫ``: a call
    if not others:
        return None  # ``VILLAGE CLINIC OPENS AFTER LOTTERY GRANT``: a headline on a topic
    left, right = _sentence(line, start, end)
    rest = line[left:start] + " " + line[end:right]
    if sum(1 for char in rest if char.islower()) < 8 or _DOMAIN.search(rest) is not None:
        return None  # a heading all in capitals, or a sentence about gambling
    return start, end
