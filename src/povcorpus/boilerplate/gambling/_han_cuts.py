"""How far a Chinese cut reaches: what spam puts around its phrase, its spaces and brackets, and stacks.

A Han run found as spam takes its version, its betting credit, its made-up site and its
SEO words; the spaces and brackets that set it apart; and the other keywords of a stack
with the separators between them.
"""

from __future__ import annotations

import math
import re
from itertools import pairwise

from povcorpus.boilerplate.gambling._han_text import (
    _CLOSING,
    _NAME_CHAR,
    _NOT_IN_HEAD,
    _cjk,
    _fused_end,
    _han_model,
)
from povcorpus.boilerplate.gambling._lexicon import (
    _CORE,
    _HAN,
    _HAN_LEXICON_WORD,
    _PRODUCTS,
    ARCADE_HAN,
    ENTRY_HAN,
    SITE_HAN,
    _han,
    _lexicon,
)
from povcorpus.boilerplate.gambling._shared import Run

#: Cost under which two characters across a cut make a word common enough to be the host's (免费 3.8).
_COMMON_ACROSS = 5.0


def _split_word_kept(line: str, start: int, end: int) -> tuple[int, int]:
    """A Han cut less its first character when a name of two or more characters follows it and the
    character makes a common word with the host after the whole cut.

    The phrase was put inside a host word (``电子商|骏峰电玩城…|务``): ``商`` makes ``商务`` with the host
    after the cut and no word with the character after it or before it. The name left must still be two
    characters long or more (a name's own first character may make a word with the host: ``华|…|为``).
    """
    if end - start < 3 or not _HAN.match(line[start : start + 1]):
        return start, end  # no Han cut: the word costs (tens of MiB) are not loaded for it
    model = _han_model()
    if model is None:
        return start, end
    costs, mapping = model
    across = (line[start] + line[end : end + 1]).translate(mapping)
    if costs.get(across, math.inf) > _COMMON_ACROSS or not _HAN.match(line[end : end + 1]):
        return start, end
    word = _HAN_LEXICON_WORD.search(line, start, min(end, start + 8))
    if (
        word is None
        or word.start() - start == 2
        or not all(_NAME_CHAR.match(char) for char in line[start : word.start()])
    ):
        return start, end  # a name of one character is none (华|…|为); 鹏瀚66 is one, and so is no name

    inside = line[start : start + 2].translate(mapping)
    before = line[start - 1 : start + 1].translate(mapping)
    if inside in costs or (len(before) == 2 and before in costs):
        return start, end
    return start + 1, end


#: What separates the keywords of a stack (``捕鱼官网|棋牌APP下载``, ``…官网、…手机版``), and the
#: name of the next keyword after it (up to six characters: ``、大满贯|彩票网页版``).
_STACK_SEPARATOR = r"(?:[ \u3000]?[、|｜_/／，,\-–—·→>»][ \u3000]?|[ \u3000])"
_STACK_GAP = re.compile(_STACK_SEPARATOR + r"[\u3400-\u9fffA-Za-z0-9]{0,6}")
_STACK_SEP = re.compile(_STACK_SEPARATOR)


def _han_stacks(line: str, spans: list[tuple[int, int]], runs: list[Run]) -> list[tuple[int, int]]:
    """``spans`` with the other keywords of a stack and the separators between them cut too.

    Spam stacks its keywords (``鸿图捕鱼在线入口|tianjin棋牌官方网站|乐享电玩城app``): a
    separator between two cuts is the stack's, and so is the name after it; a Han run next
    to a cut across a separator is the stack's next keyword when it holds two lexicon words
    with a download, site or entry word (``…官网、龙虎安卓版``), though alone it would stay; so is
    one glued with nothing between to a cut that opens with a Latin or numeric name (``彩票平台|8868注册``).
    """
    found = sorted(spans)
    extra = [
        (run.start, _han_attachments(line, run.start, run.end)[1])
        for run in runs
        if _stack_word(line, run) and not any(start < run.end and run.start < end for start, end in found)
    ]
    for _ in range(4):  # a keyword joins a stack next to a cut, then the one next to it
        added = [
            (start, end)
            for start, end in extra
            if any(_stack_join(line, cut_end, start) for _, cut_end in found)
            or any(
                _stack_join(line, end, cut_start) or _glued_before(line, end, cut_start)
                for cut_start, _ in found
            )
        ]
        if not added:
            break
        found = sorted([*found, *added])
        extra = [span for span in extra if span not in added]
    found = sorted([*found, *_sandwiched(line, found, runs)])
    merged: list[tuple[int, int]] = []
    for span in found:
        touching = (
            bool(merged)
            and span[0] == merged[-1][1]
            and _HAN.search(line[merged[-1][0] : span[1]]) is not None
        )
        # a cut that starts inside the one before (its name borrowed from it: 炸金花app|_棋牌…) joins it
        # when what it adds holds a gambling word of its own (not APP|十字会官网, a lone site word)
        touching = touching or (
            bool(merged)
            and span[0] < merged[-1][1]
            and _CORE.search(line, merged[-1][1], span[1]) is not None
        )
        if merged and (touching or _stack_join(line, merged[-1][1], span[0])):
            merged[-1] = (merged[-1][0], max(span[1], merged[-1][1]))
            continue
        merged.append(span)
    return merged


def _sandwiched(line: str, found: list[tuple[int, int]], runs: list[Run]) -> list[tuple[int, int]]:
    """The gaps between two cuts of a stack that hold one more of its keywords (``…官网，昌悦龙虎app，…``).

    A Han run with a gambling word or product that stands between two cuts, after a separator and a
    name of up to six characters and before a separator alone, is the stack's keyword, though alone it
    would stay: the whole gap goes (from the end of the cut before to the start of the cut after).
    """
    gaps = []
    for before, after in pairwise(found):
        inside = [run for run in runs if before[1] <= run.start and run.end <= after[0]]
        if len(inside) != 1:
            continue
        run = inside[0]
        text = line[run.start : run.end]
        if not _HAN.search(text) or not (
            "core" in run.kinds or any(word in text for word in (*_PRODUCTS, *ARCADE_HAN))
        ):
            continue
        lead = _STACK_GAP.fullmatch(line, before[1], run.start)
        if (
            lead is not None
            and not any(char in _NOT_IN_HEAD for char in line[before[1] : run.start])
            and _STACK_SEP.fullmatch(line, run.end, after[0]) is not None
            and _STACK_SEP.match(line, before[1]) is not None
            and line[before[1] : before[1] + 1] == line[run.end : run.end + 1]
        ):
            gaps.append((before[1], after[0]))
    return gaps


def _glued_before(line: str, end: int, start: int) -> bool:
    """Whether a keyword ending at ``end`` is glued to a cut at ``start`` that opens with a Latin or numeric
    name (``彩票平台|8868注册``): nothing between them, so the name is the keyword's too."""
    return end == start and line[start : start + 1].isascii() and line[start : start + 1].isalnum()


def _stack_join(line: str, end: int, start: int) -> bool:
    """Whether a cut Han phrase ending at ``end`` and a Han phrase at ``start`` are keywords of a stack.

    Only a separator and a name of up to six characters (no function words) stand between them.
    """
    if start <= end or not (_HAN.search(line, start, start + 8) or _HAN.search(line, max(0, end - 8), end)):
        return False  # a keyword may end or start in Latin letters (炸金花app-xinying彩票…)
    gap = _STACK_GAP.fullmatch(line, end, start)
    if gap is None or any(char in _NOT_IN_HEAD for char in line[end:start]):
        return False
    # a comma between clauses is no stack's unless only it stands between (…官网，电玩安卓版)
    return (
        not any(char in "，," for char in line[end:start])
        or _STACK_SEP.fullmatch(line, end, start) is not None
    )


def _stack_word(line: str, run: Run) -> bool:
    """Whether a Han run that was not cut reads as a keyword of a stack (龙虎安卓版, 真人在线入口).

    Two lexicon words or more, one of them a download, site or entry word, and no word the
    run makes with the text after it (下载量).
    """
    text = line[run.start : run.end]
    if len(run.kinds) < 2 or not _HAN.search(text) or _fused_end(line, (run.start, run.end, run.kinds[-1])):
        return False
    if "core" in run.kinds:
        return True  # 老虎机APP下载, 棋牌靠谱吗
    sites = any(word in text for word in (*SITE_HAN, *ENTRY_HAN))
    products = any(word in text for word in (*_PRODUCTS, *ARCADE_HAN))
    named = "brand" in run.kinds or "glued" in run.kinds  # AG真人, 开云电竞: a name and its product
    return sites or (
        products and ("download" in run.kinds or named)
    )  # not 下载APP alone: the host's as often


#: A version after a version word (``最新版v3.6.1``, ``安卓版 v2.0``): only after 版.
_VERSION = re.compile(r" ?[vV]?\d{1,3}(?:\.\d{1,4}){1,3}(?![0-9A-Za-z.])")
#: A made-up site after a Chinese phrase (``官网：hy8868.vip``, ``平台 www.kaida.one``): ASCII letters,
#: digits and a gambling spam's usual endings, with an optional path.
_SITE_TAIL = re.compile(
    r"[：:]? ?(?:https?://)?(?:www\.)?[A-Za-z0-9][A-Za-z0-9-]{1,30}"
    r"\.(?:com|net|vip|cc|win|bet|one|top|org|co|me|app|io|xyz|club|bz|tv|info|live|fun|game)"
    r"(?:/[A-Za-z0-9_./-]*)?(?![0-9A-Za-z.])",
    re.IGNORECASE,
)
#: An amount after a word that offers one (注册送38元, 首存100送58, 注册即送18彩金, 首存送100%).
_AMOUNT = re.compile(
    r"送?\d{1,6}(?:送\d{1,6})?(?:元|%|％|彩金|體驗金|体验金)?|(?<=送)(?:彩金|體驗金|体验金)|送(?:彩金|體驗金|体验金)"
)
#: An offer and an amount right before a cut (首存100送|58彩金, 注册即送|18彩金).
_OFFER_BEFORE = re.compile(r"(?:注册即?送|註冊即?送|首存|首充|新用[户戶]送)\d{0,6}送?\Z")
#: An amount glued before a cut that opens with an offer (100元|注册送彩金, 50|首充): the credit offered.
_AMOUNT_BEFORE = re.compile(r"(?<![0-9.,，、])[0-9]{1,6}元?\Z")
_OPENING_OFFERS = ("注册送", "注册即送", "注册就送", "註冊送", "註冊即送", "註冊就送", "首存", "首充")
#: Calls before a cut that fills the rest of its clause (，扫码领取|百元彩金，): the spam's own verbs.
_CALL_LEAD = re.compile(r"(?:扫码|掃碼|点击|點擊|立即)?(?:领取|領取)\Z|(?:扫码|掃碼|点击|點擊)\Z")
_CLAUSE_EDGE = "，,。；;：:！？!?"
#: Words that give a code (an invitation or referral code), and the code after one.
_CODE_WORDS = ("邀请码", "邀請碼", "推荐码", "推薦碼")
_CODE = re.compile(r"[：:]? ?[A-Za-z0-9]{2,12}(?![A-Za-z0-9])")
#: A year right before a ranking (2025十大…).
_YEAR_BEFORE = re.compile(r"(?<![0-9])(?:19|20)[0-9]{2}年?\Z")
#: Words that offer an amount (the run's last characters): 送, 首存, 首充.
_OFFERS = ("送", "首存", "首充")
#: SEO questions and lists after a Chinese spam phrase (网址是多少, 靠谱吗, 排行榜, 大全, 有哪些), maybe
#: after a word for what is ranked (网站, 软件, app); 推荐 only after one (棋牌游戏软件推荐).
SEO_TAIL_HAN = _lexicon("是多少 靠谱吗 靠譜嗎 可靠吗 排行榜前十 排行榜 排行 大全 有哪些 哪个好 哪個好")
_RANKED = ("网站", "網站", "软件", "軟件", "軟體", "app", "APP", "平台", "平臺")
_SEO_TAIL = re.compile(
    "(?:网站|網站|软件|軟件|軟體|app|APP|平台|平臺)?"
    + _han(SEO_TAIL_HAN)
    + "|(?:网站|網站|软件|軟件|軟體|app|APP|平台|平臺)(?:推荐|推薦)"
)
#: SEO words before a Chinese spam phrase (十大正规, 靠谱, 信誉): no host says 十大 right before spam;
#: the others are host words too, so they go only at a clause start.
SEO_HEAD_HAN = _lexicon("十大正规 十大正規 十大 正规 正規 靠谱 靠譜 信誉 信譽 最新")


def _han_attachments(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of a cut Chinese phrase widened over what spam puts around it.

    After it: a version after a version word (``苹果版v2.9.19``), an amount after a word
    that offers one (``注册送38元``, ``首存100送58``), a made-up site (``官网：hy8868.vip``)
    and SEO questions (``网址是多少``, ``排行榜``); before it: SEO words (``十大正规``,
    ``靠谱``). Only a cut phrase is widened: a site or a version alone stays.
    """
    seo_tail = False
    for _ in range(3):
        moved = end
        if line[end - 1 : end] == "版":
            version = _VERSION.match(line, end)
            end = version.end() if version else end
        if line.endswith(_CODE_WORDS, max(0, end - 3), end):
            code = _CODE.match(line, end)
            end = code.end() if code else end  # 邀请码888: the code a promotion gives
        if any(line.endswith(word, max(0, end - 2), end) for word in _OFFERS):
            amount = _AMOUNT.match(line, end)
            end = amount.end() if amount and amount.end() > end else end
        site = _SITE_TAIL.match(line, end)
        end = site.end() if site else end
        seo = _SEO_TAIL.match(line, end)
        end = seo.end() if seo else end
        if line.endswith(_RANKED, 0, end) and line.startswith(("推荐", "推薦"), end):
            end += 2  # 正规博彩平台|推荐
        seo_tail = seo_tail or (end > moved and line[end - 2 : end] in (*SEO_TAIL_HAN, "推荐", "推薦"))
        if end == moved:
            break
    offer = _OFFER_BEFORE.search(line, max(0, start - 12), start)
    if offer is not None:
        start = offer.start()  # 首存100送|58彩金: the offer before a cut amount of credit
    elif line.startswith(_OPENING_OFFERS, start):
        amount = _AMOUNT_BEFORE.search(line, max(0, start - 8), start)
        start = amount.start() if amount is not None else start  # 100元|注册送彩金
    lead = _CALL_LEAD.search(line, max(0, start - 4), start)
    if (
        lead is not None
        and (lead.start() == 0 or line[lead.start() - 1] in _CLAUSE_EDGE)
        and (end == len(line) or line[end] in _CLAUSE_EDGE)
    ):
        start = lead.start()  # ，扫码领取|百元彩金，: the call is all the clause holds besides the phrase
    head = next((word for word in SEO_HEAD_HAN if line.endswith(word, max(0, start - 4), start)), None)
    if head is not None and (
        head.startswith("十大")
        or seo_tail
        or not _NAME_CHAR.match(line[start - len(head) - 1 : start - len(head)])
    ):
        # 十大…, or 正规, 靠谱, 最新 at a clause start or before an SEO tail (正规…app推荐); 发布了最新|…
        # keeps its word
        start -= len(head)
        year = _YEAR_BEFORE.search(line, max(0, start - 5), start) if head.startswith("十大") else None
        start = year.start() if year else start  # 2025十大…: the ranking's year
    return start, end


def _widen(line: str, start: int, end: int) -> tuple[int, int]:
    """A Han run's cut, widened to the spaces around it between Chinese text and to its brackets.

    ``村里 鑫盛官网 的小学`` closes up to ``村里的小学`` (Chinese puts no
    space between characters, so both spaces were the spam's); a phrase in
    brackets whose first one to four name characters the name search left
    (``（新|汇丰宫官网）``) goes up to the bracket, which the mending then takes, and so does one that
    opens a bracket and leaves up to six name characters with an app or lexicon word before its closing
    one (``（星澜电竞|竞猜app）``). What spam
    puts around its phrase goes first (see :func:`_han_attachments`).
    """
    start, end = _han_attachments(line, start, end)
    if line[start - 1 : start] in ("，", "、", "；") and line[end : end + 1] in ("。", "！", "？"):
        start -= 1  # 随访，|捕鱼游戏下载安装|。: the clause mark before a phrase that ends the sentence
    left = start
    while left > 0 and line[left - 1] in " \u3000":
        left -= 1
    right = end
    while right < len(line) and line[right] in " \u3000":
        right += 1
    if (left, right) != (start, end):
        before, after = line[left - 1 : left], line[right : right + 1]
        if (before or after) and all(not char or _cjk(char) for char in (before, after)):
            return left, right
        return start, end
    opening = start
    while opening > 0 and start - opening < 4 and _NAME_CHAR.match(line[opening - 1]):
        opening -= 1
    if (
        opening < start
        and _CLOSING.get(line[opening - 1 : opening]) == line[end : end + 1]
        and not any(char in _NOT_IN_HEAD for char in line[opening:start])
    ):
        return opening, end
    closing = _CLOSING.get(line[start - 1 : start])
    closed = end
    while closing and closed < len(line) and closed - end < 6 and _NAME_CHAR.match(line[closed]):
        closed += 1
    if (
        closing
        and end < closed
        and line[closed : closed + 1] == closing
        and not any(char in _NOT_IN_HEAD for char in line[end:closed])
        and (_HAN_LEXICON_WORD.search(line, end, closed) or _APP_WORD.search(line, end, closed))
    ):
        return start, closed  # （星澜电竞|竞猜app）: the phrase's own words before its closing bracket
    return start, end


#: App words in Latin letters that a bracketed Chinese spam phrase ends with.
_APP_WORD = re.compile(r"app|apk", re.IGNORECASE)
