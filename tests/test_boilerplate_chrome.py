"""Chrome lines: guards that keep running text, edge zones, paragraph structure, metadata merging."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.boilerplate import strip_boilerplate, strip_chrome
from povcorpus.edits import apply_edits, undo_edits
from povcorpus.model import Document, Metadata, Origin

BODY = " ".join(["The programme reached every county in the province."] * 3)


def _document(text: str, metadata: Metadata | None = None) -> Document:
    origin = Origin(path="t.txt", line_start=1, line_end=1, char_start=0, char_end=len(text))
    return Document(id="t", text=text, raw=text, origin=origin, metadata=metadata or Metadata())


def test_metadata_line_deep_in_body_is_kept() -> None:
    """A metadata-looking line far from the head and tail of a text is body, not chrome."""
    paragraphs = [BODY] * 10 + ["Source: Xinhua"] + [BODY] * 10
    text = "\n\n".join(paragraphs)
    assert strip_chrome(text).text == text


def test_line_inside_open_quotation_is_kept() -> None:
    """A line inside an open quotation stays, even when it looks like a source line."""
    text = "“We checked every figure.\nSource: Xinhua\nThat is what the clerk wrote.”"
    assert strip_chrome(text).text == text


def test_continuation_guards() -> None:
    """A line after a comma, or before a lower-case continuation, is part of a sentence and stays."""
    for text in (
        "The series was revised,\nUpdated: Nov 16, 2011\nAnd then published.",
        "The series was\nUpdated: Nov 16, 2011\nand then published.",
    ):
        assert strip_chrome(text).text == text


def test_first_value_wins_and_precision_kept() -> None:
    """The first date of a text wins; a date parse_date cannot read is kept as text, never dropped."""
    result = strip_chrome("Published: April 6, 2021\n\nBody.\n\nUpdated: 2022-01-01")
    assert result.metadata.date == dt.date(2021, 4, 6)
    assert len(result.edits) == 2
    month = strip_chrome("Updated: 6 Nisan 2021\n\nBody.")  # a Turkish month name: not in the table
    assert month.metadata.date is None
    assert month.metadata.extra["date_text"] == "6 Nisan 2021"


def test_strip_boilerplate_keeps_existing_metadata() -> None:
    """Existing metadata fields are not overwritten; removed lines are listed in extra['boilerplate']."""
    doc = _document("Editor: Wang Shiyang\n\nBody text.", Metadata(editor="Li Ming", extra={"k": 1}))
    cleaned = strip_boilerplate(doc)
    assert cleaned.text == "Body text."
    assert cleaned.metadata.editor == "Li Ming"
    assert cleaned.metadata.extra["k"] == 1
    assert cleaned.metadata.extra["boilerplate"] == [
        {"rule": "chrome.editor_line", "text": "Editor: Wang Shiyang"}
    ]


def test_credits_collected() -> None:
    """Reporter and photo credits go to extra['credits'] with the name found."""
    result = strip_chrome("Body text.\n\nReporter: Li Ming\nPhoto: Xinhua/Zhao Wei")
    assert result.text == "Body text."
    assert [c["name"] for c in result.metadata.extra["credits"]] == ["Li Ming", "Xinhua/Zhao Wei"]


def test_nothing_to_strip_returns_same_document() -> None:
    """A document without chrome comes back as the very same object."""
    doc = _document("Body text.\n\nMore body text.")
    assert strip_boilerplate(doc) is doc


_chunks = st.sampled_from(
    [
        "Body one.",
        "Body two,",
        "and more.",
        "Homepage >> News",
        "Source:",
        "Editor: Wang Shiyang",
        "Sky bet football",
        "Share | Print",
        "",
        " ",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_chunks, max_size=14), st.booleans())
def test_line_removal_structure(chunks: list[str], final_newline: bool) -> None:
    """Removal never lengthens the longest newline run, and the edits replay and undo exactly."""
    text = "\n".join(chunks) + ("\n" if final_newline else "")
    result = strip_chrome(text)
    assert apply_edits(text, result.edits) == result.text
    assert undo_edits(result.text, result.edits) == text

    def longest(value: str) -> int:
        return max((len(run) for run in re.findall(r"\n+", value)), default=0)

    assert longest(result.text) <= max(longest(text), 0)
    for edit in result.edits:
        assert edit.rule.split(".")[0] in {"chrome", "spam"}
