"""Host text that a spam cut must leave: prepositions, years and words the injection stands next to."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam
from povcorpus.edits import undo_edits


def _cut(text: str, expected: str) -> None:
    result = strip_spam(text)
    assert result.text == expected
    assert undo_edits(result.text, result.edits) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("救灾物资由斗牛官方下载县里统一调配。", "救灾物资由县里统一调配。"),
        ("救灾物资由龙虎APP下载-聚宝盆棋牌官网乡政府统一发放。", "救灾物资由乡政府统一发放。"),
    ],
)
def test_preposition_before_a_product_stays(text: str, expected: str) -> None:
    """由 (by) before a gambling product is the host's preposition, never a one-character name."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


def test_name_after_a_preposition_still_goes() -> None:
    """A made-up name between 由 and its product goes with the phrase; 由 alone stays."""
    pytest.importorskip("wordfreq")
    _cut("救灾物资由鑫鼎斗牛官方下载县里统一调配。", "救灾物资由县里统一调配。")
