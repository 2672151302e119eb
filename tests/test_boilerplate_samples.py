"""Boilerplate stripping on the bundled samples: every spam phrase and chrome line goes, nothing else."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

from povcorpus.boilerplate import strip_boilerplate, strip_chrome, strip_spam
from povcorpus.edits import apply_edits, undo_edits
from povcorpus.model import Document, Origin

# Lines of 004 that are page chrome, copied by hand from the file.
CHROME_004 = [
    "Homepage >> Recommended news",
    "Sky bet football",
    "Release time: 2021-04-06 \xa0\xa0Source: Xinhua News Agency",
    "。The full text is as follows:",
    "Editor: Wang Shiyang",
]
# The six inline insertions of 004, as the issue lists them.
INLINE_004 = [
    "Sky bet online sports betting APP download",
    "Sky bet online sports betting APP download",
    "sky bet online sports betting",
    "sky bet online sports betting",
    "sky bet online sports betting",
    "sky bet online sports betting",
]
_WORD = re.compile(r"\w+")


def _words(text: str) -> Counter[str]:
    return Counter(_WORD.findall(text))


def _document(text: str, name: str) -> Document:
    origin = Origin(path=name, line_start=1, line_end=text.count("\n") + 1, char_start=0, char_end=len(text))
    return Document(id=name, text=text, raw=text, origin=origin)


def test_004_chrome_lines_are_really_in_the_sample(sample_text: dict[str, str]) -> None:
    """The hand-copied chrome lines are whole lines of 004, so the other tests check real text."""
    lines = sample_text["004"].splitlines()
    for chrome in CHROME_004:
        assert chrome in lines


def test_004_all_sky_bet_gone_and_no_other_word_lost(sample_text: dict[str, str]) -> None:
    """All seven "Sky bet" occurrences and the chrome lines go; every other word of the body stays."""
    raw = sample_text["004"]
    assert raw.lower().count("sky bet") == 7
    doc = strip_boilerplate(_document(raw, "004.txt"))
    assert "sky bet" not in doc.text.lower()
    expected = _words(raw)
    for removed in [*CHROME_004, *INLINE_004]:
        expected -= _words(removed)
    assert _words(doc.text) == expected
    for chrome in CHROME_004:
        assert chrome not in doc.text


def test_004_sentences_mended(sample_text: dict[str, str]) -> None:
    """The issue's examples close up with exactly one space."""
    text = strip_spam(sample_text["004"]).text
    for mended in (
        "Make it clear that",
        "Sustained and steady growth",
        "continues to grow。",
        "recruit more than 700,000",
        "Created a large number of jobs",
        "exchanging experiences",
    ):
        assert mended in text
    assert text.count("  ") == sample_text["004"].count("  ")


def test_004_metadata_read(sample_text: dict[str, str]) -> None:
    """Date, source and editor of 004 go into Document.metadata, with the date's precision."""
    doc = strip_boilerplate(_document(sample_text["004"], "004.txt"))
    assert doc.metadata.date == dt.date(2021, 4, 6)
    assert doc.metadata.extra["date_precision"] == "day"
    assert doc.metadata.source == "Xinhua News Agency"
    assert doc.metadata.editor == "Wang Shiyang"
    removed_rules = [item["rule"] for item in doc.metadata.extra["boilerplate"]]
    assert removed_rules.count("spam.bookmaker_phrase") == 6
    assert "chrome.breadcrumb" in removed_rules


def test_004_edits_replay_and_undo(sample_text: dict[str, str]) -> None:
    """Replaying the edits on raw gives the text; undoing them gives raw back; raw never changes."""
    raw = sample_text["004"]
    doc = strip_boilerplate(_document(raw, "004.txt"))
    assert doc.raw == raw
    assert apply_edits(raw, doc.edits) == doc.text
    assert undo_edits(doc.text, doc.edits) == raw
    assert {edit.rule.split(".")[0] for edit in doc.edits} == {"chrome", "spam"}


def test_004_footnote_source_inside_paragraph_kept(sample_text: dict[str, str]) -> None:
    """The 'Source: Volume 3 …' inside footnote ③ is part of a paragraph and stays."""
    text = strip_chrome(sample_text["004"]).text
    assert 'Source: Volume 3 of "Selected Works of Deng Xiaoping"' in text


def test_004_no_newline_run_created(sample_text: dict[str, str]) -> None:
    """Removing lines never makes a run of three or more newlines that was not there."""
    raw = sample_text["004"]
    text = strip_chrome(raw).text
    assert text.startswith("China’s practice of human poverty reduction\n\n(April 2021)")
    assert text.count("\n\n\n") <= raw.count("\n\n\n")
    assert text.endswith("Incentive provided”。")


def test_003_updated_line(sample_text: dict[str, str]) -> None:
    """003's 'Updated: Nov 16, 2011' leaves the body and becomes the document date; nothing else goes."""
    raw = sample_text["003"]
    result = strip_chrome(raw)
    assert result.metadata.date == dt.date(2011, 11, 16)
    assert "Updated:" not in result.text
    assert "Rural China\n\nIII. Special Poverty Reduction Programs\n" in result.text
    assert len(result.edits) == 1
    assert _words(result.text) == _words(raw) - _words("Updated: Nov 16, 2011")


def test_002_empty_source_lines(sample_text: dict[str, str]) -> None:
    """The empty 'Source:' lines of 002 go and every other line stays, in order."""
    raw = sample_text["002"]
    text = strip_chrome(raw).text
    kept = [line for line in raw.splitlines() if line.strip() != "Source:"]
    assert text.splitlines() == kept


def test_italian_samples_untouched(sample_text: dict[str, str]) -> None:
    """The Italian samples carry no chrome and come back identical."""
    for prefix in ("000", "001"):
        doc = _document(sample_text[prefix], prefix)
        assert strip_boilerplate(doc) is doc
