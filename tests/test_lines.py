"""The shared line splitter: exact spans, the same lines as a plain reference, remembered per text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus import _lines
from povcorpus._lines import Line, split_lines

_FIELDS = ("index", "text", "start", "end", "line_start", "line_end", "stop")

# Lines made of what surrounds real lines: odd spaces, tabs, carriage returns, line separators.
_texts = st.text(
    alphabet=st.sampled_from(
        ["\n", "\n", " ", "\t", "\r", "\u3000", "\u00a0", "\u2028", "\x0b", "a", "五", "é"]
    ),
    max_size=40,
) | st.text(max_size=60)


def reference_lines(text: str, blank: bool) -> list[tuple[int | str, ...]]:
    """A plain re-statement of :func:`split_lines`: one line per ``\\n``-separated piece."""
    pieces = text.split("\n")
    if text.endswith("\n"):
        pieces.pop()
    if not text:
        pieces = []
    found: list[tuple[int | str, ...]] = []
    offset = 0
    for piece in pieces:
        stripped = piece.strip()
        line_end = offset + len(piece)
        stop = min(line_end + 1, len(text))
        start = text.index(stripped, offset) if stripped else offset
        if stripped or blank:
            found.append((len(found), stripped, start, start + len(stripped), offset, line_end, stop))
        offset = stop
    return found


@settings(max_examples=400, deadline=None)
@given(text=_texts, blank=st.booleans())
def test_split_lines_matches_reference(text: str, blank: bool) -> None:
    """Every line has the fields a straightforward split gives, blank lines kept or dropped."""
    lines = split_lines(text, blank=blank)
    assert [tuple(getattr(line, name) for name in _FIELDS) for line in lines] == reference_lines(text, blank)
    for line in lines:
        assert text[line.start : line.end] == line.text
        assert line.blank == (not line.text)


@settings(max_examples=200, deadline=None)
@given(text=_texts)
def test_non_blank_lines_taken_from_a_remembered_split_are_renumbered(text: str) -> None:
    """The non-blank lines derived from a remembered whole split are those a plain split gives."""
    _lines._recent.clear()
    whole = split_lines(text)
    derived = split_lines(text, blank=False)
    assert [tuple(line) for line in derived] == reference_lines(text, blank=False)
    assert len(whole) >= len(derived)


def test_the_same_text_is_split_once() -> None:
    """Two steps asking for the lines of the same text get the same tuple, not a second split."""
    text = "Title\n\n1. Aims\nBody text.\n"
    assert split_lines(text) is split_lines(text)
    assert split_lines(text, blank=False) is split_lines(text, blank=False)
    assert split_lines(text) != split_lines(text, blank=False)


def test_line_is_immutable_and_compares_by_value() -> None:
    """A line is a value: it cannot be changed, and equal fields make equal lines."""
    line = split_lines(" a \n", blank=False)[0]
    assert line == Line(0, "a", 1, 2, 0, 3, 4)
    assert hash(line) == hash(Line(0, "a", 1, 2, 0, 3, 4))
    with pytest.raises(AttributeError):
        line.text = "b"  # type: ignore[misc]
