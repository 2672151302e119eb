"""Round 8 (issue 14): a spam phrase trailing a cut, middle-dot stacks in Chinese, calls in capitals.

Every sentence here was written before the cleaner ran on it.
"""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "乡村小学新建了图书室 真人娱乐·电子游艺·体育投注 ，孩子们课后有了去处。",
            "乡村小学新建了图书室，孩子们课后有了去处。",
        ),
        ("村里修好了灌溉水渠 百家乐·棋牌游戏·捕鱼 今年粮食增产。", "村里修好了灌溉水渠今年粮食增产。"),
        ("扶贫车间 体育投注 · 真人视讯 · 彩票 吸纳了六十名村民就业。", "扶贫车间吸纳了六十名村民就业。"),
    ],
)
def test_a_gambling_menu_joined_by_dots_goes(text: str, expected: str) -> None:
    """Three phrases or more, each with a lexicon word and two with a gambling word, are a site's menu."""
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "住房·教育·医疗，是困难家庭最关心的三件事。",
        "约翰·史密斯在报告中分析了农村贫困问题。",
        "福利彩票·体育彩票·公益金使用情况公告已在省民政厅网站发布。",
        "省体育局·省体彩中心·省文旅厅联合发布了全民健身活动的通知。",
    ],
)
def test_dotted_lists_and_names_stay(text: str) -> None:
    """Topics, names and public lottery notices joined by dots hold fewer gambling words or host words."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Le village a ouvert une crèche JOUEZ AU CASINO ET GAGNEZ CHAQUE SOIR "
            "pour les mères qui travaillent.",
            "Le village a ouvert une crèche pour les mères qui travaillent.",
        ),
        (
            "В районе открыли новую школу ИГРАЙ В СЛОТЫ И ВЫИГРЫВАЙ СРАЗУ для детей из трёх сёл.",
            "В районе открыли новую школу для детей из трёх сёл.",
        ),
    ],
)
def test_a_call_to_play_in_capitals_goes(text: str, expected: str) -> None:
    """A call to play counts as the second sign of a promotion in capitals (the module is ``_capitals``)."""
    assert strip_spam(text).text == expected


def test_a_headline_in_capitals_on_a_topic_stays() -> None:
    """A block in capitals with a gambling word and no call or other sign is a headline on a topic."""
    text = "The poster read VILLAGE CLINIC OPENS AFTER LOTTERY GRANT and the nurses smiled at it."
    assert strip_spam(text).text == text


def test_one_spam_word_after_a_cut_is_left_to_the_host() -> None:
    """Only a phrase of two words or more trails a cut: a lone ``gratis`` may be the host's own."""
    from povcorpus.boilerplate.gambling._trails import spam_trails

    line = "El centro reparte vacunas Zorvabet casino gratis a los niños."
    cut = (line.index("Zorvabet"), line.index(" gratis"))
    assert spam_trails(line, [cut]) == [cut]
    line = "El centro reparte vacunas Zorvabet casino giros gratis a los niños."
    cut = (line.index("Zorvabet"), line.index(" giros"))
    assert line[slice(*spam_trails(line, [cut])[0])] == "Zorvabet casino giros gratis"
