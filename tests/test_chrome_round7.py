"""Page chrome of round 7, written by hand (benchmarks/chrome_round7.py): removed, honest lines kept."""

from __future__ import annotations

import pytest

from chrome_checks import BODY, DATA, chrome_benchmark, lines_of
from povcorpus.boilerplate import strip_chrome

ROUND7 = DATA / "chrome_round7.tsv"


def test_round7_set_is_written_apart_from_rounds_2_to_6() -> None:
    """300 chrome lines or more in 25 languages or more, 120 honest lines or more, none of rounds 2 to 6."""
    module = chrome_benchmark()
    rows = module.items(ROUND7)
    chrome = [row for row in rows if row[0] == "chrome"]
    honest = [row for row in rows if row[0] == "honest"]
    assert len(chrome) >= 300
    assert len(honest) >= 120
    languages = {lang for _, lang, _ in chrome}
    assert len(languages) >= 25
    assert {"cs", "bn", "sw", "pl", "tr", "vi", "id", "uk", "hi", "ja", "ko", "ar", "fa", "zh"} <= languages
    assert {lang for _, lang, _ in rows} <= set(module.BODIES)
    assert len({line for _, _, line in rows}) == len(rows)
    earlier = lines_of(*(f"chrome_round{n}.tsv" for n in range(2, 7)))
    assert not {line for _, _, line in rows} & earlier


@pytest.mark.parametrize(("half", "floor"), [("tune", 0.98), ("test", 0.80)])
def test_round7_chrome_lines_are_removed(half: str, floor: float) -> None:
    """Consent buttons, app bars, switchers, listing headings, bylines and follows leave (test: 0.800)."""
    removed, lines = chrome_benchmark().scores(half, data=ROUND7)["chrome"]
    assert lines >= 150
    assert removed / lines >= floor


def test_round7_honest_lines_stay() -> None:
    """Headings, sentences, white papers' date lines and figure sources with a year come back unchanged."""
    module = chrome_benchmark()
    for half in ("tune", "test"):
        kept, lines = module.scores(half, data=ROUND7)["honest"]
        assert lines >= 55
        assert kept == lines


@pytest.mark.parametrize(
    "line",
    [
        "Aceptar cookies | Configurar",
        "Saya setuju",
        "Get the app",
        "下载客户端",
        "Українська | English",
        "Kapcsolódó cikkek",
        "Mest lästa",
        "Follow @PovertyWatch",
        "Tufuate kwenye Facebook",
        "Keep reading ›",
        "Läs mer",
        "Tento web používá soubory cookie.",
        "Vi använder kakor för att förbättra din upplevelse.",
        "Jetzt zum Newsletter anmelden",
        "By Ahmed Rahman, staff correspondent, 4 June 2021",
        "Nguyễn Văn An | 09/11/2021 10:25",
        "Penulis: Dewi Lestari | Editor: Budi Santoso",
        "Aktualizováno 4. 5. 2021 v 10:12",
        "Cập nhật lúc 14:05 ngày 10/11/2021",
        "Φωτογραφία: ΑΠΕ-ΜΠΕ",
        "Showing 11–20 of 87 results",
        "Page précédente | Page suivante",
        "Strana 3 z 8",
        "Accessibility statement",
    ],
)
def test_named_chrome_lines_leave(line: str) -> None:
    """Each line of site furniture leaves the head and the tail of a text."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text.strip() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Related policies",
        "Reading time of children in rural schools doubled between 2015 and 2020.",
        "Source: World Bank (2020)",
        "March 2022",
        "Most households read the notices posted at the village office.",
        "The cookie factory in the district employs two hundred women.",
        "Page 2 of the report lists the twelve pilot counties.",
        "Download speeds in the villages remain low.",
        "Accept",
        "English",
        "I agree with the minister on land reform.",
        "Download the app to apply for the subsidy, officials said.",
        "Kapcsolódó szakpolitikák",
        "Follow-up visits took place six months later.",
        "Follow the money: who pays for village roads?",
    ],
)
def test_named_honest_lines_stay(line: str) -> None:
    """A heading, a sentence or a figure source with chrome's words is not a chrome line."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text == text


def test_dated_byline_goes_to_the_metadata() -> None:
    """A byline with a role between name and date leaves the text; name and date are kept."""
    result = strip_chrome(f"By Ahmed Rahman, staff correspondent, 4 June 2021\n\n{BODY}")
    assert result.text.strip() == BODY
    assert result.metadata.editor == "Ahmed Rahman"
    assert str(result.metadata.date) == "2021-06-04"
