"""Chrome lines: guards that keep running text, edge zones, paragraph structure, metadata merging."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
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


GUILLEMET_PROSE = [
    "Le parole «povertà» e «sviluppo» sono chiave nel nuovo rapporto.",
    "Il titolo, «Oltre la povertà», richiama il rapporto » del 2021 « e altro.",
    "Les mots ‹ progrès › et ‹ dignité › reviennent souvent dans le discours.",
    "Il a déclaré : « La pauvreté recule » avant de quitter la salle.",
    "Er nannte das Projekt »Hoffnung« und sprach von »Zukunft« für die Dörfer.",
    "Die Wörter ›Armut‹ und ›Hilfe‹ fallen in dem Bericht besonders oft.",
    "Слова «бедность» и «развитие» стали главными в новом докладе.",
    "The flow of funds goes village › county › province, officials explained.",
    "The route runs village → county → province, and back again.",
    "Home > work: more villagers now commute to the county town than ever before.",
]


def test_guillemet_sentence_in_a_text_file_survives_the_pipeline(tmp_path: Path) -> None:
    """Issue 13: a sentence with «…» read from a text file keeps text and language, no chrome edit."""
    import povcorpus

    path = tmp_path / "parole.txt"
    path.write_text(GUILLEMET_PROSE[0] + "\n", encoding="utf-8")
    (doc,) = povcorpus.load(path)
    done = povcorpus.process(doc)
    assert done.text.strip() == GUILLEMET_PROSE[0]
    assert not [edit for edit in done.edits if edit.rule.startswith("chrome.")]
    assert done.language == "it"


@pytest.mark.parametrize("line", GUILLEMET_PROSE)
def test_quotation_marks_and_arrows_in_prose_are_no_breadcrumb(line: str) -> None:
    """Guillemets and ›/→ used as quotation marks or arrows inside a sentence never make a breadcrumb."""
    assert strip_chrome(line).text == line
    assert strip_chrome(f"{line}\n\n{BODY}").text == f"{line}\n\n{BODY}"


@pytest.mark.parametrize(
    "line",
    [
        "Home / Economia / Esteri",
        "Homepage › World › Asia",
        "Home | World | China",
        "Ti trovi in: Home > Cronaca",
        "您现在的位置：首页 > 时政",
        "首页 » 要闻 » 国内",
        "News › Politics › Asia",
    ],
)
def test_breadcrumbs_in_other_wordings_removed(line: str) -> None:
    """A trail of short segments goes, whatever its separator and home word."""
    assert strip_chrome(f"{line}\n\n{BODY}").text == BODY


@pytest.mark.parametrize(
    ("line", "rule"),
    [
        ("We use cookies to improve your experience on our website.", "chrome.cookie_notice"),
        ("Modifica consenso Cookie", "chrome.cookie_notice"),
        ("本网站使用Cookie以提升您的浏览体验。", "chrome.cookie_notice"),
        (
            "La presente informativa è resa, anche ai sensi dell'art. 13 del Regolamento UE 2016/679.",
            "chrome.cookie_notice",
        ),
        ("Leggi di più", "chrome.read_more"),
        ("Read more »", "chrome.read_more"),
        ("阅读全文", "chrome.read_more"),
        ("Video ANSA", "chrome.media_label"),
        ("【视频】", "chrome.media_label"),
    ],
)
def test_notice_read_more_and_media_lines_removed(line: str, rule: str) -> None:
    """Cookie and privacy notices, read-more links and lone media labels leave the body under their rule."""
    result = strip_chrome(f"{BODY}\n\n{line}")
    assert result.text == BODY
    assert [edit.rule for edit in result.edits] == [rule]


def test_credit_line_kept_as_metadata() -> None:
    """'Responsabilità editoriale Xinhua.' leaves the body and its holder is kept in metadata credits."""
    result = strip_chrome(f"{BODY}\n\nResponsabilità editoriale Xinhua.")
    assert result.text == BODY
    assert result.metadata.extra["credits"] == [
        {"rule": "chrome.agency_credit", "name": "Xinhua", "text": "Responsabilità editoriale Xinhua."}
    ]


@pytest.mark.parametrize(
    ("text", "agency"),
    [
        ("ROMA, 6 APR (ANSA-XINHUA) - La Cina ha pubblicato un libro bianco.", "ANSA-XINHUA"),
        ("BEIJING, April 6 (Xinhua) -- China released a white paper on Tuesday.", "Xinhua"),
        ("新华社北京4月6日电 国务院新闻办公室发布白皮书。", "新华社"),
    ],
)
def test_agency_byline_kept_in_text_and_read_as_metadata(text: str, agency: str) -> None:
    """A byline opening a sentence stays in the text; its agency becomes the source and is listed."""
    doc = strip_boilerplate(_document(f"{text}\n\n{BODY}"))
    assert doc.text == f"{text}\n\n{BODY}"
    assert doc.edits == ()
    assert doc.metadata.source == agency
    assert doc.metadata.extra["bylines"][0]["agency"] == agency


def test_byline_does_not_override_a_source_line() -> None:
    """A 'Source:' line in the head wins over a byline's agency; both are kept."""
    doc = strip_boilerplate(_document(f"Source: China Daily\n\nBEIJING, April 6 (Xinhua) -- Text.\n\n{BODY}"))
    assert doc.metadata.source == "China Daily"
    assert doc.metadata.extra["bylines"][0]["agency"] == "Xinhua"


@pytest.mark.parametrize(
    ("line", "field", "value"),
    [
        ("Quelle: Deutsche Presse-Agentur", "source", "Deutsche Presse-Agentur"),
        ("Fuente: EFE", "source", "EFE"),
    ],
)
def test_credit_labels_are_written_once_for_rules_and_structure(line: str, field: str, value: str) -> None:
    """A label in labels.toml is known to the chrome rules and to the structure header alike."""
    from povcorpus._labels import credit_labels
    from povcorpus.structure.header import _is_credit

    label = line.split(":")[0].lower()
    assert any(label == alternative for labels in credit_labels().values() for alternative in labels)
    result = strip_chrome(f"{line}\n\nThe village school opened in May.")
    assert result.text == "The village school opened in May."
    assert getattr(result.metadata, field) == value
    assert _is_credit(line)


_CHROME_LINES = st.lists(
    st.sampled_from(
        [
            "Homepage >> Recommended news",
            "Editor: Wang Shiyang",
            "Release time: 2021-04-06 Source: Xinhua",
            "Poverty fell in the county last year.",
            "Source:",
            "",
            "Share | Print",
            "来源：新华网",
            "The editor said the source was reliable.",
        ]
    ),
    max_size=12,
)


@settings(max_examples=200, deadline=None)
@given(first=_CHROME_LINES, second=_CHROME_LINES)
def test_remembered_line_keys_are_the_keys_a_fresh_scan_gives(first: list[str], second: list[str]) -> None:
    """The chrome scan's keys remembered from one text give, for the next, what scanning it afresh gives."""
    from povcorpus.boilerplate import chrome
    from povcorpus.boilerplate.spam import default_rules

    rules = default_rules()
    chrome._LAST_LINES.clear()
    fresh = chrome._keys_of_lines(second, rules)
    chrome._keys_of_lines(first, rules)
    assert chrome._keys_of_lines(second, rules) == fresh
