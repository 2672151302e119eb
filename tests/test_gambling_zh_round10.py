"""Chinese spam, tenth round (tuned on the tune halves of the earlier sets): lottery jargon as gambling words."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam
from spam_checks import assert_cut


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("合作社的仓库极速赛车开奖网去年扩建了。", "合作社的仓库去年扩建了。"),
        ("乡里的老年食堂分分彩稳赚每天供应午餐。", "乡里的老年食堂每天供应午餐。"),
        ("镇卫生院幸运飞艇官方网站新添了一台彩超机。", "镇卫生院新添了一台彩超机。"),
        ("这所小学三分彩计划群今年招了两名新老师。", "这所小学今年招了两名新老师。"),
        ("村里的水渠大小单双平台注册已经全部硬化。", "村里的水渠已经全部硬化。"),
    ],
)
def test_private_lottery_jargon_with_a_tail_goes(text: str, expected: str) -> None:
    """Games only unlicensed lottery sites run (分分彩, 极速赛车, 幸运飞艇) and their bets (大小单双) are
    gambling words, and a draw site (开奖网) or a sure win (稳赚) after one is its tail."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "极速赛车的玩法被警方认定为非法赌博。",
        "幸运飞艇的开奖结果可以随意操控，警方提醒群众不要参与。",
        "警方捣毁了一个以分分彩为幌子的网络赌博团伙。",
        "大小单双是一种常见的投注方式，专家提醒警惕网络赌博。",
        "福彩快三的销量今年增长了一成。",
        "他在北京赛车场看了一场比赛。",
        "他说投资没有稳赚不赔的买卖。",
        "中国福利彩票开奖网每天公布开奖结果。",
    ],
)
def test_lottery_jargon_as_a_topic_stays(text: str) -> None:
    """News about these games, the state lottery's own games (快三) and its draw site, and a plain
    稳赚 stay: the jargon alone is a topic, not a phrase."""
    assert strip_spam(text).text == text
