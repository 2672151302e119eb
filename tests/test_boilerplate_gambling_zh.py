"""Chinese injected spam: names before Han runs, brand-free tails, traditional text, honest Chinese kept."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam
from povcorpus.boilerplate.gambling import find_runs
from spam_checks import GAMBLING, assert_cut, changed_by_cleaning, text_lines

HONEST_ZH = GAMBLING / "honest_zh.txt"


def test_honest_chinese_check_set_untouched() -> None:
    """Every honest Chinese sentence about apps, sites, sport and lotteries comes back byte-identical."""
    sentences = text_lines(HONEST_ZH)
    assert len(sentences) >= 200
    changed = changed_by_cleaning(sentences, lang="zh")
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name that is an ordinary word before APP下载 or a gambling word with a download tail.
        ("村里的小学盛唐APP下载新建了图书馆。", "村里的小学新建了图书馆。"),
        ("这条河每年春天天下APP下载都会涨水。", "这条河每年春天都会涨水。"),
        ("这条公路全长大众老虎机下载APP八十公里。", "这条公路全长八十公里。"),
        # A name ending as names end (会), and one character before a leading modifier (爱|体育).
        ("合作社的社员金象会体育官网都很满意。", "合作社的社员都很满意。"),
        ("他在县城开了一家爱体育官网注册送彩金商店。", "他在县城开了一家商店。"),
        # The text closes up into a word across the cut (政|府): the host character stays.
        ("县政鑫博官方网站府发布了通知。", "县政府发布了通知。"),
        # A Han modifier after the download tail is the host's (冒险|游戏).
        ("动作冒险宏图下载APP游戏是冒险游戏的分支。", "动作冒险游戏是冒险游戏的分支。"),
    ],
)
def test_chinese_name_and_run_go_together(text: str, expected: str) -> None:
    """A Chinese name before its run goes with it, and the host's characters on both sides stay."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("他的成绩体育官网APP下载一直很好。", "他的成绩一直很好。"),
        ("目前他效力于娱乐官网下载APP德甲球队。", "目前他效力于德甲球队。"),
    ],
)
def test_brand_free_whole_tail_goes(text: str, expected: str) -> None:
    """A modifier, a site word and a download word with no name (体育官网APP下载) are cut as a whole."""
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "用户可以在体育官网APP下载页面找到安装包。",
        "手机用户点击娱乐官网下载APP的链接后需要登录。",
    ],
)
def test_whole_tail_in_a_sentence_about_apps_stays(text: str) -> None:
    """The same tail in a sentence that talks about apps (用户, 安装, 登录) is the sentence's own."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("合作社的社員宏圖體育投注官網都很滿意。", "合作社的社員都很滿意。"),
        ("這條公路全長體育投注下載APP八十公里。", "這條公路全長八十公里。"),
    ],
)
def test_traditional_characters(text: str, expected: str) -> None:
    """Spam in traditional characters (體育, 官網, 下載) is found like its simplified form."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "中国福利彩票官网公布了本期开奖结果。",
        "彩民可以在福利彩票官网查询中奖信息。",
        "彩票APP下载量在世界杯期间大幅增长。",
        "即开型彩票在年轻人中比较受欢迎。",
        "他买彩票中了五百元，全部捐给了村小学。",
        "这款APP下载后需要实名认证才能使用。",
        "用户可以扫码下载客户端。",
        "请到官网下载报名表。",
        "环球影城官方网站发布了门票价格。",
        "這款APP下載後需要實名認證。",
    ],
)
def test_honest_lottery_site_download_count_and_subjects_stay(text: str) -> None:
    """A lottery's site, a download count or verb, a topic compound, a pronoun or a subject is never cut."""
    assert strip_spam(text).text == text


def test_runs_know_traditional_words() -> None:
    """Traditional lexicon words (體育, 官網) make a run of the same kinds as their simplified forms."""
    [simplified] = find_runs("他的成绩体育官网很好")
    [traditional] = find_runs("他的成績體育官網很好")
    assert simplified.kinds == traditional.kinds == ("mod", "spammy")


def test_long_chinese_line_of_many_names_is_linear() -> None:
    """Two thousand named injections in one Chinese line are all cut, with their names."""
    pytest.importorskip("wordfreq")
    line = "合作社的社员金象会体育官网都很满意。" * 2000
    assert strip_spam(line).text == "合作社的社员都很满意。" * 2000
