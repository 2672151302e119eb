"""Page chrome of round 3, written by hand (benchmarks/chrome_round3.py): removed, honest lines kept."""

from __future__ import annotations

import pytest

from chrome_checks import BODY, DATA, chrome_benchmark, lines_of
from povcorpus.boilerplate import strip_chrome

ROUND2 = DATA / "chrome_round2.tsv"
ROUND3 = DATA / "chrome_round3.tsv"


def test_round3_set_is_written_apart_from_round2() -> None:
    """250 chrome lines or more in 15 languages or more, 120 honest lines or more, no line of round 2."""
    rows = chrome_benchmark().items(ROUND3)
    chrome = [row for row in rows if row[0] == "chrome"]
    honest = [row for row in rows if row[0] == "honest"]
    assert len(chrome) >= 250
    assert len(honest) >= 120
    languages = {lang for _, lang, _ in chrome}
    assert len(languages) >= 15
    assert {"zh", "ja", "ko", "ru", "ar", "fa", "tr", "vi", "id", "hi"} <= languages
    assert len({line for _, _, line in rows}) == len(rows)
    assert not {line for _, _, line in rows} & lines_of(ROUND2.name)


@pytest.mark.parametrize(("half", "floor"), [("tune", 0.97), ("test", 0.87)])
def test_round3_chrome_lines_are_removed(half: str, floor: float) -> None:
    """Skip links, page numbers, font-size widgets, QR prompts, site footers leave the text (test: 0.882)."""
    removed, lines = chrome_benchmark().scores(half, data=ROUND3)["chrome"]
    assert lines >= 150
    assert removed / lines >= floor


def test_round3_honest_lines_stay() -> None:
    """Titles and sentences about sources, editors, printing, QR codes and pages come back unchanged."""
    module = chrome_benchmark()
    for half in ("tune", "test"):
        kept, lines = module.scores(half, data=ROUND3)["honest"]
        assert kept == lines


@pytest.mark.parametrize(
    "line",
    [
        "Skip to main content",
        "Перейти к основному содержанию",
        "본문 바로가기",
        "Page 3 of 12",
        "— 12 —",
        "第3页 共12页",
        "Seite 3 von 12",
        "上一页 1 2 3 下一页",
        "Text size: A A A",
        "【字号 大 中 小】",
        "Versione stampabile",
        "印刷する",
        "Impressum | Datenschutz | Kontakt",
        "Views: 1,284",
        "浏览次数：1520",
        "扫一扫关注我们",
        "京ICP备05070218号",
        "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation.",
        "ⓒ 연합뉴스",
        "Last reviewed: 14 June 2022",
        "Редактор: Анна Смирнова",
        "编辑：张晓 校对：王丽",
        "Filed under: Poverty, Rural development",
        "このページの先頭へ",
        "Editor's picks",
    ],
)
def test_named_chrome_lines_leave(line: str) -> None:
    """Each line of site furniture leaves the head and the tail of a text."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text.strip() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Skip the middleman: farmers sell directly online",
        "The figures are on page 3 of the report.",
        "Page by page, the villagers wrote their own history.",
        "Font size matters: large print for older readers",
        "Patients scan a QR code at the clinic to book a visit.",
        "村民扫描二维码即可预约体检",
        "Donate now or later? How charities plan their appeals",
        "Terms of the loan were eased for poor households.",
        "Cookies and bread from the women's bakery sell well.",
        "Copyright reform and rural libraries",
        "Kaynak: TÜİK verilerine göre yoksulluk azaldı.",
        "Views differ on how to measure poverty.",
        "기자들은 마을 주민들의 이야기를 들었다.",
    ],
)
def test_named_honest_lines_stay(line: str) -> None:
    """A title or a sentence with chrome's words is not a chrome line."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text == text


def test_credits_of_other_scripts_go_to_metadata() -> None:
    """An editor named in Cyrillic fills metadata.editor; a Korean reporter is kept among the credits."""
    result = strip_chrome(f"Редактор: Анна Смирнова\n\n{BODY}\n\n기자 홍길동")
    assert result.text.strip() == BODY
    assert result.metadata.editor == "Анна Смирнова"
    assert "'name': '홍길동'" in repr(result.metadata.extra["credits"])
