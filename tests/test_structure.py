"""Document structure on the real samples: outline, contents, footnotes, tables, header metadata."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from povcorpus.edits import undo_edits
from povcorpus.model import Document, Metadata, Origin, Section
from povcorpus.structure import extract_structure, format_outline, parse_sections
from povcorpus.structure.toc import heading_line

# What the boilerplate step removes before structure runs (each line with the blank lines after it).
CHROME_004 = re.compile(
    r"^(?:Homepage >> Recommended news|Sky bet football|Release time: .*|。The full text is as follows:)\n+",
    re.MULTILINE,
)
CHROME_003 = re.compile(r"^Updated: .*\n+", re.MULTILINE)


def make_doc(text: str, **fields: object) -> Document:
    """A document over ``text`` as a loader would make it."""
    origin = Origin(
        path="doc.txt", line_start=1, line_end=text.count("\n") + 1, char_start=0, char_end=len(text)
    )
    return Document(id="doc", text=text, raw=text, origin=origin, **fields)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def text_004(sample_text: dict[str, str]) -> str:
    """Sample 004 with its chrome lines removed, as the boilerplate step leaves it."""
    return CHROME_004.sub("", sample_text["004"])


@pytest.fixture(scope="module")
def doc_004(text_004: str) -> Document:
    """Sample 004 after ``extract_structure``."""
    return extract_structure(make_doc(text_004))


@pytest.fixture(scope="module")
def doc_003(sample_text: dict[str, str]) -> Document:
    """Sample 003 without its ``Updated:`` line, after ``extract_structure``."""
    return extract_structure(make_doc(CHROME_003.sub("", sample_text["003"])))


def _top(sections: tuple[Section, ...]) -> list[tuple[str, str]]:
    return [(s.label, s.heading) for s in sections if s.level > 0]


# --- 004: outline, contents, footnotes, header --------------------------------------------


def test_004_top_level_sections_in_order(doc_004: Document) -> None:
    """004 has Preface, 1, 2, 3, 4, 五, Conclusion and Appendix at the top level, and nothing before them."""
    labels = [s.label or s.heading.split(":")[0] for s in doc_004.sections]
    assert labels == ["Preface", "1", "2", "3", "4", "五", "Conclusion", "Appendix"]
    assert all(s.level == 1 for s in doc_004.sections)
    assert doc_004.sections[5].heading.startswith("Work together to build a community")


def test_004_subsections_nest_under_their_chapters(doc_004: Document) -> None:
    """004 has 3, 5, 5, 6 and 3 subsections (1)… under 1, 2, 3, 4 and 五, at level 2."""
    counts = [len(s.children) for s in doc_004.sections]
    assert counts == [0, 3, 5, 5, 6, 3, 0, 0]
    for section in doc_004.sections:
        assert [c.label for c in section.children] == [f"({n})" for n in range(1, len(section.children) + 1)]
        assert all(c.level == 2 and not c.children for c in section.children)


def test_004_long_run_on_heading_is_a_heading(doc_004: Document) -> None:
    """``(1) Accurate identification、Create a file…`` under 3 is a heading, not a paragraph."""
    first = doc_004.sections[3].children[0]
    assert first.heading.startswith("Accurate identification、Create a file and create a card")
    assert first.paragraphs[0].text.startswith("Poverty alleviation must first recognize poverty")


def test_004_date_line_is_not_a_heading(doc_004: Document) -> None:
    """`` October 1, 1949,The People's Republic…`` stays a paragraph of section 1 (1)."""
    section = doc_004.sections[1].children[0]
    assert any(p.text.startswith("October 1, 1949,The People's Republic") for p in section.paragraphs)


def test_004_toc_matches_every_section(doc_004: Document) -> None:
    """The Directory block becomes doc.toc, each entry matched in order to the section it names."""
    outline = [s for s in doc_004.all_sections() if s.level > 0]
    assert len(doc_004.toc) == len(outline) == 30
    for entry, section in zip(doc_004.toc, outline, strict=True):
        assert entry.label == section.label
        assert entry.level == section.level
        assert entry.section == heading_line(doc_004.text, section)
    assert doc_004.metadata.extra["toc_unmatched"] == []


def test_004_toc_tolerates_wording_and_case(doc_004: Document) -> None:
    """TOC entries worded or cased differently from the body still match their section."""
    by_heading = {entry.heading: entry.section for entry in doc_004.toc}
    appendix = by_heading["Appendix: Changes and adjustments to China’s poverty alleviation standards"]
    assert appendix == "Appendix: Changes and Adjustments in China’s Poverty Alleviation Standards"
    reform = next(e for e in doc_004.toc if e.heading.startswith("Reform and opening up"))
    assert reform.heading.endswith("is advancing rapidly")
    assert reform.section is not None
    assert reform.section.endswith("is accelerating")


def test_004_toc_leaves_no_empty_sections(doc_004: Document) -> None:
    """Once the contents are removed, no section is empty and the body starts at the Preface."""
    assert doc_004.text.startswith("Preface\n")
    assert "Directory" not in doc_004.text
    assert all(s.paragraphs or s.children for s in doc_004.all_sections())


def test_004_footnotes(doc_004: Document) -> None:
    """The ten notes ①…⑩ at the end become doc.footnotes and leave the body; body markers resolve."""
    assert [note.marker for note in doc_004.footnotes] == list("①②③④⑤⑥⑦⑧⑨⑩")
    note = doc_004.footnote("③")
    assert note is not None
    assert note.startswith("1988,Comrade Deng Xiaoping clearly stated")
    assert (
        doc_004.footnote(
            "⑩",
        )
        is not None
    )
    assert "strategic concept of “two overall situations”③" in doc_004.text
    paragraphs = [p.text for s in doc_004.all_sections() for p in s.paragraphs]
    assert not any(p[0] in "①②③④⑤⑥⑦⑧⑨⑩" for p in paragraphs)


def test_004_marker_without_note_is_reported(doc_004: Document) -> None:
    """⑪ occurs in the body of 五 (1) but has no note: it is reported, not invented."""
    assert "⑪" in doc_004.text
    assert doc_004.footnote("⑪") is None
    assert doc_004.metadata.extra["footnotes_unresolved"] == ["⑪"]


def test_004_trailing_paragraph_after_notes_stays_in_body(doc_004: Document) -> None:
    """The unnumbered paragraph after note ⑩ is not glued to the note; it stays in the Appendix."""
    appendix = doc_004.sections[-1]
    assert appendix.paragraphs[-2].text.startswith("China announces the elimination of absolute poverty")
    assert appendix.paragraphs[-1].text == "Editor: Wang Shiyang"
    assert "China announces" not in (doc_004.footnote("⑩") or "")


def test_004_header_metadata(doc_004: Document) -> None:
    """Title, month-precise date and issuer lines are read from the header and removed from the body."""
    assert doc_004.title == "China’s practice of human poverty reduction"
    assert doc_004.metadata.date == dt.date(2021, 4, 1)
    assert doc_004.metadata.extra["date_precision"] == "month"
    assert doc_004.metadata.extra["issuer"] == [
        "People's Republic of China",
        "State Council Information Office",
    ]
    for line in (
        "China’s practice of human poverty reduction\n",
        "(April 2021)",
        "State Council Information",
    ):
        assert line not in doc_004.text


def test_004_edits_undo_to_the_input(doc_004: Document, text_004: str) -> None:
    """Every removal is an edit with a structure.* rule; undoing them gives the input text back."""
    assert undo_edits(doc_004.text, doc_004.edits) == text_004
    assert doc_004.raw == text_004
    rules = {edit.rule for edit in doc_004.edits}
    assert rules == {
        "structure.title",
        "structure.date",
        "structure.issuer",
        "structure.toc",
        "structure.footnotes",
    }


def test_004_removal_keeps_paragraph_breaks(doc_004: Document) -> None:
    """Removing lines leaves single blank lines between paragraphs, never a pile of them."""
    body = doc_004.text.split("\n\n\nEditor:")[0]
    assert "\n\n\n" not in body


def test_sections_are_the_parse_of_the_new_text(doc_004: Document, doc_003: Document) -> None:
    """doc.sections equals parse_sections(doc.text), so cleaning can rebuild the outline."""
    assert doc_004.sections == parse_sections(doc_004.text)
    assert doc_003.sections == parse_sections(doc_003.text)


def test_extract_structure_is_idempotent(doc_004: Document) -> None:
    """Running extract_structure on its own output changes nothing."""
    assert extract_structure(doc_004) == doc_004


# --- 003: Roman numerals, named headings, tables -------------------------------------------


def test_003_sections(doc_003: Document) -> None:
    """003 has III, IV, V, VI and Concluding Remarks at the top level and its title found."""
    assert _top(doc_003.sections) == [
        ("III", "Special Poverty Reduction Programs"),
        ("IV", "Poverty Reduction by Industries"),
        ("V", "Social Involvement in Poverty Reduction"),
        ("VI", "International Cooperation"),
        ("", "Concluding Remarks"),
    ]
    assert doc_003.title == "New Progress in Development-oriented Poverty Reduction Program for Rural China"


def test_003_run_in_topics_stay_paragraphs(doc_003: Document) -> None:
    """Unnumbered run-in topics such as ``Implementing work relief. The work-relief…`` are paragraphs."""
    texts = [p.text for p in doc_003.sections[0].paragraphs]
    assert any(t.startswith("Implementing work relief. The work-relief policy") for t in texts)
    assert len(doc_003.sections[0].paragraphs) == 10


def test_003_table_placeholders(doc_003: Document) -> None:
    """The four ``(Table n. …)`` lines are Tables of section V, with label and caption, not paragraphs."""
    section_v = doc_003.sections[2]
    assert [t.label for t in section_v.tables] == ["1", "2", "3", "4"]
    assert section_v.tables[1].caption == "East-west aid pair-ups in 2001-2010"
    assert section_v.tables[0].caption.startswith("Central committees of the non-Communist parties")
    for table in section_v.tables:
        assert doc_003.text[table.start : table.end].startswith(f"(Table {table.label}.")
    paragraphs = [p.text for s in doc_003.all_sections() for p in s.paragraphs]
    assert not any(p.startswith("(Table") for p in paragraphs)


def test_003_raw_keeps_credit_line_as_text(sample_text: dict[str, str]) -> None:
    """On raw 003 the ``Updated:`` line is neither title nor heading: it stays a level-0 paragraph."""
    doc = extract_structure(make_doc(sample_text["003"]))
    assert doc.title == "New Progress in Development-oriented Poverty Reduction Program for Rural China"
    assert doc.sections[0].level == 0
    assert [p.text for p in doc.sections[0].paragraphs] == ["Updated: Nov 16, 2011"]
    assert [s.label for s in doc.sections[1:]] == ["III", "IV", "V", "VI", ""]


# --- raw 004, still with its chrome ----------------------------------------------------------


def test_raw_004_parses_sensibly(sample_text: dict[str, str]) -> None:
    """On raw 004, chrome stays before the first heading and the Directory is one section."""
    sections = parse_sections(sample_text["004"])
    assert sections[0].level == 0
    assert sections[0].paragraphs[0].text == "Homepage >> Recommended news"
    assert any(p.text.startswith("Release time:") for p in sections[0].paragraphs)
    assert (sections[1].heading, len(sections[1].paragraphs), sections[1].children) == ("Directory", 30, ())
    labels = [s.label or s.heading.split(":")[0] for s in sections[2:]]
    assert labels == ["Preface", "1", "2", "3", "4", "五", "Conclusion", "Appendix"]


def test_raw_004_extract_finds_title_under_chrome(sample_text: dict[str, str]) -> None:
    """On raw 004 the title is the line above the date line, not the first chrome line."""
    doc = extract_structure(make_doc(sample_text["004"]))
    assert doc.title == "China’s practice of human poverty reduction"
    assert doc.metadata.extra["issuer"] == ["People's Republic of China", "State Council Information Office"]
    assert len(doc.toc) == 30
    assert len(doc.footnotes) == 10
    assert doc.text.startswith("Homepage >> Recommended news")
    assert undo_edits(doc.text, doc.edits) == sample_text["004"]


# --- other documents -----------------------------------------------------------------------


def test_loader_title_is_kept(sample_text: dict[str, str]) -> None:
    """A title set by the loader is kept; a body without headings is one level-0 section."""
    body = "First paragraph of a news story, long enough to be a paragraph.\nSecond paragraph.\n"
    doc = extract_structure(make_doc(body, title="A headline"))
    assert doc.title == "A headline"
    assert doc.text == body
    assert [(s.level, len(s.paragraphs)) for s in doc.sections] == [(0, 2)]


def test_headline_line_is_removed_when_loader_left_it() -> None:
    """When the loader's title is still the first line of the body, it is removed as structure.title."""
    doc = extract_structure(make_doc("A headline\nThe story starts here.\n", title="A headline"))
    assert doc.text == "The story starts here.\n"
    assert [e.rule for e in doc.edits] == ["structure.title"]


def test_italian_summaries_have_no_title(sample_text: dict[str, str]) -> None:
    """000 (one Italian summary per line) has no title and no headings: one level-0 section."""
    doc = extract_structure(make_doc(sample_text["000"]))
    assert doc.title is None
    assert doc.edits == ()
    assert [(s.level, len(s.paragraphs)) for s in doc.sections] == [(0, 9)]


def test_precise_date_is_not_overwritten() -> None:
    """A day-precise date already known wins over a month-only date line."""
    text = "A White Paper\n\n(April 2021)\n\nPreface\n\nText.\n"
    known = Metadata(date=dt.date(2021, 4, 6))
    doc = extract_structure(make_doc(text, metadata=known))
    assert doc.metadata.date == dt.date(2021, 4, 6)
    assert "date_precision" not in doc.metadata.extra
    assert "(April 2021)" not in doc.text


def test_year_date_is_refined_by_month_line() -> None:
    """A year-only date is replaced by the month of the date line."""
    text = "A White Paper\n\n(April 2021)\n\nPreface\n\nText.\n"
    known = Metadata(date=dt.date(2021, 1, 1), extra={"date_precision": "year"})
    doc = extract_structure(make_doc(text, metadata=known))
    assert (doc.metadata.date, doc.metadata.extra["date_precision"]) == (dt.date(2021, 4, 1), "month")


def test_byline_is_not_an_issuer() -> None:
    """Short title-case lines under a title are issuers only when a heading or contents follow."""
    text = "Villages Get Roads\n\nBy John Smith\n\nThe county finished 40 km of roads this year, they said.\n"
    doc = extract_structure(make_doc(text))
    assert doc.title == "Villages Get Roads"
    assert "issuer" not in doc.metadata.extra
    assert doc.text.startswith("By John Smith")


def test_toc_with_page_numbers_and_an_unmatched_entry() -> None:
    """Dot leaders and page numbers are dropped from entries; an entry with no section is reported."""
    text = (
        "Contents\n\nIntroduction ........ 1\n\n1. Roads .... 3\n\n2. Schools 7\n\n3. Hospitals 9\n\n"
        "Introduction\n\nWhy.\n\n1. Roads\n\nBuilt.\n\n2. Schools and Teachers\n\nOpened.\n"
    )
    doc = extract_structure(make_doc(text))
    assert [(e.label, e.heading) for e in doc.toc] == [
        ("", "Introduction"),
        ("1", "Roads"),
        ("2", "Schools"),
        ("3", "Hospitals"),
    ]
    assert [e.section for e in doc.toc] == ["Introduction", "1. Roads", "2. Schools and Teachers", None]
    assert doc.metadata.extra["toc_unmatched"] == ["3 Hospitals"]
    assert doc.text.startswith("Introduction\n\nWhy.")


def test_bracketed_footnotes_with_continuation() -> None:
    """``[1]``-style notes are found; a line between two notes continues the first."""
    text = "1. Roads\n\nRoads were built[1] and paid[2].\n\n[1] Ministry data.\n\nSee annex.\n\n[2] Budget.\n"
    doc = extract_structure(make_doc(text))
    assert [(n.marker, n.text) for n in doc.footnotes] == [
        ("[1]", "Ministry data.\nSee annex."),
        ("[2]", "Budget."),
    ]
    assert doc.text == "1. Roads\n\nRoads were built[1] and paid[2].\n"


def test_superscript_footnotes_at_the_end_without_a_heading() -> None:
    """``¹ …``, ``² …`` closing the text are notes when the body cites them, not without a reference."""
    text = "1. Roads\n\nRoads were built¹ and paid².\n\n¹ Ministry data.\n² Budget law.\n"
    doc = extract_structure(make_doc(text))
    assert [(n.marker, n.text) for n in doc.footnotes] == [("¹", "Ministry data."), ("²", "Budget law.")]
    assert doc.text == "1. Roads\n\nRoads were built¹ and paid².\n"
    uncited = "1. Roads\n\nRoads were built.\n\n¹ Ministry data.\n² Budget law.\n"
    assert extract_structure(make_doc(uncited)).footnotes == ()


def test_closing_list_without_references_is_not_footnotes() -> None:
    """A closing ``①…②…`` list with no markers earlier in the text stays in the body."""
    text = "1. Goals\n\nWe aim at two things.\n\n① More roads.\n\n② More schools.\n"
    doc = extract_structure(make_doc(text))
    assert doc.footnotes == ()
    assert doc.text == text


def test_format_outline_004(doc_004: Document) -> None:
    """The outline shows the title, labels, levels, paragraph counts, contents and footnotes."""
    outline = format_outline(doc_004).splitlines()
    assert outline[0] == "title: China’s practice of human poverty reduction"
    assert outline[1] == "date: 2021-04-01 (month)"
    assert outline[2] == "Preface  [level 1, 6 paragraphs]"
    assert "  (1) Adhere to the people-centered approach  [level 2, 2 paragraphs]" in outline
    assert "Conclusion  [level 1, 6 paragraphs]" in outline
    assert any(
        line.startswith("五 Work together") and line.endswith("[level 1, 1 paragraph]") for line in outline
    )
    assert outline[-2:] == ["contents: 30 entries, 0 unmatched", "footnotes: ① ② ③ ④ ⑤ ⑥ ⑦ ⑧ ⑨ ⑩"]


def test_format_outline_tables_and_level_zero(sample_text: dict[str, str]) -> None:
    """Tables are counted and text before the first heading is shown as its own line."""
    doc = extract_structure(make_doc(sample_text["003"]))
    outline = format_outline(doc, width=None).splitlines()
    assert "(before the first heading)  [level 0, 1 paragraph]" in outline
    assert "V Social Involvement in Poverty Reduction  [level 1, 5 paragraphs, 4 tables]" in outline
