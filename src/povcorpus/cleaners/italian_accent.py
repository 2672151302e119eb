"""The ``italian_accent`` cleaner: Italian final accents typed as apostrophes.

Keyboards and old systems without accented letters write ``poverta’``,
``continuera'``, ``perche'``, ``piu'``, ``E’ quanto`` for ``povertà``,
``continuerà``, ``perché``, ``più``, ``È quanto``. In Italian text
(``ctx.lang == "it"``: the language must be known before cleaning), a word
ending in a vowel and an apostrophe that is not followed by a letter becomes
the accented word when that word is a word of the language: the document uses
it (``ctx.vocabulary``), or the optional ``wordfreq`` package knows it (Zipf ≥
1: rare verb forms such as ``ricostruì`` count, and an unaccented word followed
by an apostrophe has no other reading). Of the grave and acute forms
(``è``/``é``), the one the document or ``wordfreq`` knows best is chosen, so
``perche'`` gives ``perché`` and ``cioe'`` gives ``cioè``. The case of the
vowel is kept (``E’`` → ``È``, ``PERCHE'`` → ``PERCHÉ``).

Left alone: elisions, where a letter follows the apostrophe (``l’obiettivo``,
``dell'anno``, ``un'altra``); truncations that Italian writes with an
apostrophe (``po'``, ``mo'``, ``be'``, ``di'``, ``fa'``, ``va'``, ``sta'``,
``da'``, ``de'``, ``ca'``, ``to'``); a word in quotes (``'e'``,
``‘ciao’``); every other language; and, without ``wordfreq``, every word the
document does not itself write with its accent.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from povcorpus.cleaners._common import LATIN_LETTER, word_vocabulary
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.cleaners.dehyphenate import _frequency_function
from povcorpus.edits import replace_spans

__all__ = ["TRUNCATIONS", "italian_accent"]

TRUNCATIONS = frozenset({"po", "mo", "be", "to", "di", "fa", "da", "sta", "va", "de", "ca", "pie", "co"})
"""Italian words truncated with an apostrophe (``un po'``): never given an accent."""

_CANDIDATE = re.compile(f"(?<![{LATIN_LETTER}])([{LATIN_LETTER}]*[aeiouAEIOU])['’](?![{LATIN_LETTER}\\d])")
_GRAVE = {"a": "à", "e": "è", "i": "ì", "o": "ò", "u": "ù"}
_ACUTE = {"e": "é", "o": "ó", "i": "í", "u": "ú"}
_MIN_ZIPF = 1.0


def _accented(word: str, vocabulary: frozenset[str], zipf: Callable[[str], float] | None) -> str | None:
    """The accented form of ``word`` (its last vowel accented) when it is a word of the language."""
    lowered = word.lower()
    if lowered in TRUNCATIONS:
        return None
    stem, vowel = lowered[:-1], lowered[-1]
    forms = [stem + table[vowel] for table in (_GRAVE, _ACUTE) if vowel in table]
    known = [form for form in forms if form in vocabulary]
    if known:
        best = known[0] if len(known) == 1 or zipf is None else max(known, key=zipf)
    elif zipf is not None:
        best = max(forms, key=zipf)
        if zipf(best) < _MIN_ZIPF:
            return None
    else:
        return None
    accent = best[-1].upper() if word[-1].isupper() else best[-1]
    return word[:-1] + accent


def _quoted(text: str, start: int) -> bool:
    """Whether the word starting at ``start`` opens with a single quote (not an elision's apostrophe)."""
    if start == 0 or text[start - 1] not in "'‘’":
        return False
    return start == 1 or not text[start - 2].isalpha()


@register_cleaner("italian_accent")
def italian_accent(text: str, ctx: CleanContext) -> CleanResult:
    """Turn ``poverta’``, ``perche'``, ``E’`` into ``povertà``, ``perché``, ``È`` in Italian text.

    >>> italian_accent("E’ la poverta' di chi e' qui, un po' perche'", CleanContext(lang="it",
    ...     vocabulary=frozenset({"è", "povertà", "perché"}))).text
    "È la povertà di chi è qui, un po' perché"

    Args:
        text: the text to clean.
        ctx: the context; nothing changes unless ``ctx.lang`` is ``"it"``;
            ``ctx.vocabulary`` holds the document's own words.

    Returns:
        The text with accents restored and one edit per word.
    """
    if ctx.base_lang != "it":
        return CleanResult(text)
    if "'" not in text and "’" not in text:
        return CleanResult(text)
    zipf = _frequency_function("it")
    vocabulary: frozenset[str] | None = ctx.vocabulary or None
    spans: list[tuple[int, int, str]] = []
    for match in _CANDIDATE.finditer(text):
        if vocabulary is None:
            vocabulary = word_vocabulary(text)
        word = match.group(1)
        if _quoted(text, match.start(1)):
            continue
        accented = _accented(word, vocabulary, zipf)
        if accented is not None:
            spans.append((match.end(1) - 1, match.end(), accented[-1]))
    if not spans:
        return CleanResult(text)
    new_text, edits = replace_spans(text, spans, "italian_accent", ctx.field, ctx.step)
    return CleanResult(new_text, edits)
