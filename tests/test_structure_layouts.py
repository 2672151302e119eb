"""Structure beyond the samples: decimal and keyword numbering, header blocks, contents and notes."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from povcorpus._dates import MONTHS_BY_LANGUAGE, parse_date
from povcorpus.edits import undo_edits
from povcorpus.model import Document, Origin
from povcorpus.structure import extract_structure, heading_styles, match_heading, parse_sections
from povcorpus.structure.header import is_issuer_name, parse_date_line, split_title_mark

DOCS = Path(__file__).resolve().parents[1] / "docs" / "structure.md"


def outline(text: str) -> list[tuple[int, str]]:
    """(level, label or heading) of every section of ``text``, level-0 sections left out."""
    return [
        (s.level, s.label or s.heading) for top in parse_sections(text) for s in top.walk() if s.level > 0
    ]


def structured(text: str) -> Document:
    """``extract_structure`` over ``text`` as a loader would hand it over."""
    origin = Origin(
        path="doc.txt", line_start=1, line_end=text.count("\n") + 1, char_start=0, char_end=len(text)
    )
    doc = extract_structure(Document(id="doc", text=text, raw=text, origin=origin))
    assert undo_edits(doc.text, doc.edits) == text
    return doc


# --- the heading-style registry ------------------------------------------------------------

EXAMPLES = {
    "markdown": "## 2. Social protection",
    "named": "Concluding Remarks",
    "appendix": "Appendix B: Poverty lines by province",
    "part": "Part Two: Results",
    "chapter": "Chapter 3. Safety nets",
    "section": "Section 2 Eligibility",
    "chinese_chapter": "第一章 总则",
    "chinese_section": "第二节 保障标准",
    "korean_chapter": "제1장 서론",
    "korean_section": "제 2 절 조사 방법",
    "roman": "IV.The Road Ahead",
    "chinese": "一、总体要求",
    "arabic": "1、坚持精准方略",
    "number": "1 Introduction",
    "decimal": "2.1.3 Household surveys",
    "parenthesised": "(1) Roads",
    "parenthesised_chinese": "(一)建档立卡",
    "lettered": "a) Triggering",
    "capital_lettered": "B. La pauvreté en conditions de vie",
    "ordinal": "2° Les jeunes adultes",
    "korean_lettered": "나. 정책 환경",
}


def test_every_builtin_style_has_an_example_and_a_docs_line() -> None:
    """Each built-in heading style matches its example here and is listed by name in docs/structure.md."""
    builtin = [style.name for style in heading_styles() if not style.name.startswith("test_")]
    assert set(EXAMPLES) <= set(builtin)
    docs = DOCS.read_text(encoding="utf-8")
    for name in builtin:
        if name not in EXAMPLES:
            continue  # a plugin style
        found = match_heading(EXAMPLES[name])
        assert found is not None, name
        assert found.style == name
        assert f"`{name}`" in docs, f"docs/structure.md does not list the style {name}"


# --- nesting ---------------------------------------------------------------------------------


@pytest.mark.parametrize("dot", ["", "."])
def test_decimal_headings_nest_by_depth(dot: str) -> None:
    """``1``, ``1.1``, ``1.1.1`` (with or without a trailing dot) nest one level per number."""
    top = "1. Introduction" if dot else "1 Introduction"
    second = "2. Methods" if dot else "2 Methods"
    text = (
        f"{top}\nWhy.\n1.1{dot} Background\nText.\n1.1.1{dot} Data\nText.\n1.1.2{dot} Gaps\nText.\n"
        f"1.2{dot} Aims\nText.\n{second}\n2.1{dot} Survey\nText.\n"
    )
    assert outline(text) == [
        (1, "1"),
        (2, "1.1"),
        (3, "1.1.1"),
        (3, "1.1.2"),
        (2, "1.2"),
        (1, "2"),
        (2, "2.1"),
    ]


MARKDOWN = """# Ending Rural Poverty

12 March 2022

## Summary

Rural poverty fell by half.

## 1. Context

Text: the numbers are these:

### 1.1 Incomes ###

Incomes rose.

### 1.2 Services

Clinics opened.

## 2. Measures

#hashtag is no heading, nor is #5 or a lone #.
"""


def test_markdown_headings_nest_by_their_marks_and_keep_their_numbers() -> None:
    """``##``/``###`` give the rank, ``1.``/``1.1`` stay labels, a list intro does not demote them."""
    doc = structured(MARKDOWN)
    assert doc.title == "Ending Rural Poverty"
    assert doc.metadata.extra["title_prefix"] == "#"
    assert doc.metadata.date == dt.date(2022, 3, 12)
    found = [(s.level, s.label, s.heading) for top in doc.sections for s in top.walk() if s.level > 0]
    assert found == [
        (1, "", "Summary"),
        (1, "1", "Context"),
        (2, "1.1", "Incomes"),
        (2, "1.2", "Services"),
        (1, "2", "Measures"),
    ]
    assert doc.sections[-1].paragraphs[0].text.startswith("#hashtag")


def test_no_heading_inside_a_markdown_code_fence() -> None:
    """``# install`` and ``1. step`` between fences are code lines of the section, not headings."""
    text = "## 1. Setup\nText.\n```\n# install\n1. Not a heading\n```\n## 2. Use\nMore.\n"
    assert outline(text) == [(1, "1"), (1, "2")]
    first = parse_sections(text)[0]
    assert [p.text for p in first.paragraphs] == ["Text.", "```", "# install", "1. Not a heading", "```"]


def test_several_level_one_markdown_headings_are_sections_not_a_title() -> None:
    """Only a lone ``#`` heading on the first line is the title; two ``#`` headings are two sections."""
    doc = structured("# Background\nText.\n# Findings\nMore text.\n")
    assert doc.title is None
    assert [s.heading for s in doc.sections] == ["Background", "Findings"]
    part = structured("# Part One\nText.\n# Part Two\nMore text.\n")
    assert [(s.label, s.heading) for s in part.sections] == [("Part One", ""), ("Part Two", "")]


PERSIAN_REPORT = """گزارش ملی کاهش فقر
سازمان برنامه و بودجه
۱۴۰۱/۰۶/۲۰

فصل اول: مقدمه
فقر مطلق در سال‌های اخیر کاهش یافته است.
فصل دوم: یافته‌ها
۱. درآمد خانوار
درآمد خانوارهای روستایی افزایش یافت.
۲. خدمات
همه روستاها به آب آشامیدنی دسترسی دارند.
"""


def test_a_persian_report_has_its_title_issuer_date_chapters_and_numbered_headings() -> None:
    """``فصل اول``, ``۱.`` in Persian digits, a body that opens with its kind, a Solar Hijri date."""
    doc = structured(PERSIAN_REPORT)
    assert doc.title == "گزارش ملی کاهش فقر"
    assert doc.metadata.extra["issuer"] == ["سازمان برنامه و بودجه"]
    assert doc.metadata.date == dt.date(2022, 9, 11)  # 20 Shahrivar 1401
    found = [(s.level, s.label, s.heading) for top in doc.sections for s in top.walk() if s.level > 0]
    assert found == [
        (1, "فصل اول", "مقدمه"),
        (1, "فصل دوم", "یافته‌ها"),
        (2, "۱", "درآمد خانوار"),
        (2, "۲", "خدمات"),
    ]


def test_arabic_chapters_are_headings() -> None:
    """``الفصل الأول`` and ``الفصل الثاني`` open two chapters numbered 1 and 2."""
    found = match_heading("الفصل الثاني: الحماية الاجتماعية")
    assert found is not None
    assert (found.style, found.label, found.heading, found.value) == (
        "chapter",
        "الفصل الثاني",
        "الحماية الاجتماعية",
        2,
    )


@pytest.mark.parametrize(
    ("line", "label", "heading"),
    [
        ("Hoofdstuk 3: Armoede op het platteland", "Hoofdstuk 3", "Armoede op het platteland"),
        ("Rozdział 2. Ubóstwo na wsi", "Rozdział 2", "Ubóstwo na wsi"),
        ("BAB I PENDAHULUAN", "BAB I", "PENDAHULUAN"),
        ("Bölüm 4 Sonuçlar", "Bölüm 4", "Sonuçlar"),
        ("Chương 2. Kết quả giảm nghèo", "Chương 2", "Kết quả giảm nghèo"),
        ("Κεφάλαιο 3: Αποτελέσματα", "Κεφάλαιο 3", "Αποτελέσματα"),
        ("Capitolul 1 Introducere", "Capitolul 1", "Introducere"),
        ("Розділ 1. Вступ", "Розділ 1", "Вступ"),
        ("第1節 調査の方法", "第1節", "調査の方法"),
    ],
)
def test_chapters_and_sections_in_more_languages(line: str, label: str, heading: str) -> None:
    """Dutch, Polish, Indonesian, Turkish, Vietnamese, Greek, Romanian, Ukrainian and Japanese labels."""
    found = match_heading(line)
    assert found is not None
    assert (found.label, found.heading) == (label, heading)


@pytest.mark.parametrize(
    "line", ["Pendahuluan", "Sonuç", "결론", "はじめに", "الخاتمة", "Inleiding:", "Wstęp"]
)
def test_named_headings_in_more_languages(line: str) -> None:
    """Introductions and conclusions of Indonesian, Turkish, Korean, Japanese, Arabic, Dutch, Polish."""
    found = match_heading(line)
    assert found is not None
    assert found.style == "named"


def test_a_sentence_opening_with_a_named_word_is_no_heading() -> None:
    """``Sonuç olarak …`` (Turkish "as a result …") is a sentence: a named heading fills its line."""
    assert match_heading("Sonuç olarak yoksulluk azaldı.") is None


def test_korean_chapters_hold_their_sections() -> None:
    """``제1절`` and ``제2절`` sit under ``제1장``; ``제2장`` is its sibling."""
    text = "제1장 서론\n본문.\n제1절 배경\n본문.\n제2절 방법\n본문.\n제2장 결과\n본문.\n"
    assert outline(text) == [(1, "제1장"), (2, "제1절"), (2, "제2절"), (1, "제2장")]


def test_bare_numbers_are_headings_only_in_a_run() -> None:
    """``1 Aims`` / ``2 Means`` are headings; a lone ``10 Downing Street …`` line is a paragraph."""
    assert outline("1 Aims\nText.\n2 Means\nText.\n") == [(1, "1"), (1, "2")]
    assert outline("1 Introduction\nText.\n1.1 Background\nText.\n") == [(1, "1"), (2, "1.1")]
    assert outline("News.\n10 Downing Street said nothing\nMore news.\n") == []
    assert outline("Intro.\n3 Provinces Joined\nText.\n") == []


def test_parts_chapters_and_sections_nest() -> None:
    """Chapters sit under parts (even numbered on across parts), sections under chapters."""
    text = (
        "Foreword\nText.\nPart One\nChapter 1: Aims\nSection 1 Scope\nText.\nSection 2 Terms\nText.\n"
        "Chapter 2: Means\nText.\nPart Two\nChapter 3: Results\nText.\nAfterword\nText.\n"
    )
    assert outline(text) == [
        (1, "Foreword"),
        (1, "Part One"),
        (2, "Chapter 1"),
        (3, "Section 1"),
        (3, "Section 2"),
        (2, "Chapter 2"),
        (1, "Part Two"),
        (2, "Chapter 3"),
        (1, "Afterword"),
    ]


def test_keyword_headings_never_nest_under_named_ones() -> None:
    """``Section 1`` and ``Chapter 1`` after ``Introduction`` or ``Preface`` are its siblings."""
    assert outline("Introduction\nText.\nSection 1 Origins\nText.\nSection 2 Rules\nText.\n") == [
        (1, "Introduction"),
        (1, "Section 1"),
        (1, "Section 2"),
    ]
    assert outline("Premessa\nTesto.\nCapitolo 1. Il quadro\nTesto.\n") == [
        (1, "Premessa"),
        (1, "Capitolo 1"),
    ]


def test_roman_without_space_and_lettered_items() -> None:
    """``IV.The …`` is a Roman heading; ``a)`` and ``(a)`` items nest under the heading above."""
    text = "III. Means\nText.\nIV.The Road Ahead\na) Roads\nText.\nb) Water\nText.\nV. End\nText.\n"
    assert outline(text) == [(1, "III"), (1, "IV"), (2, "a)"), (2, "b)"), (1, "V")]


def test_chinese_numbering_styles_nest() -> None:
    """第一章 > 第一节, 一、 > (一) / （一） > 1、 nest in the Chinese way."""
    assert outline(
        "第一章 总则\n正文。\n第一节 目标\n正文。\n第二章 措施\n(一)产业\n正文。\n(二)就业\n正文。\n"
    ) == [
        (1, "第一章"),
        (2, "第一节"),
        (1, "第二章"),
        (2, "(一)"),
        (2, "(二)"),
    ]
    assert outline("一、成就\n1、供水\n正文。\n2、水质\n正文。\n二、做法\n（一）坚持\n正文。\n") == [
        (1, "一"),
        (2, "1"),
        (2, "2"),
        (1, "二"),
        (2, "（一）"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Foreword",
        "Preface",
        "Introduction",
        "Conclusion",
        "Conclusions",
        "Concluding Remarks",
        "Appendix",
        "Notes",
        "References",
        "前言",
        "结束语",
        "附录",
        "Premessa",
        "Introduzione",
        "Conclusioni",
    ],
)
def test_named_headings_of_the_corpus_languages(line: str) -> None:
    """The named headings the corpus uses in English, Chinese and Italian are headings on their own line."""
    found = match_heading(line)
    assert found is not None
    assert found.named


# --- what is never a heading -------------------------------------------------------------------

NOT_HEADINGS = {
    "en": "Poverty fell.\n3 March 2020\nMarch 3, 2020\n2018 was a good year.\n"
    "Part of the money went to roads.\n"
    "Section 8 housing vouchers are issued locally.\nChapter and verse were quoted.\n"
    "The plan had three parts:\n1. Roads\n2. Schools\n3. Clinics\nThat was all.\n",
    "it": "La povertà è diminuita.\n6 aprile 2021\nRoma, 6 aprile 2021\n2020 è stato un anno difficile.\n"
    "Parte del reddito va in affitto.\nI. Rossi, presidente dell'istituto, ha parlato.\n"
    "Le misure sono tre:\n1. Il reddito.\n2. Il lavoro.\n3. La casa.\nNient'altro.\n",
    "zh": "贫困人口大幅减少。\n2021年4月6日\n2021年4月\n一是加强领导，二是落实责任。\n"
    "3月份以来，全省新增就业12万人。\n各地按照以下要求开展工作：\n1、完善认定办法；\n2、提高保障标准；\n"
    "3、加强动态管理。\n工作取得成效。\n",
    "de": "Die Armut sank.\n12. Oktober 2020 fand die Konferenz statt.\n"
    "Folgende Punkte:\n1. Straßen\n2. Schulen\n",
}


@pytest.mark.parametrize("lang", sorted(NOT_HEADINGS))
def test_sentences_dates_and_lists_are_never_headings(lang: str) -> None:
    """Sentences, date lines and list items inside a paragraph make no section, in several languages."""
    assert outline(NOT_HEADINGS[lang]) == []


# --- title, issuer, date -------------------------------------------------------------------------


def test_title_above_issuer_above_date() -> None:
    """The title above an issuing body and a date is the title; the body goes to the issuers."""
    doc = structured(
        "Rural Revitalisation and Poverty\n"
        "The State Council Information Office of the People's Republic of China\n"
        "(May 2022)\n\nPreface\nText.\nI. Aims\nText.\n"
    )
    assert doc.title == "Rural Revitalisation and Poverty"
    assert doc.metadata.extra["issuer"] == [
        "The State Council Information Office of the People's Republic of China"
    ]
    assert (doc.metadata.date, doc.metadata.extra["date_precision"]) == (dt.date(2022, 5, 1), "month")
    assert doc.text.startswith("Preface\n")


@pytest.mark.parametrize("hyphen", ["-", "\u00ad", "\u2010"])
def test_a_line_ending_in_a_broken_word_is_no_title(hyphen: str) -> None:
    """``… cada espé-`` above ``cie rara morta?`` is one sentence broken at a line end, not a title."""
    text = f"Quanto perde o país por cada espé{hyphen}\ncie rara morta?"
    doc = structured(text)
    assert doc.title is None
    assert doc.text == text


@pytest.mark.parametrize(
    "first",
    [
        "ड्रेस समकालीन है।",  # Hindi: the danda ends a sentence
        "اس میں تمام حل موجود ہیں۔",  # Urdu: the full stop U+06D4
        "La pobreza bajó en 2021.",
    ],
)
def test_a_line_ending_in_a_full_stop_of_any_script_is_no_title(first: str) -> None:
    """A first line that ends as a sentence ends (``.``, ``।``, ``۔``) is the text, not the title."""
    doc = structured(f"{first}\n\nThe second paragraph goes on here.\n")
    assert doc.title is None
    assert doc.text.startswith(first)


def test_a_title_may_end_in_a_spaced_dash() -> None:
    """A dash after a space is no broken word: the line above a dated body may still be a title."""
    doc = structured("Poverty and the Road Ahead -\n(May 2022)\n\nPreface\nText.\nI. Aims\nText.\n")
    assert doc.title == "Poverty and the Road Ahead -"


def test_issuer_above_title_in_chinese() -> None:
    """An issuing body above the title (中华人民共和国国务院新闻办公室) is an issuer, not the title."""
    doc = structured(
        "中华人民共和国国务院新闻办公室\n中国的减贫行动\n2021年4月\n\n前言\n正文。\n一、成就\n正文。\n"
    )
    assert doc.title == "中国的减贫行动"
    assert doc.metadata.extra["issuer"] == ["中华人民共和国国务院新闻办公室"]
    assert doc.metadata.date == dt.date(2021, 4, 1)


@pytest.mark.parametrize(
    ("line", "prefix", "title", "suffix"),
    [
        ("Full Text: China's Epic Journey", "Full Text:", "China's Epic Journey", ""),
        ("Full text：China's Epic Journey", "Full text：", "China's Epic Journey", ""),
        ("全文：人类减贫的中国实践", "全文：", "人类减贫的中国实践", ""),
        ("《人类减贫的中国实践》白皮书（全文）", "", "《人类减贫的中国实践》白皮书", "（全文）"),
        ("China's Epic Journey (Full Text)", "", "China's Epic Journey", "(Full Text)"),
        ("A Full Text Search Engine", "", "A Full Text Search Engine", ""),
    ],
)
def test_full_text_marks(line: str, prefix: str, title: str, suffix: str) -> None:
    """``Full Text:`` / ``全文`` marks split off the title; a title merely containing the words keeps them."""
    assert split_title_mark(line) == (prefix, title, suffix)


def test_full_text_prefix_is_recorded_and_stripped() -> None:
    """The title loses its ``Full Text:`` prefix, which is kept in ``extra["title_prefix"]``."""
    doc = structured(
        "Full Text: China's Epic Journey\nApril 2021\n\n"
        "Contents\nPreface\nI. Aims\n\nPreface\nA.\nI. Aims\nB.\n"
    )
    assert doc.title == "China's Epic Journey"
    assert doc.metadata.extra["title_prefix"] == "Full Text:"
    assert "Full Text" not in doc.text


@pytest.mark.parametrize(
    ("text", "expected", "precision"),
    [
        ("3 March 2020", dt.date(2020, 3, 3), "day"),
        ("March 3, 2020", dt.date(2020, 3, 3), "day"),
        ("6 aprile 2021", dt.date(2021, 4, 6), "day"),
        ("aprile 2021", dt.date(2021, 4, 1), "month"),
        ("2021年4月6日", dt.date(2021, 4, 6), "day"),
        ("2021年4月", dt.date(2021, 4, 1), "month"),
        ("(2020年12月)", dt.date(2020, 12, 1), "month"),
        ("1st May 2019", dt.date(2019, 5, 1), "day"),
        ("2019", dt.date(2019, 1, 1), "year"),
        ("4. April 2023", dt.date(2023, 4, 4), "day"),
        ("2. Dezember 2022", dt.date(2022, 12, 2), "day"),
        ("1er avril 2023", dt.date(2023, 4, 1), "day"),
        ("4 de abril de 2023", dt.date(2023, 4, 4), "day"),
        ("12 de dezembro de 2022", dt.date(2022, 12, 12), "day"),
        ("abril de 2023", dt.date(2023, 4, 1), "month"),
    ],
)
def test_header_dates_parse_with_their_precision(text: str, expected: dt.date, precision: str) -> None:
    """Date lines in English, Italian, German, French, Spanish, Portuguese and Chinese forms parse to the
    date and how precise it is (a German day's full stop and a Romance ``de`` keep the day)."""
    parsed = parse_date_line(text)
    assert parsed is not None
    assert (parsed.date, parsed.precision) == (expected, precision)


@pytest.mark.parametrize(
    "line", ["Roma, 6 aprile 2021", "2021年4月6日，国务院发布白皮书", "In March 2020 we met"]
)
def test_a_line_with_more_than_a_date_is_no_date_line(line: str) -> None:
    """A date line holds a date and nothing else; a dateline or sentence with a date is not one."""
    assert parse_date_line(line) is None
    assert parse_date(line) is not None


def test_month_names_come_from_one_data_file() -> None:
    """The month table has twelve months for each language, English and Italian among them."""
    assert {"en", "it"} <= set(MONTHS_BY_LANGUAGE)
    assert all(len(months) == 12 for months in MONTHS_BY_LANGUAGE.values())
    assert MONTHS_BY_LANGUAGE["it"][3][0] == "aprile"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The State Council Information Office of the People's Republic of China", True),
        ("State Council Information Office", True),
        ("Ministry of Rural Development", True),
        ("Ministero del Lavoro e delle Politiche Sociali", True),
        ("国务院扶贫开发领导小组办公室", True),
        ("Poverty Alleviation in the People's Republic of China", False),
        ("Rural Livelihoods and Social Protection", False),
        ("中国农村减贫的实践与成就", False),
        ("Il contrasto alla povertà educativa", False),
    ],
)
def test_issuer_names(text: str, expected: bool) -> None:
    """Issuing bodies are told from subject titles by the word that heads the name."""
    assert is_issuer_name(text) is expected


# --- tables of contents -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "keyword", ["Contents", "Table of Contents", "Directory", "目录", "Indice", "Sommario"]
)
def test_toc_keywords(keyword: str) -> None:
    """A contents block under each keyword becomes ``doc.toc``, matched to sections, and leaves the text."""
    doc = structured(
        f"A Title\n2020\n\n{keyword}\nPreface\n1. Roads ....... 3\n2. Schools ....... 5\n\n"
        "Preface\nWhy.\n1. Roads\nBuilt.\n2. Schools\nBuilt.\n"
    )
    assert [(e.label, e.heading) for e in doc.toc] == [("", "Preface"), ("1", "Roads"), ("2", "Schools")]
    assert all(entry.section is not None for entry in doc.toc)
    assert keyword not in doc.text


def test_toc_fuzzy_match_only_between_exact_ones() -> None:
    """Reworded entries match fuzzily between exact matches, in order; a missing section stays unmatched."""
    doc = structured(
        "A Title\n2020\n\nContents\n1. Roads and bridges\n2. Schools in the villages\n3. Ghost chapter\n"
        "4. Clinics\n\n1. Roads and Bridges\nA.\n2. Schools in villages\nB.\n4. Clinics\nC.\n"
    )
    assert [e.section for e in doc.toc] == [
        "1. Roads and Bridges",
        "2. Schools in villages",
        None,
        "4. Clinics",
    ]
    assert doc.metadata.extra["toc_unmatched"] == ["3 Ghost chapter"]


# --- notes blocks ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "markers", "reference"),
    [
        ("Notes", ["①", "②"], "①"),
        ("Endnotes", ["[1]", "[2]"], "[1]"),
        ("Notes", ["1.", "2."], ""),
        ("Notes:", ["¹", "²"], "¹"),
        ("注释", ["①", "②"], "①"),
        ("Note", ["1)", "2)"], ""),
    ],
)
def test_notes_block_leaves_with_its_heading(heading: str, markers: list[str], reference: str) -> None:
    """Notes under a notes heading become footnotes, and the heading leaves the body with them."""
    notes = "\n".join(f"{m} Source number {i}." for i, m in enumerate(markers, start=1))
    doc = structured(
        f"A Title\n2020\n\nI. Aims\nText{reference}.\nII. Means\nMore text.\n{heading}\n{notes}\n"
    )
    assert [note.text for note in doc.footnotes] == ["Source number 1.", "Source number 2."]
    assert [s.label or s.heading for s in doc.all_sections() if s.level > 0] == ["I", "II"]
    assert doc.text == f"I. Aims\nText{reference}.\nII. Means\nMore text.\n"
    assert {e.rule for e in doc.edits if heading in e.before} == {"structure.footnotes"}


def test_notes_heading_with_prose_stays() -> None:
    """A ``Notes`` section holding prose, not numbered notes, stays a section of the body."""
    doc = structured("A Title\n2020\n\nI. Aims\nText.\nNotes\nThese notes explain the method.\n")
    assert [s.heading for s in doc.all_sections() if s.level > 0] == ["Aims", "Notes"]
    assert doc.footnotes == ()


def test_superscript_reference_without_note_is_reported() -> None:
    """A superscript reference with no note under the Notes heading is listed as unresolved."""
    doc = structured("A Title\n2020\n\nI. Aims\nText¹ and more³.\nNotes\n¹ A note.\n² Another.\n")
    assert doc.footnote("¹") == "A note."
    assert doc.metadata.extra["footnotes_unresolved"] == ["³"]
    assert re.search("[¹³]", doc.text)


def test_credit_line_dates_share_the_month_table() -> None:
    """A credit line's Italian date now parses too, since chrome and headers read the same month table."""
    from povcorpus.boilerplate.chrome import strip_chrome

    result = strip_chrome("Aggiornato il 6 aprile 2021\n\nCorpo del testo.")
    assert result.metadata.date == dt.date(2021, 4, 6)


@pytest.mark.parametrize(
    ("line", "label", "heading"),
    [
        ("CAPÍTULO II. EVOLUCIÓN DE LA POBREZA", "CAPÍTULO II", "EVOLUCIÓN DE LA POBREZA"),
        ("ГЛАВА 1. ДИНАМИКА БЕДНОСТИ", "ГЛАВА 1", "ДИНАМИКА БЕДНОСТИ"),
        ("PARTIE 2 : LES MESURES", "PARTIE 2", "LES MESURES"),
        ("SECCIÓN 3 Requisitos", "SECCIÓN 3", "Requisitos"),
    ],
)
def test_part_chapter_and_section_words_in_capitals(line: str, label: str, heading: str) -> None:
    """Print labels in capitals are read in every language the part, chapter and section words cover."""
    found = match_heading(line)
    assert found is not None
    assert (found.label, found.heading) == (label, heading)


@pytest.mark.parametrize(
    "name",
    [
        "Ministère des Solidarités et de la Santé",
        "RÉPUBLIQUE FRANÇAISE",
        "GOBIERNO DE ESPAÑA",
        "MINISTÉRIO DA CIDADANIA",
        "Bundesministerium für Arbeit und Soziales",
        "Министерство труда и социальной защиты Российской Федерации",
        "UNITED NATIONS DEVELOPMENT PROGRAMME",
        "厚生労働省",
        "보건복지부",
        "الجمهورية التونسية",
    ],
)
def test_issuing_bodies_in_more_languages(name: str) -> None:
    """A body opens with its kind in French, Spanish, Portuguese, German and Russian, ends with it in
    Japanese and Korean, and an English name in capitals is still read."""
    assert is_issuer_name(name)


@pytest.mark.parametrize(
    "subject",
    [
        "Rapport sur la pauvreté",
        "Informe anual sobre la pobreza",
        "Доклад о мерах по снижению бедности",
        "貧困白書",
    ],
)
def test_report_titles_are_not_issuers(subject: str) -> None:
    """A title names its subject, not a body."""
    assert not is_issuer_name(subject)


def test_korean_contents_and_a_body_above_the_title() -> None:
    """``목차`` opens a contents block; ``보건복지부`` above the title is its issuer."""
    text = (
        "보건복지부\n빈곤 실태 보고서\n2021\n\n목차\n제1장 서론\n제2장 결론\n\n"
        "제1장 서론\n본문.\n제2장 결론\n끝.\n"
    )
    doc = structured(text)
    assert doc.title == "빈곤 실태 보고서"
    assert doc.metadata.extra["issuer"] == ["보건복지부"]
    assert len(doc.toc) == 2
    assert doc.metadata.extra["toc_unmatched"] == []


def test_capital_letters_and_ordinals_nest_under_a_chapter() -> None:
    """``A.``/``B.`` in a run from A subdivide a chapter, ``1°``/``2°`` subdivide a letter; a lone
    ``C.`` line is prose."""
    text = (
        "Chapitre I. L'état des lieux\nTexte.\nA. La pauvreté monétaire\nTexte.\n1° Les familles\nTexte.\n"
        "2° Les jeunes\nTexte.\nB. Les conditions de vie\nTexte.\nChapitre II. Les mesures\nFin.\n"
    )
    assert outline(text) == [
        (1, "Chapitre I"),
        (2, "A"),
        (3, "1°"),
        (3, "2°"),
        (2, "B"),
        (1, "Chapitre II"),
    ]
    assert outline("Chapitre I. Les mesures\nTexte.\nC. Le texte continue ici\nFin.\n") == [(1, "Chapitre I")]


def test_korean_lettered_subdivisions() -> None:
    """``가.``, ``나.`` count 1, 2 and subdivide a numbered heading under a ``제1장`` chapter."""
    text = "제1장 서론\n1. 연구 배경\n가. 빈곤율의 변화\n본문.\n나. 정책 환경\n본문.\n2. 연구 방법\n본문.\n"
    assert outline(text) == [(1, "제1장"), (2, "1"), (3, "가"), (3, "나"), (2, "2")]
