"""Cleaning twice changes nothing more than cleaning once (issue 12 item 3), for the whole chain."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from povcorpus.cleaners import CleanerChain, clean_text
from povcorpus.samples import sample_path
from strategies import damaged_text

CHAIN = CleanerChain.default()
LANGS = st.sampled_from([None, "en", "it", "fr", "de", "nl", "zh", "fa"])
_LINES = [
    line
    for prefix in ("000", "001", "002", "003", "004")
    for line in sample_path(prefix).read_text(encoding="utf-8").split("\n")
    if len(line) > 20
]
_DAMAGE = (
    "，", "、", "。", ",", "-", "- ", "-\n", "’ ", "” ", "  ", "\u00a0", " ,", "'", "’", "五、",
    "（一）", "一是", "(guó)", ", ", "e'", "a’", "12. 8",
)  # fmt: skip


@st.composite
def damaged_fragment(draw: st.DrawFn) -> str:
    """A fragment of a sample line with damage of every kind inserted at random places."""
    line = draw(st.sampled_from(_LINES))
    start = draw(st.integers(0, max(0, len(line) - 20)))
    fragment = line[start : start + draw(st.integers(10, 160))]
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(fragment)))
        fragment = fragment[:at] + draw(st.sampled_from(_DAMAGE)) + fragment[at:]
    return fragment


def _assert_idempotent(text: str, lang: str | None) -> None:
    once = clean_text(text, lang=lang, cleaners=CHAIN)
    twice = clean_text(once.text, lang=lang, cleaners=CHAIN)
    assert twice.text == once.text
    assert twice.edits == ()


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(damaged_text, st.text(max_size=120)), lang=LANGS)
@example(text="AÂ\x80中:中A", lang=None)  # the script read before the mojibake repair was Latin, after it Han
@example(text="x \r \ny", lang=None)  # a space before a lone CR was no line end, so its run stayed one pass
@example(text="0 ,aa\xa0", lang=None)  # a comma moved onto a word before an odd space came back one pass late
def test_idempotent_on_arbitrary_text(text: str, lang: str | None) -> None:
    """Any string, cleaned twice, comes back as it was after the first cleaning."""
    _assert_idempotent(text, lang)


@settings(max_examples=500, deadline=None)
@given(text=damaged_fragment(), lang=LANGS)
@example(text="l，ie'”s Minis", lang="it")  # italian_accent's è left a ” between letters for the next run
@example(text="sky bet online sports， betting", lang=None)  # the spam rules read ， as the , it becomes
@example(text="x sky bet online sports，betting y", lang="en")  # and as the ", " it becomes before a letter
@example(text="五、D，，urante le", lang=None)  # 五 made a CJK clause, then became Latin
def test_idempotent_on_damaged_sample_fragments(text: str, lang: str | None) -> None:
    """Sample text with seeded damage of every kind, cleaned twice, is stable after one cleaning."""
    _assert_idempotent(text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("a,Review,the", None),
        ("a,Review,the", "en"),
        ("A\t\ufeff:", "en"),  # a tab with an odd space becomes one space: gone before the colon at once
        ("12. 8  五、Durante le", "zh"),  # a split decimal before two spaces: joined in the first pass
        ("中,  文", "zh"),  # a half-width comma before two spaces between Han: made full-width at once
        ("Dura-    nte le", None),  # a hyphen before four spaces: read as a line-break hyphen at once
        (":,A、A(", None),  # 、 becomes ", ": the code-like token A( ends there in the first pass too
        ("，\t！A", None),  # a mark after a stray one at the line head: repaired in the same pass
        ("China  's practice", "en"),
        ("Chin-a Ch-ina", "it"),
        ("riduzi-one", "it"),
        ('problem of ,"h', "en"),
        ("said ,'hope", None),
    ],
)
def test_idempotent_regressions(text: str, lang: str | None) -> None:
    """Strings that once needed a second cleaning are stable after the first."""
    _assert_idempotent(text, lang)
