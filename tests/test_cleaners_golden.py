"""Golden damaged->expected pairs for every cleaner, and clean sentences that must come back unchanged."""

from __future__ import annotations

import importlib.util

import pytest

from golden import DATA, Case, read_golden, read_negative
from povcorpus.cleaners import DEFAULT_ORDER, CleanerChain, clean_text
from povcorpus.edits import apply_edits, undo_edits

HAVE_WORDFREQ = importlib.util.find_spec("wordfreq") is not None
CHAIN = CleanerChain.default()


GOLDEN = [case for path in sorted((DATA / "cleaners").glob("*.txt")) for case in read_golden(path)]
NEGATIVE = [
    (path.stem, sentence)
    for path in sorted((DATA / "negative").glob("*.txt"))
    for sentence in read_negative(path)
]


def test_golden_files_are_large_enough() -> None:
    """There are at least 150 damaged->expected pairs, covering every built-in cleaner."""
    assert len(GOLDEN) >= 150
    # spam: see the boilerplate tests
    assert {case.rule for case in GOLDEN} == set(DEFAULT_ORDER) - {"spam"}
    assert all(case.input != case.expected for case in GOLDEN)


def test_negative_files_are_large_enough() -> None:
    """There are at least 100 clean sentences, in at least seven languages."""
    assert len(NEGATIVE) >= 100
    assert {"en", "it", "fr", "de", "es", "zh", "fa"} <= {lang for lang, _ in NEGATIVE}


@pytest.mark.parametrize("case", GOLDEN, ids=[f"{case.rule}: {case.title}" for case in GOLDEN])
def test_golden_case(case: Case) -> None:
    """The cleaner alone repairs the damaged input into exactly the expected text, with replayable edits."""
    if "[wordfreq]" in case.title and not HAVE_WORDFREQ:
        pytest.skip("needs the optional wordfreq package")
    result = clean_text(case.input, lang=case.lang, cleaners=[case.rule], options=case.options)
    assert result.text == case.expected
    assert apply_edits(case.input, result.edits) == result.text
    assert undo_edits(result.text, result.edits) == case.input
    assert {edit.rule for edit in result.edits} == {case.rule}


@pytest.mark.parametrize(
    ("lang", "sentence"), NEGATIVE, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(NEGATIVE)]
)
def test_negative_sentence_is_untouched(lang: str, sentence: str) -> None:
    """A correct sentence comes back byte-identical from the default pipeline, with or without its lang."""
    for language in (lang, None):
        result = clean_text(sentence, lang=language, cleaners=CHAIN)
        assert result.text == sentence
        assert result.edits == ()


def test_negative_files_untouched_as_whole_documents() -> None:
    """Each negative file, cleaned as one multi-line document, comes back byte-identical."""
    for path in sorted((DATA / "negative").glob("*.txt")):
        text = "\n".join(read_negative(path)) + "\n"
        assert clean_text(text, lang=path.stem, cleaners=CHAIN).text == text, path.name
