"""The eighth spam round, written by hand in Arabic, Persian and Chinese: script names, offers, app tails."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam
from spam_checks import (
    GAMBLING,
    assert_cut,
    assert_hosts_clean_and_inside,
    changed_by_cleaning,
    hashed_half,
    hosts_found_elsewhere,
    jsonl,
    repaired_share,
    text_lines,
)

ROUND8 = GAMBLING / "handwritten_round8_scripts.jsonl"
HONEST = GAMBLING / "honest_round8_scripts.txt"


def test_round8_set_is_written_apart_from_the_other_sets() -> None:
    """The set has 120 items or more, about forty in each of its three languages, hosts in no other set."""
    records = jsonl(ROUND8)
    hosts = {record["clean"] for record in records}
    assert len(records) >= 120
    assert len(hosts) == len(records)
    for lang in ("ar", "fa", "zh"):
        assert sum(record["lang"] == lang for record in records) >= 38
    assert hosts_found_elsewhere(ROUND8) == []


def test_round8_hosts_are_clean_and_inside_their_items() -> None:
    """Each item's host comes back unchanged from ``clean_text`` and is its damaged text less one span."""
    assert_hosts_clean_and_inside(ROUND8)


def test_honest_round8_sentences_untouched() -> None:
    """Talk about gambling, regulation, lottery funding, Macau's gaming revenue and public apps stays."""
    sentences = text_lines(HONEST)
    assert len(sentences) >= 100
    changed = changed_by_cleaning(sentences)
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "افتتحت البلدية مكتبة عامة كازينو نجوم الليل مع بونص بدون إيداع في وسط المدينة.",
            "افتتحت البلدية مكتبة عامة في وسط المدينة.",
        ),
        (
            "کتابخانه روستا اسلات آنلاین با ۲۰ چرخش رایگان کتاب‌های تازه دریافت کرد.",
            "کتابخانه روستا کتاب‌های تازه دریافت کرد.",
        ),
        ("درمانگاه تازه سایت کارن‌بت کد هدیه ویژه هر روز باز است.", "درمانگاه تازه هر روز باز است."),
        (
            "کارگاه خیاطی بونوس ۵۰ درصدی اولین واریز برای زنان روستا راه افتاد.",
            "کارگاه خیاطی برای زنان روستا راه افتاد.",
        ),
    ],
)
def test_an_offer_with_its_name_goes_whole(text: str, expected: str) -> None:
    """An invented name between a gambling or site word and an offer goes with them; so do two offers."""
    assert_cut(text, expected)


def test_a_phrase_after_the_last_comma_takes_its_name() -> None:
    """A gambling phrase put after a sentence's last comma takes the name before the full stop."""
    assert_cut(
        "گزارش نشان داد که نرخ بیکاری کاهش یافته است، کازینو زنده ریمانو.",
        "گزارش نشان داد که نرخ بیکاری کاهش یافته است.",
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "انخفض معدل الفقر بنسبة 12 في المئة https://najma-bet.example/join.",
            "انخفض معدل الفقر بنسبة 12 في المئة.",
        ),
        (
            "وزعت الجمعية تطبيق اندرويد للكازينو يصل إلى 300 أسرة.",
            "وزعت الجمعية يصل إلى 300 أسرة.",
        ),
        (
            "يزور الطبيب القرية تحميل تطبيق مراهنات اندرويد لمرتين كل شهر.",
            "يزور الطبيب القرية لمرتين كل شهر.",
        ),
    ],
)
def test_host_numbers_and_words_after_an_app_word_stay(text: str, expected: str) -> None:
    """A number is a count, never a name that ties host words to a link; an unknown word after an
    app word is the host going on, not an invented name (it is one after a gambling word)."""
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "تحدثت الصحيفة عن المراهنات الرياضية بين طلاب الجامعات.",
        "پژوهشگران درباره شرط بندی آنلاین در میان نوجوانان هشدار دادند.",
        "این کتاب درباره تاریخ قمار در ایران است.",
        "أطلقت الوزارة تطبيقاً لحجز المواعيد على أندرويد وآيفون.",
        "يمكن للمزارعين تحميل تطبيق الإرشاد الزراعي مجاناً على أندرويد.",
    ],
)
def test_a_topic_after_a_preposition_and_public_apps_stay(text: str) -> None:
    """A gambling phrase after a preposition of topic is what the sentence is about; app words alone stay."""
    assert strip_spam(text).text == text


def test_round8_test_half_floor() -> None:
    """The held-out half is repaired at least as often as measured (a regression floor)."""
    pytest.importorskip("wordfreq")
    records = hashed_half(ROUND8, "test")
    assert len(records) >= 50
    assert repaired_share(records) >= 0.49  # a regression guard a little under the measured rate (0.525)
