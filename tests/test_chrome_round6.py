"""Page chrome of round 6, written by hand (benchmarks/chrome_round6.py): removed, honest lines kept."""

from __future__ import annotations

import pytest

from chrome_checks import BODY, DATA, chrome_benchmark, lines_of
from povcorpus.boilerplate import strip_chrome

ROUND6 = DATA / "chrome_round6.tsv"


def test_round6_set_is_written_apart_from_rounds_2_to_5() -> None:
    """300 chrome lines or more in 18 languages or more, 150 honest lines or more, none of rounds 2 to 5."""
    module = chrome_benchmark()
    rows = module.items(ROUND6)
    chrome = [row for row in rows if row[0] == "chrome"]
    honest = [row for row in rows if row[0] == "honest"]
    assert len(chrome) >= 300
    assert len(honest) >= 150
    languages = {lang for _, lang, _ in chrome}
    assert len(languages) >= 18
    assert {"ja", "ko", "th", "hi", "tr", "el", "hu", "ro", "sv", "id", "vi", "ar", "fa", "zh"} <= languages
    assert {lang for _, lang, _ in rows} <= set(module.BODIES)
    assert len({line for _, _, line in rows}) == len(rows)
    earlier = lines_of("chrome_round2.tsv", "chrome_round3.tsv", "chrome_round4.tsv", "chrome_round5.tsv")
    assert not {line for _, _, line in rows} & earlier


@pytest.mark.parametrize(("half", "floor"), [("tune", 0.98), ("test", 0.84)])
def test_round6_chrome_lines_are_removed(half: str, floor: float) -> None:
    """Credits, previous/next links, counters, account bars, tags and share lines leave (test: 0.866)."""
    removed, lines = chrome_benchmark().scores(half, data=ROUND6)["chrome"]
    assert lines >= 150
    assert removed / lines >= floor


def test_round6_honest_lines_stay() -> None:
    """Headings, sentences, a white paper's date line and figure sources with a year come back unchanged."""
    module = chrome_benchmark()
    for half in ("tune", "test"):
        kept, lines = module.scores(half, data=ROUND6)["honest"]
        assert lines >= 70
        assert kept == lines


@pytest.mark.parametrize(
    "line",
    [
        "Home -> News -> South Asia",
        "Αρχική / Δελτία Τύπου",
        "Journaliste : Hélène Girard",
        "Μετάφραση: Ελένη Νικολάου",
        "翻訳：鈴木美香",
        "记者 刘畅 通讯员 何平",
        "Next article »",
        "Próxima notícia",
        "前の記事へ",
        "23 comentários",
        "Hozzászólások (5)",
        "Log in or register to post comments",
        "Einloggen | Registrieren",
        "Mot de passe oublié ?",
        "分享到：QQ空间 新浪微博 微信",
        "Distribuie pe Facebook",
        "Release date: 14 October 2021 | Views: 2,114",
        "阅读 1.2万",
        "Posted 3 days ago",
        "Megjelent: 2022. március 14. 10:05",
        "Taggar: fattigdom, landsbygd, skola",
        "Betűméret: A- A A+",
        "© 2022 Deutsche Welthungerhilfe e.V. Alle Rechte vorbehalten.",
    ],
)
def test_named_chrome_lines_leave(line: str) -> None:
    """Each line of site furniture leaves the head and the tail of a text."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text.strip() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Next steps",
        "Sources of funding for village schools",
        "The editor of the report thanks the county officials for their help.",
        "Source: World Bank 2021",
        "April 2021",
        "Previous studies found smaller effects on girls.",
        "Comments from farmers shaped the final plan.",
        "Login problems kept many farmers from the subsidy portal.",
        "Translation: Spanish",
        "Next item: the budget for village roads",
        "Comentarios 2019",
        "Posted 3 days ago, the notice was already torn down.",
        "数据来源：国家统计局2020年农村住户调查。",
        "上一篇报告提出的建议已经落实。",
        "コメントを寄せた住民は百人を超えた。",
    ],
)
def test_named_honest_lines_stay(line: str) -> None:
    """A heading, a sentence or a figure source with chrome's words is not a chrome line."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text == text


def test_role_credit_goes_to_the_credits() -> None:
    """A translator's credit leaves the text and is kept, with its name, among the credits."""
    result = strip_chrome(f"Traduction : Marc Lefèvre\n\n{BODY}")
    assert result.text.strip() == BODY
    assert "Marc Lefèvre" in repr(result.metadata.extra["credits"])
