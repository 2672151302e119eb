"""The inline ``spam`` cleaner: what it cuts, how it mends, and what it never touches."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import povcorpus.boilerplate
from povcorpus.boilerplate import RuleSet, strip_spam
from povcorpus.cleaners.base import CleanContext, cleaner_registry
from povcorpus.edits import apply_edits, undo_edits

SPAM = "sky bet online sports betting"


def test_spam_cleaner_registered() -> None:
    """Importing povcorpus.boilerplate registers the 'spam' cleaner the pipeline asks for."""
    assert povcorpus.boilerplate.spam is cleaner_registry.get("spam")
    assert cleaner_registry.get("spam").name == "spam"


def test_cleaner_cuts_and_names_rule() -> None:
    """The cleaner cuts the phrase and each edit carries '<pack>.<rule>'."""
    result = cleaner_registry.get("spam")(
        "It continues sky bet online sports betting to grow.", CleanContext()
    )
    assert result.text == "It continues to grow."
    assert [edit.rule for edit in result.edits] == ["spam.bookmaker_phrase"]
    assert result.edits[0].before == "sky bet online sports betting "


def test_cleaner_options_disable_and_field() -> None:
    """'spam.disable' turns rules off by name and ctx.field is copied into the edits."""
    text = "It continues sky bet online sports betting to grow."
    off = CleanContext(options={"spam.disable": ["bookmaker_phrase", "gambling_run"]})
    assert cleaner_registry.get("spam")(text, off).text == text
    titled = cleaner_registry.get("spam")(text, CleanContext(field="title"))
    assert {edit.field for edit in titled.edits} == {"title"}


def test_cleaner_option_extra_pack() -> None:
    """'spam.packs' adds a user pack whose inline rule then runs."""
    pack = {
        "pack": {"name": "mine"},
        "rules": [{"name": "promo", "kind": "inline", "pattern": r"\bbuy cheap pills now\b"}],
    }
    ctx = CleanContext(options={"spam.packs": [pack]})
    result = cleaner_registry.get("spam")("Growth buy cheap pills now was steady.", ctx)
    assert result.text == "Growth was steady."
    assert result.edits[0].rule == "mine.promo"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Make Sky bet online sports betting APP download it clear.", "Make it clear."),
        ("Growth, sky bet online sports betting, and jobs.", "Growth, and jobs."),
        ("Jobs grew sky bet online sports betting.", "Jobs grew."),
        ("sky bet online sports betting Jobs grew.", "Jobs grew."),
        ("Jobs (sky bet casino) grew.", "Jobs grew."),
        ("增长，博彩下载APP，持续", "增长，持续"),
        ("A sky bet casino B bet365 poker C.", "A B C."),
    ],
)
def test_mending(text: str, expected: str) -> None:
    """The sentence closes up with one space and no doubled punctuation."""
    assert strip_spam(text).text == expected


def test_line_of_only_spam_goes_with_its_break() -> None:
    """A line left with nothing but spam goes with its line break; paragraphs stay."""
    assert strip_spam(f"First.\n\n{SPAM}\n\nSecond.").text == "First.\n\nSecond."


def test_empty_rules_change_nothing() -> None:
    """With no rules at all the cleaner is the identity."""
    assert strip_spam(f"It continues {SPAM} to grow.", RuleSet([])).text == f"It continues {SPAM} to grow."


_words = st.sampled_from(
    [
        "bet",
        "best",
        "alphabet",
        "sky",
        "online",
        "sports",
        "betting",
        "casino",
        "lottery",
        "app",
        "download",
        "the",
        "farmers",
        "博彩",
        "下载",
        "增长",
        "，",
        "。",
        ",",
        ".",
        "(",
        ")",
        "\n",
        "\n\n",
        " ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_words, max_size=30).map(" ".join))
def test_edits_replay_and_undo(text: str) -> None:
    """For any text, the edits replay to the output and undo to the input."""
    result = strip_spam(text)
    assert apply_edits(text, result.edits) == result.text
    assert undo_edits(result.text, result.edits) == text


_honest = st.lists(
    st.sampled_from(
        ["the", "best", "bet", "alphabet", "farmers", "grow", "blue", "incomes", "rural", "lottery"]
    ),
    min_size=2,
    max_size=12,
)
_phrases = st.sampled_from(
    [SPAM, "Sky bet online sports betting APP download", "bet365 casino", "William Hill sports betting"]
)


@settings(max_examples=200, deadline=None)
@given(_honest, _phrases, st.integers(min_value=1))
def test_inserted_phrase_cut_back_to_original(words: list[str], phrase: str, where: int) -> None:
    """A spam phrase inserted between two words of an honest sentence is cut to give the sentence back.

    A gambling word of the sentence right after the phrase ("… betting lottery")
    reads as part of the run and may go with it: that one case only checks
    that the phrase went.
    """
    position = 1 + where % (len(words) - 1)
    original = " ".join(words) + "."
    spammed = " ".join([*words[:position], phrase, *words[position:]]) + "."
    assert strip_spam(original).text == original
    if words[position] in ("bet", "lottery"):
        assert phrase.lower() not in strip_spam(spammed).text.lower()
    else:
        assert strip_spam(spammed).text == original


@settings(max_examples=200, deadline=None)
@given(st.lists(_words, max_size=30).map(" ".join))
@example("sky sky bet download bet bet")  # the first cut leaves "sky bet bet", a phrase again
@example("The village sky sky bet download bet bet built a school.")
def test_idempotent(text: str) -> None:
    """Cleaning twice gives what cleaning once gave."""
    once = strip_spam(text).text
    assert strip_spam(once).text == once
