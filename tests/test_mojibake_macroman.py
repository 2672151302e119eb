"""UTF-8 read as MacRoman, which ftfy's heuristic does not flag: repaired word by word, clean text kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.cleaners import clean_text
from povcorpus.cleaners._macroman import repair_macroman

LANGID_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "langid-dev.jsonl"


def as_macroman(text: str) -> str:
    """``text`` as a program that read its UTF-8 bytes as MacRoman shows it."""
    return text.encode("utf-8").decode("mac_roman")


REPAIRED = [
    "Die Währungsreform hat die Kaufkraft der ländlichen Haushalte geschützt.",
    "El programa llegó a más de dos millones de familias en zonas rurales.",
    "La povertà assoluta è diminuita nelle regioni più colpite.",
    "Le gouvernement a créé un fonds pour l'accès à l'eau potable.",
    "A população rural recebeu ajuda para a produção de alimentos.",
    "Программа помогла сельским семьям выйти из бедности.",
    "Уряд підтримав громади у сільській місцевості.",
    "Η κυβέρνηση στήριξε τις αγροτικές περιοχές.",
    "农村贫困人口全部脱贫，这是一个历史性成就。",
    "برنامه‌ریزی برای کاهش فقر در روستاها ادامه دارد.",
    "Programul a ajutat gospodăriile din satele sărace să își crească veniturile.",
    "Merci à vous, à bientôt.",
]


@pytest.mark.parametrize("sentence", REPAIRED)
def test_macroman_mojibake_is_repaired(sentence: str) -> None:
    damaged = as_macroman(sentence)
    assert damaged != sentence
    result = clean_text(damaged, cleaners=["mojibake"])
    assert result.text == sentence
    assert all(edit.rule == "mojibake" for edit in result.edits)


KEPT = [
    "Berlin–Öland, 1990–Östersund and the Porto–Évora line",
    "“École” — «Éta» – Ósmosis and ‘Ángel’ are names.",
    "Ökonomie – Über die Armut, Étude – Åland.",
    "Il a dit «Ça va» — puis «À demain».",
    "Prices rose 3% – Œuvre sociale – “Ökologie”.",
    "Доля бедных снизилась – до 3 %.",
    "中国的扶贫工作取得了“决定性”成就——这是事实。",
]


@pytest.mark.parametrize("sentence", KEPT)
def test_clean_text_with_dashes_and_quotes_before_accents_is_kept(sentence: str) -> None:
    assert repair_macroman(sentence) is None
    assert clean_text(sentence, cleaners=["mojibake"]).text == sentence


def test_a_lone_weak_sequence_needs_a_neighbour_of_its_script() -> None:
    # "–≤" is the Russian "в" only when other words of the line are repaired Cyrillic.
    assert repair_macroman("Berlin –≤ Paris") is None
    assert repair_macroman(as_macroman("Итикава переехал в Токио")) == "Итикава переехал в Токио"


def test_a_word_mixing_scripts_after_repair_is_kept() -> None:
    assert repair_macroman("Berlin–Öland") is None  # would become BerlinЅland


def test_offsets_map_back_to_the_damaged_text() -> None:
    damaged = "Titel\n" + as_macroman("Die Währung und –") + " caf√©\nCafÃ© au lait"
    result = clean_text(damaged, cleaners=["mojibake"])
    for edit in result.edits:
        assert damaged[edit.start : edit.end] == edit.before
    assert result.text == "Titel\nDie Währung und – café\nCafé au lait"


@pytest.mark.skipif(not LANGID_DEV.exists(), reason="needs the shared language-ID dev set")
def test_clean_sentences_in_sixteen_languages_are_kept_and_their_mojibake_repaired() -> None:
    """No clean sentence is changed; nearly every one read as MacRoman comes back exactly."""
    sentences = [json.loads(line)["text"] for line in LANGID_DEV.read_text(encoding="utf-8").splitlines()]
    assert all(repair_macroman(sentence) is None for sentence in sentences)
    damaged = [sentence for sentence in sentences if not sentence.isascii()]
    exact = sum(repair_macroman(as_macroman(sentence)) == sentence for sentence in damaged)
    assert exact / len(damaged) >= 0.98, f"{exact}/{len(damaged)}"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=80))
def test_never_raises_and_a_repair_is_settled(text: str) -> None:
    repaired = repair_macroman(text)
    if repaired is not None:
        assert repaired != text
        again = clean_text(repaired, cleaners=["mojibake"]).text
        assert clean_text(again, cleaners=["mojibake"]).text == again


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.sampled_from(REPAIRED + KEPT), min_size=1, max_size=3), st.sampled_from([" ", "\n", " – "])
)
def test_clean_lines_joined_stay_clean_and_damaged_ones_come_back(sentences: list[str], joiner: str) -> None:
    text = joiner.join(sentences)
    assert clean_text(text, cleaners=["mojibake"]).text == text
    damaged = "\n".join(as_macroman(sentence) for sentence in sentences if sentence in REPAIRED)
    if damaged:
        expected = "\n".join(sentence for sentence in sentences if sentence in REPAIRED)
        assert clean_text(damaged, cleaners=["mojibake"]).text == expected
