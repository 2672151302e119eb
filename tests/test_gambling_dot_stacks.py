"""Chinese topic stacks joined by middle dots, a casino site's menu pasted into a sentence, go whole."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam


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
