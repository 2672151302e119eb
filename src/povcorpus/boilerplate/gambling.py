"""Find injected gambling spam by what it is: a run of gambling and app-download words that does not belong.

A brand list cannot keep up with the sportsbooks, crypto casinos and "real
money" apps that SEO spam injects into scraped sentences. This detector reads
the vocabulary instead. It finds *runs*: words of small lexicons (gambling
words, spam modifiers such as ``real money``, neutral modifiers such as
``online``, app-download words, and brand-like names) that follow each other
with only spaces or dashes between them. A run is cut when

- it is *strong*: an app-download word after gambling words or a brand
  (``casino bonus apk android``, ``体育投注APP下载``), or
- it is *spam-shaped* (a brand-like name with gambling words, gambling words
  with a spam modifier: ``Roobet crypto casino``, ``online sportsbook``) and
  *does not belong* to its sentence: no other word of the sentence is about
  gambling or its industry (revenue, regulators, addiction, 监管, raccolta…),
  and the run does not sit where a noun phrase would (after an article or a
  preposition, or as the lower-case-continued subject of the sentence).

Deliberately left alone: a gambling word on its own (``lottery``, ``casino``,
``bet``), any run in a sentence whose topic is gambling (industry news keeps
``Bet365 online casino revenue``), a run that is its whole sentence (a
heading), download words with no gambling word or brand (``download the
app``). A brand in Han characters that no list knows is not found (Chinese
has no spaces to show where it starts) is found by what it does to its
sentence: with ``wordfreq`` installed, a unigram word model of Chinese
segments the characters around the run, and a head of two to four
characters before it is cut only when the sentence reads better without
it than with it, at a fixed price for an unknown name (``九游会体育官网``
goes whole; ``农民收入在线赌场APP下载`` keeps ``收入``); before a bare tail of
app or modifier words (``星空体育官网``, ``天下APP下载``) or a gambling word
with a download tail (``大众老虎机下载APP``) a name is expected and costs
less. A brand-free whole tail (``体育官网APP下载``) goes on its own. A head
never holds a pronoun or function word, prefers not to start inside a word
(``金|牛会``) and prefers a cut after which the text closes up into a word
(``政|金博官方网站|府``). Overlapping Han words are read as the words that
cover most of the text; traditional forms of the lexicon words are known.
Left in Chinese: a lottery's official site (``福利彩票官网``), a topic word
after a word (``即开型彩票``), a download word that is a verb or a count
(``下载后``, ``APP下载量``).

Offsets are those of the line given; every look-around is bounded to a
window, so a long line with many runs costs linear time.
"""

from __future__ import annotations

import gzip
import math
import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache

from attrs import frozen

from povcorpus.boilerplate._windows import Windows, alternation, chunk_windows, line_words, windows_for
from povcorpus.boilerplate.rules import Triggers

__all__ = ["Run", "find_runs", "gambling_spans"]

#: Word boundaries against letters of alphabetic scripts (Han text has no spaces: ``APP下载`` is two words).
_L = r"(?<![^\W\d_\u3400-\u9fff])"
_R = r"(?![^\W\d_\u3400-\u9fff])"


def _words(words: Iterable[str]) -> str:
    """An alternation of Latin ``words`` (each a regex piece), longest first, on word boundaries."""
    ordered = sorted(words, key=len, reverse=True)
    return _L + "(?:" + "|".join(ordered) + ")" + _R


def _lexicon(text: str) -> tuple[str, ...]:
    """The items of a lexicon written as whitespace-separated regex pieces."""
    return tuple(text.split())


def _han(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


#: Gambling words: what the phrase is about.
CORE_LATIN = _lexicon(
    r"""
    bets? betting bettors? wager(?:s|ing)? gambl(?:e|ing) casinos? sportsbooks? bookmakers? bookies?
    slots? slot\s+machines? poker baccarat roulette blackjack jackpots? lottery lotteries lotto bingo
    keno odds sabong scommess[ae] puntat[ae] casin[òo] (?:d['’])?azzardo free\s+spins? lotteria
    apuestas? paris\s+sportifs jeux\s+d['’]argent sportwetten wetten glücksspiel ставки казино
    букмекер\w* apostas? cassinos? pokies machines?\s+à\s+sous tragamonedas tragaperras caça[\s-]níqueis
    spielautomat(?:en)? wettanbieter\w* spielothek\w* onlinecasinos?
    """
)
CORE_HAN = _lexicon(
    r"""
    博彩 投注 赌场 赌博 彩票 娱乐城 娱乐场 真人娱乐 真人视讯 棋牌
    老虎机 百家乐 电子游艺 赌球 押注 下注 彩金 网赌 赌钱
    賭場 賭博 娛樂城 娛樂場 真人娛樂 真人視訊 老虎機 百家樂 電子遊藝 賭球 網賭 賭錢
    """
)
#: Gambling words that news uses as topics: alone after another word they make a compound (即开型彩票).
TOPIC_HAN = frozenset(_lexicon("彩票 赌博 賭博 博彩 投注 下注 押注 赌钱 賭錢 网赌 網賭 赌球 賭球"))
#: Spam modifiers: words that make a gambling phrase read like an advert, not a topic.
SPAMMY_LATIN = _lexicon(
    r"""
    real\s+money no\s+deposit welcome\s+bonus bonus(?:es)? vip crypto bitcoin btc usdt soldi\s+veri
    senza\s+deposito gratis dinero\s+real argent\s+réel echtgeld register sign\s+up login
    official\s+site
    """
)
SPAMMY_HAN = _lexicon(
    r"""
    注册送 注册 官网 官方网站 官方入口 网址 入口 登录 平台 充值
    註冊送 註冊 官網 官方網站 網址 登錄 登入 平臺 儲值
    """
)
#: Neutral modifiers: common around gambling words both in spam and in honest news.
MODIFIER_LATIN = _lexicon(
    r"""
    online live sports? esports? football soccer mobile tips games? site sites official in[\s-]play
    calcio sportiv[ei] en\s+ligne en\s+línea en\s+vivo deportiv[ao]s? app(?:s)? giochi esportiv[ao]s?
    desportiv[ao]s? ao\s+vivo en\s+direct live[\s-]dealer mega appli aplicativo aplicación
    """
)
MODIFIER_HAN = _lexicon(
    r"""
    在线 网上 线上 网络 体育 娱乐 游戏 官方 手机 足球 电竞 真人 视讯
    在線 網上 線上 網絡 網路 體育 娛樂 遊戲 手機 電競 視訊
    """
)
#: App-download words: the tail of nearly every injected phrase.
DOWNLOAD_LATIN = _lexicon(
    r"""
    download(?:s)? apk android ios iphone app\s+store google\s+play scarica télécharger descargar baixar
    herunterladen скачать get\s+the\s+app (?<=scarica\s)ora (?<=download\s)now (?<=descargar\s)ahora
    (?<=baixar\s)agora (?<=télécharger\s)maintenant jetzt(?=\s+herunterladen)
    télécharger\s+l['’]\s*application descargar\s+la\s+aplicación baixar\s+o\s+aplicativo
    scarica\s+l['’]\s*applicazione download\s+the\s+application
    """
)
DOWNLOAD_HAN = _lexicon(
    r"""
    下载 客户端 手机版 安卓 苹果版
    下載 客戶端 手機版 蘋果版
    """
)
#: Glue allowed inside a run between two lexicon words; a glue word only after a download word
#: (``download the app``, ``scarica l'app``).
GLUE = r"[\s\-–·|/:]*(?:(?<![^\W\d_])(?:the|l['’]|la|il|de|di)\s*)?"
#: Bookmaker and casino brands that read as ordinary words (``sky bet``), so no shape rule finds them.
BRANDS = _lexicon(
    r"""
    sky\s?bet bet\s?365 william\s+hill paddy\s?power betfair betway 1x\s?bet unibet bwin sbobet dafabet
    betfred ladbrokes snai sisal lottomatica eurobet goldbet stake(?:\.com)? pinnacle bodog
    888\s?(?:sport|casino|poker)
    """
)
BRANDS_HAN = _lexicon(
    r"""
    威廉希尔 立博 必发 澳门新葡京 新葡京 葡京 金沙娱乐 永利皇宫 亚博
    开云 乐鱼 沙巴 美高梅 太阳城 博天堂 银河娱乐 皇冠
    威廉希爾 必發 澳門新葡京 金沙娛樂 永利皇宮 亞博 開雲 樂魚 太陽城 銀河娛樂
    """
)
#: Words that show a sentence is about gambling or its industry: a run in such a sentence belongs.
DOMAIN = _lexicon(
    r"""
    revenues? profits? operators? industry regulat\w* licen[cs]\w* tax(?:es)? addict\w* banned fined
    commission business(?:es)? players punters sponsor\w* advert\w* gaming harms? harmful tickets?
    proceeds illegal raccolta operator\w* concession\w* gioco giocator\w* ludopatia
    regol(?:ament|ator|at[aeio])\w* pubblicità ricavi fatturato gettito monopoli divieto vieta\w*
    proventi opérateurs? régulat\w* addiction recettes ingresos regulador\w* ludopatía operador\w* juego
    publicidad umsätze aufsicht\w* lizenz\w* sucht einnahmen anbieter spielbank\w* lotterie
    зависимост\w* setor sector secteur branche receitas? vício
    """
)
DOMAIN_HAN = _lexicon(
    r"""
    行业 产业 博彩业 监管 打击 犯罪 违法 非法 成瘾 公益金 企业 警方 公安 查处
    销售 市场 牌照 经营 旅游 团伙 捣毁 返贫 治理 公益 收入 营收 利润 税收
    行業 產業 博彩業 監管 打擊 違法 成癮 企業 查處 銷售 市場 經營 旅遊 團夥 搗毀 返貧 營收 利潤 稅收
    """
)
#: Words before a run that make it a noun phrase of the sentence (an honest mention), in several languages.
ARGUMENT_BEFORE = frozenset(
    _lexicon(
        """
        the a an of on in for about from to by with and or its their this that these those our your his her
        il lo la le gli i un una dei delle degli della del dello sulle sulla sul sui nelle nella nel per di
        da con tra fra e o les des du de au aux une sur pour dans par et ou el los las al en por para y der
        die das den dem ein eine einer im am zum zur von für mit und oder
        os as um uma do dos das no na nos nas em pelo pela ao aos à às un unos unas des
        """
    )
)
#: Han characters before a run that make it an object or a modifier: 对网络赌博, 的博彩.
_HAN_BEFORE = frozenset("的对在把与和及将从向为于是了")
#: Common words that contain a brand-like morpheme but are not names.
NOT_BRANDS = frozenset(
    _lexicon(
        """
        between better betting bets beta betray betrayed betrayal alphabet abet tibet tibetan diabetes
        diabetic spin spine spinal spinach spinning spinner slotted slots stake stakes stakeholder
        stakeholders mistake mistaken casino casinos poker jackpot lotto bingo
        """
    )
)

_CORE = re.compile(f"{_words(CORE_LATIN)}|{_han(CORE_HAN)}", re.IGNORECASE)
_SPAMMY = re.compile(f"{_words(SPAMMY_LATIN)}|{_han(SPAMMY_HAN)}", re.IGNORECASE)
_MODIFIER = re.compile(f"{_words(MODIFIER_LATIN)}|{_han(MODIFIER_HAN)}", re.IGNORECASE)
_DOWNLOAD = re.compile(f"{_words(DOWNLOAD_LATIN)}|{_han(DOWNLOAD_HAN)}", re.IGNORECASE)
_BRAND = re.compile(f"{_words(BRANDS)}|{_han(BRANDS_HAN)}", re.IGNORECASE)
_DOMAIN = re.compile(f"{_words(DOMAIN)}|{_han(DOMAIN_HAN)}", re.IGNORECASE)
#: A name that looks made for gambling: letters with digits (``bet365``, ``22Bet``), a site name
#: (``bc.game``) or a word built on a gambling morpheme (``Fortunabet``, ``Spinzo``).
#: Its three shapes: letters with digits (the digit is looked for first: most words have none),
#: a site name, a gambling morpheme inside letters.
_BRAND_DIGITS = (
    r"(?=[^\W\d\u3400-\u9fff]*\d)(?=[\d_]*[^\W\d_\u3400-\u9fff])[^\W_\u3400-\u9fff][^\W\u3400-\u9fff]{0,20}"
)
_BRAND_TLDS = ("game", "bet", "com", "io", "net", "vip", "club", "win")
_BRAND_SITE = r"[^\W\d_\u3400-\u9fff]{2,12}\.(?:" + "|".join(_BRAND_TLDS) + ")"
_BRAND_MORPHEMES = ("bet", "casino", "slot", "poker", "spin", "jackpot", "lotto", "bingo", "vegas", "stake")
_BRAND_MORPHEME = r"[^\W\d_\u3400-\u9fff]*(?:" + "|".join(_BRAND_MORPHEMES) + r")[^\W\d_\u3400-\u9fff]*"
_BRANDLIKE = re.compile("|".join((_BRAND_DIGITS, _BRAND_SITE, _BRAND_MORPHEME)), re.IGNORECASE)


def _brandlike_word(shapes: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A brand-like name standing as a word, of the given shapes (a ``|`` of :data:`_BRANDLIKE`'s)."""
    return re.compile(r"(?<![^\W\u3400-\u9fff])(?<!\.)(?:" + shapes + r")(?![^\W\u3400-\u9fff])", flags)


_BRANDLIKE_WORD = _brandlike_word(_BRANDLIKE.pattern)
_HAN = re.compile(r"[\u3400-\u9fff]")
#: The last word of a text in an alphabetic script (a name may hold dots, apostrophes and ``&``).
_NAME_END = re.compile(r"[^\W_\u3400-\u9fff][^\W\u3400-\u9fff]*(?:[.'’&][^\W_\u3400-\u9fff]+)*\Z")
_LEXICON = (
    ("brand", _BRAND),
    ("brand", _BRANDLIKE_WORD),
    ("download", _DOWNLOAD),
    ("spammy", _SPAMMY),
    ("core", _CORE),
    ("mod", _MODIFIER),
)
#: The lexicon without IGNORECASE, for a lower-cased line: a literal that need not fold case lets a
#: regex skip the alternatives that cannot start at a character, about 1.6 times faster.
_LEXICON_LOWER = tuple((kind, re.compile(pattern.pattern)) for kind, pattern in _LEXICON)
#: The same without the Han words, for a lower-cased line holding none of their first characters:
#: the Han alternatives are then tried at no position (about 15 % faster on Latin lines).
_LEXICON_LATIN = tuple(
    (kind, re.compile(_words(latin)) if latin is not None else pattern)
    for (kind, pattern), latin in zip(
        _LEXICON_LOWER, (BRANDS, None, DOWNLOAD_LATIN, SPAMMY_LATIN, CORE_LATIN, MODIFIER_LATIN), strict=True
    )
)
_HAN_LEXICON = (*BRANDS_HAN, *DOWNLOAD_HAN, *SPAMMY_HAN, *CORE_HAN, *MODIFIER_HAN)
#: The first characters of the Han words (``None`` if some word is a pattern, not plain characters).
_HAN_FIRSTS = (
    re.compile("[" + "".join(sorted({re.escape(word[0]) for word in _HAN_LEXICON})) + "]")
    if all(re.escape(word) == word for word in _HAN_LEXICON)
    else None
)
_BRANDLIKE_RANK = 1
"""Where :data:`_BRANDLIKE_WORD` stands in :data:`_LEXICON` (its hits are checked by :func:`_brandlike`)."""
_DIGIT = re.compile(r"\d")
_BRANDLIKE_SHAPES: dict[tuple[bool, bool, bool], re.Pattern[str] | None] = {}


def _brandlike_for(lowered: str) -> re.Pattern[str] | None:
    """:data:`_BRANDLIKE_WORD` for a lower-cased line, without the shapes the line cannot hold.

    A shape needs a digit, a ``.tld`` or a gambling morpheme somewhere in the line; an
    alternative that cannot match is left out (``None``: none can), which changes no match.
    """
    key = (
        bool(_DIGIT.search(lowered)),
        any("." + tld in lowered for tld in _BRAND_TLDS),
        any(morpheme in lowered for morpheme in _BRAND_MORPHEMES),
    )
    return _brandlike_shaped(key)


def _brandlike_shaped(key: tuple[bool, bool, bool]) -> re.Pattern[str] | None:
    """:data:`_BRANDLIKE_WORD` with only the shapes ``key`` keeps (digits, site, morpheme), compiled once."""
    if key not in _BRANDLIKE_SHAPES:
        shapes = [
            shape for shape, on in zip((_BRAND_DIGITS, _BRAND_SITE, _BRAND_MORPHEME), key, strict=True) if on
        ]
        _BRANDLIKE_SHAPES[key] = _brandlike_word("|".join(shapes), 0) if shapes else None
    return _BRANDLIKE_SHAPES[key]


@lru_cache(maxsize=1)
def _latin_windows() -> tuple[Windows | None, ...]:
    """Exact windows of the Latin lexicon's word patterns (see :mod:`povcorpus.boilerplate._windows`).

    Each pattern runs only around the tokens its matches can start in; ``None`` for the
    brand-like shapes (see :func:`_brandlike_spans`). Read once, on first use.
    """
    return tuple(
        None if rank == _BRANDLIKE_RANK else windows_for(pattern)
        for rank, (_, pattern) in enumerate(_LEXICON_LATIN)
    )


@lru_cache(maxsize=1)
def _lower_windows() -> tuple[Windows | None, ...]:
    """Exact windows of the whole lexicon's patterns, Han words too, for a lower-cased line (see above)."""
    return tuple(
        None if rank == _BRANDLIKE_RANK else windows_for(pattern)
        for rank, (_, pattern) in enumerate(_LEXICON_LOWER)
    )


#: A digit next to a word character that is no digit: every brand-like name of letters and digits
#: holds one (``bet365``, ``22bet``), and most numbers do not.
_DIGIT_BY_LETTER = re.compile(r"\d(?<=[^\W\d]\d)|\d(?=[^\W\d])")
#: What each brand-like shape (digits, site, morpheme) holds: a digit by a letter, a ``.tld``, a morpheme.
_BRANDLIKE_FINDERS = (
    _DIGIT_BY_LETTER,
    re.compile(r"\.(?:" + "|".join(_BRAND_TLDS) + ")"),
    re.compile(alternation(_BRAND_MORPHEMES)),
)


def _brandlike_spans(lowered: str) -> list[tuple[int, int]]:
    """The spans :func:`_brandlike_for`'s pattern finds in ``lowered``, read in windows only.

    A brand-like name is one chunk (no whitespace) that holds a digit next to a letter, a
    ``.tld`` or a gambling morpheme, so the pattern runs only over the chunks that hold one
    (:func:`povcorpus.boilerplate._windows.chunk_windows`).
    """
    starts: list[tuple[int, int]] = []
    key = []
    for finder in _BRANDLIKE_FINDERS:  # a shape none of whose hints the line holds cannot match: left out
        found = [match.span() for match in finder.finditer(lowered)]
        key.append(bool(found))
        starts.extend(found)
    shaped = _brandlike_shaped((key[0], key[1], key[2]))
    return chunk_windows(shaped, lowered, starts, 0) if shaped is not None else []


#: Characters that IGNORECASE matches to a lexicon letter other than their ``lower()`` (``ı``, ``ſ``,
#: the old Cyrillic letter forms), and the capitals whose ``lower()`` changes length (``İ``) or reads
#: the context (``Σ``): a line holding one is matched with IGNORECASE as it is. A test checks this
#: list against every letter of the lexicon over all of Unicode.
_CASE_FOLDS = re.compile("[\u0130\u0131\u017f\u03a3\u1c80-\u1c88]")
#: Cheap pre-check (see :class:`povcorpus.boilerplate.rules.Triggers`): a gambling or download word of
#: the lexicons, or a brand of the list, as whole words (no prefixes: a word set is met in one step).
#: A run without one is never cut (two spam modifiers alone, ``bonus senza deposito``, carry ``bonus``).
TRIGGERS: tuple[str, ...] = (
    *_lexicon(
        """
        bet bets betting bettor bettors gamble gambler gamblers gambling casino casinos casinò wager wagers
        wagering sportsbook sportsbooks bookmaker bookmakers bookie bookies slot slots poker baccarat
        roulette blackjack jackpot jackpots lottery lotteries lotto bingo keno odds sabong scommessa
        scommesse puntata puntate azzardo apuesta apuestas sportwetten wetten glücksspiel ставки казино
        букмекер букмекеры букмекерская букмекерские aposta apostas cassino cassinos pokies bonus bonuses
        spins crypto bitcoin btc usdt download downloads apk android ios iphone scarica télécharger
        descargar baixar herunterladen скачать tragamonedas tragaperras níqueis spielautomat spielautomaten
        wettanbieter spielothek argent machines sportifs app
        sky skybet william paddy paddypower betfair betway xbet
        unibet bwin sbobet dafabet betfred ladbrokes snai sisal lottomatica eurobet goldbet stake pinnacle
        bodog 888
        """
    ),
    *CORE_HAN,
    *SPAMMY_HAN,
    *DOWNLOAD_HAN,
    *BRANDS_HAN,
)
_SCAN = Triggers(TRIGGERS)
#: Every Han word of the lexicons, to find the last word of a run.
_HAN_WORDS = frozenset((*CORE_HAN, *SPAMMY_HAN, *MODIFIER_HAN, *DOWNLOAD_HAN, *BRANDS_HAN))
#: How far before a run a name or a preceding word is looked for (keeps long lines linear).
_WINDOW = 120
#: How far each side of a run its sentence is looked for.
_SENTENCE_WINDOW = 400
_SENTENCE_END = re.compile(r"[.!?;。！？；](?=\s|$)|[。！？；]")


@frozen
class Run:
    """A run of spam vocabulary in a line: its span and what it holds."""

    start: int
    end: int
    kinds: tuple[str, ...]
    """The lexicon of each word in order: ``brand``, ``name``, ``download``, ``spammy``, ``core``, ``mod``."""


def _lexicon_hits(line: str) -> list[tuple[int, int, str]]:
    """Non-overlapping lexicon words ``(start, end, kind)`` that cover the most characters.

    Han text has no spaces, so two words can overlap: in ``天下注册送彩金`` the
    gambling word ``下注`` straddles ``天下`` and ``注册``. Taking the words that
    cover most of the text (``注册送`` and ``彩金``) reads it as a reader does;
    among equal covers the leftmost, longest word and the earlier lexicon win,
    as words that do not overlap (every Latin word) always do.
    """
    lowered = line.lower()
    # On a lower-cased line that keeps every offset, the patterns need not fold case (same spans).
    plain = len(lowered) == len(line) and not _CASE_FOLDS.search(line)
    text, lexicon = (
        (
            lowered,
            _LEXICON_LATIN if _HAN_FIRSTS is not None and not _HAN_FIRSTS.search(lowered) else _LEXICON_LOWER,
        )
        if plain
        else (line, _LEXICON)
    )
    found: dict[tuple[int, int], tuple[int, str]] = {}
    # A lower-cased line is read in exact windows (the same spans as a scan of the whole line).
    words = line_words(lowered) if plain else None
    table = (_latin_windows() if lexicon is _LEXICON_LATIN else _lower_windows()) if words is not None else ()
    for rank, (kind, pattern) in enumerate(lexicon):
        brandlike = rank == _BRANDLIKE_RANK
        windows = table[rank] if words is not None else None
        if brandlike and plain:
            spans = _brandlike_spans(lowered)
        elif words is not None and windows is not None:
            spans = windows.spans(words)
        else:
            spans = [match.span() for match in pattern.finditer(text)]
        for span in spans:
            if span[1] == span[0] or (brandlike and not _brandlike(line[span[0] : span[1]])):
                continue
            if span not in found:
                found[span] = (rank, kind)
    hits = sorted(found, key=lambda span: (span[1], -span[0], found[span][0]))
    ends = [end for _, end in hits]
    # best[i]: (characters covered, -words) by the best choice among the first i hits (by end).
    best: list[tuple[int, int]] = [(0, 0)]
    taken: list[bool] = []
    for start, end in hits:
        before = best[bisect_right(ends, start, 0, len(taken))]
        take = (before[0] + end - start, before[1] - 1)
        taken.append(take > best[-1])
        best.append(take if taken[-1] else best[-1])
    kept: list[tuple[int, int, str]] = []
    index = len(hits)
    while index > 0:
        if taken[index - 1]:
            start, end = hits[index - 1]
            kept.append((start, end, found[(start, end)][1]))
            index = bisect_right(ends, start, 0, index - 1)
        else:
            index -= 1
    kept.reverse()
    return kept


_GLUE = re.compile(GLUE + r"\Z", re.IGNORECASE)


def _brandlike(word: str) -> bool:
    """Whether ``word`` reads as a made-up gambling name rather than a common or gambling word."""
    lowered = word.lower()
    if lowered in NOT_BRANDS or lowered.isdigit() or _common(lowered):
        return False
    return not any(pattern.fullmatch(word) for pattern in (_CORE, _MODIFIER, _DOWNLOAD, _SPAMMY))


#: Languages whose word lists decide that a word is common (``spingere``, ``stakeholder``) and not a name.
_WORD_LANGS = ("en", "it", "fr", "es", "de", "pt")


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float | None:
    """The highest Zipf frequency of ``word`` in :data:`_WORD_LANGS` (``None`` without ``wordfreq``).

    Read from wordfreq's *small* lists (every word at Zipf 3 or more; the rest count as 0):
    the thresholds below only ask "common" (≥ 3) or "rare" (< 2.8), and the small lists of six
    languages take about 20 MiB where the full ones take about 240 MiB per process.
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return None
    return max(zipf_frequency(word, lang, wordlist="small") for lang in _WORD_LANGS)


def _common(word: str) -> bool:
    """A word common in some language (Zipf >= 3, from ``wordfreq`` when installed)."""
    frequency = _zipf(word)
    return frequency is not None and frequency >= 3.0


def _unknown(word: str) -> bool:
    """A word rare in every word list (Zipf < 2.8 in each): a name, made up or borrowed (``rabona``).

    False without ``wordfreq``. Common words of any of the languages are 3 or more; brands that a
    few pages name (``winamax``, 2.6) sit just under 2.8 (tuned on the tune half).
    """
    frequency = _zipf(word.lower())
    return frequency is not None and frequency < 2.8 and len(word) >= 4 and word.isalpha()


def find_runs(line: str) -> list[Run]:
    """The runs of lexicon words in ``line``, each widened by one brand-like name on its left."""
    hits = _lexicon_hits(line)
    runs: list[list[tuple[int, int, str]]] = []
    for hit in hits:
        gap = line[runs[-1][-1][1] : hit[0]] if runs else ""
        glued = any(char.isalpha() for char in gap)
        joins = (
            not glued or (runs[-1][-1][2] == "download" and hit[2] in ("mod", "download")) if runs else False
        )
        if hit[2] == "brand" and runs and runs[-1][-1][2] != "brand":
            joins = False  # a name starts a phrase; after gambling words it is the host's (``10h``)
        if runs and _GLUE.match(gap) and joins:
            runs[-1].append(hit)
        else:
            runs.append([hit])
    found = []
    for words in runs:
        kinds_only = [kind for _, _, kind in words]
        if "brand" in kinds_only:  # a phrase starts with its brand; words before are the host's
            words = words[kinds_only.index("brand") :]
        if "download" in kinds_only:
            last = max(index for index, (_, _, kind) in enumerate(words) if kind == "download")
            while len(words) > last + 1 and (
                words[-1][2] == "core" or (words[-1][2] == "mod" and _HAN.match(line[words[-1][0]]))
            ):
                words = words[:-1]  # a gambling or Han modifier word after the download tail is the host's
        start, end = words[0][0], words[-1][1]
        kinds = [kind for _, _, kind in words]
        if "brand" not in kinds:
            brand = _brand_before(line, start)
            shaped = _han_spam_shaped(line, start, end, kinds) and not _fused_end(line, words[-1])
            if brand is None and shaped:
                head = _han_head(
                    line,
                    start,
                    end,
                    first_mod=kinds[0] == "mod",
                    lone=kinds == ["spammy"],
                    bare=(_bare(line, words) or (kinds[0] == "core" and "download" in kinds))
                    and not _app_talk(line, start, end),
                )
                brand = None if head is None else (head, "brand")
            if brand is not None:
                start, kinds = brand[0], [brand[1], *kinds]
        found.append(Run(start, end, tuple(kinds)))
    return found


def _brand_before(line: str, start: int) -> tuple[int, str] | None:
    """Start and kind of a name right before ``start`` (one word, spaces or nothing between), if any.

    The kind is ``"brand"`` for a name shaped like a gambling brand and
    ``"name"`` for a word that is only capitalised (weaker: ``Welfare Lottery``).
    """
    offset = max(0, start - _WINDOW)
    before = line[offset:start]
    if re.search(r"[^\W_][-–]\s*\Z", before):
        return None  # ``Vor- und``: a hyphen glued to a word ends a compound, it separates no name
    stripped = before.rstrip(" \t-–·|")
    if _HAN.search(line[start : start + 1]) and stripped != before:
        return None
    match = _NAME_END.search(stripped)
    if match is None:
        return None
    word = match.group()
    if word.lower() in NOT_BRANDS or word.lower() in ARGUMENT_BEFORE:
        return None
    if stripped == before and _HAN.match(line[start : start + 1]):
        return offset + match.start(), "brand"  # a Latin name glued to Han spam: ``bob体育``
    if (_BRANDLIKE.fullmatch(word) and _brandlike(word)) or _unknown(word):
        return offset + match.start(), "brand"
    previous = re.search(r"([^\W\d_]+)\s+\Z", stripped[: match.start()])
    if previous is not None and previous.group(1).lower() in ARGUMENT_BEFORE:
        return None  # ``da Avenida``, ``der Schweizer``: a capitalised noun of the sentence, not a name
    at_sentence_start = not stripped[: match.start()].strip() or bool(
        _SENTENCE_END.search(stripped[: match.start()].rstrip()[-1:])
    )
    odd_case = (word[:1].isupper() and not at_sentence_start) or (len(word) > 2 and word.isupper())
    if odd_case:
        return offset + match.start(), "name"
    return None


#: Han characters a brand never holds (function words): a head stops before them.
_NOT_IN_HEAD = frozenset(
    "的了是在和与與及对對把被也都就而从從向于於为為"  # function words
    "他她它我你您们們这這那该該此其每各"  # pronouns and demonstratives
    "很还還又再才只请請到去让讓给給买買"  # adverbs and verbs that take the text after them
)
#: Spam modifiers that follow a brand on their own (``九游会官网``); 平台, 注册, 入口 alone are common words.
SPAMMY_HEAD_HAN = frozenset(
    ("官网", "官方网站", "官方入口", "官网入口", "官网登录", "官網", "官方網站", "官網入口", "官網登錄")
)
#: Cost (negative log10 frequency) of one character no word of the model holds.
_UNKNOWN_CHAR = 7.0
#: Price of cutting a head of one (before a modifier word), two, three or four characters: what the
#: characters of an unknown name must cost more than (tuned on the tune half of the dev set).
_HEAD_PRICES = {1: 5.0, 2: 5.5, 3: 9.5, 4: 13.5}
#: Prices of a head before a *bare* tail (two Han app or modifier words and no gambling word:
#: ``体育官网``, ``娱乐APP下载``): spam puts a name there, honest text seldom an unknown one (tune half).
_BARE_PRICES = {1: 5.0, 2: 4.0, 3: 8.0, 4: 12.5}
#: Price of one character before a modifier word that starts the run (爱|游戏): the name is three long.
_ONE_BEFORE_MOD = 2.5
#: Endings of names (会所, 天堂, 国际, 城): a head of three or four characters that is no word and ends
#: in one is cheaper to take.
NAME_ENDS_HAN = _lexicon("会 會 堂 城 国际 國際 汇 匯 宫 宮 阁 閣 集团 集團")
_NAME_END_BONUS = 3.0
#: What a head saves when the text closes up into a word across the cut (政|府 around 金博官网).
_JOIN_BONUS = 2.0
#: Cost of a head that starts inside a word of the text before it.
_SPLIT_WORD = 1.0
#: Words that show a Chinese sentence talks about apps or websites: a bare tail there is the host's.
APP_TALK_HAN = _lexicon(
    """
    用户 手机 扫码 安装 软件 应用 登录 点击 二维码 微信 账号 页面
    用戶 手機 掃碼 安裝 軟體 應用 登錄 點擊 二維碼 帳號 賬號 頁面
    """
)


def _bare(line: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a run is a bare Han tail: two or more Han app, site or modifier words, no gambling word.

    ``APP`` glued to a Han download word counts as one of them (``APP下载``, ``下载APP``).
    """
    han = [kind for start, end, kind in words if _HAN.match(line[start:end]) or _glued_app(line, start, end)]
    return "core" not in han and len(han) >= 2 and ("mod" in han or "download" in han)


def _glued_app(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` is ``app`` glued to Han text on either side."""
    return line[start:end].lower() == "app" and bool(
        _HAN.match(line[start - 1 : start]) or _HAN.match(line[end : end + 1])
    )


def _app_talk(line: str, start: int, end: int) -> bool:
    """Whether the rest of the sentence of ``line[start:end]`` talks about apps or websites."""
    left, right = _sentence(line, start, end)
    rest = line[left:start] + " " + line[end:right]
    return any(word in rest for word in APP_TALK_HAN)


#: Han characters read each side of a run to weigh a head.
_HEAD_LEFT = 8
_HEAD_RIGHT = 4


@lru_cache(maxsize=1)
def _han_model() -> tuple[dict[str, float], dict[int, str]] | None:
    """Word costs of Chinese (``wordfreq``'s list, words of 1-4 Han characters) and a traditional map.

    The map (``wordfreq``'s own, character to simplified character) lets traditional text find its words.

    ``None`` without ``wordfreq``: then no head is weighed and only the run itself goes.
    """
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return None
    costs = {
        word: -math.log10(frequency)
        for word, frequency in get_frequency_dict("zh").items()
        if frequency > 0 and len(word) <= 4 and all("\u3400" <= char <= "\u9fff" for char in word)
    }
    mapping: dict[int, str] = {}
    try:
        import msgpack  # type: ignore[import-untyped]  # a dependency of wordfreq
        from wordfreq.util import data_path

        with gzip.open(data_path("_chinese_mapping.msgpack.gz")) as handle:
            loaded = msgpack.load(handle, raw=False, strict_map_key=False)
        mapping = {int(key): str(value) for key, value in loaded.items()}
    except (ImportError, OSError, ValueError, TypeError, AttributeError):
        mapping = {}  # the map only helps traditional text; simplified text still finds its words
    return costs, mapping


def _segment(text: str, costs: dict[str, float]) -> tuple[float, frozenset[int]]:
    """The cheapest segmentation of ``text`` into known words and unknown single characters.

    Returns its cost and the offsets where its words start (a head must start on one).
    """
    best = [0.0] + [math.inf] * len(text)
    back = [0] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 4), end):
            cost = costs.get(text[start:end])
            if cost is None:
                if end - start > 1:
                    continue
                cost = _UNKNOWN_CHAR
            if best[start] + cost < best[end]:
                best[end], back[end] = best[start] + cost, start
    starts = set()
    position = len(text)
    while position > 0:
        position = back[position]
        starts.add(position)
    return best[-1], frozenset(starts)


def _segment_cost(text: str, costs: dict[str, float]) -> float:
    """The cost of the cheapest segmentation of ``text`` into known words and unknown single characters."""
    return _segment(text, costs)[0]


def _han_head(
    line: str, start: int, end: int, first_mod: bool = False, bare: bool = False, lone: bool = False
) -> int | None:
    """Start of a Chinese name right before the Han run ``line[start:end]``, or ``None``.

    A head of 2-4 Han characters is taken when the characters around the run
    segment more cheaply without it plus a fixed price for a name than with
    it: a name no word list knows costs more than that price; a host word
    (``收入``), or a character that makes a word with the text after the run
    (``联|易博…|络``), costs less. When the run starts with a modifier word
    (``first_mod``: 游戏, 体育), a name may end in it, so one character is a
    head too (``爱游戏``). A Latin name or a number of two or three digits
    glued before a head that reaches it belongs to it (``188金宝博``; not ``2010年``).
    Before a ``bare`` tail (see :func:`_bare`) a name is expected, so the
    prices are lower, but never for a head that is all the Han text before
    the run (a sentence's own subject: ``景区官网入口``). Before a ``lone``
    site word (官网 alone) a head must be no word (``影城官方网站`` stays).

    A head that starts inside a word of the text before it costs more
    (``金|牛会`` gives ``金牛会``); one after which the text closes up into a
    word costs less (``政|金博官网|府``); one of three or four characters that
    is no word and ends as names end (会, 堂, 国际) costs less. Pronouns,
    function words and app words (扫码) are never part of a head.
    """
    model = _han_model()
    if model is None:
        return None
    costs, mapping = model
    left_start = start
    while left_start > 0 and start - left_start < _HEAD_LEFT and _HAN.match(line[left_start - 1]):
        left_start -= 1
    right_end = end
    while right_end < len(line) and right_end - end < _HEAD_RIGHT and _HAN.match(line[right_end]):
        right_end += 1
    left = line[left_start:start].translate(mapping)
    right = line[end:right_end].translate(mapping)
    best, taken = _segment_cost(left + right, costs), 0
    word_starts = _segment(left, costs)[1]
    for size in (1, 2, 3, 4) if first_mod else (2, 3, 4):
        if size > len(left) or any(char in _NOT_IN_HEAD for char in line[start - size : start]):
            break
        if any(word in line[start - size : start] for word in APP_TALK_HAN):
            break  # 扫码, 手机: a word about apps is the sentence's, never a name
        prices = _BARE_PRICES if bare and size < len(left) else _HEAD_PRICES
        joined_cost, joined_starts = _segment(left[:-size] + right, costs)
        cost = joined_cost + prices[size]
        if right and len(left) - size not in joined_starts:
            cost -= _JOIN_BONUS  # 政|金博…|府: the text closes up into a word across the cut
        if size == 1:
            cost += _ONE_BEFORE_MOD - prices[1]
        head_text = left[-size:]
        if size >= 3 and head_text not in costs and any(head_text.endswith(end) for end in NAME_ENDS_HAN):
            cost -= _NAME_END_BONUS  # 金牛会, 乐天堂, 恒达国际: a name ending as names end
        if len(left) - size not in word_starts:
            cost += _SPLIT_WORD  # a name seldom starts inside a word of the text before it (金|牛会)
        if cost < best:
            best, taken = cost, size
    if not taken or (lone and left[-taken:] in costs):
        return None  # before a lone 官网 the best head is a word: the sentence's subject (影城官方网站)
    head = start - taken
    if head == left_start:
        glued = re.search(r"(?:[A-Za-z][A-Za-z0-9]*|[0-9]{2,3})\Z", line[max(0, head - 20) : head])
        before = line[head - len(glued.group()) - 1 : head - len(glued.group())] if glued else ""
        if glued is not None and not (before.isascii() and before.isalnum()):
            head -= len(glued.group())
    return head


#: Characters after a download word that make it a verb of its sentence (下载后, 下载完成).
_AFTER_VERB = frozenset("后後完好")


def _fused_end(line: str, last: tuple[int, int, str]) -> bool:
    """Whether the last word of a run makes a longer word with the Han characters after it (下载量)."""
    model = _han_model()
    if model is None or not _HAN.match(line[last[1] : last[1] + 1]):
        return False
    costs, mapping = model
    word = line[last[0] : last[1]]
    if last[2] == "download" and line[last[1]] in _AFTER_VERB:
        return True  # 下载后, 下载完: the download word is a verb of the sentence
    return any(
        (word + line[last[1] : last[1] + extra]).translate(mapping) in costs
        for extra in (1, 2)
        if last[1] + extra <= len(line) and _HAN.match(line[last[1] + extra - 1])
    )


def _han_spam_shaped(line: str, start: int, end: int, kinds: list[str]) -> bool:
    """Whether a run reads as the tail of a Chinese spam phrase, so a name before it is looked for."""
    if not _HAN.match(line[start - 1 : start]) or line[start:end] in TOPIC_HAN:
        return False  # a word before a topic word alone makes a compound of the host's: 即开型彩票
    if "core" in kinds or "download" in kinds or kinds.count("spammy") > 1:
        return True
    return any(word in line[start:end] for word in SPAMMY_HEAD_HAN)


def _sentence(line: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence of ``line`` that holds ``line[start:end]`` (at most a window each side)."""
    left = max(0, start - _SENTENCE_WINDOW)
    for match in _SENTENCE_END.finditer(line, left, start):
        left = match.end()
    found = _SENTENCE_END.search(line, end, end + _SENTENCE_WINDOW)
    return left, found.end() if found else min(len(line), end + _SENTENCE_WINDOW)


def _belongs(line: str, run: Run, runs: list[Run], starts: list[int]) -> bool:
    """Whether the rest of the run's sentence is about gambling (another gambling or industry word)."""
    left, right = _sentence(line, run.start, run.end)
    rest = line[left : run.start] + " " + line[run.end : right]
    if _DOMAIN.search(rest):
        return True
    others = runs[bisect_left(starts, left) : bisect_left(starts, right)]
    return any("core" in other.kinds and not _strength(other, line) for other in others if other is not run)


def _strength(run: Run, line: str) -> int:
    """2 for a download tail after gambling words or a brand; 1 for a spam-shaped phrase; 0 otherwise."""
    kinds = run.kinds
    han = bool(_HAN.search(line[run.start : run.end]))
    core = kinds.count("core")
    has_brand = "brand" in kinds or ("name" in kinds and len(kinds) > 2)
    if han and not has_brand and _run_fused(line, run):
        return 0  # 彩票APP下载量: the run is the front of a word of the sentence
    if "download" in kinds and (core or has_brand):
        first = kinds.index("download")
        if has_brand or first > 0:
            return 2
    if han and _full_tail(line, run):
        return 2  # 体育官网APP下载: a site word and a download word after a modifier, with no name
    if len(kinds) < 2:
        return 0
    if has_brand and (core or "spammy" in kinds):
        return 1
    text = line[run.start : run.end]
    if han and not has_brand and "彩票" in text and not _OTHER_CORE.search(text):
        return 0  # 福利彩票官网: a state lottery has an official site; spam adds a name or a download
    if (core and "spammy" in kinds) or (kinds.count("spammy") > 1 and not han):
        return 1  # 平台注册, 官网入口 alone are honest Chinese: a Han spam needs a brand or a gambling word
    if core and "mod" in kinds and not han:
        return 1  # in Chinese, 网络赌博 or 体育彩票 alone is an honest topic; spam adds a brand or 官网
    return 0


#: Han gambling words, to ask whether a run's only gambling word is 彩票 (a lottery, state-run in China).
_OTHER_CORE = re.compile(_han(word for word in CORE_HAN if word != "彩票"))


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
        and not _app_talk(line, run.start, run.end)
    )


def _run_fused(line: str, run: Run) -> bool:
    """Whether a run's last Han word makes a longer word with the Han text after it (下载量, 下载后)."""
    for size in (3, 2):
        start = run.end - size
        if start >= run.start and _HAN.match(line[start : start + 1]):
            kind = run.kinds[-1]
            if _fused_end(line, (start, run.end, kind)) and line[start : run.end] in _HAN_WORDS:
                return True
    return False


def _argument(line: str, run: Run) -> bool:
    """Whether the run sits where a noun phrase of its sentence would (after an article, as subject)."""
    if "brand" in run.kinds or "name" in run.kinds:
        return False
    before = re.search(r"([^\W\d_]+)['’]?\s*\Z", line[max(0, run.start - _WINDOW) : run.start])
    if before is not None and before.group(1).lower() in ARGUMENT_BEFORE:
        return True
    if line[run.start - 1 : run.start] in _HAN_BEFORE:
        return True
    left, right = _sentence(line, run.start, run.end)
    if line[left : run.start].strip():
        return False
    if not line[run.end : right].strip(" \t.!?;:。！？；："):
        return True  # the phrase is the whole sentence: a heading or a topic, not an insertion
    if _HAN.match(line[run.end : run.end + 1]):
        return True  # a Chinese subject: 体育投注是……
    after = re.match(r"\s*([^\W\d_])", line[run.end :])
    return after is not None and after.group(1).islower()


def gambling_spans(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding injected gambling spam (see the module docstring for what is cut)."""
    if not _SCAN.search(line.lower()):
        return []
    return triggered_spans(line)


def triggered_spans(line: str) -> list[tuple[int, int]]:
    """:func:`gambling_spans` of a line known to hold one of :data:`TRIGGERS` (its pre-check skipped)."""
    runs = find_runs(line)
    starts = [run.start for run in runs]
    spans = []
    for run in runs:
        strength = _strength(run, line)
        if strength == 0:
            continue
        if strength == 1 and (_belongs(line, run, runs, starts) or _argument(line, run)):
            continue
        if (
            strength == 2
            and "brand" not in run.kinds
            and _belongs(line, run, runs, starts)
            and _argument(line, run)
        ):
            continue
        spans.append((run.start, run.end))
    return spans
