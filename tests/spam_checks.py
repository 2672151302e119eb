"""The check the spam tests share: a text cleaned by ``strip_spam`` is the expected one, and undoes."""

from __future__ import annotations

import pytest

from povcorpus import undo_edits
from povcorpus.boilerplate import strip_spam


def assert_cut(text: str, expected: str, *, needs_wordfreq: bool = True) -> None:
    """``strip_spam(text)`` gives ``expected`` and its edits undo to ``text``.

    Most rules tell names from words with the ``wordfreq`` extra; without it such tests skip.
    """
    if needs_wordfreq:
        pytest.importorskip("wordfreq")
    result = strip_spam(text)
    assert result.text == expected
    assert undo_edits(result.text, result.edits) == text
