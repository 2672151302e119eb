"""The eighth spam round in Latin and Cyrillic script, written by hand: places before a run, dashed offers."""

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

ROUND8 = GAMBLING / "handwritten_round8_latin.jsonl"
HONEST = GAMBLING / "honest_round8_latin.txt"


def test_round8_latin_set_is_written_apart_from_the_other_sets() -> None:
    """The hand-written set has 150 items or more in 14 languages or more, hosts in no other set."""
    records = jsonl(ROUND8)
    hosts = {record["clean"] for record in records}
    assert len(records) >= 150
    assert len(hosts) == len(records)
    languages = {record["lang"] for record in records}
    assert len(languages) >= 14
    assert {"pl", "cs", "ru", "uk", "id", "vi", "tr", "sw"} <= languages
    assert hosts_found_elsewhere(ROUND8) == []


def test_round8_latin_hosts_are_clean_and_inside_their_items() -> None:
    """Each item's host comes back unchanged from ``clean_text`` and is its damaged text less one span."""
    assert_hosts_clean_and_inside(ROUND8)


def test_honest_round8_latin_sentences_untouched() -> None:
    """Regulators, lottery money, casino revenue, public apps and places after a preposition stay."""
    sentences = text_lines(HONEST)
    assert len(sentences) >= 100
    changed = changed_by_cleaning(sentences)
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Dzieci w Gdańsku kasyno online bez depozytu apk dostają darmowe obiady w szkołach.",
            "Dzieci w Gdańsku dostają darmowe obiady w szkołach.",
        ),
        (
            "Діти у Львові онлайн казино на гроші отримують безкоштовне харчування.",
            "Діти у Львові отримують безкоштовне харчування.",
        ),
        (
            "Petani yang pindah ke Lampung situs judi bola terpercaya mendapat bantuan bibit jagung.",
            "Petani yang pindah ke Lampung mendapat bantuan bibit jagung.",
        ),
        (
            "Nông dân ở Sóc Trăng tải app Korvin88 nổ hũ đổi thưởng được vay vốn ưu đãi.",
            "Nông dân ở Sóc Trăng được vay vốn ưu đãi.",
        ),
    ],
)
def test_a_place_after_a_preposition_of_place_stays(text: str, expected: str) -> None:
    """A capitalised place after w, у, ke, ở … is the host's: the run after it goes, the place stays."""
    assert_cut(text, expected)


def test_a_place_and_a_made_up_name() -> None:
    """Only a place in the shape of a place: capitals or a capital inside make a name as spam writes it."""
    from povcorpus.boilerplate.gambling._latin_names import _place_after_preposition

    line = "Dzieci w Gdańsku kasyno"
    assert _place_after_preposition(line, line.index("Gdańsku"), "Gdańsku")
    line = "Học sinh ở Điện Biên soi kèo"
    assert _place_after_preposition(line, line.index("Biên"), "Biên")
    line = "Dzieci w ZORVEX kasyno"
    assert not _place_after_preposition(line, line.index("ZORVEX"), "ZORVEX")
    line = "Players bet at Kravix casino"
    assert not _place_after_preposition(line, line.index("Kravix"), "Kravix")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Wakulima wa mahindi pakua app ya Betvuno ubashiri wamepata mbolea ya ruzuku.",
            "Wakulima wa mahindi wamepata mbolea ya ruzuku.",
        ),
        (
            "Walimu wapya sloti za pesa halisi android wameajiriwa katika shule za vijijini.",
            "Walimu wapya wameajiriwa katika shule za vijijini.",
        ),
    ],
)
def test_a_rare_host_word_among_unread_words_stays(text: str, expected: str) -> None:
    """A rare word among words no list knows (Swahili) is the host's, not a name before the run."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "La cantine scolaire sert des repas chauds – Casino Lunatra, 200 tours gratuits.",
            "La cantine scolaire sert des repas chauds.",
        ),
        (
            "Многодетные семьи получают пособие — букмекер Зорвал, фрибет 1000 рублей.",
            "Многодетные семьи получают пособие.",
        ),
    ],
)
def test_a_named_offer_after_a_dash_goes(text: str, expected: str) -> None:
    """A gambling word and a made-up name after a dash, then a spam phrase to the sentence's end, go."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "The lottery – run by the state, with bonus payments for pensioners – funds village sports clubs.",
        "Die Stadt verkaufte das Gebäude – Casino Lindau, ein Denkmal, bleibt geschlossen.",
        "The old hall – Casino Theatre, free entry for pupils – reopens in May.",
    ],
)
def test_an_aside_or_a_named_place_after_a_dash_stays(text: str) -> None:
    """An aside closed by a second dash, or a name followed by no spam phrase, is the host's."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "PARIEZ SUR LA LIGUE 1 AVEC KORBETIX Les puits construits l'an dernier fonctionnent toujours.",
            "Les puits construits l'an dernier fonctionnent toujours.",
        ),
        (
            "APOSTE NO BRASILEIRÃO COM A ZELVABET "
            "A merenda escolar compra alimentos da agricultura familiar.",
            "A merenda escolar compra alimentos da agricultura familiar.",
        ),
    ],
)
def test_a_call_in_capitals_with_a_gambling_name_goes(text: str, expected: str) -> None:
    """A call to bet in capitals and a name shaped as gambling names are is a promotion."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nemocnice v Jihlavě live ruleta za skutečné peníze otevřela novou porodnici.",
            "Nemocnice v Jihlavě otevřela novou porodnici.",
        ),
        (
            "Gençler için kurulan atölye iddaa tahminleri apk indir ücretsiz eğitim veriyor.",
            "Gençler için kurulan atölye ücretsiz eğitim veriyor.",
        ),
    ],
)
def test_czech_and_turkish_words(text: str, expected: str) -> None:
    """Czech real money and Turkish iddaa: the round's new words are read as the other languages' are."""
    assert_cut(text, expected)


def test_gambling_losses_are_a_topic() -> None:
    """Losses make a sentence about gambling: a crypto-betting study keeps its words."""
    text = "The study compared crypto betting losses with household incomes."
    assert strip_spam(text).text == text


def test_round8_latin_test_half_floor() -> None:
    """The hand-written set's held-out half is repaired at least as often as measured (a regression floor)."""
    pytest.importorskip("wordfreq")
    records = hashed_half(ROUND8, "test")
    assert len(records) >= 70
    assert repaired_share(records) >= 0.47  # a regression guard a little under the measured rate (0.500)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Enfin, arrive la rabona app download douloureuse qui est justifiée.",
            "Enfin, arrive la douloureuse qui est justifiée.",
        ),
        (
            "Así lo hizo por codere descargar app casi tres meses.",
            "Así lo hizo por casi tres meses.",
        ),
    ],
)
def test_a_lower_case_brand_after_an_article_stays_a_name(text: str, expected: str) -> None:
    """In a language the word lists cover, a rare lower-case word before a run is the phrase's name."""
    assert_cut(text, expected)
