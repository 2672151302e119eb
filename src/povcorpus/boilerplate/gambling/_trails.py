"""The spam phrase that trails a cut: a payout or bonus phrase after the brand, with or without a comma.

A promotion often ends in a selling point after its brand: ``bitcoin betting with Trazzo instant
withdrawals``, ``– casino cripto Morvilo, retiros al instante``. The run rules end the cut at the
brand (or before it, when a comma follows the name), and the selling point stays in the host
sentence. What this module adds: right after a cut, a spam phrase of the lexicon of two words or
more (instant withdrawals, free spins, real money, promo codes; not the neutral words such as
``online``), alone or after one capitalised name and a comma, goes with the cut; and a lone dash
that opened such a promotion inside a sentence goes too when no second dash closes it.

Left alone: anything that is not a spam phrase of the lexicon after the cut (host words, numbers,
a lower-case word before the phrase), one spam word alone (``apk | ücretsiz dağıtıldı``: the host's
"free"), and text with no cut: an honest sentence is never touched.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _SPAMMY

#: Spaces and an optional comma between a cut (or its name) and the spam phrase that trails it.
_GAP = re.compile(r"[ \t]*,?[ \t]+")
#: One capitalised name between the cut and a comma before the phrase (``Morvilo,``).
_NAME = re.compile(r"[ \t]*([^\W\d_][\w'’-]*)[ \t]*,[ \t]+")
#: A phrase of two words or more: one spam word alone after a cut is as often the host's.
_PHRASE = re.compile(r"\S\s+\S")
#: A lone spaced dash right before a cut, opening the promotion.
_OPENING_DASH = re.compile(r"[ \t][–—][ \t]*\Z")
#: The rest of a sentence, to see whether a second dash closes the promotion.
_SENTENCE_REST = re.compile(r"[^.!?。\n]*")


def _trail_end(line: str, end: int) -> int:
    """Where a spam phrase trailing a cut that ends at ``end`` ends (``end`` itself when none does)."""
    while True:
        gap = _GAP.match(line, end)
        phrase = _SPAMMY.match(line, gap.end()) if gap is not None else None
        if phrase is None:
            named = _NAME.match(line, end)
            if named is None or not named.group(1)[:1].isupper() or _SPAMMY.match(named.group(1)):
                return end
            phrase = _SPAMMY.match(line, named.end())
            if phrase is None:
                return end
        if phrase.end() <= end or not _PHRASE.search(phrase.group()):
            return end  # one word (``gratis``, ``register``, ``bonus``) may be the host's own
        end = phrase.end()


def spam_trails(line: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cuts`` with the spam phrase that trails each one, and a lone dash that opened it, taken too.

    >>> line = "Meals – casino cripto Morvilo, retiros al instante a 2.000 niños."
    >>> [line[start:end] for start, end in spam_trails(line, [(8, 21)])]
    [' – casino cripto Morvilo, retiros al instante']
    """
    widened = []
    for start, end in cuts:
        trail = _trail_end(line, end)
        if trail > end:
            dash = _OPENING_DASH.search(line, max(0, start - 4), start)
            rest = _SENTENCE_REST.match(line, trail)
            if dash is not None and rest is not None and not re.search("[–—]", rest.group()):
                start = dash.start()
            end = trail
        widened.append((start, end))
    return widened
