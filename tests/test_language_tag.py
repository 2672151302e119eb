"""tag: document, section and paragraph languages, shares and the mixed-language flag."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import povcorpus
from povcorpus.language import tag
from povcorpus.model import Document, Metadata, Origin, Paragraph, Section
from povcorpus.samples import sample_path

ITALIAN = (
    "Il governo locale ha investito nelle strade di montagna per collegare i villaggi isolati ai mercati "
    "della città, e le famiglie povere hanno ottenuto nuove opportunità di lavoro."
)
ENGLISH = (
    "The report said that these practices have ensured the continuity of poverty reduction policies, "
    "stability of assistance and sustainability of development in the rural areas."
)


def _document(sections: list[tuple[str, str, list[str]]], metadata: Metadata | None = None) -> Document:
    """A document whose text is the headings and paragraphs given, with matching sections and offsets."""
    text = ""
    built = []
    for label, heading, paragraphs in sections:
        start = len(text)
        text += f"{label}{heading}\n"
        spans = []
        for paragraph in paragraphs:
            spans.append(Paragraph(paragraph, len(text), len(text) + len(paragraph)))
            text += paragraph + "\n"
        built.append(Section(label, heading, 1, spans, start=start, end=len(text)))
    origin = Origin("made-up.txt", 1, text.count("\n"), 0, len(text))
    return Document("made-up", text, text, origin, metadata=metadata or Metadata(), sections=built)


def _line_documents(prefix: str) -> list[Document]:
    return list(povcorpus.load(sample_path(prefix)))


def test_italian_sample_documents_are_italian_and_not_mixed() -> None:
    """Every document of 000 and 001 is tagged it, with one language share and no mixed flag."""
    docs = [tag(doc) for prefix in ("000", "001") for doc in _line_documents(prefix)]
    assert len(docs) == 22
    assert {doc.language for doc in docs} == {"it"}
    assert all(doc.metadata.extra["languages"] == {"it": 1.0} for doc in docs)
    assert not any(doc.metadata.extra["mixed_language"] for doc in docs)


def test_002_documents_are_four_english_and_one_persian() -> None:
    """The five records of 002 are tagged en, en, en, en, fa."""
    assert [tag(doc).language for doc in _line_documents("002")] == ["en", "en", "en", "en", "fa"]


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_white_papers_are_english_and_not_mixed(prefix: str) -> None:
    """003 and 004 are en; 004's Chinese numeral heading does not make it mixed."""
    (doc,) = _line_documents(prefix)
    tagged = tag(doc)
    assert tagged.language == "en"
    assert tagged.metadata.extra["mixed_language"] is False
    assert tagged.metadata.extra["languages"]["en"] > 0.99


def test_chinese_numeral_heading_keeps_the_document_english() -> None:
    """A heading '五、Work together…' takes the document's language, and no paragraph is re-tagged."""
    doc = _document(
        [
            ("四、", "Exploring new paths for human poverty reduction", [ENGLISH, ENGLISH]),
            ("五、", "Work together to build a community with a shared future", [ENGLISH]),
        ]
    )
    tagged = tag(doc)
    assert tagged.language == "en"
    assert tagged.metadata.extra == {"languages": {"en": 1.0}, "mixed_language": False}
    assert [section.language for section in tagged.sections] == ["en", "en"]
    assert all(p.language is None for s in tagged.all_sections() for p in s.paragraphs)


def test_half_italian_half_english_document_is_mixed() -> None:
    """A document with an Italian and an English section reports both shares and the mixed flag."""
    doc = _document(
        [
            ("1. ", "Introduzione", [ITALIAN, ITALIAN]),
            ("2. ", "Introduction", [ENGLISH, ENGLISH]),
        ]
    )
    tagged = tag(doc)
    shares = tagged.metadata.extra["languages"]
    assert set(shares) == {"it", "en"}
    assert shares["it"] == pytest.approx(0.5, abs=0.1)
    assert tagged.metadata.extra["mixed_language"] is True
    other = "en" if tagged.language == "it" else "it"
    first, second = tagged.sections
    assert (first.language, second.language) == ("it", "en")
    # Paragraphs carry a language only where it differs from the document's.
    languages = [p.language for s in tagged.sections for p in s.paragraphs]
    assert languages.count(None) == 2
    assert languages.count(other) == 2


def test_persian_paragraph_in_english_document_is_found_by_its_script() -> None:
    """A Persian paragraph in an English document gets fa; the section keeps en."""
    persian = "استاندار مازندران افزود: در حال حاضر دو منطقه آزاد داریم و برنامه‌ریزی صادرات ادامه دارد."
    doc = _document([("", "Report", [ENGLISH, ENGLISH, ENGLISH, persian])])
    tagged = tag(doc)
    assert tagged.language == "en"
    assert [p.language for p in tagged.sections[0].paragraphs] == [None, None, None, "fa"]
    assert tagged.sections[0].language == "en"


def test_short_lines_take_the_document_language() -> None:
    """A short line that a model might misread ('Sky bet football') keeps the document's language."""
    doc = _document([("", "Chapter", [ENGLISH, "Sky bet football", "Drop the mic.", ENGLISH])])
    tagged = tag(doc)
    assert [p.language for p in tagged.sections[0].paragraphs] == [None, None, None, None]


def test_nested_sections_are_tagged_recursively() -> None:
    """Children sections get their own language through attrs.evolve; the input is left unchanged."""
    child = Section("(1)", "Il lavoro", 2, [Paragraph(ITALIAN, 0, len(ITALIAN))])
    parent = Section("1.", "Work", 1, [Paragraph(ENGLISH, 0, len(ENGLISH))], children=[child])
    text = f"{ENGLISH}\n{ITALIAN}\n"
    doc = Document("d", text, text, Origin("d.txt", 1, 2, 0, len(text)), sections=[parent])
    tagged = tag(doc)
    assert tagged.sections[0].children[0].language == "it"
    assert tagged.sections[0].language == "en"
    assert doc.language is None
    assert doc.sections[0].children[0].language is None


def test_other_metadata_extra_keys_are_kept() -> None:
    """Tagging adds its two keys to metadata.extra and keeps the others."""
    doc = _document([("", "Report", [ENGLISH])], metadata=Metadata(extra={"date_precision": "month"}))
    extra = tag(doc).metadata.extra
    assert extra["date_precision"] == "month"
    assert set(extra) == {"date_precision", "languages", "mixed_language"}


def test_document_without_letters_is_und() -> None:
    """A document of numbers only is und, with no shares and no mixed flag."""
    text = "2021-04-06\n12,345\n"
    doc = Document("n", text, text, Origin("n.txt", 1, 2, 0, len(text)))
    tagged = tag(doc)
    assert tagged.language == "und"
    assert tagged.metadata.extra == {"languages": {}, "mixed_language": False}


@settings(max_examples=60, deadline=None)
@given(st.lists(st.text(max_size=80), max_size=5))
def test_tag_never_raises_and_is_repeatable(paragraphs: list[str]) -> None:
    """Any paragraphs give a document with a code and the same result on a second run."""
    clean = [re.sub(r"\s+", " ", p) for p in paragraphs]
    doc = _document([("", "Heading", clean)])
    first = tag(doc)
    assert first == tag(doc)
    assert first.language is not None
    assert first.language == "und" or re.fullmatch("[a-z]{2}", first.language)


def test_kanji_only_lines_of_a_japanese_document_stay_japanese() -> None:
    """Kanji-only headings and lines of a Japanese document are not re-tagged as Chinese."""
    japanese = "政府は農村の貧困を減らすために新しい道路を建設しました。住民の収入は大きく増えました。"
    doc = _document([("", "貧困削減計画", [japanese, "国家統計局発表", japanese])])
    tagged = tag(doc)
    assert tagged.language == "ja"
    assert tagged.metadata.extra == {"languages": {"ja": 1.0}, "mixed_language": False}
    assert [p.language for p in tagged.sections[0].paragraphs] == [None, None, None]


def test_chinese_paragraph_in_english_document_is_tagged_zh() -> None:
    """A Chinese paragraph in an English document gets zh by its script, and counts in the shares."""
    chinese = "中国政府高度重视减贫工作，农村贫困人口全部脱贫，区域性整体贫困得到解决。"
    doc = _document([("", "Report", [ENGLISH, chinese])])
    tagged = tag(doc)
    assert tagged.language == "en"
    assert [p.language for p in tagged.sections[0].paragraphs] == [None, "zh"]
    assert set(tagged.metadata.extra["languages"]) == {"en", "zh"}
