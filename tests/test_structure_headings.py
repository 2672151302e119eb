"""Heading styles: what is and is not a heading, how headings nest, and the style registry."""

from __future__ import annotations

import doctest
import importlib
import re

import pytest

from povcorpus.errors import NameClashError
from povcorpus.model import Section
from povcorpus.structure import (
    HeadingStyle,
    heading_style_registry,
    heading_styles,
    match_heading,
    parse_sections,
    register_heading_style,
)


def outline(text: str, styles: tuple[HeadingStyle, ...] | None = None) -> list[tuple[int, str]]:
    """(level, label or heading) of every section, in document order."""

    def walk(section: Section) -> list[tuple[int, str]]:
        found = [(section.level, section.label or section.heading)]
        for child in section.children:
            found.extend(walk(child))
        return found

    return [item for top in parse_sections(text, styles) for item in walk(top)]


@pytest.mark.parametrize(
    ("line", "style", "label", "value"),
    [
        ("III. Special Poverty Reduction Programs", "roman", "III", 3),
        ("1. The solemn commitment of the Communist Party of China", "arabic", "1", 1),
        (
            "(1) Accurate identification、Create a file and create a card,Solving the problem of “who?”",
            "parenthesised",
            "(1)",
            1,
        ),
        (" 五、Work together to build a community with a shared future", "chinese", "五", 5),
        ("十二、加强组织领导", "chinese", "十二", 12),
        ("（一）坚持党的领导", "parenthesised_chinese", "（一）", 1),
        ("第三章 脱贫攻坚", "chinese_chapter", "第三章", 3),
        ("1、坚持精准方略", "arabic", "1", 1),
        ("1.2 Data sources", "decimal", "1.2", 2),
        ("(b) Rural roads", "lettered", "(b)", 2),
        ("Chapter 4: Methods", "chapter", "Chapter 4", 4),
        ("Part II", "part", "Part II", 2),
        ("Part One", "part", "Part One", 1),
        ("Parte seconda: Le politiche", "part", "Parte seconda", 2),
        ("Chapter Three", "chapter", "Chapter Three", 3),
        ("Section 2 Methods", "section", "Section 2", 2),
        ("Capitolo 2. Il contesto", "chapter", "Capitolo 2", 2),
        ("IV.The Road Ahead", "roman", "IV", 4),
        ("1 Introduction", "number", "1", 1),
        ("1.1.3 Household surveys", "decimal", "1.1.3", 3),
        ("2.1. Rural roads", "decimal", "2.1", 1),
        ("(二)产业扶贫", "parenthesised_chinese", "(二)", 2),
        ("第一节 基本情况", "chinese_section", "第一节", 1),
        ("c) Water supply", "lettered", "c)", 3),
    ],
)
def test_numbered_headings(line: str, style: str, label: str, value: int) -> None:
    """Each numbering style is recognised with its label and the number the label stands for."""
    found = match_heading(line)
    assert found is not None
    assert (found.style, found.label, found.value, found.named) == (style, label, value, False)


@pytest.mark.parametrize(
    "line",
    [
        "Preface",
        "Foreword",
        "Conclusion",
        "Concluding Remarks",
        "Appendix: Changes and Adjustments in China’s Poverty Alleviation Standards",
        "Annex 2 — Poverty lines",
        "References",
        "Introduzione",
        "Osservazioni conclusive",
        "Avant-propos",
        "Remarques finales",
        "Introducción",
        "Conclusiones",
        "Einleitung",
        "结束语",
        "附录：贫困标准",
    ],
)
def test_named_headings(line: str) -> None:
    """Named headings, in several languages, are headings with an empty label and the whole line as text."""
    found = match_heading(line)
    assert found is not None
    assert (found.label, found.heading, found.named, found.rank) == ("", line, True, 1)


@pytest.mark.parametrize(
    "line",
    [
        " October 1, 1949,The People's Republic of China was established,The Chinese people have stood up",
        "July 1921,The birth of the Communist Party of China。China gave birth to the Communist Party",
        "(April 2021)",
        "(Table 1. Central committees of the non-Communist parties)",
        "Release time: 2021-04-06   Source: Xinhua News Agency",
        "Updated: Nov 16, 2011",
        "Editor: Wang Shiyang",
        "Source:",
        "Homepage >> Recommended news",
        "Implementing work relief. The work-relief policy was initiated in the 1980s in rural areas.",
        "Poverty is not destiny,Poverty is not invincible。China’s practice of poverty reduction shows",
        "1. the roads were built in every village",
        "(2) Build schools;",
        "3. The measures are as follows:",
        "1. Build roads. The state invested 10 billion yuan in rural roads.",
        "I. M. Pei designed the Bank of China Tower",
        "C. Wright Mills wrote about power",
        "12. Oktober 2020 fand die Konferenz statt",
        "5. May 2021 was the deadline",
        "1.5 million people left poverty in the county",
        "۳ منطقه آزاد تجاری در مازندران فعال میشود",
        "一、总体要求。坚持以人民为中心的发展思想",
        "Conclusion: the plan worked",
        "Introduction of new crops raised incomes",
        "Appendixes are listed at the end",
        "2020. A year of victory",
        "1. The government will invest ten billion yuan in rural roads next year.",
        "2. 5 million people moved to towns",
        "(3) 1988 was the year of coastal opening",
        "(1) " + "A very long heading that goes on " * 10,
    ],
)
def test_not_headings(line: str) -> None:
    """Sentences, dates, credits, list items and lines with a false label are not headings."""
    assert match_heading(line) is None


def test_date_line_in_body_stays_a_paragraph() -> None:
    """A date line with a leading space inside a section is a paragraph of that section."""
    text = "1. History\n\n October 1, 1949,The People's Republic of China was established\n\nMore.\n"
    (section,) = parse_sections(text)
    assert [p.text for p in section.paragraphs] == [
        "October 1, 1949,The People's Republic of China was established",
        "More.",
    ]


def test_list_after_colon_is_not_sections() -> None:
    """Numbered lines after a line ending in ``:`` are list items of the paragraph's section."""
    text = (
        "1. Plans\nThe plan has three parts:\n1. Roads\n2. Schools\n3. Clinics\nIt worked.\n2. Results\nOk.\n"
    )
    assert outline(text) == [(1, "1"), (1, "2")]
    first = parse_sections(text)[0]
    assert [p.text for p in first.paragraphs][1:4] == ["1. Roads", "2. Schools", "3. Clinics"]


def test_roman_arabic_parenthesised_nest() -> None:
    """``1.`` restarting under ``I.`` nests below it, and ``(1)`` below ``1.``."""
    text = "I. Aims\n1. Roads\n(1) Paving\n(2) Bridges\n2. Schools\nII. Means\n1. Money\nEnd.\n"
    assert outline(text) == [
        (1, "I"),
        (2, "1"),
        (3, "(1)"),
        (3, "(2)"),
        (2, "2"),
        (1, "II"),
        (2, "1"),
    ]


def test_chinese_numbering_nests() -> None:
    """The Chinese scheme 一、 > （一） > 1. > （1） nests four deep."""
    text = (
        "一、总体要求\n（一）目标\n1. 细则\n（1）要点\n（2）要点二\n2. 细则二\n（二）任务\n二、措施\n正文。\n"
    )
    assert outline(text) == [
        (1, "一"),
        (2, "（一）"),
        (3, "1"),
        (4, "（1）"),
        (4, "（2）"),
        (3, "2"),
        (2, "（二）"),
        (1, "二"),
    ]


def test_chinese_five_after_arabic_four_is_a_sibling() -> None:
    """``五、`` continuing ``4.`` (numbering damaged in translation) is a top-level sibling, not a child."""
    text = "Preface\nWhy.\n1. A\n(1) Aa\n4. D\n(1) Dd\n(2) Ee\n 五、E\n(1) Ff\nConclusion\nEnd.\n"
    assert outline(text) == [
        (1, "Preface"),
        (1, "1"),
        (2, "(1)"),
        (1, "4"),
        (2, "(1)"),
        (2, "(2)"),
        (1, "五"),
        (2, "(1)"),
        (1, "Conclusion"),
    ]


def test_text_before_first_heading_is_level_zero() -> None:
    """Lines before the first heading form a level-0 section with empty label and heading."""
    (intro, first) = parse_sections("Title line\nA note.\n1. Start\nBody.\n")
    assert (intro.level, intro.label, intro.heading) == (0, "", "")
    assert [p.text for p in intro.paragraphs] == ["Title line", "A note."]
    assert (first.level, first.label, first.start) == (1, "1", len("Title line\nA note.\n"))


def test_blank_text_has_no_sections() -> None:
    """Blank text parses to no sections."""
    assert parse_sections("") == ()
    assert parse_sections(" \n\n\t\n") == ()


def test_register_heading_style() -> None:
    """A registered style is tried after the built-in ones and used by parse_sections."""
    style = register_heading_style(
        "test_section_sign", r"(?P<label>§\s*[0-9]+)\s+(?P<text>.+)", level=1, replace=True
    )
    assert heading_styles()[-1] is style
    assert "test_section_sign" in heading_style_registry
    found = match_heading("§ 3 Scope of the law")
    assert found is not None
    assert (found.style, found.label, found.heading, found.value) == (
        "test_section_sign",
        "§ 3",
        "Scope of the law",
        3,
    )
    assert outline("§ 1 Scope\nText.\n(1) Details\n§ 2 Terms\n") == [(1, "§ 1"), (2, "(1)"), (1, "§ 2")]


def test_register_heading_style_clash_and_validation() -> None:
    """Clashing names, levels below 1 and numbered patterns without groups are refused."""
    register_heading_style("test_clash", r"(?P<label>#)\s+(?P<text>.+)", 1, replace=True)
    with pytest.raises(NameClashError, match="test_clash"):
        register_heading_style("test_clash", r"(?P<label>#)\s+(?P<text>.+)", 1)
    with pytest.raises(ValueError, match="level"):
        register_heading_style("test_level", r"(?P<label>#)\s+(?P<text>.+)", 0)
    with pytest.raises(ValueError, match="groups"):
        register_heading_style("test_groups", r"#\s+.+", 1)


def test_styles_argument_limits_parsing() -> None:
    """Passing styles explicitly parses with those styles only."""
    named_only = tuple(style for style in heading_styles() if style.named)
    text = "Preface\nWhy.\n1. Roads\nBuilt.\n"
    assert outline(text, named_only) == [(1, "Preface")]


def test_custom_named_style() -> None:
    """A named style built with re.compile makes whole lines headings with an empty label."""
    style = HeadingStyle(
        name="test_named", pattern=re.compile(r"Sintesi", re.IGNORECASE), level=1, named=True
    )
    (section,) = parse_sections("SINTESI\nTesto.\n", (style,))
    assert (section.label, section.heading, len(section.paragraphs)) == ("", "SINTESI", 1)


@pytest.mark.parametrize("name", ["headings", "tables", "footnotes", "header", "sections"])
def test_doctests(name: str) -> None:
    """The examples in the structure modules' docstrings hold."""
    module = importlib.import_module(f"povcorpus.structure.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.attempted > 0
    assert result.failed == 0
