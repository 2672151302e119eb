"""Chinese spam, tenth round (tuned on the earlier sets' tune halves): lottery jargon, Latin initials."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇里的图书馆万豪会WH官网入口每天开放。", "镇里的图书馆每天开放。"),
        ("乡里的卫生院金沙城js88官网入口新添了两台设备。", "乡里的卫生院新添了两台设备。"),
        ("恒达国际HD体育最新版县里今年新修了三条路。", "县里今年新修了三条路。"),
    ],
)
def test_a_name_ending_as_names_end_goes_with_its_latin_initials(text: str, expected: str) -> None:
    """Latin initials glued between a Han name that ends in 会, 城 or 国际 and the spam after them are the
    brand's second spelling (华体会hth), so the Han name goes with them when it reads as one."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("她每天在家照顾孩子KY棋牌官网入口。", "她每天在家照顾孩子。"),
        ("全市的体育馆都会ZX体育官网开放。", "全市的体育馆都会开放。"),
    ],
)
def test_a_host_word_before_latin_initials_stays(text: str, expected: str) -> None:
    """A host word before the initials stays: one that ends in no name ending (孩子), and one that ends in
    会 but is a word the host reads on with (都会)."""
    assert_cut(text, expected)


def test_a_product_name_with_latin_letters_stays() -> None:
    """华为P40 has the shape of a name and its initials, but no spam follows it."""
    assert strip_spam("华为P40手机在县城的门店有售。").text == "华为P40手机在县城的门店有售。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("博彩平台js99注册乡里新修了一座桥。", "乡里新修了一座桥。"),
        ("赌钱365彩票官网害了很多家庭。", "赌钱害了很多家庭。"),
        ("他说彩票平台的监管还要加强。", "他说彩票平台的监管还要加强。"),
    ],
)
def test_a_keyword_glued_before_a_latin_name_goes_with_it(text: str, expected: str) -> None:
    """A gambling and a spam word glued with nothing between to a cut that opens with a Latin or numeric name
    are the same phrase (博彩平台|js99注册); one gambling word alone is the sentence's subject (赌钱), and
    the keyword with no cut after it is the host's."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里的图书室（鑫龙电竞竞猜app）每天开放。", "村里的图书室每天开放。"),
        ("孩子们（鑫龙电竞官网的学员）参加了比赛。", "孩子们（的学员）参加了比赛。"),
        ("消息来自（新华社客户端）。", "消息来自（新华社客户端）。"),
    ],
)
def test_a_cut_after_an_opening_bracket_reaches_its_closing_one(text: str, expected: str) -> None:
    """Up to six name characters between a cut that opens a bracket and its closing bracket, with an app or
    lexicon word among them, are the phrase's (竞猜app); a function word (的) shows the host's, and a
    credit in brackets is no cut at all."""
    assert_cut(text, expected)
