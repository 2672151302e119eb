"""Generate ``tests/data/dev/spam.jsonl``: gambling and app-download spam injected into unrelated sentences.

Run ``python benchmarks/devset/spam.py`` from the repository root (it writes
the file, then prints the repair rate of the ``spam`` cleaner on each half).

Hosts are sentences of the language-ID dev set in English, Italian, Chinese,
French, Spanish, German and Portuguese; a spam phrase is inserted between two
words (or before the final mark). The *tune* and *test* halves (split by a
hash of the host) draw on different brands, phrase vocabularies and
download tails, so the test half measures generalisation to spam wordings the
rules were not written against. ``expected`` is the host itself.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _boilerplate_common import hosts, rng, row, split_of, write

KIND = "spam"

# Pools per half: brand-like names, gambling phrases, download tails.
BRANDS = {
    "tune": [
        "Sky bet",
        "Bet365",
        "Betway",
        "1xBet",
        "Unibet",
        "Dafabet",
        "Betfair",
        "Stake",
        "BC.Game",
        "Melbet",
        "Parimatch",
        "22Bet",
        "Mostbet",
        "Pinnacle",
        "Bodog",
        "Kwiff",
        "Rabona",
        "Zodiacbet",
        "Gxmble",
    ],
    "test": [
        "Luckywin88",
        "Roobet",
        "Betwinner",
        "Spinzo",
        "Fortunabet",
        "JackpotCity",
        "Rollbit",
        "Vavada",
        "Casumo",
        "Leovegas",
        "Megapari",
        "Betano",
        "Wildz",
        "Bovada",
        "Jet4bet",
    ],
}
GAMBLE_EN = {
    "tune": [
        "online sports betting",
        "online casino",
        "live casino",
        "sports betting",
        "slots",
        "poker online",
        "football betting",
        "betting tips",
        "casino games",
        "online gambling",
        "baccarat online",
    ],
    "test": [
        "crypto casino",
        "bitcoin betting site",
        "real money slots",
        "esports betting",
        "live roulette",
        "online sportsbook",
        "casino bonus",
        "free spins no deposit",
        "real money poker",
        "betting odds",
        "online blackjack",
        "jackpot slots",
    ],
}
GAMBLE_IT = {
    "tune": ["scommesse sportive", "casinò online", "scommesse calcio", "slot online", "poker online"],
    "test": [
        "scommesse online",
        "casino soldi veri",
        "giochi d'azzardo online",
        "bonus senza deposito",
        "roulette online",
    ],
}
DOWNLOAD = {
    "tune": ["APP download", "app download", "download app", "APK download", "download", "android ios"],
    "test": [
        "apk android",
        "app ios android",
        "download the app",
        "APP DOWNLOAD",
        "mobile app download",
        "apk",
        "official app",
    ],
}
DOWNLOAD_IT = {"tune": ["scarica l'app", "app download"], "test": ["scarica app", "app android"]}
BRANDS_ZH = {
    "tune": [
        "澳门新葡京",
        "威廉希尔",
        "亚博",
        "开云",
        "乐鱼",
        "bob体育",
        "金沙娱乐",
        "天博",
        "鸿运国际",
        "金牛会",
        "大发",
        "星空",
        "易博",
    ],
    "test": ["九游会", "ob体育", "华体会", "米乐", "188金宝博", "欧宝", "必威"],
}
GAMBLE_ZH = {
    "tune": ["体育投注", "网上博彩", "真人娱乐", "在线赌场", "足球投注", "棋牌游戏", "老虎机"],
    "test": ["线上娱乐城", "体育博彩", "百家乐", "电子游艺", "网络赌博平台", "彩票投注", "真人视讯"],
}
DOWNLOAD_ZH = {
    "tune": ["APP下载", "官网", "下载APP", "注册送彩金"],
    "test": ["官方入口", "app下载", "手机版下载", "官网登录", "客户端下载"],
}


#: A second Chinese batch (added later, its own random stream, so the first batch is unchanged): more
#: brands no list knows, in Han characters or Latin letters and digits glued to Han, and more shapes.
BRANDS_ZH_MORE = {
    "tune": [
        *("雷竞技", "半岛", "爱游戏", "博鱼", "凯发", "万博"),
        *("明升", "伟德", "kok体育", "365体育", "金宝"),
    ],
    "test": ["江南", "利记", "云顶", "新濠", "金博宝", "宝博", "bet9", "威尼斯人", "必赢", "yabo"],
}
SHAPES_ZH_MORE = (
    "{brand}{gamble}{tail}",
    "{brand}{tail}",
    "{brand}{gamble}",
    "{brand}体育{tail}",
    "{brand}娱乐{tail}",
    "{gamble}{tail}",
    "{brand}官网{tail}",
)


def _case(text: str, rand: random.Random) -> str:
    choice = rand.random()
    if choice < 0.15:
        return text.upper()
    if choice < 0.35:
        return text.title()
    if choice < 0.55:
        return text.lower()
    return text


def phrase(lang: str, split: str, rand: random.Random) -> str:
    """One spam phrase in a shape drawn at random (brand or none, gambling words, download tail)."""
    if lang == "zh" and rand.random() < 0.85:
        brand, gamble, tail = (rand.choice(pool[split]) for pool in (BRANDS_ZH, GAMBLE_ZH, DOWNLOAD_ZH))
        shape = rand.randrange(5)
        return [brand + gamble + tail, gamble + tail, brand + tail, brand + gamble, brand + "体育" + tail][
            shape
        ]
    if lang == "it" and rand.random() < 0.5:
        gamble = rand.choice(GAMBLE_IT[split])
        tail = rand.choice(DOWNLOAD_IT[split])
    else:
        gamble = rand.choice(GAMBLE_EN[split])
        tail = rand.choice(DOWNLOAD[split])
    brand = rand.choice(BRANDS[split])
    shape = rand.randrange(6)
    parts = [
        [brand, gamble],
        [brand, gamble, tail],
        [gamble, tail],
        [brand, tail],
        [brand, gamble],
        [gamble, tail],
    ][shape]
    return _case(" ".join(parts), rand)


def inject(host: str, lang: str, spam: str, rand: random.Random) -> str | None:
    """``host`` with ``spam`` inserted between two of its words (or Han characters); None if no place."""
    if lang == "zh":
        places = [
            i
            for i in range(2, len(host) - 2)
            if "\u4e00" <= host[i - 1] <= "\u9fff" and "\u4e00" <= host[i] <= "\u9fff"
        ]
        if not places:
            return None
        at = rand.choice(places)
        return host[:at] + spam + host[at:]
    words = host.split(" ")
    if len(words) < 4:
        return None
    at = rand.randrange(1, len(words) - 1)
    return " ".join([*words[:at], spam, *words[at:]])


def generate() -> list[dict[str, str]]:
    """Every spam record, in a fixed order."""
    rand = rng(KIND)
    rows = []
    per_lang = {"en": 110, "it": 110, "zh": 110, "fr": 30, "es": 30, "de": 30, "pt": 30}
    taken: dict[str, int] = {}
    for lang, host, source in hosts(per_lang):
        if taken.get(lang, 0) >= per_lang[lang]:
            continue
        split = split_of(host)
        damaged = inject(host, lang, phrase(lang, split, rand), rand)
        if damaged is None:
            continue
        taken[lang] = taken.get(lang, 0) + 1
        rows.append(row(KIND, lang, damaged, host, split, source))
    return rows + generate_zh_more() + generate_tune_more()


def generate_zh_more() -> list[dict[str, str]]:
    """The second Chinese batch: every Chinese host again (same half), with other spam at another place."""
    rand = rng(KIND + "-zh-more")
    rows = []
    for lang, host, source in hosts(("zh",)):
        split = split_of(host)
        spam = rand.choice(SHAPES_ZH_MORE).format(
            brand=rand.choice(BRANDS_ZH_MORE[split]),
            gamble=rand.choice(GAMBLE_ZH[split]),
            tail=rand.choice(DOWNLOAD_ZH[split]),
        )
        damaged = inject(host, lang, spam, rand)
        if damaged is not None:
            rows.append(row(KIND, lang, damaged, host, split, source))
    return rows


#: A third batch, tune half only (its own random stream; earlier items and the test half unchanged):
#: wordings in French, Spanish, German and Portuguese, more English shapes and Chinese brands, so the
#: rules are tuned on more than the first batch's vocabulary.
TUNE_MORE_BRANDS = [
    "Betclic",
    "Winamax",
    "Codere",
    "Tipico",
    "Novibet",
    "Slotimo",
    "Zarqo",
    "Vexora",
    "Kelbro7",
]
TUNE_MORE_GAMBLE = {
    "en": [
        "live dealer casino",
        "crypto sportsbook",
        "mega jackpot slots",
        "esports bets",
        "sports betting odds",
    ],
    "it": ["scommesse live", "slot machine online", "casinò live", "quote scommesse"],
    "fr": ["paris sportifs en ligne", "casino en ligne", "machines à sous", "jeux d'argent en ligne"],
    "es": ["apuestas deportivas", "casino en línea", "tragamonedas", "apuestas en vivo"],
    "de": ["Sportwetten", "Online Casino", "Spielautomaten", "Casino Bonus"],
    "pt": ["apostas esportivas", "cassino online", "apostas ao vivo", "caça-níqueis"],
}
TUNE_MORE_TAIL = {
    "en": ["android app", "ios download", "APK", "get the app"],
    "it": ["app android", "scarica ora"],
    "fr": ["télécharger l'application", "appli android", "APK"],
    "es": ["descargar app", "app android", "APK"],
    "de": ["App herunterladen", "Android App", "APK"],
    "pt": ["baixar app", "aplicativo android", "APK"],
}
TUNE_MORE_BRANDS_ZH = ["盛世", "天下", "大众", "金鼎", "百胜", "至尊", "恒达国际", "乐天堂"]
TUNE_MORE_SHAPES_ZH = ("{brand}{gamble}{tail}", "{brand}{tail}", "{brand}体育{tail}", "{brand}娱乐{gamble}")


def generate_tune_more() -> list[dict[str, str]]:
    """The third batch: tune-half hosts only, other wordings (see :data:`TUNE_MORE_GAMBLE`)."""
    rand = rng(KIND + "-tune-more")
    rows = []
    for lang, host, source in hosts(("en", "it", "fr", "es", "de", "pt", "zh")):
        if split_of(host) != "tune" or rand.random() < 0.5:
            continue
        if lang == "zh":
            spam = rand.choice(TUNE_MORE_SHAPES_ZH).format(
                brand=rand.choice(TUNE_MORE_BRANDS_ZH),
                gamble=rand.choice(GAMBLE_ZH["tune"]),
                tail=rand.choice(DOWNLOAD_ZH["tune"]),
            )
        else:
            brand = rand.choice(TUNE_MORE_BRANDS)
            gamble = rand.choice(TUNE_MORE_GAMBLE[lang])
            tail = rand.choice(TUNE_MORE_TAIL[lang])
            parts = [[brand, gamble], [brand, gamble, tail], [gamble, tail], [brand, tail]][rand.randrange(4)]
            spam = _case(" ".join(parts), rand)
        damaged = inject(host, lang, spam, rand)
        if damaged is not None:
            rows.append(row(KIND, lang, damaged, host, "tune", source))
    return rows


# Issue 19 item 5: SEO keywords that are not gambling (event planning, loans): how far the detector reaches.
SEO = {
    "en": [
        "payday loans online",
        "fast cash loans no credit check",
        "personal loan app download",
        "event planning company",
        "corporate event planning services",
        "wedding planner near me",
        "cheap car insurance quotes",
        "instant loan apk android",
    ],
    "zh": [
        "活动策划公司",
        "婚庆策划",
        "小额贷款",
        "网上贷款APP下载",
        "无抵押贷款秒批",
        "上海会展策划",
        "快速放款官网",
    ],
}
#: Honest sentences about loans and events, as a poverty-reduction corpus has them: they must stay.
SEO_HONEST = [
    ("en", "The microcredit programme offers small loans to poor farmers without collateral."),
    ("en", "Banks issued 2 billion yuan in poverty-alleviation loans last year."),
    ("en", "The county hired an event planning company to organise the harvest festival."),
    ("en", "Farmers can download the loan app to apply for credit from their phones."),
    ("zh", "小额贷款帮助农户发展生产，实现脱贫。"),
    ("zh", "扶贫小额信贷累计发放贷款7100多亿元。"),
    ("zh", "村里请了活动策划公司组织丰收节。"),
    ("zh", "农户可以下载银行APP申请贷款。"),
]


def seo_rows() -> list[dict[str, str]]:
    """Non-gambling SEO phrases inserted into English and Chinese hosts (measured, not written to a file)."""
    rand = rng("seo")
    rows = []
    for lang, host, source in hosts(("en", "zh")):
        damaged = inject(host, lang, rand.choice(SEO[lang]), rand)
        if damaged is not None:
            rows.append(row("seo", lang, damaged, host, split_of(host), source))
    return rows


def evaluate(rows: list[dict[str, str]]) -> dict[str, tuple[int, int]]:
    """Repaired / total per half with ``clean_text`` (the default cleaner chain)."""
    from povcorpus.cleaners import clean_text

    figures: dict[str, tuple[int, int]] = {}
    for record in rows:
        fixed, total = figures.get(record["split"], (0, 0))
        good = clean_text(record["input"], lang=record["lang"]).text == record["expected"]
        figures[record["split"]] = (fixed + good, total + 1)
    return figures


if __name__ == "__main__":
    records = generate()
    print(write(KIND, records), len(records))
    for half, (fixed, total) in sorted(evaluate(records).items()):
        print(f"{half}: {fixed}/{total} = {fixed / total:.3f}")
    for half, (fixed, total) in sorted(evaluate(seo_rows()).items()):
        print(f"non-gambling SEO keywords removed, {half}: {fixed}/{total} = {fixed / total:.3f}")
    from povcorpus.cleaners import clean_text

    kept = sum(clean_text(text, lang=lang).text == text for lang, text in SEO_HONEST)
    print(f"honest loan and event sentences unchanged: {kept}/{len(SEO_HONEST)}")
