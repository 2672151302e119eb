"""A spam phrase trailing a cut (instant withdrawals, bonuses) and a lone dash that opened it go too."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The cooperative sells honey bitcoin casino at Quorvo instant payouts to three cities.",
            "The cooperative sells honey to three cities.",
        ),
        (
            "Les familles reçoivent des bons alimentaires – casino crypto Velmora, "
            "retraits instantanés chaque mois.",
            "Les familles reçoivent des bons alimentaires chaque mois.",
        ),
        (
            "La clinica rurale visita gli anziani – casinò cripto Brenzo, "
            "prelievi istantanei ogni settimana.",
            "La clinica rurale visita gli anziani ogni settimana.",
        ),
        (
            "Волонтёры привозят продукты — крипто казино Мирлакс, мгновенный вывод одиноким пенсионерам.",
            "Волонтёры привозят продукты одиноким пенсионерам.",
        ),
        (
            "Los maestros rurales reciben tabletas – casino cripto Dorvano, "
            "retiros instantáneos cada trimestre.",
            "Los maestros rurales reciben tabletas cada trimestre.",
        ),
    ],
)
def test_a_trailing_payout_phrase_goes_with_its_cut(text: str, expected: str) -> None:
    """The selling point after a brand, and a dash with no partner before the promotion, are spam."""
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Regulators fined the crypto casino, which had promised instant withdrawals to its players.",
        "The lottery – run by the state, with bonus payments for pensioners – funds village sports clubs.",
        "Le casino de la ville, fermé depuis 2019, offrait des retraits instantanés à ses clients.",
        "Онлайн-казино оштрафовали: оно обещало мгновенный вывод выигрышей и бонусы новым игрокам.",
        "La commissione ha multato il casinò online Brenzo, che prometteva prelievi istantanei.",
    ],
)
def test_honest_payout_and_bonus_words_stay(text: str) -> None:
    """Sentences about casinos that promised payouts or bonuses report the promise: no cut, nothing trails."""
    assert strip_spam(text).text == text
