"""Page chrome of round 4, written by hand (benchmarks/chrome_round4.py): removed, honest lines kept."""

from __future__ import annotations

import pytest

from chrome_checks import BODY, DATA, chrome_benchmark, lines_of
from povcorpus.boilerplate import strip_chrome

ROUND4 = DATA / "chrome_round4.tsv"


def test_round4_set_is_written_apart_from_rounds_2_and_3() -> None:
    """150 chrome lines or more in 12 languages or more, 60 honest lines or more, no line of rounds 2 or 3."""
    module = chrome_benchmark()
    rows = module.items(ROUND4)
    chrome = [row for row in rows if row[0] == "chrome"]
    honest = [row for row in rows if row[0] == "honest"]
    assert len(chrome) >= 150
    assert len(honest) >= 60
    assert len({lang for _, lang, _ in chrome}) >= 12
    assert len({line for _, _, line in rows}) == len(rows)
    earlier = lines_of("chrome_round2.tsv", "chrome_round3.tsv")
    assert not {line for _, _, line in rows} & earlier


@pytest.mark.parametrize(("half", "floor"), [("tune", 0.97), ("test", 0.77)])
def test_round4_chrome_lines_are_removed(half: str, floor: float) -> None:
    """Loading widgets, see-also headers, photo credits, posting lines, PDF stamps leave (test: 0.793)."""
    removed, lines = chrome_benchmark().scores(half, data=ROUND4)["chrome"]
    assert lines >= 80
    assert removed / lines >= floor


def test_round4_honest_lines_stay() -> None:
    """Titles and sentences about photos, loading, sharing and reading come back unchanged."""
    module = chrome_benchmark()
    for half in ("tune", "test"):
        kept, lines = module.scores(half, data=ROUND4)["honest"]
        assert kept == lines


@pytest.mark.parametrize(
    "line",
    [
        "Loading...",
        "Caricamento in corso...",
        "加载中...",
        "See also: Rural credit schemes",
        "Lire aussi : Le microcrédit au Sénégal",
        "См. также: Микрокредиты",
        "Más información",
        "Informasi lebih lanjut",
        "Photo — Maria Santos/UNICEF",
        "Фото © РИА Новости",
        "图片来源 | 新华社",
        "图/新华社",
        "Zdjęcie: Bank Światowy",
        "Posted on 14 May 2022 by Sarah Lee",
        "View all posts by Sarah Lee",
        "Comparte esta noticia",
        "شارك هذا المقال",
        "Tweet",
        "Accept and close",
        "Accetta tutti",
        "Public Disclosure Authorized",
        "Draft – not for citation",
        "Com informações da Agência Brasil",
        "(Reporting by Li Wei; editing by Mark Heinrich)",
    ],
)
def test_named_chrome_lines_leave(line: str) -> None:
    """Each line of site furniture leaves the head and the tail of a text."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text.strip() == BODY


@pytest.mark.parametrize(
    "line",
    [
        "Print",
        "Share",
        "Loading the trucks took the villagers all morning.",
        "See also how poverty fell in Vietnam after land reform.",
        "Related families often share land and tools.",
        "Photo exhibition shows the lives of miners' families",
        "The photo by a farmer won the national prize.",
        "Más información para los campesinos sobre sus derechos",
        "Posted workers earn less than local staff, the report says.",
        "Partager la terre entre les héritiers",
        "图片记录了村庄二十年的变化。",
        "Accept all the terms of the loan, the bank told them.",
    ],
)
def test_named_honest_lines_stay(line: str) -> None:
    """A title or a sentence with chrome's words is not a chrome line."""
    for text in (f"{line}\n\n{BODY}", f"{BODY}\n\n{line}"):
        assert strip_chrome(text).text == text


def test_photo_credit_and_posting_line_go_to_metadata() -> None:
    """A dashed photo credit is kept among the credits; a posting line's author fills metadata.editor."""
    result = strip_chrome(f"Posted on 14 May 2022 by Sarah Lee\n\n{BODY}\n\nPhoto — Maria Santos/UNICEF")
    assert result.text.strip() == BODY
    assert result.metadata.editor == "Sarah Lee"
    assert "Maria Santos/UNICEF" in repr(result.metadata.extra["credits"])
