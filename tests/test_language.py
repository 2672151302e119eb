"""detect_language: script fast paths, the default backend on real corpus text, determinism."""

from __future__ import annotations

import multiprocessing
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.language import LanguageGuess, detect_language, normalize_code
from povcorpus.language import sample_text as sample_of
from povcorpus.language.scripts import arabic_script_language, script_counts, script_fast_path

# Short, ambiguous texts: where unseeded langdetect answers differently from run to run.
AMBIGUOUS = (
    "Drop the mic.",
    "were later",
    "Aveva 84 anni.",
    "Who are they?",
    "BEIRUT, 5. Juli (AP).",
    "la casa",
    "no pasa nada",
    "Sky bet football",
    "Release time",
    "Editor: Wang Shiyang",
    "de la",
    "Het is goed",
    "fine arts",
    "Sao Paulo",
    "Nel stesso tempo",
    "Привет как дела",
)


def _records_002(text: str) -> list[str]:
    return [record for record in re.split(r"(?m)^Source:\s*$", text) if record.strip()]


def test_every_line_of_the_italian_samples_is_italian(sample_text: dict[str, str]) -> None:
    """Each line of 000 and 001 (Italian summaries, one per line) is detected as it."""
    lines = [line for key in ("000", "001") for line in sample_text[key].splitlines() if line.strip()]
    assert len(lines) == 22
    assert {line[:40]: detect_language(line).code for line in lines} == {line[:40]: "it" for line in lines}


def test_002_has_four_english_records_and_one_persian(sample_text: dict[str, str]) -> None:
    """The five records of 002 split on 'Source:' lines are en, en, en, en, fa (never ar)."""
    records = _records_002(sample_text["002"])
    guesses = [detect_language(record) for record in records]
    assert [guess.code for guess in guesses] == ["en", "en", "en", "en", "fa"]
    assert guesses[-1].method == "script"


@pytest.mark.parametrize("prefix", ["003", "004"])
def test_white_papers_are_english(sample_text: dict[str, str], prefix: str) -> None:
    """The whole files 003 and 004 (English white papers, 004 machine-translated) are en."""
    guess = detect_language(sample_text[prefix])
    assert guess.code == "en"
    assert guess.script == "Latin"


def test_004_reports_its_chinese_characters_as_a_mixture(sample_text: dict[str, str]) -> None:
    """004 is dominated by Latin letters but its Chinese numerals show up in the script mixture."""
    scripts = dict(detect_language(sample_text["004"]).scripts)
    assert scripts["Latin"] > 0.99
    assert 0 < scripts["Han"] < 0.01


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("减贫是中国的重要任务", "zh"),
        ("減貧是中國的重要任務", "zh"),
        ("日本語のテキストです", "ja"),
        ("貧困削減は重要な課題である", "ja"),
        ("한국어 문장입니다", "ko"),
        ("این یک متن فارسی است که در آن گزارش آمده", "fa"),
        ("هذا نص عربي عن الفقر في الصين", "ar"),
        ("یہ اردو زبان میں ایک جملہ ہے", "ur"),
        ("Η φτώχεια μειώθηκε σημαντικά", "el"),
        ("ความยากจนลดลงอย่างมาก", "th"),
        ("העוני ירד באופן משמעותי", "he"),
    ],
)
def test_script_fast_paths_decide_without_a_model(text: str, code: str) -> None:
    """Scripts that tell the language alone are decided by the fast path, with no backend."""
    guess = detect_language(text)
    assert (guess.code, guess.method) == (code, "script")


def test_persian_letters_win_over_arabic_keyboard_letters() -> None:
    """Persian typed with Arabic ي/ك is still fa when Persian letters outnumber them."""
    assert arabic_script_language("گزارش پیشرفت چین در کاهش فقر") == "fa"
    assert arabic_script_language("في الصين") == "ar"
    assert arabic_script_language("من و تو") is None


def test_one_kana_does_not_make_chinese_japanese() -> None:
    """A single の in a long Chinese paragraph (a brand name) leaves it zh."""
    text = "中国政府高度重视减贫工作，" * 6 + "の"
    assert script_fast_path(text, script_counts(text))[0] == "zh"


@pytest.mark.parametrize("text", ["", "   ", "12:30 — 45%", "五", "ok", "…", "\x00\ufeff"])
def test_too_short_or_no_letters_is_und(text: str) -> None:
    """Text with no letters or too few to tell is und with zero confidence."""
    guess = detect_language(text)
    assert guess == LanguageGuess("und", 0.0, "none", guess.scripts)
    assert not guess.is_determined


def test_latin_text_with_chinese_is_decided_on_its_latin_letters() -> None:
    """A mostly English line with a Chinese numeral is en, and the mixture is reported."""
    guess = detect_language("五、Work together to build a community with a shared future for mankind")
    assert guess.code == "en"
    assert [name for name, _ in guess.scripts] == ["Latin", "Han"]


def test_backend_codes_are_normalised_to_iso_639_1() -> None:
    """Chinese variants become zh, regions are dropped, codes without ISO 639-1 give None."""
    assert normalize_code("zh-cn") == normalize_code("zh-TW") == normalize_code("yue") == "zh"
    assert normalize_code("pt_BR") == "pt"
    assert normalize_code("arz") == "ar"
    assert normalize_code("vec") is None


def test_long_text_is_sampled_from_the_whole_text(sample_text: dict[str, str]) -> None:
    """The sample of a long text is bounded, deterministic, cut at spaces and reaches its end."""
    text = sample_text["004"]
    sample = sample_of(text)
    assert len(sample) <= 2000
    assert sample == sample_of(text)
    assert len(sample) > 1500
    assert text.rindex(sample[-30:]) > len(text) - 400
    assert text.index(sample[:20]) < 300
    assert sample_of("short text") == "short text"


def _detect_all(texts: tuple[str, ...]) -> list[tuple[str, float]]:
    return [(guess.code, guess.confidence) for guess in map(detect_language, texts)]


def test_same_answers_in_fresh_spawned_processes() -> None:
    """Worker processes started with spawn (fresh interpreters) give exactly this process's answers."""
    expected = _detect_all(AMBIGUOUS)
    context = multiprocessing.get_context("spawn")
    with context.Pool(2) as pool:
        answers = pool.map_async(_detect_all, [AMBIGUOUS, AMBIGUOUS[::-1]]).get(timeout=120)
    assert answers[0] == expected
    assert answers[1] == _detect_all(AMBIGUOUS[::-1])


def test_answers_do_not_depend_on_call_order_or_global_seed(monkeypatch: pytest.MonkeyPatch) -> None:
    """An answer depends only on its text: not on earlier calls nor on langdetect's global seed."""
    from langdetect import DetectorFactory

    first = _detect_all(AMBIGUOUS)
    monkeypatch.setattr(DetectorFactory, "seed", 12345)
    detect_language("Un testo qualsiasi per cambiare lo stato del generatore casuale.")
    assert _detect_all(AMBIGUOUS[::-1])[::-1] == first


_SCRIPTS = st.sampled_from(
    [
        "abcdefghij",
        "àèéìòù",
        "减贫中国的",
        "のテキスト",
        "한국어",
        "پچژگیک",
        "يىكة",
        "абвгд",
        "αβγ",
        " .,:;!?0123\n",
        "\ud800",
        "\udfff",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.one_of(st.text(max_size=60), st.lists(_SCRIPTS, max_size=12).map("".join)))
def test_never_raises_and_answers_the_same_twice(text: str) -> None:
    """Any str gets a guess with an ISO 639-1 or und code, the same on a second call."""
    first = detect_language(text)
    assert first == detect_language(text)
    assert first.code == "und" or re.fullmatch("[a-z]{2}", first.code)
    assert 0.0 <= first.confidence <= 1.0
    assert sum(share for _, share in first.scripts) == pytest.approx(1.0, abs=0.01) or not first.scripts
