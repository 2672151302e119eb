"""Host text that a spam cut must leave: prepositions, years and words the injection stands next to."""

from __future__ import annotations

import pytest

from povcorpus.boilerplate import strip_spam
from povcorpus.cleaners import clean_text
from spam_checks import assert_cut


def _cut(text: str, expected: str) -> None:
    assert_cut(text, expected, needs_wordfreq=False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("救灾物资由斗牛官方下载县里统一调配。", "救灾物资由县里统一调配。"),
        ("救灾物资由龙虎APP下载-聚宝盆棋牌官网乡政府统一发放。", "救灾物资由乡政府统一发放。"),
    ],
)
def test_preposition_before_a_product_stays(text: str, expected: str) -> None:
    """由 (by) before a gambling product is the host's preposition, never a one-character name."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


def test_name_after_a_preposition_still_goes() -> None:
    """A made-up name between 由 and its product goes with the phrase; 由 alone stays."""
    pytest.importorskip("wordfreq")
    _cut("救灾物资由鑫鼎斗牛官方下载县里统一调配。", "救灾物资由县里统一调配。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A particle after the cut cannot open a clause: the word before the number is its head.
        ("清晨888体育官网的薄雾笼罩着山村。", "清晨的薄雾笼罩着山村。"),
        # An adverb that follows its subject.
        ("全乡365彩票APP下载都通上了自来水。", "全乡都通上了自来水。"),
        # The word and the host after the cut make one word, whole (欧足联, 联合国).
        ("欧足888官网登录联宣布了新赛制。", "欧足联宣布了新赛制。"),
        ("联合888体育官网国发布了报告。", "联合国发布了报告。"),
    ],
)
def test_clause_start_word_before_a_number_stays(text: str, expected: str) -> None:
    """Two Han characters at a clause start before a lucky number stay when the host after needs them."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("金沙365体育官网村里修通了公路。", "村里修通了公路。"),
        ("清晨888体育官网山村笼罩着薄雾。", "山村笼罩着薄雾。"),
        ("金沙888体育官网在产业帮扶下，村民收入翻了一番。", "在产业帮扶下，村民收入翻了一番。"),
    ],
)
def test_clause_start_name_before_a_number_still_goes(text: str, expected: str) -> None:
    """Two Han characters that fill a clause start before a number go with it when the host opens a clause."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


def test_modifier_after_a_year_before_a_host_word_stays() -> None:
    """A neutral modifier after the year that ends an SEO phrase is the host's when a host word follows."""
    result = clean_text("En topp 5 zorvex.bet slots 2025 mobil klinik öppnade i byn förra året.", lang="sv")
    assert result.text == "En mobil klinik öppnade i byn förra året."


@pytest.mark.parametrize(
    "text",
    [
        "The village opened a clinic zorvex.bet slots 2025 mobile.",
        "The village opened a clinic zorvex.bet slots mobile 2025.",
    ],
)
def test_modifier_that_ends_the_phrase_still_goes(text: str) -> None:
    """A modifier before the year, or after it at the sentence's end, goes with the phrase."""
    assert clean_text(text, lang="en").text == "The village opened a clinic."


def test_count_and_measure_word_stay() -> None:
    """A small count and its measure word before a nameless phrase (三名|电竞在线入口) are the host's."""
    pytest.importorskip("wordfreq")
    _cut("合作社今年新招了三名电竞在线入口-电玩城官方版。", "合作社今年新招了三名。")


def test_name_after_a_count_still_goes() -> None:
    """A made-up name between a count and its product goes with the phrase."""
    pytest.importorskip("wordfreq")
    _cut("扶贫干部走访了村里的每一户鑫鼎真人在线入口-捕鱼游戏官方版。", "扶贫干部走访了村里的每一户。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("这所学校开设了电子商鑫鼎电玩城最新版务和护理专业。", "这所学校开设了电子商务和护理专业。"),
        ("患者可以免鹏久捕鱼游戏官方下载费体检。", "患者可以免费体检。"),
    ],
)
def test_first_character_of_a_split_word_stays(text: str, expected: str) -> None:
    """A cut's first character that makes a common word with the host after it (商|…|务) is the host's."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # 金 and 钱 make 金钱, but a name of one character (鼎) is no name: 金 is the name's.
        ("他们把节省下来的金鼎电玩城最新版钱存进了银行。", "他们把节省下来的钱存进了银行。"),
        ("这所学校开设了鑫鼎电玩城最新版电子商务专业。", "这所学校开设了电子商务专业。"),
    ],
)
def test_two_character_name_still_goes_whole(text: str, expected: str) -> None:
    """A two-character name goes whole even when its first character makes a word with the host after."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("镇上新开了鑫鼎体育官方网站，瑞丰龙虎app，金盛捕鱼游戏官方下载一家超市。", "镇上新开了一家超市。"),
        # With the whole stack cut, the host after it shows the first character's word (免|…|费).
        (
            "学生在食堂吃饭全部免鑫鼎体育官方网站，瑞丰龙虎app，金盛捕鱼游戏官方下载费。",
            "学生在食堂吃饭全部免费。",
        ),
    ],
)
def test_keyword_between_two_cuts_of_a_stack_goes(text: str, expected: str) -> None:
    """A gambling keyword between two cuts, set off by the stack's separators, goes with the stack."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


def test_host_clause_between_two_cuts_stays() -> None:
    """A clause with function words between two cuts (我们的龙虎山景区) is the host's, not a keyword."""
    pytest.importorskip("wordfreq")
    got = strip_spam("游客先去鑫鼎体育官方网站，我们的龙虎山景区，金盛捕鱼游戏官方下载。").text
    assert "我们的龙虎山景区" in got
    assert "官方" not in got


def test_separator_between_latin_ends_of_a_stack_goes() -> None:
    """A dash between a keyword that ends in ``app`` and one that starts with pinyin is the stack's."""
    pytest.importorskip("wordfreq")
    _cut("大家把村里的路修好了鑫鼎炸金花app-xinying彩票平台登录入口。", "大家把村里的路修好了。")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # A gambling morpheme inside a compound (dorps|win|kel) makes no name.
        (
            "De vrouwen verkopen hun kaas voortaan in de dorpswinkel Zorvex88 poker promotiecode.",
            "nl",
            "De vrouwen verkopen hun kaas voortaan in de dorpswinkel.",
        ),
        # A lower-case word with letters beyond ASCII is the host's, rare or not (bet|onlandı).
        (
            "Köye giden toprak yol geçen ay betonlandı online casino not on gamstop lucky-slot.",
            "tr",
            "Köye giden toprak yol geçen ay betonlandı.",
        ),
    ],
)
def test_host_word_before_a_run_is_no_name(text: str, lang: str, expected: str) -> None:
    """A compound with a morpheme inside, or a lower-case non-ASCII word, before a run is the host's."""
    pytest.importorskip("wordfreq")
    assert clean_text(text, lang=lang).text == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "De vrouwen verkopen hun kaas voortaan in de winkel kravowin poker promotiecode.",
            "nl",
            "De vrouwen verkopen hun kaas voortaan in de winkel.",
        ),
        (
            "Köye giden toprak yol geçen ay betonlandı kravex online casino not on gamstop.",
            "tr",
            "Köye giden toprak yol geçen ay betonlandı.",
        ),
    ],
)
def test_made_up_lower_case_name_still_goes(text: str, lang: str, expected: str) -> None:
    """A lower-case ASCII name, or one that ends in its morpheme (kravo|win), goes with its run."""
    pytest.importorskip("wordfreq")
    assert clean_text(text, lang=lang).text == expected


@pytest.mark.parametrize(
    "text",
    [
        # The second keyword's cut starts inside the first (app_ read as its name): one cut, and the
        # first character goes back to its host word (价|…|格).
        "今年的茶叶品质好，价鹏瀚66炸金花app_棋牌官方下载格也涨了。",
        "今年的茶叶品质好，鹏瀚66炸金花app_棋牌官方下载价格也涨了。",
    ],
)
def test_overlapping_keywords_of_a_stack_are_one_cut(text: str) -> None:
    """Two cuts that overlap, the second with a gambling word of its own, are cut as one."""
    pytest.importorskip("wordfreq")
    _cut(text, "今年的茶叶品质好，价格也涨了。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "秋天到了，果子挂满了农家的院墙电子游戏登录网址:www.kaixin.net。",
            "秋天到了，果子挂满了农家的院墙。",
        ),
        ("货车把苹果运到省城时时彩客户端下载。", "货车把苹果运到省城。"),
    ],
)
def test_object_before_a_tail_that_ends_the_clause_stays(text: str, expected: str) -> None:
    """A word after 的, 到, 把… before a nameless tail that ends its clause is the host's noun."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Inside a clause the host's noun follows the cut: the word after 的 is the spam's name.
        ("村里的鑫鼎电子游戏登录网址小学今年扩建了。", "村里的小学今年扩建了。"),
        ("果子挂满了院墙鑫鼎电子游戏登录网址。", "果子挂满了院墙。"),
    ],
)
def test_name_before_a_tail_still_goes(text: str, expected: str) -> None:
    """A made-up name goes with its tail inside a clause, or at its end after a word that takes none."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # One character before a modifier word makes 小学 with the host after the whole stack.
        ("那所山区小体育平台网页版 | 鑫鼎电玩城安卓版学新建了操场。", "那所山区小学新建了操场。"),
        # One character that ends a word of the host before it (两旁).
        ("公路两旁电子官网登录种满了杨树。", "公路两旁种满了杨树。"),
    ],
)
def test_one_character_of_a_host_word_stays(text: str, expected: str) -> None:
    """A one-character head that makes a word with the host before it or after the cut is the host's."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


def test_one_character_name_before_a_modifier_still_goes() -> None:
    """A one-character head that makes no word with the host (爱|游戏官网) goes with the phrase."""
    pytest.importorskip("wordfreq")
    _cut("村里的爱游戏官网乡亲们都知道。", "村里的乡亲们都知道。")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("技术员正在指导农户科学施肥棋牌游戏下载安装。", "技术员正在指导农户科学施肥。"),
        ("这个县的防汛抗旱机制捕鱼游戏官方下载已经建立起来。", "这个县的防汛抗旱机制已经建立起来。"),
    ],
)
def test_plain_host_word_before_a_nameless_tail_stays(text: str, expected: str) -> None:
    """A host word that starts with no character names are made of (施肥, 机制) is no name before a tail."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("技术员正在指导农户科学施肥鑫鼎棋牌游戏下载安装。", "技术员正在指导农户科学施肥。"),
        ("这条河每年春天半岛娱乐APP下载都会涨水。", "这条河每年春天都会涨水。"),
    ],
)
def test_name_made_of_name_characters_still_goes(text: str, expected: str) -> None:
    """A name that starts with a character of business names (鑫, 半岛) goes with its tail."""
    pytest.importorskip("wordfreq")
    _cut(text, expected)


def test_seo_word_before_an_seo_tail_goes() -> None:
    """正规 before a phrase that ends in an SEO tail (app推荐) is the spam's, wherever it stands."""
    pytest.importorskip("wordfreq")
    _cut("水利部门进行了安全排查正规电玩城app推荐。", "水利部门进行了安全排查。")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Un ambulatorio mobile zorvex88 slot soldi veri visita i villaggi ogni mese.",
            "it",
            "Un ambulatorio mobile visita i villaggi ogni mese.",
        ),
        (
            "La commune propose des repas Zorvex casino argent réel gratuits aux enfants des écoles.",
            "fr",
            "La commune propose des repas gratuits aux enfants des écoles.",
        ),
    ],
)
def test_host_adjective_at_the_edge_of_a_run_stays(text: str, lang: str, expected: str) -> None:
    """mobile or gratuits next to a lower-case host word at a run's edge describes the host's noun."""
    pytest.importorskip("wordfreq")
    assert clean_text(text, lang=lang).text == expected


def test_adjective_that_ends_the_sentence_still_goes() -> None:
    """A modifier that ends the phrase at the sentence's end goes with it."""
    pytest.importorskip("wordfreq")
    text = "The clinic visits the villages every week Zorvex casino real money mobile."
    assert clean_text(text, lang="en").text == "The clinic visits the villages every week."
