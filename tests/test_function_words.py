"""Function-word checks: the fast word count gives exactly the answers of the plain regex count."""

from __future__ import annotations

import re
import sys
from collections import Counter

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.language import function_words
from povcorpus.language.function_words import _INDEX, _WORD, FUNCTION_WORDS, MIN_WORDS, same_language

LANGUAGES = sorted(FUNCTION_WORDS)


def reference(text: str, lang: str) -> bool | None:
    """``same_language`` as first written: every word found by the regex, lowercased one by one."""
    if lang not in FUNCTION_WORDS:
        return None
    words = _WORD.findall(text)
    if len(words) < MIN_WORDS:
        return True
    hits: Counter[str] = Counter()
    for word, count in Counter(words).items():
        for code in _INDEX.get(word.lower(), ()):
            hits[code] += count
    if hits[lang] * 20 < len(words):
        return False
    return max(hits.values()) <= hits[lang]


def reference_counts(text: str) -> tuple[int, Counter[str]]:
    """The number of words and the count of each lowercased function word, by the plain regex."""
    words = [word.lower() for word in _WORD.findall(text)]
    return len(words), Counter(word for word in words if word in _INDEX)


# Characters where a shortcut could go wrong: both apostrophes, digits (ASCII and others),
# underscore, accents precomposed and combining, Cyrillic, Greek sigma (final form on lowering),
# Turkish dotted and dotless i (İ lowercases to two characters), the Kelvin sign (lowercases to
# ASCII "k"), non-ASCII spaces and punctuation, a lone surrogate, CJK.
AWKWARD = "aAzZ'’‘_09٣²½Ⅻéèàùü\u0301ÈÀÜßİıIiΣσςΑλ жЖЯя\u212a\u00a0\u2009\u3000—–“”«»,.;:-\ud800\t\n漢字"
WORDS = sorted({word for words in FUNCTION_WORDS.values() for word in words})
token = st.one_of(
    st.sampled_from(WORDS),
    st.sampled_from(WORDS).map(str.upper),
    st.sampled_from(WORDS).map(str.title),
    st.text(alphabet=AWKWARD, min_size=1, max_size=6),
)
texts = st.one_of(
    st.lists(token, max_size=30).map(" ".join),
    st.lists(token, max_size=30).map("".join),
    st.text(alphabet=AWKWARD, max_size=60),
    st.text(max_size=60),
)


@settings(max_examples=500, deadline=None)
@given(texts, st.sampled_from([*LANGUAGES, "zh", "und"]))
def test_same_language_matches_the_plain_regex_count(text: str, lang: str) -> None:
    """On any text and language the fast check answers exactly what the regex word count answers."""
    assert same_language(text, lang) == reference(text, lang)


@settings(max_examples=500, deadline=None)
@given(texts)
def test_word_counts_match_the_plain_regex_count(text: str) -> None:
    """The fast count finds as many words, and each function word as often, as the regex."""
    assert function_words._count_words(text) == reference_counts(text)


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("l'economia e la società di un paese", 7),
        ("the country’s poor and the rich: they don't agree", 9),
        ("İstanbul ve Ankara için bir rapor ve bu", 8),
        ("word_with_underscores 2024 x2y 3rd", 6),
        ("ΣΟΦΙΑΣ\u00a0и\u3000в, для — это", 5),
    ],
)
def test_word_counts_on_awkward_text(text: str, words: int) -> None:
    """Apostrophes join words, digits and underscores split them, non-ASCII spaces separate them."""
    total, _ = function_words._count_words(text)
    assert total == words == len(_WORD.findall(text))


def test_lowercasing_keeps_every_character_in_its_class() -> None:
    """Lowercasing the whole text is safe: no character changes word class, only İ changes length."""
    letter = re.compile(r"[^\W\d_]")
    expanding = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            expanding.append(char)
            continue
        assert bool(letter.match(char)) == bool(letter.match(lowered)), hex(code)
        assert (char in "'’") == (lowered in "'’"), hex(code)
    assert "İ" in expanding


def test_function_words_are_letters_only() -> None:
    """Every listed function word is one lowercase regex word of letters without a Greek sigma.

    A token of letters is then looked up whole, and lowercasing the whole text (where a sigma
    may take its other form than in its word alone) cannot change which function words are found.
    """
    for word in _INDEX:
        assert word.isalpha()
        assert word == word.lower()
        assert _WORD.fullmatch(word)
        assert not {"σ", "ς"} & set(word)


def test_unknown_language_asks_the_model() -> None:
    """A language without a list gives ``None``, whatever the text."""
    assert same_language("The report said that the country has made progress", "zh") is None


def test_italian_paragraph_is_not_english() -> None:
    """A paragraph whose function words are Italian is not taken for English, and is taken for Italian."""
    text = "Il rapporto ha detto che il paese ha fatto progressi nella lotta alla povertà"
    assert same_language(text, "en") is False
    assert same_language(text, "it") is True
