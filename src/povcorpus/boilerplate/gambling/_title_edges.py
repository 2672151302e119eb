"""The edges of a Title Case block: host words a block took on either side are given back.

A Title Case block (:func:`title_blocks`) is found by the capitals of its words; the host's own
words may touch it and be read with it. Cutting a host word breaks correct text, so a block is
trimmed when unsure:

- a word in lower case never opens a headline (``Dörfern auf | Wetten Bonuscode``: the host's
  particle was kept inside the block by a function word's rule);
- a comma ends the host's clause: capitalised words before the block's last comma that hold no
  promotional word are the host's (``lernen Schüler, | Online Casino``).

Left alone: a keyword stack whose parts each hold a promotional word (``Cassino Com Bônus,
Apostas Online``), which stays one block.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._headlines import (
    _FUNCTION,
    _capitalised,
    _lower,
    _nouns_capitalised,
    _numberish,
    _promotional,
    _word,
)

_TOKEN = re.compile(r"\S+")


def trimmed_blocks(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (Title Case blocks of ``line``) with host words at their edges given back (see above)."""
    found = []
    for start, end in spans:
        tokens = [(match.start(), match.group()) for match in _TOKEN.finditer(line, start, end)]
        while tokens and _lower(tokens[0][1]):
            tokens = tokens[1:]
        commas = [index for index, (_, token) in enumerate(tokens[:-1]) if token.endswith(",")]
        if commas and not any(_promotional(token) for _, token in tokens[: commas[-1] + 1]):
            tokens = tokens[commas[-1] + 1 :]
        end = _host_tail(line, tokens, end)
        if tokens and end > tokens[0][0]:
            found.append((tokens[0][0], end))
    return found


def _host_tail(line: str, tokens: list[tuple[int, str]], end: int) -> int:
    """Where a block ends when it runs on, after its last promotional word, into a capitalised function
    word and words with no number, in a sentence that capitalises its nouns (German): the host's sentence
    starts there (``beste Wettanbieter | Mit Spenden wurde``), as German capitals never tell a heading."""
    hits = [index for index, (_, token) in enumerate(tokens) if _promotional(token)]
    if not hits or hits[-1] + 1 >= len(tokens):
        return end
    tail = tokens[hits[-1] + 1 :]
    first = tail[0][1]
    if not (_capitalised(first) and _word(first).lower() in _FUNCTION) or any(
        _numberish(token) for _, token in tail
    ):
        return end
    if any(_capitalised(token) and _word(token).lower() in _FUNCTION for _, token in tail[1:]):
        return end  # ``Online Z Bonusem Na Start``: a second function word in capitals is a heading's
    outside = (line[: tokens[0][0]] + " " + line[end:]).split()
    if not _nouns_capitalised([token for _, token in tail] + outside):
        return end
    at = tokens[hits[-1]][0] + len(tokens[hits[-1]][1])
    return at
