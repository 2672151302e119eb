"""The corpus report: figures, edit highlighting on the final text, JSON and HTML output, CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import povcorpus
from povcorpus.cli import main
from povcorpus.edits import apply_edits, replace_spans
from povcorpus.model import Document, Edit, Origin
from povcorpus.report import Highlight, build_report, highlight_edits, render_html, write_report
from povcorpus.samples import sample_path


@pytest.fixture(scope="module")
def processed() -> list[Document]:
    """Samples 000, 002 and 004 run through the full pipeline."""
    return [
        povcorpus.process(doc)
        for prefix in ("000", "002", "004")
        for doc in povcorpus.load(sample_path(prefix))
    ]


def test_highlights_on_a_two_step_history() -> None:
    """A later step shifts earlier marks, merges with those it touches, and deletions leave a marker."""
    text = "aa bb cc dd"
    step1_text, step1 = replace_spans(text, [(3, 5, "BBBB"), (9, 11, "")], rule="one")
    assert step1_text == "aa BBBB cc "
    step2_text, step2 = replace_spans(step1_text, [(0, 2, "x"), (6, 8, "Z")], rule="two")
    assert step2_text == "x BBBZcc "
    edits = step1 + step2
    marks = highlight_edits(edits)
    # step1 is stored right to left: edits[0] is the deletion at 9, edits[1] the BBBB.
    assert marks == (
        Highlight(0, 1, (3,)),
        Highlight(2, 6, (1, 2)),
        Highlight(9, 9, (0,)),
    )
    assert step2_text[2:6] == "BBBZ"


def test_highlights_ignore_other_fields() -> None:
    """Title edits are not placed on the body text."""
    edits = (Edit(0, 1, "a", "b", "rule", field="title"), Edit(0, 1, "x", "y", "rule"))
    assert highlight_edits(edits) == (Highlight(0, 1, (1,)),)


@st.composite
def histories(draw: st.DrawFn) -> tuple[str, tuple[Edit, ...]]:
    """A text and a few steps of random non-overlapping replacements, made with replace_spans."""
    text = draw(st.text(alphabet="abcde ", min_size=0, max_size=30))
    edits: list[Edit] = []
    current = text
    for step in range(draw(st.integers(min_value=1, max_value=4))):
        cuts = sorted(draw(st.lists(st.integers(min_value=0, max_value=len(current)), max_size=6)))
        spans = []
        for start, end in zip(cuts[::2], cuts[1::2], strict=False):
            spans.append((start, end, draw(st.text(alphabet="XYZ", max_size=3))))
        current, made = replace_spans(current, spans, rule=f"step{step}")
        edits.extend(made)
    return text, tuple(edits)


@settings(max_examples=200, deadline=None)
@given(histories())
def test_highlights_cover_exactly_the_edited_characters(history: tuple[str, tuple[Edit, ...]]) -> None:
    """Every character an edit wrote lies in a mark naming that edit, and unmarked characters are original."""
    text, edits = history
    final = apply_edits(text, edits)
    # Brute force: replay on a list of (char, maker) where maker is None for original characters.
    chars: list[tuple[str, int | None]] = [(c, None) for c in text]
    for index, edit in enumerate(edits):
        chars[edit.start : edit.end] = [(c, index) for c in edit.after]
    assert "".join(c for c, _ in chars) == final
    marks = highlight_edits(edits)
    listed = [i for mark in marks for i in mark.edits]
    assert sorted(listed) == list(range(len(edits)))
    previous_end = 0
    for mark in marks:
        assert previous_end <= mark.start <= mark.end <= len(final)
        previous_end = mark.end
    covering = {}
    for mark in marks:
        for position in range(mark.start, mark.end):
            covering[position] = mark
    for position, (_, maker) in enumerate(chars):
        if maker is not None:
            assert maker in covering[position].edits


def test_report_figures_on_processed_samples(processed: list[Document]) -> None:
    """The report counts files, languages, edits, boilerplate and duplicate clusters of the samples."""
    report = build_report(processed)
    assert report.documents == 9 + 5 + 1
    assert dict(report.files) == {
        doc.origin.path: sum(d.origin.path == doc.origin.path for d in processed) for doc in processed
    }
    assert dict(report.languages)["it"] == 9
    rules = dict(report.edits_per_rule)
    assert sum(rules.values()) == sum(len(doc.edits) for doc in processed)
    boilerplate = {rule: count for rule, count, _ in report.boilerplate}
    assert boilerplate["spam.bookmaker_phrase"] == 6
    assert all(rule.split(".")[0] in {"chrome", "spam"} for rule in boilerplate)
    paragraph_clusters = [c for c in report.clusters if c.level == "paragraph"]
    assert len(paragraph_clusters) >= 4
    assert not [c for c in report.clusters if c.level == "document"]
    for view in report.views:
        assert view.consistent
        text_edits = [i for i, e in enumerate(view.edits) if e.field == "text"]
        assert sorted(i for h in view.highlights for i in h.edits) == text_edits
    data = report.to_dict()
    assert json.loads(json.dumps(data)) == data
    assert "documents: 15 in 3 file(s)" in report.summary()


def test_html_is_self_contained_and_marks_every_highlight(processed: list[Document], tmp_path: Path) -> None:
    """The page fetches nothing, has one SVG per chart and one <mark> per highlight, edit on hover."""
    report = build_report(processed)
    json_path, html_path = write_report(report, tmp_path / "out")
    page = html_path.read_text(encoding="utf-8")
    assert json.loads(json_path.read_text(encoding="utf-8"))["documents"] == 15
    assert "default-src 'none'" in page
    assert not re.search(r"""\b(src|href)=(?!["']?#)""", page)
    assert "<script" not in page
    assert page.count("<svg") == 7
    assert page.count("<mark") == sum(len(view.highlights) for view in report.views)
    assert 'title="spam.bookmaker_phrase: &#x27;Sky bet online sports betting APP download ' in page
    assert render_html(report) == page


def test_html_escapes_document_text() -> None:
    """Markup in a document's text is shown as text, never interpreted."""
    text = "<script>alert(1)</script> & more"
    doc = Document(id="x", text=text, raw=text, origin=Origin("x.txt", 1, 1, 0, len(text)))
    page = render_html(build_report([doc]))
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; &amp; more" in page


def test_cli_report_and_duplicates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`povcorpus report` writes both files and prints a summary; `duplicates` prints clusters and JSON."""
    path = str(sample_path("002"))
    assert main(["report", path, "-o", str(tmp_path), "--no-pipeline"]) == 0
    out = capsys.readouterr().out
    assert "documents: 5 in 1 file(s)" in out
    assert (tmp_path / "report.html").is_file()
    assert (tmp_path / "report.json").is_file()
    assert main(["duplicates", path, "--level", "paragraph"]) == 0
    out = capsys.readouterr().out
    assert "4 cluster(s); 5 of " in out
    assert main(["duplicates", path, "--level", "paragraph", "--threshold", "0.45", "--json"]) == 0
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len({line["cluster"] for line in lines}) == 7
    assert main(["duplicates", path, "--threshold", "2"]) == 2
