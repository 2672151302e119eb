"""Page chrome of round 5, written by hand (benchmarks/chrome_round5.py): removed, honest lines kept."""

from __future__ import annotations

import datetime as dt

import pytest

from chrome_checks import BODY, DATA, chrome_benchmark, lines_of
from povcorpus._dates import parse_date, solar_hijri_to_gregorian
from povcorpus.boilerplate import strip_chrome

ROUND5 = DATA / "chrome_round5.tsv"


def test_round5_set_is_written_apart_from_rounds_2_to_4() -> None:
    """250 chrome lines or more in 16 languages or more, 150 honest lines or more, none of rounds 2 to 4."""
    module = chrome_benchmark()
    rows = module.items(ROUND5)
    chrome = [row for row in rows if row[0] == "chrome"]
    honest = [row for row in rows if row[0] == "honest"]
    assert len(chrome) >= 250
    assert len(honest) >= 150
    languages = {lang for _, lang, _ in chrome}
    assert len(languages) >= 16
    assert {"uk", "fa", "ar", "zh", "ko", "ja", "vi", "tr", "pl", "nl"} <= languages
    assert len({line for _, _, line in rows}) == len(rows)
    earlier = lines_of("chrome_round2.tsv", "chrome_round3.tsv", "chrome_round4.tsv")
    assert not {line for _, _, line in rows} & earlier


@pytest.mark.parametrize(("half", "floor"), [("tune", 0.98), ("test", 0.82)])
def test_round5_chrome_lines_are_removed(half: str, floor: float) -> None:
    """Share counters, media credits, running heads, rights and subscribe lines leave (test: 0.853)."""
    removed, lines = chrome_benchmark().scores(half, data=ROUND5)["chrome"]
    assert lines >= 150
    assert removed / lines >= floor


def test_round5_honest_lines_stay() -> None:
    """Sentences and titles about sharing costs, photo exhibitions, rights and reports come back unchanged."""
    module = chrome_benchmark()
    for half in ("tune", "test"):
        kept, lines = module.scores(half, data=ROUND5)["honest"]
        assert lines >= 70
        assert kept == lines


@pytest.mark.parametrize(
    "line",
    [
        "348 shares",
        "Auf WhatsApp teilen",
        "Deel op Facebook",
        "Photograph courtesy of the World Food Programme",
        "Beeld: Cordaid",
        "摄影/王磊",
        "Related publications",
        "Sullo stesso argomento",
        "相关专题",
        "Rapporto annuale 2021 · 19",
        "Poverty and Shared Prosperity 2022 — 56",
        "Licensed under CC BY 4.0",
        "Tutti i diritti sono riservati",
        "本网站所有内容未经许可不得转载",
        "Enter your email address to subscribe",
        "Zapisz się na newsletter",
        "Paramètres des cookies",
        "쿠키 설정",
        "Download PDF (3.4 MB)",
        "Artikel drucken",
        "By Amina Yusuf, 14 March 2023",
        "作者：陈静 2023年6月12日",
        "برو بالا",
        "Zurück zum Seitenanfang",
        "3 / 40 페이지",
        "Pag. 3 / 40",
    ],
)
def test_named_chrome_lines_leave(line: str) -> None:
    """Each line of site furniture leaves the head and the tail of a text."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text.strip() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Sharing costs between villages made the water scheme possible.",
        "A photo exhibition on migrant mothers opens in Nairobi.",
        "Rights of domestic workers are still poorly protected.",
        "Some rights to grazing land were returned to herders.",
        "Subscribers to the mobile money service doubled in a year.",
        "Printing costs fell when the district bought its own press.",
        "Back to the top of the agenda: rural water",
        "Related households were interviewed separately.",
        "By the end of 2023, the scheme covered 40 districts.",
        "Le rapport annuel 2022 montre une baisse de la pauvreté.",
        "Remonter la rivière prend deux jours en pirogue.",
        "Вернуться в деревню решили многие молодые семьи.",
        "订阅农业技术短信的农户越来越多。",
        "쿠키를 구워 파는 할머니들이 협동조합을 만들었다.",
    ],
)
def test_named_honest_lines_stay(line: str) -> None:
    """A title or a sentence with chrome's words is not a chrome line."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text == text


def test_dated_byline_and_media_credit_go_to_metadata() -> None:
    """A dated byline fills metadata.editor and metadata.date; a courtesy credit is kept among the credits."""
    result = strip_chrome(
        f"By Amina Yusuf, 14 March 2023\n\n{BODY}\n\nPhotograph courtesy of the World Food Programme"
    )
    assert result.text.strip() == BODY
    assert result.metadata.editor == "Amina Yusuf"
    assert result.metadata.date == dt.date(2023, 3, 14)
    assert "the World Food Programme" in repr(result.metadata.extra["credits"])


def test_solar_hijri_release_date_is_converted_not_read_as_gregorian() -> None:
    """۱۴۰۲/۰۳/۱۲ (12 Khordad 1402) is 2 June 2023, never the year 1402; 1402/03/12 stays raw."""
    result = strip_chrome(f"تاریخ انتشار: ۱۴۰۲/۰۳/۱۲\n\n{BODY}")
    assert result.text.strip() == BODY
    assert result.metadata.date == dt.date(2023, 6, 2)
    raw = strip_chrome(f"تاریخ انتشار: 1402/03/12\n\n{BODY}")
    assert raw.text.strip() == BODY
    assert raw.metadata.date is None
    assert raw.metadata.extra["date_text"] == "1402/03/12"


@pytest.mark.parametrize(
    ("solar", "gregorian"),
    [
        ((1402, 1, 1), dt.date(2023, 3, 21)),
        ((1403, 1, 1), dt.date(2024, 3, 20)),
        ((1403, 12, 30), dt.date(2025, 3, 20)),
        ((1404, 1, 1), dt.date(2025, 3, 21)),
        ((1357, 11, 22), dt.date(1979, 2, 11)),
        ((1402, 7, 1), dt.date(2023, 9, 23)),
    ],
)
def test_solar_hijri_days(solar: tuple[int, int, int], gregorian: dt.date) -> None:
    """New years, a leap year's last day and known days fall where the Iranian calendar puts them."""
    assert solar_hijri_to_gregorian(*solar) == gregorian


def test_solar_hijri_non_dates_and_other_years_are_not_read() -> None:
    """A 30 Esfand of a common year, a year out of the converted range, a Persian year alone: no date."""
    assert solar_hijri_to_gregorian(1402, 12, 30) is None
    assert solar_hijri_to_gregorian(1200, 1, 1) is None
    assert parse_date("۱۴۰۲") is None
    assert parse_date("2021/04/06") is not None
