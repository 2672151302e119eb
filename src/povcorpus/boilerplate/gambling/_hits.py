"""Where the lexicon's words stand in a line: :func:`_lexicon_hits`, read fast and exactly.

Each pattern of the lexicon runs only in the windows its matches can start in (see
:mod:`povcorpus.boilerplate._windows`), on the lower-cased line when that keeps every
offset; overlapping Han words are resolved to the words that cover the most text.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache

from povcorpus.boilerplate._windows import (
    Windows,
    alternation,
    chunk_windows,
    line_words,
    same_case,
    windows_for,
)
from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND,
    _BRAND_DIGITS,
    _BRAND_MORPHEME,
    _BRAND_MORPHEMES,
    _BRAND_SITE,
    _BRAND_TLDS,
    _BRANDLIKE_WORD,
    _CORE,
    _DOWNLOAD,
    _HAN_LEXICON,
    _MODIFIER,
    _SPAMMY,
    BRANDS,
    CORE_LATIN,
    DOWNLOAD_LATIN,
    MODIFIER_LATIN,
    SPAMMY_LATIN,
    _brandlike_word,
    _words,
)
from povcorpus.boilerplate.gambling._words import _brandlike

_LEXICON = (
    ("brand", _BRAND),
    ("brand", _BRANDLIKE_WORD),
    ("download", _DOWNLOAD),
    ("spammy", _SPAMMY),
    ("core", _CORE),
    ("mod", _MODIFIER),
)
#: The lexicon without IGNORECASE, for a lower-cased line: a literal that need not fold case lets a
#: regex skip the alternatives that cannot start at a character, about 1.6 times faster.
_LEXICON_LOWER = tuple((kind, re.compile(pattern.pattern)) for kind, pattern in _LEXICON)
#: The same without the Han words, for a lower-cased line holding none of their first characters:
#: the Han alternatives are then tried at no position (about 15 % faster on Latin lines).
_LEXICON_LATIN = tuple(
    (kind, re.compile(_words(latin)) if latin is not None else pattern)
    for (kind, pattern), latin in zip(
        _LEXICON_LOWER, (BRANDS, None, DOWNLOAD_LATIN, SPAMMY_LATIN, CORE_LATIN, MODIFIER_LATIN), strict=True
    )
)
#: The first characters of the Han words (``None`` if some word is a pattern, not plain characters).
_HAN_FIRSTS = (
    re.compile("[" + "".join(sorted({re.escape(word[0]) for word in _HAN_LEXICON})) + "]")
    if all(re.escape(word) == word for word in _HAN_LEXICON)
    else None
)
_BRANDLIKE_RANK = 1
"""Where :data:`_BRANDLIKE_WORD` stands in :data:`_LEXICON` (its hits are checked by :func:`_brandlike`)."""
_DIGIT = re.compile(r"\d")
_BRANDLIKE_SHAPES: dict[tuple[bool, bool, bool], re.Pattern[str] | None] = {}


def _brandlike_for(lowered: str) -> re.Pattern[str] | None:
    """:data:`_BRANDLIKE_WORD` for a lower-cased line, without the shapes the line cannot hold.

    A shape needs a digit, a ``.tld`` or a gambling morpheme somewhere in the line; an
    alternative that cannot match is left out (``None``: none can), which changes no match.
    """
    key = (
        bool(_DIGIT.search(lowered)),
        any("." + tld in lowered for tld in _BRAND_TLDS),
        any(morpheme in lowered for morpheme in _BRAND_MORPHEMES),
    )
    return _brandlike_shaped(key)


def _brandlike_shaped(key: tuple[bool, bool, bool]) -> re.Pattern[str] | None:
    """:data:`_BRANDLIKE_WORD` with only the shapes ``key`` keeps (digits, site, morpheme), compiled once."""
    if key not in _BRANDLIKE_SHAPES:
        shapes = [
            shape for shape, on in zip((_BRAND_DIGITS, _BRAND_SITE, _BRAND_MORPHEME), key, strict=True) if on
        ]
        _BRANDLIKE_SHAPES[key] = _brandlike_word("|".join(shapes), 0) if shapes else None
    return _BRANDLIKE_SHAPES[key]


@lru_cache(maxsize=1)
def _latin_windows() -> tuple[Windows | None, ...]:
    """Exact windows of the Latin lexicon's word patterns (see :mod:`povcorpus.boilerplate._windows`).

    Each pattern runs only around the tokens its matches can start in; ``None`` for the
    brand-like shapes (see :func:`_brandlike_spans`). Read once, on first use.
    """
    return tuple(
        None if rank == _BRANDLIKE_RANK else windows_for(pattern)
        for rank, (_, pattern) in enumerate(_LEXICON_LATIN)
    )


@lru_cache(maxsize=1)
def _lower_windows() -> tuple[Windows | None, ...]:
    """Exact windows of the whole lexicon's patterns, Han words too, for a lower-cased line (see above)."""
    return tuple(
        None if rank == _BRANDLIKE_RANK else windows_for(pattern)
        for rank, (_, pattern) in enumerate(_LEXICON_LOWER)
    )


#: A digit next to a word character that is no digit: every brand-like name of letters and digits
#: holds one (``bet365``, ``22bet``), and most numbers do not.
_DIGIT_BY_LETTER = re.compile(r"\d(?<=[^\W\d]\d)|\d(?=[^\W\d])")
#: What each brand-like shape (digits, site, morpheme) holds: a digit by a letter, a ``.tld``, a morpheme.
_BRANDLIKE_FINDERS = (
    _DIGIT_BY_LETTER,
    re.compile(r"\.(?:" + "|".join(_BRAND_TLDS) + ")"),
    re.compile(alternation(_BRAND_MORPHEMES)),
)


def _brandlike_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans :func:`_brandlike_for`'s pattern finds in ``lowered``, read in windows only.

    A brand-like name is one chunk (no whitespace) that holds a digit next to a letter, a
    ``.tld`` or a gambling morpheme, so the pattern runs only over the chunks that hold one
    (:func:`povcorpus.boilerplate._windows.chunk_windows`).
    """
    starts: list[tuple[int, int]] = []
    key = []
    for finder in _BRANDLIKE_FINDERS:  # a shape none of whose hints the line holds cannot match: left out
        found = [match.span() for match in finder.finditer(lowered)]
        key.append(bool(found))
        starts.extend(found)
    shaped = _brandlike_shaped((key[0], key[1], key[2]))
    return chunk_windows(shaped, lowered, starts, 0) if shaped is not None else []


def _lexicon_hits(line: str) -> list[tuple[int, int, str]]:
    """Non-overlapping lexicon words ``(start, end, kind)`` that cover the most characters.

    Han text has no spaces, so two words can overlap: in ``天下注册送彩金`` the
    gambling word ``下注`` straddles ``天下`` and ``注册``. Taking the words that
    cover most of the text (``注册送`` and ``彩金``) reads it as a reader does;
    among equal covers the leftmost, longest word and the earlier lexicon win,
    as words that do not overlap (every Latin word) always do.
    """
    lowered = line.lower()
    # On a lower-cased line that keeps every offset, the patterns need not fold case (same spans);
    # a line holding a character IGNORECASE folds otherwise (``ı``, ``ſ``, ``İ``, ``Σ``: CASE_ODD,
    # which a test checks against every letter of the lexicon) is matched with IGNORECASE as it is.
    plain = same_case(line, lowered)
    text, lexicon = (
        (
            lowered,
            _LEXICON_LATIN if _HAN_FIRSTS is not None and not _HAN_FIRSTS.search(lowered) else _LEXICON_LOWER,
        )
        if plain
        else (line, _LEXICON)
    )
    found: dict[tuple[int, int], tuple[int, str]] = {}
    # A lower-cased line is read in exact windows (the same spans as a scan of the whole line).
    words = line_words(lowered) if plain else None
    table = (_latin_windows() if lexicon is _LEXICON_LATIN else _lower_windows()) if words is not None else ()
    for rank, (kind, pattern) in enumerate(lexicon):
        brandlike = rank == _BRANDLIKE_RANK
        windows = table[rank] if words is not None else None
        if brandlike and plain:
            spans = _brandlike_spans(lowered)
        elif words is not None and windows is not None:
            spans = windows.spans(words)
        else:
            spans = [match.span() for match in pattern.finditer(text)]
        for span in spans:
            if span[1] == span[0] or (brandlike and not _brandlike(line[span[0] : span[1]])):
                continue
            if span not in found:
                found[span] = (rank, kind)
    hits = sorted(found, key=lambda span: (span[1], -span[0], found[span][0]))
    ends = [end for _, end in hits]
    # best[i]: (characters covered, -words) by the best choice among the first i hits (by end).
    best: list[tuple[int, int]] = [(0, 0)]
    taken: list[bool] = []
    for start, end in hits:
        before = best[bisect_right(ends, start, 0, len(taken))]
        take = (before[0] + end - start, before[1] - 1)
        taken.append(take > best[-1])
        best.append(take if taken[-1] else best[-1])
    kept: list[tuple[int, int, str]] = []
    index = len(hits)
    while index > 0:
        if taken[index - 1]:
            start, end = hits[index - 1]
            kept.append((start, end, found[(start, end)][1]))
            index = bisect_right(ends, start, 0, index - 1)
        else:
            index -= 1
    kept.reverse()
    return kept
