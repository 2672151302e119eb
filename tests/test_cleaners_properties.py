"""Properties of every cleaner and of the default pipeline, checked with hypothesis."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.cleaners import (
    DEFAULT_ORDER,
    CleanContext,
    CleanerChain,
    clean_text,
    cleaner_registry,
    context_for,
)
from povcorpus.edits import apply_edits, undo_edits
from strategies import clean_prose, damaged_text

BUILT_IN = tuple(name for name in DEFAULT_ORDER if name != "spam")  # spam: boilerplate's
LANGS = st.sampled_from([None, "en", "it", "fr", "de", "zh", "fa"])
PIPELINE = CleanerChain.from_names(BUILT_IN)


@pytest.mark.parametrize("name", BUILT_IN)
@settings(max_examples=150, deadline=None)
@given(text=damaged_text, lang=LANGS)
def test_cleaner_never_raises_and_replays(name: str, text: str, lang: str | None) -> None:
    """Each built-in cleaner accepts any str and its edits replay and undo exactly."""
    cleaner = cleaner_registry.get(name)
    result = cleaner(text, CleanContext.for_text(text, lang))
    assert apply_edits(text, result.edits) == result.text
    assert undo_edits(result.text, result.edits) == text
    assert all(edit.rule == name for edit in result.edits)


@settings(max_examples=200, deadline=None)
@given(text=damaged_text, lang=LANGS)
def test_pipeline_replays_and_undoes(text: str, lang: str | None) -> None:
    """The edits of a whole pipeline run replay to the output and undo to the input."""
    result = PIPELINE(text, context_for(text, lang))
    assert apply_edits(text, result.edits) == result.text
    assert undo_edits(result.text, result.edits) == text


@settings(max_examples=200, deadline=None)
@given(text=damaged_text, lang=LANGS)
def test_pipeline_is_idempotent(text: str, lang: str | None) -> None:
    """Cleaning twice gives the same text as cleaning once, and the second pass changes nothing."""
    once = PIPELINE(text, context_for(text, lang))
    twice = PIPELINE(once.text, context_for(once.text, lang))
    assert twice.text == once.text
    assert twice.edits == ()


@settings(max_examples=100, deadline=None)
@given(text=st.text(max_size=200))
def test_default_clean_text_never_raises(text: str) -> None:
    """clean_text with the default pipeline accepts any str, surrogates and controls included."""
    result = clean_text(text)
    assert undo_edits(result.text, result.edits) == text


@settings(max_examples=200, deadline=None)
@given(text=clean_prose(), lang=st.sampled_from([None, "en"]))
def test_clean_prose_is_unchanged(text: str, lang: str | None) -> None:
    """Correct prose built from a word list comes back byte-identical with no edits."""
    result = PIPELINE(text, context_for(text, lang))
    assert result.text == text
    assert result.edits == ()


@pytest.mark.parametrize("text", ["Â（", "A\xadÂ\x80", "Â\u3000x", "x、Â"])
def test_idempotent_when_a_rewrite_creates_mojibake_context(text: str) -> None:
    """A rewrite that hands ftfy new mojibake ('Â（' made 'Â (', a soft hyphen cut) is repaired at once."""
    once = PIPELINE(text, context_for(text, None))
    twice = PIPELINE(once.text, context_for(once.text, None))
    assert twice.text == once.text
    assert twice.edits == ()
