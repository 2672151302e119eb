"""A fresh Chinese spam check set, independent of the dev set: made-up names in the shapes real spam takes.

Run from the repository root::

    python benchmarks/chinese_spam_fresh.py            # write both sets, print the rates per half
    python benchmarks/chinese_spam_fresh.py --misses   # and every miss of the tune half
    python benchmarks/chinese_spam_fresh.py --check    # rates only, from the file (nothing written)

The dev set (``tests/data/dev/spam.jsonl``) was read after tuning and its
tune half is overfit, so this set is built apart from it: no host sentence of
the dev set is used, and the spam is *composed* here rather than drawn from a
list of brands. Names are built the way Chinese gambling names are: two or
three auspicious characters (鑫, 鼎, 盈…) or an ordinary word (彩虹, 王朝),
often with a number of two to four digits before or after (``777鼎盛``,
``盈丰8868``) or Latin letters before (``HG鸿运``), often with an ending
(会, 城, 国际, 娱乐, 体育, 棋牌, 彩票, 汇, 宫, 集团); then optionally a gambling
word (真人, 百家乐, 时时彩…) and a tail (官网, 官方网站, APP下载, 手机版,
登录入口, 注册送…). The phrase is put between two Han characters, at the
start, before the final mark or after a comma, sometimes in brackets
(【】, （）, ()) or between spaces, in traditional characters for traditional
hosts and now and then for simplified ones.

Hosts are ``tests/data/gambling/hosts_zh.txt`` (written for this set: poverty
reduction, villages, health, schools) and the Chinese items of the
language-ID dev set (paragraphs cut into sentences), less any sentence of
the spam dev set. Each host gets two items; the halves are split by a hash of
the host, so a host and all its items sit in one half. Tune only on ``tune``.
``expected`` is the host: the phrase, its brackets and its spaces go.

A second set, ``fresh_zh_more.jsonl`` (:func:`items_more`, its own seed, the
same hosts and split), holds the shapes the first makes seldom: a made-up
name with a lone product, a product with site words and no name, a name that
is a word with a number or before a lone site word, three-character names,
and a phrase put before its sentence a third of the time. Each item names
its ``shape``.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from collections.abc import Callable
from pathlib import Path

from _spam_sets import read_jsonl, split_of, text_lines, write_jsonl

from povcorpus.cleaners import clean_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "gambling"
HOSTS = DATA / "hosts_zh.txt"
OUT = DATA / "fresh_zh.jsonl"
OUT_MORE = DATA / "fresh_zh_more.jsonl"
LANGID_DEV = ROOT.parent / "shared" / "data" / "langid-dev.jsonl"
DEV_SPAM = ROOT / "tests" / "data" / "dev" / "spam.jsonl"

#: Characters that gambling names are built from (wealth, luck, rank, gems, dragons).
NAME_CHARS = (
    "鑫盛鼎福运金宝豪利发财龙凤星辉恒隆汇银皇尊御盈鸿瑞旺祥顺泰润"
    + "丰华乐博彩赢胜威霸天玉海云新东亚澳钻翠富贵嘉兴"
)
#: Ordinary words that names are also made of (a name that is a word is harder: see the report).
NAME_WORDS = (
    "彩虹",
    "钻石",
    "王朝",
    "帝国",
    "风云",
    "巅峰",
    "荣耀",
    "黄金",
    "宏运",
    "神话",
    "梦想",
    "至尊",
    "传世",
    "天际",
)
#: Endings a name often has.
ENDINGS = ("会", "城", "国际", "娱乐", "体育", "棋牌", "彩票", "汇", "宫", "集团")
#: Gambling words between a name and its tail.
GAMBLE = (
    "真人",
    "百家乐",
    "时时彩",
    "六合彩",
    "捕鱼",
    "电子",
    "老虎机",
    "娱乐城",
    "体育投注",
    "真人视讯",
    "电竞",
    "棋牌游戏",
)
#: Tails.
TAILS = (
    "官网",
    "官方网站",
    "APP下载",
    "app下载",
    "手机版",
    "登录入口",
    "注册送",
    "注册送彩金",
    "官网入口",
    "最新网址",
    "手机APP下载",
    "客户端下载",
    "官网登录",
    "平台官网",
    "下载安装",
)
#: Simplified to traditional, for the characters of the phrases above.
TRADITIONAL = str.maketrans(
    "网载乐娱体国际会财龙凤辉汇银鸿顺丰华赢钻贵兴册录机视讯电竞团荣梦传运发宝户戏游时鱼亚东润云宫装台场风话门际",
    "網載樂娛體國際會財龍鳳輝匯銀鴻順豐華贏鑽貴興冊錄機視訊電競團榮夢傳運發寶戶戲遊時魚亞東潤雲宮裝臺場風話門際",
)
#: Brackets and spaces around a phrase: (left, right), weighted by how often spam has them.
WRAPPERS = (("", ""),) * 7 + (("【", "】"), ("（", "）"), ("(", ")"), (" ", " "))


def _han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def _sentences(text: str) -> list[str]:
    return [part for part in re.findall(r"[^。！？]*[。！？]", text) if len(part) >= 8]


def hosts() -> list[str]:
    """Host sentences: ours, then langid-dev's Chinese less the spam dev set's; each once, and clean."""
    found = [
        line for line in HOSTS.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")
    ]
    if LANGID_DEV.exists():
        used = set()
        for line in DEV_SPAM.read_text(encoding="utf-8").split("\n"):
            if line:
                used.add(json.loads(line)["expected"])
        for line in LANGID_DEV.read_text(encoding="utf-8").split("\n"):
            record = json.loads(line) if line else {}
            if record.get("lang") == "zh":
                found.extend(s for s in _sentences(record["text"]) if s not in used)
    unique = list(dict.fromkeys(found))
    return [host for host in unique if clean_text(host, lang="zh").text == host]


def name(rng: random.Random) -> str:
    """A made-up gambling name: characters or a word, with digits, Latin letters or an ending."""
    core = (
        rng.choice(NAME_WORDS)
        if rng.random() < 0.2
        else "".join(rng.sample(NAME_CHARS, rng.choice((2, 2, 3))))
    )
    shape = rng.random()
    if shape < 0.25:
        digits = rng.choice(("88", "888", "365", "777", "666", "8868", "9988", "518", "168", "99"))
        core = str(rng.randrange(10, 9999)) + core if rng.random() < 0.4 else digits + core
    elif shape < 0.35:
        core += rng.choice(("88", "888", "8868", "365", "99", str(rng.randrange(10, 999))))
    elif shape < 0.45:
        letters = "".join(rng.choice("ABCDEGHJKMPRSTVWXYZ") for _ in range(rng.choice((2, 2, 3))))
        core = (letters.lower() if rng.random() < 0.3 else letters) + core
    if rng.random() < 0.45:
        core += rng.choice(ENDINGS)
    return core


def phrase(rng: random.Random) -> str:
    """A spam phrase: name + tail, name + gambling word + tail, name + gambling word, or a bare tail."""
    shape = rng.random()
    if shape < 0.45:
        return name(rng) + rng.choice(TAILS)
    if shape < 0.75:
        return name(rng) + rng.choice(GAMBLE) + rng.choice(TAILS)
    if shape < 0.9:
        return name(rng) + rng.choice(GAMBLE)
    return rng.choice(GAMBLE) + rng.choice(TAILS)


def inject(host: str, spam: str, rng: random.Random) -> str | None:
    """``host`` with ``spam`` (maybe bracketed) at a start, middle, end or after-comma place."""
    middle = [i for i in range(2, len(host) - 1) if _han(host[i - 1]) and _han(host[i])]
    commas = [i for i in range(1, len(host) - 1) if host[i - 1] in "，、," and _han(host[i])]
    end = [len(host) - 1] if host[-1] in "。！？" and _han(host[-2]) else []
    start = [0] if _han(host[0]) else []
    where = rng.random()
    places = (middle if where < 0.6 else commas if where < 0.72 else end if where < 0.87 else start) or middle
    if not places:
        return None
    left, right = rng.choice(WRAPPERS)
    at = rng.choice(places)
    if left == " " and at == 0:
        left = ""
    return host[:at] + left + spam + right + host[at:]


def traditional(host: str) -> bool:
    """Whether a host reads as traditional characters (a few marker characters)."""
    return any(char in host for char in "這們個為會說來對時後與過還從國學發經")


def items() -> list[dict[str, str]]:
    """Every item, in a fixed order."""
    rng = random.Random("povcorpus-chinese-spam-fresh")
    return _build(hosts(), 2, rng, lambda rng: (phrase(rng), None), inject, mixed_traditional=True)


def _build(
    host_list: list[str],
    per_host: int,
    rng: random.Random,
    make: Callable[[random.Random], tuple[str, str | None]],
    place: Callable[[str, str, random.Random], str | None],
    *,
    mixed_traditional: bool,
) -> list[dict[str, str]]:
    """The items of one set: ``per_host`` phrases of ``make`` put into each host by ``place``.

    A phrase is written in traditional characters in a traditional host and, with
    ``mixed_traditional``, in one of ten other hosts; the item records the phrase's shape when
    ``make`` names one.
    """
    found = []
    for host in host_list:
        for _ in range(per_host):
            spam, shape = make(rng)
            if traditional(host) or (mixed_traditional and rng.random() < 0.1):
                spam = spam.replace("注册", "註冊").translate(TRADITIONAL)
            damaged = place(host, spam, rng)
            if damaged is not None:
                item = {"split": split_of(host), "input": damaged, "expected": host, "spam": spam}
                if shape is not None:
                    item["shape"] = shape
                found.append(item)
    return found


#: Words that names are made of in the second set (none of :data:`NAME_WORDS`): a name that is a word.
MORE_NAME_WORDS = (
    "辉煌",
    "吉祥",
    "好运",
    "如意",
    "财神",
    "盛世",
    "星河",
    "永恒",
    "凯旋",
    "传奇",
    "鸿福",
    "金牌",
    "皇家",
    "天下",
    "大发",
    "万达",
)
#: Gambling products that stand alone after a name, or before a site word with no name.
PRODUCTS = ("真人", "电竞", "捕鱼", "电子", "真人视讯", "电子游艺", "百家乐", "六合彩", "老虎机", "棋牌")
#: Site words that stand alone after a product or a name.
SITES = ("官网", "官方网站", "官网入口", "官网登录", "最新网址", "登录入口", "平台官网")


def han_name(rng: random.Random) -> str:
    """A name of two or three auspicious characters, no number or letters, sometimes with an ending."""
    core = "".join(rng.sample(NAME_CHARS, rng.choice((2, 3))))
    if rng.random() < 0.3:
        core += rng.choice(("会", "城", "国际", "汇", "宫"))
    return core


def phrase_more(rng: random.Random) -> tuple[str, str]:
    """A spam phrase of a shape the first set makes seldom or never, and the name of its shape.

    ``product``: a Han name with a product and nothing after (凤恒威真人); ``site``: a product and a
    site word with no name (电竞官方网站); ``word_number``: a name that is a word with a number
    (神话99, 星河8868手机版); ``word_site``: a name that is a word before a lone site word (辉煌官网);
    ``long``: a three-character name with a gambling word and a tail (新兴凤棋牌APP下载).
    """
    shape = rng.random()
    if shape < 0.25:
        return han_name(rng) + rng.choice(PRODUCTS), "product"
    if shape < 0.45:
        return rng.choice(PRODUCTS) + rng.choice(SITES), "site"
    if shape < 0.65:
        digits = rng.choice(("88", "888", "8868", "99", "365", "168", "518", "9988"))
        tail = rng.choice(("", "", *TAILS, *GAMBLE))
        return rng.choice(MORE_NAME_WORDS) + digits + tail, "word_number"
    if shape < 0.8:
        return rng.choice(MORE_NAME_WORDS) + rng.choice(
            ("官网", "官方网站", "官网入口", "最新网址")
        ), "word_site"
    name_chars = "".join(rng.sample(NAME_CHARS, 3))
    return name_chars + rng.choice(GAMBLE) + rng.choice(TAILS), "long"


def inject_more(host: str, spam: str, rng: random.Random) -> str | None:
    """``host`` with ``spam`` at its start a third of the time, else as :func:`inject` puts it."""
    if rng.random() < 0.3 and _han(host[0]):
        return spam + host
    return inject(host, spam, rng)


def items_more() -> list[dict[str, str]]:
    """The second set: the shapes of :func:`phrase_more`, names at the start more often (own seed)."""
    rng = random.Random("povcorpus-chinese-spam-fresh-2")
    return _build(hosts(), 2, rng, phrase_more, inject_more, mixed_traditional=True)


#: Host sentences of the third set, written for it (none of :data:`HOSTS`, none from langid-dev).
HOSTS_WILD = DATA / "hosts_zh_wild.txt"
OUT_WILD = DATA / "fresh_zh_wild.jsonl"
#: Name characters of the third set (few of :data:`NAME_CHARS`): names other than the first sets'.
WILD_NAME_CHARS = "宏昌亿万众腾飞翔德信诚泓沣鹏骏麒麟悦尚臻璟琪瀚浩峰岳蓝紫喜安康永久聚"
#: Names that are words or phrases, as SEO spam picks them (none of the earlier sets' words).
WILD_NAME_WORDS = (
    "大满贯",
    "乐享",
    "欢乐",
    "掌上",
    "开心",
    "幸运",
    "至尊宝",
    "聚宝盆",
    "九州",
    "四海",
    "鸿图",
    "天成",
)
#: Pinyin syllables that Latin names are made of (``hongyun``, ``jbs``).
SYLLABLES = (
    "hong",
    "yun",
    "jin",
    "bao",
    "long",
    "hao",
    "sheng",
    "fu",
    "ying",
    "da",
    "xin",
    "tian",
    "kai",
    "le",
)
#: Product words: what the site offers, alone or with a kind (棋牌游戏, 电玩城, 彩票平台).
WILD_PRODUCTS = (
    "棋牌",
    "电玩",
    "电玩城",
    "捕鱼",
    "彩票",
    "真人",
    "电子",
    "体育",
    "麻将",
    "炸金花",
    "龙虎",
    "斗牛",
    "百家乐",
    "老虎机",
    "棋牌游戏",
    "捕鱼游戏",
    "彩票平台",
    "真人娱乐",
    "体育平台",
    "电子游戏",
    "电竞",
)
#: Tails of the third set: versions, site words, app words and SEO questions.
WILD_TAILS = (
    "官方网站",
    "官网",
    "登录入口",
    "手机版",
    "最新版",
    "官网版",
    "网页版",
    "安卓版",
    "苹果版",
    "APP下载",
    "app下载",
    "下载安装",
    "官方下载",
    "在线入口",
    "最新网址",
    "官方版",
    "平台",
    "app",
    "网址是多少",
    "靠谱吗",
    "下载链接",
)
#: Amounts offered to new players.
PROMOS = (
    "注册送38元",
    "注册即送18彩金",
    "首存100送58",
    "首充送彩金",
    "新用户送88元",
    "注册送体验金",
    "首存送100%",
)
#: SEO heads of a keyword with no name.
SEO_HEADS = ("十大", "正规", "靠谱", "十大正规", "信誉", "最新", "2024", "官方")
SEO_ENDS = ("推荐", "排行榜", "排行", "官网", "大全", "有哪些")
#: Separators of a keyword stack.
STACK_SEPS = (" ", "、", "|", "_", "-", " | ", "/", "，")
#: Domain endings.
WILD_TLDS = (".com", ".vip", ".net", ".cc", ".win", ".bet", ".one", ".top")


def wild_name(rng: random.Random) -> str:
    """A name of the third set: Han characters, a word, pinyin, capitals (AG, PG) or a name with digits."""
    shape = rng.random()
    if shape < 0.4:
        core = "".join(rng.sample(WILD_NAME_CHARS, rng.choice((2, 2, 3))))
    elif shape < 0.6:
        core = rng.choice(WILD_NAME_WORDS)
    elif shape < 0.75:
        core = "".join(rng.sample(SYLLABLES, 2))
    elif shape < 0.87:
        core = "".join(rng.choice("ABDEGHJKMPSTWXY") for _ in range(rng.choice((2, 2, 3))))
    else:
        core = "".join(rng.sample(WILD_NAME_CHARS, 2)) + rng.choice(("888", "66", "9", "168", "3658", "28"))
    return core


def domain(rng: random.Random) -> str:
    """A made-up gambling domain (``hy8868.vip``, ``jinbao.com``, ``079.one``)."""
    shape = rng.random()
    if shape < 0.35:
        stem = str(rng.randrange(100, 99999))
    elif shape < 0.7:
        stem = "".join(rng.sample(SYLLABLES, 2))
    else:
        stem = "".join(rng.choice("abdehjkmpstwxy") for _ in range(2)) + str(rng.randrange(10, 9999))
    return ("www." if rng.random() < 0.2 else "") + stem + rng.choice(WILD_TLDS)


def keyword(rng: random.Random) -> str:
    """One keyword of a stack: a product and a tail, with a name before it half of the time."""
    head = wild_name(rng) if rng.random() < 0.5 else ""
    return head + rng.choice(WILD_PRODUCTS) + rng.choice(WILD_TAILS)


def phrase_wild(rng: random.Random) -> tuple[str, str]:
    """A spam phrase of the third set and the name of its shape.

    ``stack``: two to four keywords joined by spaces, 、, |, _, -, / or a comma; ``title``: a
    keyword in 【】, 「」 or 《》, sometimes with a second after a dash; ``version``: a name, a
    product and a version word with a number (``最新版v3.6.1``); ``domain``: a site word and a
    made-up domain (``官网：hy8868.vip``); ``promo``: an amount for new players (``注册送38元``);
    ``seo``: a ranking keyword with no name (``十大正规棋牌平台排行榜``); ``plain``: a name, a
    product and a tail.
    """
    shape = rng.random()
    if shape < 0.2:
        sep = rng.choice(STACK_SEPS)
        return sep.join(keyword(rng) for _ in range(rng.choice((2, 2, 3, 4)))), "stack"
    if shape < 0.32:
        left, right = rng.choice((("【", "】"), ("「", "」"), ("《", "》")))
        inner = wild_name(rng) + rng.choice(WILD_PRODUCTS) + rng.choice(WILD_TAILS)
        if rng.random() < 0.3:
            inner += rng.choice(("-", "—", "|")) + keyword(rng)
        return left + inner + right, "title"
    if shape < 0.47:
        version = f"v{rng.randrange(1, 10)}.{rng.randrange(0, 10)}.{rng.randrange(0, 20)}"
        word = rng.choice(("最新版", "安卓版", "官方版", "手机版", "苹果版", "官网版"))
        space = " " if rng.random() < 0.3 else ""
        return wild_name(rng) + rng.choice(WILD_PRODUCTS) + word + space + version, "version"
    if shape < 0.62:
        site = rng.choice(("官网", "官方网站", "网址", "官网入口", "登录网址", "平台"))
        colon = rng.choice(("：", ":", "", " "))
        front = (
            wild_name(rng) + rng.choice(WILD_PRODUCTS) if rng.random() < 0.7 else rng.choice(WILD_PRODUCTS)
        )
        return front + site + colon + domain(rng), "domain"
    if shape < 0.74:
        return wild_name(rng) + rng.choice(WILD_PRODUCTS) + rng.choice(PROMOS), "promo"
    if shape < 0.84:
        head = rng.choice(SEO_HEADS)
        return head + rng.choice(WILD_PRODUCTS) + rng.choice(("平台", "网站", "app", "软件")) + rng.choice(
            SEO_ENDS
        ), "seo"
    return wild_name(rng) + rng.choice(WILD_PRODUCTS) + rng.choice(WILD_TAILS), "plain"


def inject_wild(host: str, spam: str, rng: random.Random) -> str | None:
    """``host`` with ``spam`` at its start, inside, before its end mark or after a comma; maybe bracketed."""
    if not spam.startswith(("【", "「", "《")) and rng.random() < 0.15:
        left, right = rng.choice((("（", "）"), ("(", ")"), (" ", " "), ("【", "】")))
    else:
        left, right = "", ""
    where = rng.random()
    if where < 0.2 and _han(host[0]):
        return left + spam + right + host if left.strip() else spam + host
    middle = [i for i in range(2, len(host) - 1) if _han(host[i - 1]) and _han(host[i])]
    commas = [i for i in range(1, len(host) - 1) if host[i - 1] in "，、," and _han(host[i])]
    end = [len(host) - 1] if host[-1] in "。！？" and _han(host[-2]) else []
    places = (middle if where < 0.62 else commas if where < 0.74 else end) or middle
    if not places:
        return None
    at = rng.choice(places)
    return host[:at] + left + spam + right + host[at:]


def items_wild() -> list[dict[str, str]]:
    """The third set: :func:`phrase_wild`'s shapes over :data:`HOSTS_WILD`, three items a host (own seed)."""
    rng = random.Random("povcorpus-chinese-spam-wild-3")
    hosts_wild = [host for host in text_lines(HOSTS_WILD) if clean_text(host, lang="zh").text == host]
    return _build(hosts_wild, 3, rng, phrase_wild, inject_wild, mixed_traditional=False)


def _kept(host: str, got: str) -> bool:
    """Whether every character of ``host`` is still in ``got``, in order (nothing of the host was cut)."""
    rest = iter(got)
    return all(char in rest for char in host)


def main(argv: list[str] | None = None) -> int:
    """Write the set (unless ``--check``) and print the repair rate per half and the honest sets kept."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--misses", action="store_true", help="print the tune half's misses")
    parser.add_argument("--check", action="store_true", help="read the written set, write nothing")
    args = parser.parse_args(argv)
    for path, build in ((OUT, items), (OUT_MORE, items_more), (OUT_WILD, items_wild)):
        records = read_jsonl(path) if args.check else build()
        if not args.check:
            write_jsonl(path, records)
        for split in ("tune", "test"):
            chosen = [r for r in records if r["split"] == split]
            fixed = lost = 0
            for record in chosen:
                got = clean_text(record["input"], lang="zh").text
                fixed += got == record["expected"]
                lost += not _kept(record["expected"], got)
                if args.misses and split == "tune" and got != record["expected"]:
                    print(f"  miss [{record['spam']}]: {record['input']}\n     -> {got}")
            print(
                f"{path.name} {split}: {fixed}/{len(chosen)} = {fixed / len(chosen):.3f} repaired; "
                f"host characters lost in {lost}"
            )
    for path in (
        DATA / "honest_zh.txt",
        DATA / "honest_zh_more.txt",
        DATA / "honest_zh_products.txt",
        DATA / "honest_zh_round3.txt",
        DATA / "honest_zh_round4.txt",
    ):
        honest = text_lines(path)
        changed = [s for s in honest if clean_text(s, lang="zh").text != s]
        print(f"{path.name}: {len(honest) - len(changed)}/{len(honest)} unchanged")
        for sentence in changed:
            print(f"  changed: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
