"""Script counting: the C-speed shortcuts of dominant_script give what counting every letter gives."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus._script import dominant_script, script_counts, script_of
from povcorpus.language.scripts import arabic_script_language, keep_script

LANGID_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "langid-dev.jsonl"

# Letters and non-letters of many scripts, with the marks and signs inside their blocks.
_PIECES = (
    "abc XYZ 12 .,;’“ é ß ñ ǅ ɐ ª µ ﬁ Ａｚ ！"  # Latin, ASCII and not, and look-alikes
    "Бж ҂ ҃ Ωλ ΅ ש ׃ ع ، ٣ ە ग ि ं ॥ ক ੳ ત ଓ த ఆ ಕ മ ක ก ั ລ ཀ က ე 가 ㄱ ア ー ｱ 五 〇 々 ㄅ 𠀋 ሀ ក ᠠ"
    "ⰰ ꙁ Ꝋ ꬰ ﭐ ﹰ ︿ ᎠᏴ ⵜ 𐌰 ٠ ۰ ߀ ༠ ၀"  # Other scripts, digits of every block
)
_text = st.lists(st.sampled_from(_PIECES.split(" ")), max_size=30).map(" ".join) | st.text(max_size=40)


def reference_counts(text: str) -> Counter[str]:
    """Letters by script, one :func:`script_of` call per character."""
    return Counter(script for script in map(script_of, text) if script is not None)


def reference_dominant(text: str) -> str | None:
    """The most frequent script of the reference counts, ties to the name that sorts first."""
    counts = reference_counts(text)
    return max(sorted(counts), key=lambda script: counts[script]) if counts else None


@settings(max_examples=500, deadline=None)
@given(text=_text, repeat=st.integers(min_value=1, max_value=40))
def test_dominant_script_matches_counting_every_letter(text: str, repeat: int) -> None:
    """Every shortcut (ASCII, Latin majority, one script's majority) agrees with a full count."""
    for sample in (text, text * repeat, "a" * repeat + text, text + "五" * repeat):
        assert dominant_script(sample) == reference_dominant(sample)
        assert script_counts(sample) == reference_counts(sample)


@pytest.mark.parametrize(
    ("text", "script"),
    [
        ("", None),
        ("2021-04-06, 12:00", None),
        ("«» ’ — ١٢", None),
        ("abc 五六七", "Han"),
        ("ab 五六", "Han"),  # a tie goes to the name that sorts first
        ("Việt Nam có nhiều đường", "Latin"),
        ("हिंदी भाषा", "Devanagari"),
        ("ⰰⰱⰲ ab", "Other"),
    ],
)
def test_dominant_script_examples(text: str, script: str | None) -> None:
    """Text without letters has no script; ties, marks and unlisted scripts are counted as documented."""
    assert dominant_script(text) == script


def test_dominant_script_on_every_langid_dev_language() -> None:
    """Clean sentences of every language of the shared dev set get the script a full count gives."""
    if not LANGID_DEV.exists():
        pytest.skip("the shared langid-dev set is not beside the worktree")
    rows = [json.loads(line) for line in LANGID_DEV.read_text(encoding="utf-8").splitlines() if line]
    by_language: dict[str, list[str]] = {}
    for row in rows:
        by_language.setdefault(row["lang"], []).append(row["text"])
    for sentences in by_language.values():
        for text in (*sentences, "\n".join(sentences)):
            assert dominant_script(text) == reference_dominant(text)


_MIXED_LETTERS = "abü ÄМир中文かな한국العربيةیکپچژگٹڈڑںےہۓھيىكة123.,!\n"
_MIXED = st.text(alphabet=st.sampled_from(_MIXED_LETTERS), max_size=40)


@settings(max_examples=300, deadline=None)
@given(text=_MIXED, script=st.sampled_from(["Latin", "Arabic", "Kana", "Han", "Cyrillic", "Hangul"]))
def test_keep_script_blanks_exactly_the_letters_of_other_scripts(text: str, script: str) -> None:
    """Every letter of another script becomes a space, one for one; everything else stays."""
    keep = {"Han", "Kana"} if script == "Kana" else {script}
    expected = "".join(c if not c.isalpha() or script_of(c) in keep else " " for c in text)
    assert keep_script(text, script) == expected


@settings(max_examples=300, deadline=None)
@given(text=_MIXED)
def test_arabic_script_language_counts_each_telling_letter(text: str) -> None:
    """Urdu, Persian and Arabic letters are counted one by one, as a loop over the text counts them."""
    urdu = sum(c in "ٹڈڑںےہۓھ" for c in text)
    persian = sum(c in "پچژگیک" for c in text)
    arabic = sum(c in "يىكة" for c in text)
    found = arabic_script_language(text)
    if not urdu + persian + arabic:
        assert found is None
    elif urdu and urdu * 4 >= arabic:
        assert found == "ur"
    else:
        assert found == ("fa" if persian > arabic else "ar" if arabic > persian else None)
