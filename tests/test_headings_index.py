"""The heading index skips only styles that cannot match: same answers as trying every style in order."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus._lines import split_lines
from povcorpus.structure._prefix import prefix_pattern
from povcorpus.structure.headings import (
    HeadingMatch,
    HeadingStyle,
    heading_index,
    heading_styles,
    match_heading,
    numbered_style,
)
from povcorpus.structure.sections import line_headings

_LABELS = [
    "I.", "IV.", "XII、", "C.", "M.", "V. I.", "1.", "12.", "3 ", "1、", "1.1", "2.3.4.",
    "(1)", "（2）", "(a)", "b)", "一、", "十二、", "（三）", "第一章", "第2节",
    "Chapter 4", "CHAPTER IV:", "Part Two —", "Parte prima", "Teil 3", "Section 2.", "Kapitel 1",
    "Глава 5.", "Часть 1", "Appendix A:", "Annex 2 —", "附录", "پیوست", "İ", "ſ", "K",
]  # fmt: skip
_NAMES = [
    "Preface", "PREFACE:", "introduction", "Notes", "Résumé", "Введение", "前言", "مقدمه", "Summary",
]  # fmt: skip
_TEXTS = ["", "Aims", "aims", "Goals.", "Roads, rivers", "The year 2020", "五、目标", "1988, a year"]
_heading_like = st.builds(
    lambda label, gap, text: f"{label}{gap}{text}",
    st.sampled_from(_LABELS),
    st.sampled_from(["", " ", "  ", "\u3000", ". ", "\t"]),
    st.sampled_from(
        ["", "Aims", "aims", "Goals.", "Roads, rivers", "The year 2020", "五、目标", "1988, a year"]
    )
    | st.text(max_size=12),
)
lines = st.one_of(_heading_like, st.sampled_from(_NAMES), st.text(max_size=30))


def reference_match(line: str, styles: tuple[HeadingStyle, ...]) -> HeadingMatch | None:
    """Every style tried in order on the stripped line: what match_heading did before the index."""
    stripped = line.strip()
    if not stripped:
        return None
    for style in styles:
        found = style.match(stripped)
        if found is not None:
            return found
    return None


def reference_numbered(line: str, styles: tuple[HeadingStyle, ...]) -> str | None:
    """The first numbered style whose pattern fullmatches the stripped line."""
    stripped = line.strip()
    return next((s.name for s in styles if not s.named and s.pattern.fullmatch(stripped)), None)


@settings(max_examples=500, deadline=None)
@given(line=lines)
def test_indexed_heading_match_equals_trying_every_style(line: str) -> None:
    """match_heading, numbered_style and line_headings agree with trying every registered style in order."""
    styles = heading_styles()
    assert match_heading(line) == reference_match(line, styles)
    assert numbered_style(line, styles) == reference_numbered(line, styles)
    texts = split_lines(line + "\n" + line.upper(), blank=False)
    assert line_headings(texts, styles) == [reference_match(t.text, styles) for t in texts]


_ATOMS = [
    "a", "b", "K", "[0-9]", "[^a]", ".", r"\d", r"\w", r"\s", "(?i:k)", "(?i:ſt)", "(?a:\\w)", "(?s:.)",
    "[(（]", "[IVX]", "五", r"\b", "(?=[ab])", "(?!a)", "^", "x?", "(?:ab|c)", "(?:)",
]  # fmt: skip


@st.composite
def patterns(draw: st.DrawFn) -> str:
    """Small regular expressions: sequences of atoms, alternations, repeats and groups."""
    parts = draw(st.lists(st.sampled_from(_ATOMS), min_size=1, max_size=5))
    pieces: list[str] = []
    for part in parts:
        repeat = draw(st.sampled_from(["", "", "*", "+", "?", "{2}", "{0,2}", "{1,3}?"]))
        pieces.append(f"(?:{part}){repeat}" if repeat else part)
    body = "".join(pieces)
    if draw(st.booleans()):
        body = body + "|" + draw(st.sampled_from(_ATOMS))
    return draw(st.sampled_from(["", "(?i)", "(?a)", "(?s)"])) + body


@settings(max_examples=500, deadline=None)
@given(data=st.data())
def test_prefix_pattern_accepts_the_start_of_every_match(data: st.DataObject) -> None:
    """Whatever a pattern fullmatches, its prefix pattern accepts the first two characters of."""
    pattern = re.compile(data.draw(patterns()))
    prefix = prefix_pattern(pattern)
    text = data.draw(st.from_regex(pattern, fullmatch=True))
    if text and prefix is not None:
        assert prefix.fullmatch(text[:2]) is not None, (pattern.pattern, text, prefix.pattern)


def test_unreadable_patterns_are_always_tried() -> None:
    """A style whose pattern the reader cannot follow (a back-reference) is a candidate for every line."""
    echo = HeadingStyle("echo", re.compile(r"(?P<label>(.)\2)\s+(?P<text>.+)"), 1)
    index = heading_index((echo,))
    assert prefix_pattern(echo.pattern) is None
    assert index.candidates("zz") == (echo,)
    found = index.match("zz Zones")
    assert found is not None
    assert (found.label, found.heading) == ("zz", "Zones")


def test_index_skips_styles_by_opening_characters() -> None:
    """An ordinary sentence opening tries no built-in style; a numbered one tries only the numbered styles."""
    index = heading_index(heading_styles())
    assert index.candidates("Th") == ()
    assert {style.name for style in index.candidates("1.")} == {"arabic", "decimal"}
    assert {style.name for style in index.candidates("In")} == {"named"}
    assert {style.name for style in index.candidates("IV")} == {"roman"}
