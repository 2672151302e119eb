"""Chinese spam names by kind: glued numbers and letters, long names, products, phrases set apart."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam
from spam_checks import GAMBLING, assert_cut, changed_by_cleaning, held_out, repaired_share, text_lines


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A lucky number glued before the Han name.
        ("县里新建的图书馆8868霸恒鑽官網入口每天开放。", "县里新建的图书馆每天开放。"),
        ("小麦喜获丰收，2588华辉登录入口粮站门口排起了长队。", "小麦喜获丰收，粮站门口排起了长队。"),
        # Latin letters glued before the Han name.
        ("光伏发电项GEV祥华真人官网目每年为村集体增加收入。", "光伏发电项目每年为村集体增加收入。"),
        # A number after the Han name, and the Han part starts its clause.
        ("政府翠贵365体育app下载修建了新的水库。", "政府修建了新的水库。"),
        # A long name with a two-character ending.
        ("他获派遣前往518兴金盛国际手机APP下载担任使节。", "他获派遣前往担任使节。"),
    ],
)
def test_glued_name_goes_with_its_run(text: str, expected: str) -> None:
    """A name with a glued number or Latin letters goes whole with its run, and the edits undo."""
    assert_cut(text, expected, needs_wordfreq=False)


@pytest.mark.parametrize(
    "text",
    [
        "乘客可以通过12306官网购买火车票。",
        "全镇188个村都通了自来水。",
        "这位乡村医生365天都坚守在岗位上。",
        "2022北京冬奥会官网公布了志愿者名单。",
        "他用58同城找到了一份装修的工作。",
        "共有365名志愿者参与了运动会的服务工作。",
    ],
)
def test_numbers_that_are_not_names_stay(text: str) -> None:
    """A number before a unit, a year, or a service number of five digits is never taken for a name."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("每到夏夜365体育官网的星空格外明亮。", "每到夏夜的星空格外明亮。"),
        ("目前全村365彩票APP下载已经实现了光纤网络全覆盖。", "目前全村已经实现了光纤网络全覆盖。"),
        ("县里公布了本期365娱乐城官网开奖结果。", "县里公布了本期开奖结果。"),
        ("学生们用这个APP下宏发彩票注册载学习资料。", "学生们用这个APP下载学习资料。"),
    ],
)
def test_host_text_before_a_glued_number_or_word_stays(text: str, expected: str) -> None:
    """A host word between words before a lucky number (夏夜|365) and a split word (APP下|…|载) stay."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two characters that are all of their clause before the number: the phrase was put first.
        ("吉祥9988百家乐当地把扶贫资金登记造册。", "当地把扶贫资金登记造册。"),
        ("学校修好了，星河888手机APP下载孩子们很高兴。", "学校修好了，孩子们很高兴。"),
        # A word inside a clause goes when the host closes up into a word across the cut.
        ("他获派遣前往契丹，进皇家9988官网登录一步获得了美誉。", "他获派遣前往契丹，进一步获得了美誉。"),
        ("超过五百座水电站利用了河吉祥9988手机APP下载流的水资源。", "超过五百座水电站利用了河流的水资源。"),
        # A product alone after a word and its number.
        ("星河9988真人安置点配套建设了幼儿园。", "安置点配套建设了幼儿园。"),
    ],
)
def test_word_before_a_lucky_number_goes_with_it(text: str, expected: str) -> None:
    """A name that is a word before its number (吉祥9988) goes at a clause start or inside a host word."""
    assert_cut(text, expected)


def test_product_after_a_glued_name_goes() -> None:
    """A gambling product (真人) right after a name with a glued number is spam even with no tail."""
    pytest.importorskip("wordfreq")
    assert strip_spam("社员每天都要检查9988发赢真人羊圈。").text == "社员每天都要检查羊圈。"


@pytest.mark.parametrize(
    "text",
    [
        "CCTV新闻真人秀节目讲述了驻村干部的生活。",
        "这部电影根据真人真事改编。",
        "2022年杭州亚运会首次把电竞列为正式比赛项目。",
        "禁渔期结束后，渔民们又开始出湖捕鱼。",
    ],
)
def test_products_in_honest_text_stay(text: str) -> None:
    """真人, 电竞 and 捕鱼 as words of honest news, or after a name that is a word, stay."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里 鑫盛体育官网 的小学新建了图书馆。", "村里的小学新建了图书馆。"),
        ("残疾人康复中心为孩子提供免费训练（汇龙旺棋牌下载安装）。", "残疾人康复中心为孩子提供免费训练。"),
        (
            "藏区的牧民搬进了新居，（新汇丰宫官网登录）生活条件大为改善。",
            "藏区的牧民搬进了新居，生活条件大为改善。",
        ),
    ],
)
def test_phrase_set_apart_goes_with_its_spaces_and_brackets(text: str, expected: str) -> None:
    """Spam between two spaces in Chinese text, or filling brackets, goes with them."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "本文转载自（新华社客户端）。",
        "更多内容请关注【央视新闻客户端】。",
        "（国家统计局官网）公布了去年的农村居民收入数据。",
        "具体名单可查阅（教育部官网）。",
    ],
)
def test_credits_in_brackets_stay(text: str) -> None:
    """A lone site or app word with its owner in brackets is a credit, not spam set apart."""
    assert strip_spam(text).text == text


def test_income_elsewhere_in_the_sentence_does_not_shelter_spam() -> None:
    """收入 far from the run (人均收入) no longer makes it belong; 赌场的收入 next to it still does."""
    pytest.importorskip("wordfreq")
    damaged = "合作社带动了两百多户农民种茶，666神话城体育投注人均收入明显提高。"
    assert strip_spam(damaged).text == "合作社带动了两百多户农民种茶，人均收入明显提高。"
    assert strip_spam("澳门葡京赌场的收入下降了。").text == "澳门葡京赌场的收入下降了。"


def test_illegal_lottery_words_are_gambling_words() -> None:
    """时时彩 and 六合彩 are gambling words in a spam run, and stay in a sentence about them."""
    pytest.importorskip("wordfreq")
    assert (
        strip_spam("孩子们在操场上踢足球，宏利时时彩登录入口笑声传得很远。").text
        == "孩子们在操场上踢足球，笑声传得很远。"
    )
    assert strip_spam("香港赛马会经营的六合彩每周开奖三次。").text == "香港赛马会经营的六合彩每周开奖三次。"


def test_more_honest_chinese_sentences_untouched() -> None:
    """Every sentence of the second honest Chinese set comes back byte-identical through the cleaners."""
    sentences = text_lines(GAMBLING / "honest_zh_more.txt")
    assert len(sentences) >= 100
    changed = changed_by_cleaning(sentences, lang="zh")
    assert changed == []


def test_fresh_check_set_test_half_floor() -> None:
    """The fresh Chinese check set's test half stays repaired at nearly its measured rate."""
    pytest.importorskip("wordfreq")
    test = held_out(GAMBLING / "fresh_zh.jsonl")
    assert len(test) >= 200
    assert repaired_share(test, "zh") >= 0.8  # a regression guard a little under the measured rate


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("银财旺捕鱼官网入口退休教师自愿回村办起了辅导班。", "退休教师自愿回村办起了辅导班。"),
        ("高山上的气象站为新兴凤棋牌APP下载果农提供霜冻预警。", "高山上的气象站为果农提供霜冻预警。"),
    ],
)
def test_first_name_character_is_not_left_alone(text: str, expected: str) -> None:
    """A head leaving one character alone at a clause start or after 为 takes that character too."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


def test_measure_word_after_a_demonstrative_stays() -> None:
    """One character after 这 is a measure word of the host (这张|…), not a name's first character."""
    pytest.importorskip("wordfreq")
    assert strip_spam("这张玉皇宫娱乐城最新网址卡里的补助可以取出。").text == "这张卡里的补助可以取出。"


def test_product_honest_set_untouched() -> None:
    """Every honest sentence with a product after a name, a product's site or a number stays unchanged."""
    sentences = text_lines(GAMBLING / "honest_zh_products.txt")
    assert len(sentences) >= 60
    changed = changed_by_cleaning(sentences, lang="zh")
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("孩子们在【海运真人】新建的操场上踢足球。", "孩子们在新建的操场上踢足球。"),
        ("生态鑫发丰会电竞护林员岗位让贫困户实现了就业。", "生态护林员岗位让贫困户实现了就业。"),
        ("福丰真人集体经济壮大以后，村里给老人发放了补贴。", "集体经济壮大以后，村里给老人发放了补贴。"),
    ],
)
def test_lone_product_after_a_made_up_name_goes(text: str, expected: str) -> None:
    """A lone 真人 or 电竞 after a name that is no word, or set apart with it, goes with the name."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("老虎机最新网址这位老党员带领乡亲们种核桃。", "这位老党员带领乡亲们种核桃。"),
        ("移民新村的道路两旁种满了桂【捕鱼官网登录】花树。", "移民新村的道路两旁种满了桂花树。"),
        ("这片沙地经过二十年治捕鱼官方网站理，已经变成了绿洲。", "这片沙地经过二十年治理，已经变成了绿洲。"),
        # A common word before a product's site tail is the host's.
        ("村民看病捕鱼官方网站不用再跑远路。", "村民看病不用再跑远路。"),
        ("这个贫困县去年正式退出了贫困县序列捕鱼登录入口。", "这个贫困县去年正式退出了贫困县序列。"),
    ],
)
def test_product_with_site_words_goes_without_a_name(text: str, expected: str) -> None:
    """A product or gambling word with site words is a spam tail on its own; a common word before it stays."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "杭州亚运会电竞官方网站公布了参赛名单。",
        "海康电子官网发布了新一代摄像头。",
        "滔搏电竞宣布签下了一名新教练。",
        "冬天的查干湖上，渔工们凿开冰面捕鱼。",
    ],
)
def test_products_in_their_honest_sense_stay(text: str) -> None:
    """A product in a sentence about matches, fishing or a company (…电子官网) stays."""
    assert strip_spam(text).text == text


def test_made_up_name_with_a_lone_site_word_in_brackets_goes() -> None:
    """A made-up name (東金) with a lone 官方網站 filling brackets is spam; a body's credit (教育部) stays."""
    pytest.importorskip("wordfreq")
    assert strip_spam("直呼其名字會顯得【東金官方網站】非常不禮貌。").text == "直呼其名字會顯得非常不禮貌。"
    assert strip_spam("具体名单可查阅（教育部官网）。").text == "具体名单可查阅（教育部官网）。"


def test_second_fresh_check_set_test_half_floor() -> None:
    """The second fresh set's test half (products, word names, names at the start) stays near its rate."""
    pytest.importorskip("wordfreq")
    test = held_out(GAMBLING / "fresh_zh_more.jsonl")
    assert len(test) >= 200
    assert repaired_share(test, "zh") >= 0.70  # a regression guard a little under the measured rate (0.731)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("易地扶贫搬迁安置点配套建设了幼凯旋官方网站儿园。", "易地扶贫搬迁安置点配套建设了幼儿园。"),
        ("合作社带 皇家官方网站 动了两百多户农民种植茶叶。", "合作社带动了两百多户农民种植茶叶。"),
    ],
)
def test_word_name_before_a_lone_site_word_goes_inside_a_host_word(text: str, expected: str) -> None:
    """A name that is a word before a lone 官网 goes when the host closes up into a word across the cut."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


def test_public_body_site_stays() -> None:
    """A public body's name (…局, …馆) before a lone site word is its own site, not a gambling name."""
    assert strip_spam("县文旅局官网推出了乡村旅游线路。").text == "县文旅局官网推出了乡村旅游线路。"


def test_run_before_a_new_clause_is_no_subject() -> None:
    """A tail at a sentence start before a connective (但是) was put there; before a verb it is a subject."""
    pytest.importorskip("wordfreq")
    assert strip_spam("老虎机官方网站但是，它没有做好准备。").text == "但是，它没有做好准备。"
    assert strip_spam("体育投注是一种赌博行为。").text == "体育投注是一种赌博行为。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("永恒官网学前教育普及后，孩子能在家门口上幼儿园。", "学前教育普及后，孩子能在家门口上幼儿园。"),
        ("传世下载安装家庭医生签约服务让慢性病患者得到了照护。", "家庭医生签约服务让慢性病患者得到了照护。"),
        ("据报道，吉祥最新网址这条公路修通以后游客多了。", "据报道，这条公路修通以后游客多了。"),
    ],
)
def test_word_name_at_a_clause_start_goes(text: str, expected: str) -> None:
    """A word name filling its clause start goes with the site or app tail that a new clause follows."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "小米官网显示，新款手机将于下月上市。",
        "红十字会官网公开了捐款的使用情况。",
        "新华网官网开设了乡村振兴专栏。",
        "微信下载安装后，老人也能视频通话了。",
        "抖音下载安装量在农村地区增长很快。",
        "届时发达国家可以相互就对方的计划公开提问。",
    ],
)
def test_own_site_at_a_clause_start_stays(text: str) -> None:
    """A site or app that is the sentence's own (a verb or a count follows it) keeps its name."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == text


def test_round3_honest_set_untouched() -> None:
    """Every honest sentence written for the third round's rules comes back byte-identical."""
    sentences = text_lines(GAMBLING / "honest_zh_round3.txt")
    assert len(sentences) >= 60
    changed = changed_by_cleaning(sentences, lang="zh")
    assert changed == []


@pytest.mark.parametrize(
    "text",
    ["村民用自己的小米11手机下载了学习强国。", "我们的天猫双11官网活动吸引了很多农户参加。"],
)
def test_phone_model_and_shopping_festival_stay(text: str) -> None:
    """A phone's model before 手机下载了 and the number of 双11 are the host's, not a spam name."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == text


def test_bracketed_run_is_not_next_to_an_industry_word() -> None:
    """A spam name and gambling product set apart in brackets goes even right after 市場 or 收入."""
    pytest.importorskip("wordfreq")
    text = "在2014年建了四座市場(興龍真人視訊)。"
    assert strip_spam(text).text == "在2014年建了四座市場。"
    honest = "彩票市场（体育彩票）今年的销量增长了一成。"
    assert strip_spam(honest).text == honest


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("水利部门在干旱地区推广了滴灌技术财神官网。", "水利部门在干旱地区推广了滴灌技术。"),
        ("黄牛养殖带动了很多农户致富天际国际最新网址。", "黄牛养殖带动了很多农户致富。"),
    ],
)
def test_word_name_before_a_site_at_the_sentence_end_goes(text: str, expected: str) -> None:
    """A name that is a word before a site tail ending its sentence goes when no verb of going leads to it."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    "text",
    ["更多信息请访问小米官网。", "本次活动的报名渠道包括京东官网。", "具体的开放时间以故宫官网。"],
)
def test_site_a_sentence_points_to_stays(text: str) -> None:
    """A site at a sentence's end after a verb or preposition of going there keeps its name."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == text
