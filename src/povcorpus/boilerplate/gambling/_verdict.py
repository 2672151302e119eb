"""Whether a run is spam: its strength, whether it belongs to its sentence, and where it stands.

A strong run (a download tail after gambling words or a name) is cut wherever it
stands; a spam-shaped one only when nothing else in its sentence is about gambling
and it does not stand where a noun phrase of the sentence would.
"""

from __future__ import annotations

import re
from bisect import bisect_left

from povcorpus.boilerplate.gambling._han_cuts import _SEO_TAIL, _SITE_TAIL, SEO_HEAD_HAN, _han_attachments
from povcorpus.boilerplate.gambling._han_names import CLAUSE_START_HAN, _product_first, _product_topic
from povcorpus.boilerplate.gambling._han_text import _CLOSING, _fused_end
from povcorpus.boilerplate.gambling._latin_cuts import _RANK_HEAD, _TAIL_LATIN, PLACES_LATIN
from povcorpus.boilerplate.gambling._latin_names import _WORD_BEFORE
from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND,
    _DOMAIN,
    _HAN,
    _HAN_BEFORE,
    _HAN_DOWNLOADS,
    _HAN_WORDS,
    _NEAR,
    _OPENING_QUOTES,
    _OTHER_CORE,
    _PRODUCTS,
    ARCADE_HAN,
    ARGUMENT_BEFORE,
    DOMAIN_NEAR_HAN,
    ENTRY_HAN,
    SITE_HAN,
    TOPIC_HAN,
    VERSION_HAN,
)
from povcorpus.boilerplate.gambling._shared import _WINDOW, ARABIC, Run, _app_talk, _in_site, _sentence

#: Bars, bullets and spaced dashes between the phrases of a run (``slot gacor | judi bola``).
_STACK_MARK = re.compile(r"\s[|•–-]\s|\s\|")
_COMMA_MARK = re.compile(r",\s")


def _stacked(line: str, run: Run) -> int:
    """2 if a Latin run is a keyword stack (phrases between bars or commas), 1 if only commas glue it, 0.

    A stack between bars or spaced dashes with a gambling word is SEO spam wherever it stands;
    one between commas is only when it does not read as a list of the sentence: a spam
    modifier in it, or every word in capitals or capitalised (``Cassino Com Bônus, Apostas
    Online``; ``Online casinos, sports betting and…`` is a list). 1 marks a comma list that is no
    stack: its strength is then its words' only if it holds a spam modifier or a name.
    """
    text = line[run.start : run.end]
    if "core" not in run.kinds or _HAN.search(text):
        return 0
    if _STACK_MARK.search(text):
        return 2
    if not _COMMA_MARK.search(text):
        return 0
    words = [word for word in re.split(r"[\s,]+", text) if word]
    capitals = all(word[:1].isupper() or not word[:1].isalpha() for word in words)
    return 2 if "spammy" in run.kinds or capitals else 1


def _belongs(line: str, run: Run, runs: list[Run], starts: list[int]) -> bool:
    """Whether the rest of the run's sentence is about gambling (another gambling or industry word)."""
    left, right = _sentence(line, run.start, run.end)
    rest = line[left : run.start] + " " + line[run.end : right]
    if _DOMAIN.search(rest):
        return True
    near = line[max(left, run.start - _NEAR) : run.start] + " " + line[run.end : min(right, run.end + _NEAR)]
    bracketed = _CLOSING.get(line[run.start - 1 : run.start]) == line[run.end : run.end + 1] != ""
    if not bracketed and any(word in near for word in DOMAIN_NEAR_HAN):  # 市場(興龍真人視訊): set apart
        return True
    others = runs[bisect_left(starts, left) : bisect_left(starts, right)]
    if _HAN.search(line[run.start : run.end]):
        # 棋牌官网67869.bet: a site's ending (.bet) after a Chinese phrase is no topic of its sentence
        others = [other for other in others if line[other.start - 1 : other.start] != "."]
    return any(
        _topic(other, line) and not _strength(other, line) and not _in_site(line, other.start)
        for other in others
        if other is not run
    )


def _topic(run: Run, line: str) -> bool:
    """Whether a run names the topic gambling: a gambling word, or a Latin bookmaker of the list.

    ``The Bet365 app was the most downloaded betting app``: the listed brand, alone or with a
    modifier, makes the sentence one about the industry, so ``betting app`` belongs.
    """
    if "core" in run.kinds:
        return True
    return "brand" in run.kinds and _BRAND.fullmatch(line[run.start : run.end].split()[0]) is not None


def _strength(run: Run, line: str) -> int:
    """2 for a download tail after gambling words or a brand; 1 for a spam-shaped phrase; 0 otherwise."""
    kinds = run.kinds
    if kinds[0] == "product":
        return 1  # a made-up name and a lone product (凤恒威真人): :func:`_product_name` weighed it
    han = bool(_HAN.search(line[run.start : run.end]))
    core = kinds.count("core")
    if han and _phone_download(line, run):
        return 0  # 用小米11手机下载了: a phone's model with 手机下载 before 了 is the sentence's verb phrase
    has_brand = "brand" in kinds or "glued" in kinds or ("name" in kinds and len(kinds) > 2)
    if "glued" in kinds:
        return 2 if any(kind in kinds for kind in ("core", "spammy", "download")) else 1
    if run.rare and kinds[1:] == ("spammy",):
        return 0  # a rare word before one bonus word is as often the host's (eenmalige bonus)
    if han and not has_brand and _framed(line, run):
        return 2  # 十大正规|棋牌游戏|网站大全, 真人平台：29782.win: SEO words or a made-up site frame it
    if han and not has_brand and _run_fused(line, run):
        return 0  # 彩票APP下载量: the run is the front of a word of the sentence
    public_app = run.rare and not core and "spammy" not in kinds and not han and _cased_name(line, run)
    if public_app and not _APK.search(line, run.start, run.end):
        # ``eGov app … i-download sa Android at iOS``: a rare name with store words alone is a public app's;
        # an APK (``Scarica Vincimax APK``) is what a side-loaded spam app ships
        return 0
    if "download" in kinds and (core or has_brand):
        first = kinds.index("download")
        if has_brand or first > 0 or (core and "download" in kinds[kinds.index("core") :]):
            return 2  # also an app word before the game and a download word after it (تطبيق مراهنات … apk)
        if not han and len(kinds) > 2 and kinds[1] == "download" and ARABIC.search(line, run.start, run.end):
            return (
                1  # دانلود اپلیکیشن شرط بندی (the app before the game): spam-shaped, weighed by its sentence
            )
    if han and _full_tail(line, run):
        return 2  # 体育官网APP下载: a site word and a download word after a modifier, with no name
    if han and not has_brand and _product_download(line, run):
        return 2  # 捕鱼游戏下载安装, 电玩安卓版: a gambling product's app, with no name
    spammy_tail = kinds[1:] and all(kind == "spammy" for kind in kinds[1:])
    product_first = spammy_tail and _product_first(line, run.start, list(kinds))
    if han and not has_brand and product_first and not _app_talk(line, run.start, run.end):
        text = line[run.start : run.end]
        product = next((word for word in _PRODUCTS if text.startswith(word)), "")
        if _product_topic(line, run.start, run.end, product):
            return 0  # 亚运会电竞官方网站公布了参赛名单: the sentence is about the matches
        lone_site = len(kinds) == 2 and text[len(product) :] in SITE_HAN
        if product in ("电子", "電子") and lone_site and _HAN.match(line[run.start - 1 : run.start]):
            return 0  # 海康电子官网: a company's name ends in 电子 (not 电子平台官网, 电子官网入口)
        entry = len(kinds) > 2 or any(word in text for word in ENTRY_HAN)
        return 2 if entry else 1  # 捕鱼登录入口 is a whole tail; 电竞官网 may be the sentence's
    if han and _bonus_offer(line, run):
        return 2  # 注册即送18彩金, 首存100送58彩金: an amount of betting credit for new players
    if len(kinds) < 2:
        return 0
    if has_brand and (core or "spammy" in kinds):
        return 1
    text = line[run.start : run.end]
    if han and not has_brand and "彩票" in text and not _OTHER_CORE.search(text):
        return 0  # 福利彩票官网: a state lottery has an official site; spam adds a name or a download
    # ``kode promo gratis ongkir``: promo codes and free words alone are a shop's offer
    spammy = kinds.count("spammy") > 1 and not han and not _SHOP_OFFER.fullmatch(text)
    if (core and "spammy" in kinds) or spammy:
        return 1  # 平台注册, 官网入口 alone are honest Chinese: a Han spam needs a brand or a gambling word
    if core and "mod" in kinds and not han and (core > 1 or not text.islower()):
        # in Chinese, 网络赌博 or 体育彩票 alone is an honest topic; spam adds a brand or 官网. In
        # lower case, one gambling word with neutral ones (``online casino games``, ``ставки на
        # спорт``) is the object of a verb as often (``play online casino games``): it is left
        return 1
    return 0


def _cased_name(line: str, run: Run) -> bool:
    """Whether the run's first word, its name, is written as e-government services name themselves: a
    small prefix letter before a capital (``eGov``, ``eUprava``, ``mSehat``), or that letter and a hyphen
    (``E-Devlet``, ``e-Health``: the run starts after the hyphen). Gambling names are written capitalised
    or in lower case (``Rabona App Download``, ``la rabona app download``)."""
    if _HYPHEN_PREFIX.search(line, max(0, run.start - 3), run.start) is not None:
        return True
    return _PREFIXED_NAME.match(line, run.start) is not None


_PREFIXED_NAME = re.compile(r"[a-z][A-Z\u0410-\u042f][^\W\d_]+")
#: The prefix letter and hyphen of an e-service right before a run (``E-`` of ``E-Devlet``).
_HYPHEN_PREFIX = re.compile(r"(?<![^\W\d_])[eEmM]-$")


#: The file of a side-loaded Android app.
_APK = re.compile(r"(?<![^\W\d_])(?:apk|апк)(?![^\W\d_])", re.IGNORECASE)


#: A letter of the Arabic script (Arabic, Persian, Urdu).
#: Spam modifiers that shops use as much as casinos (promo codes, free, cashback): a run of them and
#: nothing else is a shop's offer (``kode promo gratis ongkir``, ``promo code free delivery``).
_SHOP_WORD = (
    r"(?:promo\s+codes?|code\s+promo|codice\s+promo|kode\s+promo|c[óo]digo\s+promocional|kod\s+promocyjny"
    r"|promosyon\s+kodu|promotiecode|промокод\w*|gratis|grátis|free|cashback)"
)
_SHOP_OFFER = re.compile(_SHOP_WORD + r"(?:[\s,/|&+-]+" + _SHOP_WORD + ")*", re.IGNORECASE)
#: An amount of betting credit after an offer (18彩金, 100送58彩金, 送体验金).
_BONUS = re.compile(r"送?\d{0,6}(?:送\d{1,6})?(?:彩金|體驗金|体验金)")


def _bonus_offer(line: str, run: Run) -> bool:
    """Whether a Han run ends in an offer (注册即送, 首存) followed by betting credit (18彩金, 送体验金)."""
    text = line[run.start : run.end]
    offer = run.kinds[-1] == "spammy" and text.endswith(("送", "首存", "首充"))
    return offer and _BONUS.match(line, run.end) is not None


def _framed(line: str, run: Run) -> bool:
    """Whether a Han run of gambling or product words is framed as spam with no name before it.

    A ranking head and an SEO question or list after it (``十大正规棋牌游戏网站大全``,
    ``最新斗牛平台有哪些``), or a made-up site after a site or download word
    (``真人平台：29782.win``, ``电子游戏网址：www.mj8075.com``); after neutral words only a site
    made as gambling sites are (a number of five digits or more, or ``.bet``, ``.win``, ``.vip``:
    ``体育平台官方网站 dj1524.bet``). A site alone (``教育部官网：…``), a neutral site
    (``腾讯体育官网：qq.com``) and a topic word alone stay.
    """
    kinds, text = run.kinds, line[run.start : run.end]
    gambling = ("core" in kinds and text not in TOPIC_HAN) or any(
        word in text for word in (*_PRODUCTS, *ARCADE_HAN)
    )
    if not gambling and not ("mod" in kinds and len(kinds) > 1):
        return False
    seo_head = any(line.endswith(word, max(0, run.start - 4), run.start) for word in SEO_HEAD_HAN)
    if seo_head and _SEO_TAIL.match(line, run.end) is not None:
        return gambling
    if not set(kinds) & {"spammy", "download"}:
        return False
    site = _SITE_TAIL.match(line, run.end)
    return site is not None and (gambling or _GAMBLING_SITE.search(site.group()) is not None)


#: A site made as gambling sites are: five digits or more (not 163.com, 4399.com), or a betting ending.
_GAMBLING_SITE = re.compile(r"[0-9]{5}|\.(?:bet|win|vip)\b", re.IGNORECASE)


#: Real money in Chinese: before a product's app it is the spam's offer (真钱捕鱼游戏手机版).
_MONEY_HAN = ("真钱", "真錢")


def _product_download(line: str, run: Run) -> bool:
    """Whether a Han run is a gambling product and its download word (捕鱼游戏下载安装, 电竞APP下载).

    Left: a sentence about the product in its honest sense (fishing, matches, shows), or about apps.
    """
    text = line[run.start : run.end]
    lead = next((word for word in _MONEY_HAN if text.startswith(word)), "")  # 真钱|捕鱼游戏手机版
    text = text[len(lead) :]
    kinds = run.kinds[1:] if lead else run.kinds
    if (
        not kinds
        or kinds[0] != "mod"
        or "download" not in run.kinds
        or not set(run.kinds) <= {"mod", "download", "spammy"}
        or _versions_only(line, run)  # 电竞平台最新版: a version of a platform
    ):
        return False
    product = next((word for word in (*_PRODUCTS, *ARCADE_HAN) if text.startswith(word)), None)
    if product is None or _app_talk(line, run.start, run.end):
        return False
    return not _product_topic(line, run.start, run.end, product)


def _phone_download(line: str, run: Run) -> bool:
    """Whether a run is a phone's model and 手机下载 before 了 (用小米11手机下载了): no spam tail, a verb.

    A spam tail names the app (``APP下载``) or a product before the download word (``亚顺手机APP下载了``
    is spam); a phone downloading something is only the phone and the verb.
    """
    text = line[run.start : run.end]
    return (
        line[run.end : run.end + 1] == "了"
        and set(run.kinds) <= {"brand", "glued", "mod", "download"}
        and any(text.endswith(tail) for tail in ("手机下载", "手機下載", "手机下载安装", "手機下載安裝"))
        and not any(word in text for word in (*_PRODUCTS, *ARCADE_HAN))  # KA捕鱼手机下载了: a product's app
    )


def _full_tail(line: str, run: Run) -> bool:
    """Whether a Han run is a whole spam tail with no name: modifier, site word and download word.

    ``体育官网APP下载`` or ``娱乐官网下载APP`` in a sentence that does not talk about apps.
    """
    kinds = run.kinds
    return (
        "mod" in kinds
        and "spammy" in kinds
        and "download" in kinds
        and kinds.index("mod") < kinds.index("spammy") < kinds.index("download")
        and _HAN.match(line[run.start]) is not None
        and not _versions_only(line, run)
        and not _app_talk(line, run.start, run.end)
    )


def _versions_only(line: str, run: Run) -> bool:
    """Whether every Han download word of a run names a version (平台最新版: software news, not spam)."""
    text = line[run.start : run.end]
    found = _HAN_DOWNLOADS.findall(text)
    return bool(found) and all(word in VERSION_HAN for word in found) and "app" not in text.lower()


def _run_fused(line: str, run: Run) -> bool:
    """Whether a run's last Han word makes a longer word with the Han text after it (下载量, 下载后)."""
    for size in (3, 2):
        start = run.end - size
        if start >= run.start and _HAN.match(line[start : start + 1]):
            kind = run.kinds[-1]
            if _fused_end(line, (start, run.end, kind)) and line[start : run.end] in _HAN_WORDS:
                return True
    return False


_QUOTE_PAIRS = {"“": "”", "「": "」", "『": "』", '"': '"'}


def _quoted_object(line: str, run: Run) -> bool:
    """Whether a Han run, with what it carries, fills quotes after a preposition or particle.

    News quotes the bait it reports on (``以“注册送彩金”为诱饵``, ``所谓的“正规彩票平台推荐”``);
    spam is not put in quotes after 以, 的 or 把.
    """
    if not _HAN.search(line[run.start : run.end]):
        return False
    start, end = _han_attachments(line, run.start, run.end)
    opening = line[start - 1 : start]
    if opening not in _QUOTE_PAIRS or line[end : end + 1] != _QUOTE_PAIRS[opening]:
        return False
    return line[start - 2 : start - 1] in _HAN_BEFORE


#: A verb of playing after a word of the host, right before a run: the run is its object.
_PLAY_BEFORE = re.compile(
    r"(?<=[^\W\d_] )(?:play|plays|playing|played|jouer|jouent|jouaient|jugar|juegan|jugaban|jogar|jogam"
    r"|giocare|giocano|spielen|spielten|играть|играют|играли|oynamak|oynuyor|bermain|chơi)\s+\Z",
    re.IGNORECASE,
)


def _argument(line: str, run: Run) -> bool:
    """Whether the run sits where a noun phrase of its sentence would (after an article, as subject)."""
    if any(kind in run.kinds for kind in ("brand", "name", "glued", "product")):
        return False
    before = re.search(r"([^\W\d_]+)['’]?\s*\Z", line[max(0, run.start - _WINDOW) : run.start])
    if before is not None and before.group(1).lower() in ARGUMENT_BEFORE:
        return True
    if _PLAY_BEFORE.search(line, max(0, run.start - 30), run.start) is not None:
        return True  # ``students play poker for real money``: the object of the host's verb
    quoted = run.start - (line[run.start - 1 : run.start] in _OPENING_QUOTES)
    if line[quoted - 1 : quoted] in _HAN_BEFORE:
        return True  # 以注册送彩金为诱饵, 以“注册送彩金”为诱饵: the object of a preposition
    left, right = _sentence(line, run.start, run.end)
    if line[left : run.start].strip():
        return False
    if not line[run.end : right].strip(" \t.!?;:。！？；："):
        return True  # the phrase is the whole sentence: a heading or a topic, not an insertion
    if _HAN.match(line[run.end : run.end + 1]):
        # a Chinese subject (体育投注是……), unless a new clause starts right after it (…官方网站但是，)
        return not any(line.startswith(word, run.end) for word in CLAUSE_START_HAN)
    after = re.match(r"\s*([^\W\d_])", line[run.end :])
    # a lower-case word goes on (``casino bonuses are…``); so does a word of a script with no case
    # (``قمار آنلاین بسیاری…``), where no capital could mark a new sentence
    return after is not None and not after.group(1).isupper()


def _ranked(line: str, run: Run) -> bool:
    """Whether a Latin run is led by a ranking word (``top 10 casino``): SEO, weighed as spam-shaped.

    After an article or a preposition it is the host's noun phrase (``two of the top 10 casino
    resorts``), and it still stays where it belongs to its sentence (``top 10 betting firms paid tax``).
    """
    head = _RANK_HEAD.search(line, max(0, run.start - 24), run.start)
    if head is None or _HAN.search(line[run.start : run.end]):
        return False
    before = _WORD_BEFORE.search(line, max(0, head.start() - 14), head.start())
    return before is None or before.group(1).lower() not in ARGUMENT_BEFORE


def _attached(line: str, run: Run) -> bool:
    """Whether a Latin run carries a spam attachment (a URL, ``18+``, ``T&C apply``, a contact, hashtags).

    News does not follow a gambling phrase with a link path or a Telegram handle: such a run is
    spam wherever it stands (``harvest sports betting cashback https://…``).
    """
    return not _HAN.search(line[run.start : run.end]) and _TAIL_LATIN.match(line, run.end) is not None


_PLACE_AFTER = re.compile(r"\s+([^\W\d_]+)(\s+(?:19|20)\d\d)?(?=\s*(?:[.!?)\]]|\Z)|\s)")


def _placed(line: str, run: Run) -> bool:
    """Whether a Latin run with a gambling word targets a place as SEO does (``casino online México 2025``).

    A country or city with a year after it, or ending the sentence after two lexicon words; news
    puts a preposition before a place (``sports betting in Kenya``).
    """
    if "core" not in run.kinds or _HAN.search(line[run.start : run.end]):
        return False
    match = _PLACE_AFTER.match(line, run.end)
    if match is None or match.group(1).lower() not in PLACES_LATIN:
        return False
    if match.group(2):
        return True
    return len(run.kinds) > 1 and re.match(r"\s*(?:[.!?)\]]|\Z)", line[match.end() :]) is not None


def _linked(line: str, run: Run) -> bool:
    """Whether a gambling word is followed by a link with a path (``jogo do tigrinho pystux.com/bonus``).

    One gambling word before a bare site may be news naming an operator's site; with a path
    after it, it is an anchor text and its link.
    """
    match = _TAIL_LATIN.match(line, run.end)
    return "core" in run.kinds and match is not None and "/" in match.group().split("//")[-1]
