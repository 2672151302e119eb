"""Properties of the section parser and of extract_structure on generated texts."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.edits import undo_edits
from povcorpus.model import Document, Origin, Section
from povcorpus.samples import sample_path
from povcorpus.structure import extract_structure, parse_sections

# Real lines of the samples (headings, tables, notes, chrome, body) to mix with random text.
_SAMPLE_LINES = sorted(
    {
        line[:160]
        for prefix in ("003", "004")
        for line in sample_path(prefix).read_text(encoding="utf-8").split("\n")
        if line.strip()
    }
)
_MADE_UP = [
    "Directory",
    "Contents",
    "Preface",
    "Conclusion",
    "Appendix: Tables",
    "I. Aims",
    "II. Means",
    "1. Roads",
    "2. Schools",
    "(1) Paving",
    "(2) Bridges",
    " 五、Work together",
    "（一）目标",
    "(Table 9. Budget)",
    "① A note.",
    "② Another note.",
    "[1] Source.",
    "The list:",
    "(April 2021)",
    "",
    "   ",
]
_line = st.one_of(
    st.sampled_from(_SAMPLE_LINES),
    st.sampled_from(_MADE_UP),
    st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="\n"), max_size=40),
)
texts = st.tuples(st.lists(_line, max_size=30), st.sampled_from(["\n", "\n\n", "\n \n"])).map(
    lambda parts: parts[1].join(parts[0])
)


def _heading_line(text: str, section: Section) -> str:
    end = text.find("\n", section.start)
    return text[section.start : end if end >= 0 else len(text)].strip()


def _items(text: str, sections: tuple[Section, ...]) -> list[tuple[int, str]]:
    """(start, text) of every heading, paragraph and table, in the order the outline gives them."""
    found: list[tuple[int, str]] = []
    for top in sections:
        for section in top.walk():
            if section.level > 0:
                found.append((section.start, _heading_line(text, section)))
            own = [(p.start, p.text) for p in section.paragraphs]
            own += [(t.start, text[t.start : t.end]) for t in section.tables]
            found.extend(sorted(own))
    return found


@settings(max_examples=200, deadline=None)
@given(texts)
def test_outline_gives_back_every_non_blank_line(text: str) -> None:
    """Headings, paragraphs and tables of all sections, in outline order, are exactly the non-blank lines."""
    sections = parse_sections(text)
    items = _items(text, sections)
    assert [line for _, line in items] == [line.strip() for line in text.split("\n") if line.strip()]
    starts = [start for start, _ in items]
    assert starts == sorted(starts)
    assert len(set(starts)) == len(starts)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_spans_map_back_and_levels_nest(text: str) -> None:
    """Paragraph and table spans slice the text exactly; children are one level below their parent."""
    sections = parse_sections(text)
    for top in sections:
        assert top.level in (0, 1)
        for section in top.walk():
            for paragraph in section.paragraphs:
                assert text[paragraph.start : paragraph.end] == paragraph.text
            for table in section.tables:
                assert text[table.start : table.end].strip() == text[table.start : table.end]
            assert all(child.level == section.level + 1 for child in section.children)
            assert section.start <= section.end
    assert sum(s.level == 0 for s in sections) <= 1
    assert all(s.level == 1 for s in sections[1:])


@settings(max_examples=100, deadline=None)
@given(texts)
def test_parse_is_deterministic(text: str) -> None:
    """Parsing the same text twice gives equal outlines."""
    assert parse_sections(text) == parse_sections(text)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_extract_structure_edits_undo_and_reparse(text: str) -> None:
    """extract_structure's edits undo to the input, and its sections are the parse of its text."""
    origin = Origin(path="gen.txt", line_start=1, line_end=1, char_start=0, char_end=len(text))
    doc = extract_structure(Document(id="gen", text=text, raw=text, origin=origin))
    assert undo_edits(doc.text, doc.edits) == text
    assert all(edit.rule.startswith("structure.") for edit in doc.edits)
    assert doc.sections == parse_sections(doc.text)
    assert extract_structure(doc) == doc


_MARK_PIECES = st.lists(
    st.sampled_from(
        ["Full Text", "full-text", "Testo integrale", "全文", "(", ")", "（", "）", ":", "：", " ",
         "\n", "\t", "\u3000", "a", "T", "t", "Title", "白皮书", ".", "x"]
    ),
    max_size=14,
).map("".join)  # fmt: skip


@settings(max_examples=500, deadline=None)
@given(line=st.one_of(_MARK_PIECES, st.text(max_size=30)))
def test_title_mark_split_skips_the_search_exactly(line: str) -> None:
    """The last-character check before the suffix search changes no split (reference: the search alone)."""
    from povcorpus.structure import header

    prefix = header._TITLE_PREFIX.match(line)
    head = prefix.group().strip() if prefix else ""
    rest = line[prefix.end() :] if prefix else line
    suffix = header._TITLE_SUFFIX.search(rest)
    if suffix is None or suffix.start() == 0:
        expected = (head, rest, "")
    else:
        expected = (head, rest[: suffix.start()], suffix.group().strip())
    assert header.split_title_mark(line) == expected
