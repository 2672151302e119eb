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

A Latin name may be two words (``GOLDEN ZAVRIQ``, ``Lucky Morvexa``, a Latin pair in
a Cyrillic sentence: see :func:`_name_pair`), may be led by app or bonus words
(``Download Zorvex APK``) and may be a site (``www.zorvex.bet``) or glued by a
hyphen (``zorvex-casino``); a count or an amount inside a run does not split it
(``casino 100 free spins``). Whether a word is common is read in twelve
Latin-script languages and three Cyrillic ones.

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
(``政|金博官方网站|府``); it may run to six characters when it ends in
国际 or 集团. A name with Latin letters or a lucky number glued to its Han
characters (``8868霸恒鑽官網``, ``GEV祥华真人官网``) starts where the glued
chunk starts, with no price to pay; a name that fills brackets or a pair of
spaces with its run (``（汇龙旺棋牌下载）``) goes with them, and the spaces
around a Han run between Chinese text go too. Overlapping Han words are
read as the words that cover most of the text; traditional forms of the
lexicon words are known. Industry words that poverty news uses everywhere
(收入, 产业, 旅游, 市场) make a Han run belong only right next to it (赌场的收入).
A name that is a word before its lucky number goes at a clause start or
inside a host word (``吉祥9988百家乐``); a lone product (真人, 电竞, 捕鱼) goes
after a made-up name (``凤恒威真人``) unless the sentence is about shows,
matches or fishing; a product with site words needs no name (``捕鱼登录入口``).
A name that is a word goes where it stands shows it: filling a clause start
before a site or app tail that a new clause follows (``永恒官网入口学前教育…``),
or before a site that ends its sentence with no verb of going before it
(``滴灌技术财神官网。``); a run set apart in brackets is not next to an
industry word (``市場(興龍真人視訊)``).
Spam on hacked Chinese sites carries more: a cut phrase takes its version
(``苹果版v2.9.19``), betting credit (``注册送38元``, ``首存100送58彩金``), a
made-up site (``官网：hy8868.vip``) and SEO words (``十大…排行榜``); the
keywords of a stack go together with their separators (``…官网|…APP下载``);
a gambling product with a download word, or gambling words framed by SEO
words or by a gambling site (``真人平台：29782.win``), need no name.
Left in Chinese: a number before a unit (``2023年``, ``188个村``), a
service number (``12306官网``), a credit in brackets (``（新华社客户端）``),
a lottery's official site (``福利彩票官网``), a topic word after a word
(``即开型彩票``), a download word that is a verb or a count (``下载后``,
``APP下载量``, ``小米11手机下载了``), a site that its sentence reads or points to
(``教育部官网显示``, ``请访问小米官网。``), and ``双11``.

Offsets are those of the line given; every look-around is bounded to a
window, so a long line with many runs costs linear time.
"""

from __future__ import annotations

import gzip
import math
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import lru_cache
from itertools import pairwise

from attrs import frozen

from povcorpus.boilerplate._windows import (
    Windows,
    alternation,
    chunk_windows,
    line_words,
    same_case,
    windows_for,
)
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
    spielautomat(?:en)? wettanbieter\w* spielothek\w* onlinecasinos? crash\s+games?
    kasyn[ao] zakłady\s+bukmacherskie bukmacher\w* judi kasino taruhan togel bahis cazino(?:uri)?
    pariuri păcănele jocuri\s+de\s+noroc spelautomater vadslagning gokken gokkast(?:en)?
    (?:sport)?weddenschappen игровые\s+автоматы ігрові\s+автомати рулетк[аи] покер тотализатор\w*
    cá\s+cược cược nhà\s+cái nổ\s+hũ tài\s+xỉu game\s+bài soi\s+kèo jogo\s+do\s+tigrinho tigrinho
    automaty\s+do\s+gier (?:casas?|sites?)\s+de\s+(?:apostas|apuestas) sites?\s+de\s+paris\s+sportifs
    siti\s+scommesse sale\s+scommesse paris\s+en\s+ligne sportbetting
    """
)
CORE_HAN = _lexicon(
    r"""
    博彩 投注 赌场 赌博 彩票 娱乐城 娱乐场 真人娱乐 真人视讯 棋牌
    老虎机 百家乐 电子游艺 赌球 押注 下注 彩金 网赌 赌钱 时时彩 六合彩
    賭場 賭博 娛樂城 娛樂場 真人娛樂 真人視訊 老虎機 百家樂 電子遊藝 賭球 網賭 賭錢 時時彩
    电玩城 炸金花 體驗金 体验金 電玩城
    """
)
#: Gambling words that news uses as topics: alone after another word they make a compound (即开型彩票).
TOPIC_HAN = frozenset(_lexicon("彩票 赌博 賭博 博彩 投注 下注 押注 赌钱 賭錢 网赌 網賭 赌球 賭球"))
#: Spam modifiers: words that make a gambling phrase read like an advert, not a topic.
SPAMMY_LATIN = _lexicon(
    r"""
    real\s+money no\s+deposit welcome\s+bonus bonus(?:es)? vip crypto bitcoin btc usdt soldi\s+veri
    senza\s+deposito gratis dinero\s+real argent\s+réel echtgeld register sign\s+up login
    official\s+site free\s+bets? cashback (?:fast|instant|quick)\s+(?:withdraw(?:als?|s)?|payouts?)
    promo\s+codes?
    no\s+kyc no\s+verification официальн\w*\s+сайт\w* зеркало на\s+(?:реальные\s+)?деньги
    bonus\s+di\s+benvenuto bonus\s+de\s+bienvenue bonos?\s+de\s+bienvenida bônus\s+de\s+boas[\s-]vindas
    willkommensbonus einzahlungsbonus neukundenbonus giriş terpercaya играть
    bonus\s+codes? deposit\s+bonus(?:es)? bonus\s+deposit giri\s+gratis codice\s+promo sans\s+dépôt
    tours\s+gratuits code\s+promo bonos? sin\s+depósito giros\s+grátis giros\s+gratis
    código\s+promocional bônus sem\s+depósito dinheiro\s+real ohne\s+einzahlung freispiele bonuscode
    zonder\s+storting gratis\s+spins promotiecode echt\s+geld bez\s+depozytu darmowe\s+spiny
    kod\s+promocyjny prawdziwe\s+pieniądze deneme\s+bonusu bonusu bedava\s+spin promosyon\s+kodu
    бонус(?:а|ы|ов|ом|ами|у|ах)? без\s+депозит[ау] фриспин(?:ы|ов|а)? фріспін(?:и|ів)?
    промокод(?:а|ы|ов|ом|у)? gacor maxwin bonus\s+new\s+member grátis
    putaran\s+gratis kode\s+promo fără\s+depunere rotiri\s+gratuite cod\s+promoțional
    utan\s+insättning gratissnurr bonuskod
    not\s+on\s+gamstop ohne\s+oasis ohne\s+limit non\s+aams (?<=gacor\s)(?:hari|malam)\s+ini
    link\s+alternatif (?:play|join|claim|bet)\s+now mirror\s+link rtp auto\s+jp
    jogue\s+agora cadastre-se link\s+oficial enlace\s+oficial juega\s+ahora regístrate
    jetzt\s+spielen hier\s+registrieren zum\s+anbieter jouer\s+maintenant lien\s+officiel
    gioca\s+ora registrati đăng\s+ký\s+ngay chơi\s+ngay link\s+vào đổi\s+thưởng nhận\s+thưởng
    рабоч\w+\s+зеркал\w* робоч\w+\s+дзеркал\w* дзеркало hemen\s+üye\s+ol güncel\s+giriş
    вход вхід регистрация реєстрація zaloguj rejestracja oyna
    daftar(?:\s+sekarang)? klik\s+di\s+sini đăng\s+nhập đăng\s+ký acesse accedi inscription
    zagraj\s+teraz за\s+(?:регистрацию|реєстрацію) na\s+prawdziwe\s+pieniądze з\s+виводом с\s+выводом
    """
)
SPAMMY_HAN = _lexicon(
    r"""
    注册送 注册 官网 官方网站 官方入口 网址 最新网址 入口 登录 平台 充值
    註冊送 註冊 官網 官方網站 網址 最新網址 登錄 登入 平臺 儲值
    注册即送 首存 首充 註冊即送 新用户送 新用戶送
    """
)
#: Neutral modifiers: common around gambling words both in spam and in honest news.
MODIFIER_LATIN = _lexicon(
    r"""
    online live sports? esports? football soccer mobile tips games? site sites official in[\s-]play
    calcio sportiv[ei] en\s+ligne en\s+línea en\s+vivo deportiv[ao]s? app(?:s)? giochi esportiv[ao]s?
    desportiv[ao]s? ao\s+vivo en\s+direct live[\s-]dealer mega appli aplicativo aplicación
    sportive bola siteleri oyunlar\w* canl\w mobil uygulama\w* aplikasi aplikacj[aęi] приложени[еяю]
    додаток онлайн на\s+спорт aplicați[ae] appen
    tips gratuit(?:e|s|es)? fiables? situs agen bandar bocoran uy\s+tín online\s+italiani terbaik bóng\s+đá
    """
)
MODIFIER_HAN = _lexicon(
    r"""
    在线 网上 线上 网络 体育 娱乐 游戏 官方 手机 足球 电竞 真人 视讯 电子 捕鱼
    在線 網上 線上 網絡 網路 體育 娛樂 遊戲 手機 電競 視訊 電子 捕魚
    电玩 電玩 麻将 麻將 龙虎 龍虎 斗牛 鬥牛
    """
)
#: Modifiers that name a gambling product (live dealer, e-sports, fishing and slot games): after a
#: name with a glued number or Latin letters they are spam on their own (``9988发赢真人``).
PRODUCT_HAN = _lexicon("真人 电竞 捕鱼 電競 捕魚")
#: 电子 (slot games) is one too, but too common a word (电子商务) to be a trigger: it counts in a line
#: that holds another.
_PRODUCTS = (*PRODUCT_HAN, "电子", "電子")
#: App-download words: the tail of nearly every injected phrase.
DOWNLOAD_LATIN = _lexicon(
    r"""
    download(?:s)? apk android ios iphone app\s+store google\s+play scarica télécharger descargar baixar
    herunterladen скачать get\s+the\s+app pobierz unduh indir завантажити descarcă ladda\s+ner downloaden
    (?<=scarica\s)ora (?<=download\s)now (?<=descargar\s)ahora
    (?<=baixar\s)agora (?<=télécharger\s)maintenant jetzt(?=\s+herunterladen)
    télécharger\s+l['’]\s*application descargar\s+la\s+aplicación baixar\s+o\s+aplicativo
    scarica\s+l['’]\s*applicazione download\s+the\s+application
    """
)
DOWNLOAD_HAN = _lexicon(
    r"""
    下载 下载安装 客户端 手机版 安卓 苹果版
    下載 下載安裝 客戶端 手機版 蘋果版
    官网版 官方版 网页版 电脑版 最新版 安卓版 下载链接
    官網版 網頁版 電腦版 下載鏈接 下載連結
    """
)
#: Glue allowed inside a run between two lexicon words; a glue word only after a download word
#: (``download the app``, ``scarica l'app``, ``APK for Android``) or before one (``app for iOS``).
#: Pictographs and bullets glue words too (``💎 Zorvex 🎰 casino ✅ free spins``).
GLUE = (
    r"[\s\-–·•|/:&+\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]*"
    r"(?:(?<![^\W\d_])(?:the|l['’]|la|il|de|di|for|per|pour|para|für|для|dla|untuk)\s*)?"
)
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
    зависимост\w* setor sector secteur branche receitas? vício kansspel\w* reclame boete\w* vergunning\w*
    hazard\w* uzależni\w* podat\w* налог\w* лиценз\w* реклам\w* выручк\w* податк\w* залежн\w* vergi\w*
    gelir\w* bağımlılı\w* pajak kecanduan \w*blokir\w* taxe dependenț\w* spelbolag\w* intäkter
    запрещ\w* запрет\w* легализ\w* игорн\w* заборон\w* zakaz\w* nielegaln\w* verbod\w* illegale? yasa\w*
    ilegal\w* larangan interzis\w* förbud\w* olagli\w*
    """
)
DOMAIN_HAN = _lexicon(
    r"""
    行业 博彩业 监管 打击 犯罪 违法 非法 成瘾 公益金 警方 公安 查处
    牌照 经营 团伙 捣毁 公益 营收 利润 税收
    行業 博彩業 監管 打擊 違法 成癮 查處 經營 團夥 搗毀 營收 利潤 稅收
    """
)
#: Industry words that a poverty corpus also uses everywhere (人均收入, 防止返贫, 产业扶贫, 乡村旅游,
#: 农产品销售): they make a Han run belong only next to it (赌场的收入, 彩票销售), within :data:`_NEAR`
#: characters.
DOMAIN_NEAR_HAN = _lexicon("收入 返贫 返貧 产业 產業 企业 企業 旅游 旅遊 市场 市場 销售 銷售 治理")
_NEAR = 3
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
#: Han characters before a run that make it an object or a modifier: 对网络赌博, 的博彩, 以注册送彩金为诱饵.
_HAN_BEFORE = frozenset("的对在把与和及将从向为于是了以")
#: Opening quotes between such a character and a run (以“注册送彩金”为诱饵).
_OPENING_QUOTES = frozenset('“「『‘"')
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
_BRAND_MORPHEMES = (
    "bet",
    "casino",
    "slot",
    "poker",
    "spin",
    "jackpot",
    "lotto",
    "bingo",
    "vegas",
    "stake",
    "win",
    "play",
    "toto",
)
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
        crash kasyno kasyna zakłady judi kasino taruhan togel bahis cazino cazinouri pariuri păcănele
        spelautomater vadslagning gokken gokkast gokkasten weddenschappen sportweddenschappen автоматы
        автомати рулетка рулетки покер cashback promo bonos bono bônus
        freispiele bonuscode bonusu bonuskod gratissnurr promotiecode бонус бонуса бонусы бонусов бонусом
        бонусами бонусу бонусах
        промокод промокода промокоды промокодов промокодом промокоду фриспин фриспины фриспинов фриспина
        фріспін фріспіни фріспінів gacor maxwin pobierz unduh indir завантажити descarcă ladda downloaden
        kyc payout payouts
        willkommensbonus einzahlungsbonus neukundenbonus зеркало
        cược tigrinho togel gamstop automaty дзеркало giros rodadas spiny regístrate cadastre grátis
        sportbetting
        """
    ),
    "nhà cái",
    "nổ hũ",
    "tài xỉu",
    "game bài",
    "soi kèo",
    *CORE_HAN,
    *SPAMMY_HAN,
    *DOWNLOAD_HAN,
    *BRANDS_HAN,
    *PRODUCT_HAN,
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
    """The lexicon of each word in order: ``brand``, ``name``, ``download``, ``spammy``, ``core``, ``mod``.

    A run led by a name with Latin letters or digits glued to Han text starts with ``glued``.
    """
    rare: bool = False
    """Whether the run's name is only a word rare in every word list (no digit, site or morpheme shape)."""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return self.start, self.end


def _lexicon_hits(line: str) -> list[tuple[int, int, str]]:
    """Non-overlapping lexicon words ``(start, end, kind)`` that cover the most characters.

    Han text has no spaces, so two words can overlap: in ``天下注册送彩金`` the
    gambling word ``下注`` straddles ``天下`` and ``注册``. Taking the words that
    cover most of the text (``注册送`` and ``彩金``) reads it as a reader does;
    among equal covers the leftmost, longest word and the earlier lexicon win,
    as words that do not overlap (every Latin word) always do.
    """
    lowered = line.lower()
    # On a lower-cased line that keeps every offset, the patterns need not fold case (same spans);
    # a line holding a character IGNORECASE folds otherwise (``ı``, ``ſ``, ``İ``, ``Σ``: CASE_ODD,
    # which a test checks against every letter of the lexicon) is matched with IGNORECASE as it is.
    plain = same_case(line, lowered)
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


#: Glue between two words of a run: :data:`GLUE`, or a count or an amount (``casino 100 free spins``,
#: ``casino: 200% bonus``).
_GLUE = re.compile(GLUE + r"(?:(?<=\s)[€$£₽]?\d{1,5}(?:[.,]\d{1,3})?[%€$£₽x]?\s+)?\Z", re.IGNORECASE)


#: A comma between two words of a run: keyword stacks list their phrases so (``giros gratis, casino online``);
#: such a run is a stack only when it reads as one (see :func:`_stacked`), else its strength is its words'.
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]+")
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


def _brandlike(word: str) -> bool:
    """Whether ``word`` reads as a made-up gambling name rather than a common or gambling word."""
    lowered = word.lower()
    if lowered in NOT_BRANDS or lowered.isdigit() or _inner_morpheme(word) or _common(lowered):
        return False
    return not any(pattern.fullmatch(word) for pattern in (_CORE, _MODIFIER, _DOWNLOAD, _SPAMMY))


def _inner_morpheme(word: str) -> bool:
    """Whether a lower-case word holds its gambling morphemes only inside (``buurtwinkel``, ``display``).

    Names put the morpheme first or last (``winamax``, ``duniawin``, ``fortunabet``); a word of letters
    with the morpheme in its middle is a compound or an everyday word that happens to hold it, and so
    is a lower-case word with letters beyond ASCII (Turkish ``betonlandı``: made-up names are ASCII).
    """
    lowered = word.lower()
    if not (word.islower() and word.isalpha()):
        return False
    if not word.isascii():
        return True  # ``betonlandı``: a made-up name in lower case is written in ASCII letters
    return not lowered.startswith(_BRAND_MORPHEMES) and not lowered.rstrip("s").endswith(_BRAND_MORPHEMES)


#: Languages whose word lists decide that a word is common (``spingere``, ``stakeholder``) and not a name.
_WORD_LANGS = ("en", "it", "fr", "es", "de", "pt", "nl", "pl", "tr", "id", "ro", "sv")
#: The languages whose word lists say a word is no made-up name: :data:`_WORD_LANGS` and Vietnamese
#: (``chơi``, ``doanh``). Vietnamese lists hold many English words, so they do not say what is English.
_NAME_LANGS = (*_WORD_LANGS, "vi")
#: Languages whose word lists decide for a word in Cyrillic letters (``могут`` is no name).
_CYRILLIC_LANGS = ("ru", "uk", "bg")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float | None:
    """The highest Zipf frequency of ``word`` in :data:`_WORD_LANGS` (``None`` without ``wordfreq``).

    Read from wordfreq's *small* lists (every word at Zipf 3 or more; the rest count as 0):
    the thresholds below only ask "common" (≥ 3) or "rare" (< 2.8), so the first language in
    which the word is common answers (its value, not the highest) and the lists of the later
    languages load only when a word is rare in the earlier ones. A word in Cyrillic letters is
    read in :data:`_CYRILLIC_LANGS`. The small lists take about 3 MiB a language where the full
    ones take about 40 MiB.
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return None
    highest = 0.0
    for lang in _CYRILLIC_LANGS if _CYRILLIC.search(word) else _NAME_LANGS:
        highest = max(highest, zipf_frequency(word, lang, wordlist="small"))
        if highest >= 3.0:
            break
    return highest


def _common(word: str) -> bool:
    """A word common in some language (Zipf >= 3, from ``wordfreq`` when installed)."""
    frequency = _zipf(word)
    return frequency is not None and frequency >= 3.0


#: Made-up names are short; a longer rare word is a compound of a language that writes them closed up
#: (``aanvraagformulier``, ``Internetanschluss``), not a name.
_LONGEST_NAME = 12


def _unknown(word: str) -> bool:
    """A word rare in every word list (Zipf < 2.8 in each): a name, made up or borrowed (``rabona``).

    False without ``wordfreq``. Common words of any of the languages are 3 or more; brands that a
    few pages name (``winamax``, 2.6) sit just under 2.8 (tuned on the tune half).
    """
    if word.islower() and (_CYRILLIC.search(word) or not word.isascii()):
        # ``подпольное казино``, ``теплиць``, Turkish ``asfaltlandı``: inflected words are rare in the short
        # lists; a made-up name in lower case is written in ASCII letters
        return False
    frequency = _zipf(word.lower())
    return frequency is not None and frequency < 2.8 and 4 <= len(word) <= _LONGEST_NAME and word.isalpha()


#: A year between two words of a run (``crash game 2026 mobil``): SEO phrases end with their year, so a
#: neutral modifier after it is the host's (Swedish ``mobil vårdcentral``).
_YEAR_GAP = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,%])")
#: A host word right after a run's last word (``mobil vårdcentral``): the modifier may be the host's.
_WORD_NEXT = re.compile(r" [^\W\d_]")
#: Neutral modifiers that poverty news says of its own nouns (a mobile clinic, free meals): at a run's
#: edge, next to a lower-case host word, they are the host's.
_HOST_ADJECTIVE = re.compile(r"mobile|mobil|mobiel|gratuit(?:e|s|es)?", re.IGNORECASE)
#: A lower-case host word right before a run's first word.
_WORD_BEFORE_LOWER = re.compile(r"(?<![^\W\d_])[^\W\d_]*[a-zà-ÿ] \Z")


def find_runs(line: str) -> list[Run]:
    """The runs of lexicon words in ``line``, each widened by one brand-like name on its left."""
    hits = _app_after_product(line, _lexicon_hits(line))
    runs: list[list[tuple[int, int, str]]] = []
    trailing: set[int] = set()
    for hit in hits:
        gap = line[runs[-1][-1][1] : hit[0]] if runs else ""
        glued = any(char.isalpha() for char in gap)
        joins = (
            not glued
            or (runs[-1][-1][2] == "download" and hit[2] in ("mod", "download"))
            or (runs[-1][-1][2] == "mod" and hit[2] == "download")
            if runs
            else False
        )
        if hit[2] == "brand" and runs and runs[-1][-1][2] != "brand":
            # a name starts a phrase; after gambling words it is the host's (``10h``) unless made up
            # beyond doubt and not a listed one: a site or letters and digits right after a gambling
            # word (``casino zorvex.bet``, ``slots Malix168``; ``bet bet365`` and ``gratis 281Zorvex`` split)
            joins = joins and _trailing_name(runs[-1][-1][2], line[hit[0] : hit[1]])
            if joins:
                trailing.add(hit[0])
        if runs and (_GLUE.match(gap) or _COMMA_GAP.fullmatch(gap)) and joins:
            runs[-1].append(hit)
        else:
            runs.append([hit])
    found: list[Run] = []
    for words in runs:
        words = _until_repeat(line, words)
        rare = False
        kinds_only = [kind for _, _, kind in words]
        leading = [i for i, (at, _, kind) in enumerate(words) if kind == "brand" and at not in trailing]
        if leading and not _calls(
            line, words[: leading[0]]
        ):  # a phrase starts with its brand; words before are the host's
            words = words[leading[0] :]
            kinds_only = kinds_only[leading[0] :]
        if "download" in kinds_only:
            last = max(index for index, (_, _, kind) in enumerate(words) if kind == "download")
            while len(words) > last + 1 and (
                words[-1][2] == "core" or (words[-1][2] == "mod" and _HAN.match(line[words[-1][0]]))
            ):
                words = words[:-1]  # a gambling or Han modifier word after the download tail is the host's
        while (
            len(words) > 1
            and words[-1][2] == "mod"
            and _YEAR_GAP.search(line, words[-2][1], words[-1][0])
            and _WORD_NEXT.match(line, words[-1][1])
        ):
            words = words[:-1]  # crash game 2026 | mobil vårdcentral: a year ends the SEO phrase
        if (
            len(words) > 1
            and _HOST_ADJECTIVE.fullmatch(line, words[-1][0], words[-1][1])
            and _WORD_NEXT.match(line, words[-1][1])
        ):
            words = words[:-1]  # giri gratis | mobile visita: mobile, free describe the host's next word
        if (
            len(words) > 1
            and _HOST_ADJECTIVE.fullmatch(line, words[0][0], words[0][1])
            and _WORD_BEFORE_LOWER.search(line, max(0, words[0][0] - 20), words[0][0])
        ):
            words = words[1:]  # ambulatorio mobile | crash game: the host's noun and its adjective
        start, end = words[0][0], words[-1][1]
        kinds = [kind for _, _, kind in words]
        name = None if "brand" in kinds else _glued_name(line, start, end, kinds)
        if name is not None and found and name < found[-1].end < start and found[-1].kinds[0] != "brand":
            name = found[-1].end  # 注册即送|18彩金: a glued name never starts inside the run before it
        if name is not None and _HAN.match(line[start : start + 1]):
            apart = _set_apart(line, start, end)  # 社 天下8868平臺官網 的: the spaces show the whole name
            name = name if apart is None else min(name, apart)
        site = (
            _SITE_BEFORE.search(line, max(0, start - 30), start) if line[start - 1 : start] == "." else None
        )
        if site is not None and name is None:  # zorvex.bet casino: the first word is the site's ending
            start, kinds = site.start(), ["brand", *kinds[1:]]
        elif name is not None:
            start, kinds = name, ["glued", *kinds]
        elif "brand" not in kinds or (kinds[0] != "brand" and not _HAN.search(line[start:end])):
            brand = _brand_before(line, start, end)
            if brand is not None and "brand" in kinds and not line[brand[0] : brand[0] + 1].isupper():
                brand = (
                    None  # before a run that ends with its name, only a capitalised name (``Xastir казино``)
                )
            rare = (
                brand is not None
                and not _HAN.search(line[brand[0] : end])
                and _rare_name(line, brand[0], start)
            )
            shaped = _han_spam_shaped(line, start, end, kinds) and not _fused_end(line, words[-1])
            if brand is None and shaped:
                head = _han_name(line, start, end, words, kinds)
                brand = None if head is None else (head, "brand")
            elif brand is None and line[start:end] in LONE_PRODUCT_HAN and not _fused_end(line, words[-1]):
                head = _product_name(line, start, end)
                brand = None if head is None else (head, "product")
            if brand is not None:
                start, kinds = brand[0], [brand[1], *kinds]
        if kinds[0] == "brand" and _HAN.match(line[start - 1 : start]) and _LUCKY.match(line, start):
            start = _number_prefix(line, start, end)  # 吉祥|9988百家乐: a number is a name's end
        lead = _lead(line, found, start) if kinds[0] in ("brand", "name") else None
        if lead is not None:  # ``Download Zorvex APK``: app words before the name are the phrase's
            start, kinds = lead.start, [*lead.kinds, *kinds]
            found.pop()
        found.append(Run(start, end, tuple(kinds), rare))
    return found


def _until_repeat(line: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A Han run's words up to a repeat of an earlier word of its phrase, when no gambling word follows.

    Spam put before the host's own site or app words runs into them (``金鹰百家乐官网|官网发布``,
    ``盈丰体育官网|体育APP提供``): a phrase names its site or product once, so the repeat is the
    host's. Not a repeat: words set apart by a separator (a stack: ``…官网 | …官网``), and one
    that a gambling word follows (``御豐體育|體育投注官方網站``: the name ends in 體育).
    """
    seen: set[str] = set()
    for index, (start, end, _) in enumerate(words):
        word = line[start:end]
        glued = index > 0 and start == words[index - 1][1]
        if glued and word in seen and _HAN.match(word) and all(kind != "core" for *_, kind in words[index:]):
            # …平台平台:www.68306.win: a made-up site after the run shows the repeat is the spam's too
            return words if _SITE_TAIL.match(line, words[-1][1]) else words[:index]
        if not glued:
            seen = set()
        seen.add(word)
    return words


def _app_after_product(line: str, hits: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """``hits`` with ``app`` glued after a Han gambling word or product read as a download word.

    Chinese spam names the app it pushes (``百家乐app``, ``九州电玩城app``, ``fuying真人app``);
    after a topic word (``彩票app``) or a neutral one (``体育app``) ``app`` stays a modifier.
    """
    for index in range(1, len(hits)):
        start, end, kind = hits[index]
        before = hits[index - 1]
        if kind != "mod" or before[1] != start or line[start:end].lower() != "app":
            continue
        word = line[before[0] : before[1]]
        if (before[2] == "core" and word not in TOPIC_HAN) or word in _PRODUCTS:
            hits[index] = (start, end, "download")
    return hits


#: A made-up name beyond doubt: a site (``zorvex.bet``) or three letters and a digit (``Malix168``).
_MADE_UP_AFTER = re.compile(r"[^\W\d_]{2,}\.[a-z]{2,4}|(?=(?:\w*[^\W\d_]){3})(?=\w*\d)\w+", re.IGNORECASE)


def _trailing_name(kind: str, word: str) -> bool:
    """Whether a brand-like ``word`` after a word of ``kind`` ends that run rather than starting a phrase.

    After a gambling word only a name made up beyond doubt (:func:`_made_up_after`); after a
    spam modifier or a call (``daftar sekarang zeadanwin63``, ``real money pokies luckyplay``)
    also a name built on a gambling morpheme. A listed brand never: it starts its own phrase.
    """
    if kind == "core" or (kind in ("spammy", "mod") and _MADE_UP_AFTER.fullmatch(word)):
        return _made_up_after(word)
    return kind == "spammy" and _BRAND.fullmatch(word) is None and _MORPHEME_NAME.fullmatch(word) is not None


_MORPHEME_NAME = re.compile(_BRAND_MORPHEME, re.IGNORECASE)


def _calls(line: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether the words before a run's name are calls to act of several words (``jogue agora``).

    A run starts with its name, the words before it being the host's, except such calls
    (``hier registrieren Plybi``, ``klik di sini Xyplea777``): no sentence says them before a name.
    """
    return bool(words) and all(kind == "spammy" and " " in line[start:end] for start, end, kind in words)


def _made_up_after(word: str) -> bool:
    """Whether ``word``, after gambling words, is a made-up name that joins their run (not ``10h``)."""
    return _MADE_UP_AFTER.fullmatch(word) is not None and _BRAND.fullmatch(word) is None


def _made_up(name: str) -> bool:
    """Whether a Han name of two to four characters reads as made up: no common word, nor made of words.

    ``東金`` is; ``王朝``, ``教育部``, ``国家统计局`` (two words) and any name with Latin letters or digits
    are not (a body's site in brackets is its credit: ``（教育部官网）``).
    """
    model = _han_model()
    if model is None or not 2 <= len(name) <= 4 or not all(_HAN.match(char) for char in name):
        return False
    costs, mapping = model
    simplified = name.translate(mapping)
    rare = costs.get(simplified, math.inf) > _RARE_NAME
    return rare and len(_segment(simplified, costs)[1]) == len(simplified)


#: Cost over which a word of the model is rare enough to be a made-up name too (東金 7.9; 王朝 5.0).
_RARE_NAME = 6.5


def _closes_up(line: str, left: int, right: int) -> bool:
    """Whether the Han text ending at ``left`` and the Han text from ``right`` read as one word across.

    The cheapest segmentation of up to four characters each side, joined, has no word boundary where
    they meet (``合作社带`` + ``动了`` reads ``带动``).
    """
    model = _han_model()
    if model is None:
        return False
    before = left
    while before > 0 and left - before < 4 and _HAN.match(line[before - 1]):
        before -= 1
    after = right
    while after < len(line) and after - right < 4 and _HAN.match(line[after]):
        after += 1
    if before == left or after == right:
        return False
    costs, mapping = model
    text = (line[before:left] + line[right:after]).translate(mapping)
    return left - before not in _segment(text, costs)[1]


def _han_name(
    line: str, start: int, end: int, words: list[tuple[int, int, str]], kinds: list[str]
) -> int | None:
    """Start of a Han name before a spam-shaped run: one set apart with it, else the head that reads best."""
    lone = kinds == ["spammy"] and line[start:end] in SITE_HAN
    # a lone site or app word in brackets is a credit (（新华社客户端）), not a phrase set apart
    apart = None if lone or kinds == ["download"] else _set_apart(line, start, end)
    if lone:
        apart = _set_apart(line, start, end)
        if apart is not None and not _made_up(line[apart:start]):
            # a word set apart: only when the host closes up into a word across it (带 皇家官网 动)
            apart = apart if _closes_up(line, apart - 1, end + 1) else None
    if apart is not None:
        return apart
    if (
        kinds[0] == "mod"
        and line[start : start + 2] in ("电子", "電子")
        and line[start + 2 : end] in SITE_HAN
    ):
        return None  # 海康电子官网: a company's name ends in 电子, and its site is its own
    head = _han_head(
        line,
        start,
        end,
        first_mod=kinds[0] == "mod" and _HAN.match(line[start]) is not None,  # 爱|游戏, not 诈|APP
        lone=lone,
        bare=(_bare(line, words) or (kinds[0] == "core" and "download" in kinds))
        and not _app_talk(line, start, end),
    )
    product_tail = kinds[0] == "mod" and set(kinds[1:]) == {"spammy"} and _product_first(line, start, kinds)
    if head is not None and product_tail and _common_head(line, head, start, end):
        head = None  # 看病|捕鱼官方网站: a product's site tail needs no name, and a common word is the host's
    if head is None:
        head = _clause_name(line, start, end, kinds)
    return _end_name(line, start, end, kinds) if head is None else head


#: Words before a site at a sentence's end that make it the place the sentence points to (可登录|小米官网。,
#: 公布于|…官网。, 渠道包括|…官网。): the name before the site is then the sentence's own.
SITE_LEADERS_HAN = _lexicon(
    """
    登录 登錄 登陆 登陸 登入 访问 訪問 见 見 查看 浏览 瀏覽 进入 進入 打开 打開 搜索 关注 關注 点击 點擊
    通过 通過 在 于 於 到 至 上 赴 参见 參見 详见 詳見 请 請 或 和 及 与 與 的 了 是 为 為 来自 來自 自 源自
    出自 据 據 包括 含 包含 如 例如 比如 即 等 用 使用 借助 经 經 由 向 往 前往 回 去 下载 下載 转到 轉到
    以 按 按照 根据 根據 参照 參照 对照 對照 关于 關於
    """
)


def _end_name(line: str, start: int, end: int, kinds: list[str]) -> int | None:
    """Start of a name that is a word before a site tail that ends its sentence (``滴灌技术|财神官网。``).

    Honest text names a site at a sentence's end as the place it points to, after
    a verb or a preposition of going there (``可登录小米官网。``, ``公布于…官网。``:
    :data:`SITE_LEADERS_HAN`); spam is put after any word. The name is the last
    word of the text before (two to four characters, or a word and 国际, 集团).
    Left alone: a public body or a news site, a name with function or app words,
    and a sentence that talks about apps.
    """
    if not set(kinds) <= {"spammy"} or not any(word in line[start:end] for word in SITE_HAN):
        return None
    if end < len(line) and line[end] not in "。！？；!?;":
        return None
    model = _han_model()
    left = _han_before(line, start)
    if model is None or start - left < 4:
        return None
    costs, mapping = model
    text = line[left:start].translate(mapping)
    starts = sorted(_segment(text, costs)[1])
    head = starts[-1]
    ending = head > 0 and text[head:] in NAME_ENDS_HAN and len(starts) > 1
    if ending:
        head = starts[-2]  # 天际|国际: a word and a name ending
    name = text[head:]
    if not 2 <= len(name) <= 6 or not (ending or name in costs or _made_up(name)):
        return None
    before = text[:head]
    if (
        len(before) < 2
        or any(before.endswith(word) for word in SITE_LEADERS_HAN)
        or name[-1] in _BODY_ENDS
        or name[-1] in "网網"
        or any(char in _NOT_IN_HEAD for char in name)
        or any(word in name for word in APP_TALK_HAN)
        or _app_talk(line, start, end)
    ):
        return None
    return left + head


#: Words that follow a site or app word when the site or app is the sentence's own (教育部官网显示,
#: 小米官网上, 官方网站的): after one of them a name at a clause start is the sentence's subject.
SITE_FOLLOWERS_HAN = _lexicon(
    """
    的 上 中 里 裡 内 內 和 与 與 及 是 已 将 將 也 还 還 于 於 在 可 都 会 會 能 需 要 被 把 让 讓 给 給
    等 称 稱 对 對 为 為 有 就 即 则 則 并 並 又 仍 均 首页 首頁 显示 顯示 发布 發佈 發布
    公布 数据 數據 信息 資訊
    介绍 介紹 消息 公告 通知 资料 資料 页面 頁面 提供 推出 上线 上線 开通 開通 查询 查詢 列出 写道 寫道
    载明 載明 刊登 刊发 刊發 公示 注明 註明 同步 正式 表示 指出 提示 说明 說明 报道 報道 链接 鏈接 地址
    公开 公開 设在 設在 设有 設有 开放 開放 关闭 關閉 更新 改版 提醒 发出 發出 发文 發文 截图 截圖
    开设 開設 转载 轉載 转发 轉發 推送 发起 發起 举办 舉辦 上传 上傳 收录 收錄 登载 登載 披露 宣布 回应
    回應 声明 聲明 确认 確認 证实 證實 设立 設立 开展 開展 联合 聯合 今天 今日 昨天 昨日 近日 日前 近期
    目前 现在 現在 本周 本週 上周 上週 本月 上月 今年 去年 刚刚 剛剛 最近 再次 首次 率先 专门 專門 同样 同樣
    后 後 时 時 量 次 包 方法 教程 步骤 步驟 流程 即可 完成 成功 过程 過程 服务 服務 系统 系統 平台 平臺
    """
)


def _clause_name(line: str, start: int, end: int, kinds: list[str]) -> int | None:
    """Start of a name that is a word and fills the start of its clause before a site or app tail.

    Spam names are often words (永恒, 天下, 传世), so no head model finds them;
    where they stand tells instead: all the Han text of a clause start (two to
    four characters) before a tail of site or download words that a new clause
    follows with no mark between (``永恒官网入口学前教育普及后``,
    ``传世下载安装家庭医生…``). Left alone: a site or app that is the
    sentence's own, followed by what follows a site (``教育部官网显示``,
    ``小米官网上``, ``微信下载安装后``: :data:`SITE_FOLLOWERS_HAN`), a public
    body (its name ends in 局, 部, 院…), a head with function words, clause
    words or app words, and a sentence that talks about apps.
    """
    product = kinds[0] == "mod" and any(line.startswith(word, start) for word in (*_PRODUCTS, *ARCADE_HAN))
    after = _han_attachments(line, start, end)[1]  # 欢乐|斗牛注册送体验金|医疗…: what the phrase carries
    rest = kinds[1:] if product else kinds
    if not rest or not set(rest) <= {"spammy", "download", "core"} or not _HAN.match(line[after : after + 1]):
        return None
    if product and after == end and "download" not in rest and "core" not in rest:
        return None  # 县城|真人官网|新建的: a product's lone site word is no proof; an offer or an app is
    text = line[start:end]
    if "download" not in kinds and "core" not in kinds and not any(word in text for word in SITE_HAN):
        return None  # 电商|平台注册商家: 平台, 注册, 入口 alone are common words
    left = start
    while left > 0 and start - left <= 4 and _HAN.match(line[left - 1]):
        left -= 1
    head = line[left:start]
    if not 2 <= len(head) <= 4 or (left > 0 and _NAME_CHAR.match(line[left - 1])):
        return None
    if (
        head[-1] in _BODY_ENDS
        or head[-1] in "网網"  # 新华网官网: a news site's own site
        or head[0] in _CLAUSE_HAN
        or any(char in _NOT_IN_HEAD for char in head)
        or any(head.startswith(word) for word in CLAUSE_START_HAN)
        or any(word in head for word in APP_TALK_HAN)
        or any(line.startswith(word, after) for word in SITE_FOLLOWERS_HAN)
        or _fused_end(line, (start, end, kinds[-1]))
        or _app_talk(line, start, end)
        or _closes_up(line, start, after)
    ):
        return None
    model = _han_model()
    if model is None or (head.translate(model[1]) not in model[0] and not _made_up(head)):
        return None  # 屆時發達|老虎機官網|國家: a name is one word or made up, never a phrase of the host's
    return left


def _common_head(line: str, head: int, start: int, end: int) -> bool:
    """Whether the head ``line[head:start]`` is a common word that the host does not close up around."""
    model = _han_model()
    if model is None:
        return False
    costs, mapping = model
    return costs.get(line[head:start].translate(mapping), math.inf) <= _RARE_NAME and not _closes_up(
        line, head, end
    )


#: Han characters that follow a number as its unit or measure (2023年, 188个, 365天, 3000多): digits
#: before one of them make a quantity, never a name.
_MEASURE = frozenset(
    "年月日号號个個位名人户戶家所座条條项項次届屆岁歲天元万萬亿億多余餘种種件只隻辆輛台臺层層级級期批本张張"
    "部米度倍成分秒里斤吨噸亩畝千百十点點周週"
)
#: A digit or a Chinese numeral: a unit after one (五千元, 3个) is no name's first character.
_NUMERAL = re.compile(r"[0-9〇零一二两三四五六七八九十百千万亿兩萬億]")
#: Latin letters (with digits after them) or a number of two to four digits glued to the Han text
#: (at most four characters) that reaches a run: ``HG鸿运…``, ``8868霸恒…``, ``365…``.
_GLUED = re.compile(r"(?<![A-Za-z0-9.,:/_@&'’-])([A-Za-z]{1,5}[0-9]{0,4}|[0-9]{2,4})([\u3400-\u9fff]{0,6})\Z")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
#: A lucky number of two to four digits that is no year, at the start of a brand after Han text.
_LUCKY = re.compile(r"(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{2,4}(?![0-9])")


def _glued_name(line: str, start: int, end: int, kinds: list[str]) -> int | None:
    """Start of a gambling name that holds Latin letters or digits, right before a Han run, or ``None``.

    Chinese gambling names glue letters or a lucky number to up to four Han
    characters, six with an ending such as 国际 (``8868霸恒鑽``, ``GEV祥华``,
    ``518兴金盛国际``): no word list knows them, but the glued chunk shows
    where the name starts, so it is cut with the run. The run must hold Han
    text and a gambling, site or download word, or else a gambling product
    (真人, 电竞, 捕鱼, 电子) after a Han part of two characters or more that is
    no word (``9988發贏真人``; not ``CCTV新闻真人秀``). Left alone: a number before a unit or measure
    (``2023年``, ``188个村``, ``365天``), a year, a number of five digits or
    more (``12306官网``), Latin letters right before the run with no Han
    between (left to :func:`_brand_before`), Latin letters that are a word
    (``APP下|必赢``: the injection split 下载), a chunk that is part of a longer
    token (``v1.2``, ``3,000``), and Han text holding function words or app words.
    Han text before a number joins the name when it reads as a head (see
    :func:`_han_head`) and is no word: ``翠贵365体育`` goes whole, ``夏夜|365体育``
    keeps 夏夜 (so a name that is a word, 金沙3983, keeps it too).
    """
    if not _HAN.search(line[start:end]):
        return None
    match = _GLUED.search(line, max(0, start - 14), start)
    if match is None:
        return None
    chunk, han = match.groups()
    if chunk.isdigit() and line[match.start() - 1 : match.start()] in ("双", "雙"):
        return None  # 天猫双11官网: a shopping festival's date (双11, 双12), never a lucky number
    if chunk.isdigit():
        if _YEAR.fullmatch(chunk) or (han and han[0] in _MEASURE) or line[start] in _MEASURE:
            return None
    elif not han:
        return None  # ``bob体育``: a Latin name right before the run is :func:`_brand_before`'s
    elif _lexicon_word(chunk) or (len(chunk) > 3 and _common(chunk.lower())):
        return None  # APP下|必赢…: a word (APP, VIP, the) is the host's or the spam's, never a name's start
    if len(han) > 4 and not any(han.endswith(ending) for ending in NAME_ENDS_HAN if len(ending) == 2):
        return None  # a long name only with a two-character ending: 518兴金盛国际
    if any(char in _NOT_IN_HEAD for char in han) or any(word in han for word in APP_TALK_HAN):
        return None
    if not any(kind in kinds for kind in ("core", "spammy", "download")):
        # 9988发赢真人: only a gambling product after a name that is no word (not CCTV新闻真人秀)
        model = _han_model()
        product = any(word in line[start:end] for word in _PRODUCTS)
        if not product or model is None:
            return None
        if not han and chunk.isdigit() and _HAN.match(line[match.start() - 1 : match.start()]):
            # 星河|9988真人: a Han name before the number (:func:`_number_prefix`) makes it a name too
            prefix = _number_prefix(line, match.start(), end)
            return prefix if prefix < match.start() else None
        if len(han) < 2 or han.translate(model[1]) in model[0]:
            return None
    head = match.start()
    if chunk.isdigit() and (len(han) <= 1 or han in NAME_ENDS_HAN) and _HAN.match(line[head - 1 : head]):
        # 翠贵|365体育, 星河|888: a Han name before the number (see :func:`_number_prefix`)
        head = _number_prefix(line, head, end)
    return head


def _number_prefix(line: str, head: int, end: int) -> int:
    """Start of the Han part of a name before its lucky number at ``head`` (``head`` if there is none).

    Spam names are often a word and a number (``金沙9159``, ``星河888``), so a
    word is no sign that the Han text is the host's. Two Han characters that
    are all the text of their clause (after a mark, a space or the start of the
    line) go: a phrase put before a sentence is far likelier than one put right
    after its first word. Inside a clause, a head that is no word goes when it
    reads as one (:func:`_han_head`: ``政府|翠贵365``), and a word of two to four
    characters goes when the host closes up into a word across the cut
    (``豐收|鴻福888…|節``, ``進|皇家9988…|一步``); a word between two words of
    the host stays (``公布了本期|365…|开奖结果``).
    """
    model = _han_model()
    if model is None:
        return head
    costs, mapping = model
    left = _han_before(line, head)
    text = line[left:head].translate(mapping)
    if any(char in _NOT_IN_HEAD for char in text[-2:]) or any(word in text[-2:] for word in APP_TALK_HAN):
        return head
    if len(text) == 2 and (left == 0 or not _NAME_CHAR.match(line[left - 1])):
        # 赌博|8868體育官網危害家庭: a word of the lexicons is the sentence's subject, never a name
        if line[left:head] in _HAN_WORDS or _subject_kept(line, left, head, end):
            return head
        return left
    before = _han_head(line, head, end)
    if before is not None and line[before:head].translate(mapping) not in costs:
        return before
    right = line[end : _han_after(line, end)].translate(mapping)
    for size in (2, 3, 4):
        word = text[-size:]
        if size >= len(text) or any(char in _NOT_IN_HEAD for char in word) or word not in costs:
            continue
        if len(text) - size not in _segment(text[:-size] + right, costs)[1]:
            return head - size  # the host closes up into a word across the cut: 豐收|節
    return head


#: Characters that never open a clause: particles (夏夜|…|的星空) and adverbs that follow their subject
#: (全村|…|已经实现): after a cut, one of them shows that the word before the cut is the host's.
_NO_CLAUSE_START = frozenset("的之地得了们們着著过過已都也就还還仍均曾却卻亦")


def _subject_kept(line: str, left: int, head: int, end: int) -> bool:
    """Whether the clause-start word ``line[left:head]`` before a number and its run is the host's.

    It is when the host after the cut cannot open a clause (a particle or an adverb that follows its
    subject: ``夏夜|365体育官网|的星空``, ``全村|365彩票APP下载|已经``) or makes one word with it,
    whole (``亚足|365官网登录|联``; not ``久聚|…|在产业``, where 聚在 would take half of it).
    """
    after = _han_attachments(line, head, end)[1]
    if line[after : after + 1] in _NO_CLAUSE_START:
        return True
    model = _han_model()
    if model is None:
        return False
    costs, mapping = model
    word = line[left:head]
    return any(
        _HAN.fullmatch(line[after : after + size]) is not None
        and (word + line[after : after + size]).translate(mapping) in costs
        for size in (1, 2)
    )


def _lexicon_word(word: str) -> bool:
    """Whether ``word`` is a whole word of a lexicon (``APP``, ``VIP``, ``casino``)."""
    return any(pattern.fullmatch(word) for pattern in (_CORE, _MODIFIER, _DOWNLOAD, _SPAMMY))


def _set_apart(line: str, start: int, end: int) -> int | None:
    """Start of a name that fills, with the Han run after it, a pair of brackets or spaces, or ``None``.

    Spam is often set apart from the Chinese text it sits in: ``（汇龙旺棋牌下载）``,
    ``民 天际客户端下载 看``. One to six name characters (Han, Latin letters,
    digits) between the opening bracket and the run, closed by its bracket, or
    between two spaces that Chinese text would not hold, are the name. Not a
    name: text with function words or app words. The caller asks for more
    than a lone site or app word: ``（新华社客户端）``, ``（教育部官网）`` are credits.
    """
    name = start
    while name > 0 and start - name <= 6 and _NAME_CHAR.match(line[name - 1]):
        name -= 1
    if name == start or start - name > 6 or not _HAN.search(line[name:end]):
        return None
    opener, closer = line[name - 1 : name], line[end : end + 1]
    if opener in _CLOSING:
        if _CLOSING[opener] != closer:
            return None
    elif not (
        opener in " \u3000"
        and closer in (" ", "\u3000")
        and _cjk(line[name - 2 : name - 1])
        and _cjk(line[end + 1 : end + 2])
    ):
        return None
    text = line[name:start]
    if any(char in _NOT_IN_HEAD for char in text) or any(word in text for word in APP_TALK_HAN):
        return None
    return name


#: What may stand between a name and its run: spaces, dashes, bars, slashes and pictographs
#: (``💎 Zorvex 🎰 casino``, ``Zorvex / casino``).
_LEFT_GLUE = re.compile(r"[ \t\-–·|•/\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]+\Z")


def _brand_before(line: str, start: int, end: int | None = None) -> tuple[int, str] | None:
    """Start and kind of a name right before ``start`` (one word, spaces or nothing between), if any.

    The kind is ``"brand"`` for a name shaped like a gambling brand and
    ``"name"`` for a word that is only capitalised (weaker: ``Welfare Lottery``).
    """
    offset = max(0, start - _WINDOW)
    before = line[offset:start]
    hyphen = re.search(r"[^\W_][-–](\s*)\Z", before)
    if hyphen is not None and (hyphen.group(1) or _HAN.match(line[start : start + 1])):
        return None  # ``Vor- und``: a hyphen and a space end a compound's first part, they separate no name
    stripped = _LEFT_GLUE.sub("", before)
    if _HAN.search(line[start : start + 1]) and stripped != before:
        return None
    match = _NAME_END.search(stripped)
    if match is None:
        return None
    word = match.group()
    if word.lower() in NOT_BRANDS or word.lower() in ARGUMENT_BEFORE:
        return None
    if stripped == before and _HAN.match(line[start : start + 1]):
        if word.isdigit() and len(word) > 4:
            return None  # 12306官网: a service number's official site, not a lucky number
        if word.isdigit() and line[offset + match.start() - 1 : offset + match.start()] in ("双", "雙"):
            return None  # 天猫双11官网: a shopping festival's date (双11, 双12), never a lucky number
        return offset + match.start(), "brand"  # a Latin name glued to Han spam: ``bob体育``
    if word.lower().startswith("www.") and "." in word[4:]:
        word = word[4:]  # www.zorvex.bet: the site's name
    shaped = _BRANDLIKE.fullmatch(word) is not None and _brandlike(word)
    if not shaped and word.islower() and line[start : start + 1].isupper():
        return None  # a rare word in lower case before a capitalised run is the host's (``boyadı Betting``)
    glued_site = hyphen is not None and _hyphen_name(word, line, start)
    if hyphen is not None and not (shaped or _unknown(word) or glued_site):
        return (
            None  # ``anti-casino``: only a made-up name is glued to its run by a hyphen (``zorvex-casino``)
        )
    if shaped or _unknown(word) or glued_site or _foreign_script(line, word, start, end):
        return _name_pair(line, offset + match.start(), word, end), "brand"
    previous = re.search(r"([^\W\d_]+)\s+\Z", stripped[: match.start()])
    if previous is not None and previous.group(1).lower() in ARGUMENT_BEFORE:
        return None  # ``da Avenida``, ``der Schweizer``: a capitalised noun of the sentence, not a name
    at_sentence_start = not stripped[: match.start()].strip() or bool(
        _SENTENCE_END.search(stripped[: match.start()].rstrip()[-1:])
    )
    odd_case = (word[:1].isupper() and not at_sentence_start) or (len(word) > 2 and word.isupper())
    if odd_case and not word.isupper() and end is not None:
        left, right = _sentence(line, start, end)
        host = line[left : offset + match.start()].rstrip() + " " + line[end:right].lstrip()
        odd_case = not _capitalises_nouns(host)
    if odd_case:  # ``Tagen Echtgeld Casino``: in German a capitalised word before a run is a noun
        return _name_pair(line, offset + match.start(), word, end), "name"
    return None


#: Words that a hyphen joins to a gambling word in honest text (``anti-casino``, ``non-betting``).
_HYPHEN_PREFIXES = frozenset(
    _lexicon("anti pro non pre post ex e mini micro super sub contra contre über self semi quasi neo")
)
#: Gambling words that end a site's name after a hyphen (``raja-casino``, ``sol-bet``, ``naga-slot``).
_HYPHEN_ENDS = re.compile(r"(?:casino|bet|slot|poker|win|toto|play)s?(?![^\W_])", re.IGNORECASE)


def _hyphen_name(word: str, line: str, start: int) -> bool:
    """Whether ``word-`` glued to a gambling word at ``start`` is a site's name (``dunia-casino``).

    Sites name themselves so whatever their first word (``raja``, ``sol``); a prefix
    (``anti-casino``) or an industry word before the hyphen is no name.
    """
    return (
        line[start - 1 : start] == "-"
        and word.lower() not in _HYPHEN_PREFIXES
        and _HYPHEN_ENDS.match(line, start) is not None
        and _DOMAIN.fullmatch(word) is None
    )


#: A site name before its ending (``www.zorvex.`` of ``www.zorvex.bet``): a run that starts with a
#: lexicon word right after a dot starts with a site.
_SITE_BEFORE = re.compile(r"(?<![\w.])(?:www\.)?[^\W\d_]{2,20}\.\Z", re.IGNORECASE)


def _lead(line: str, found: list[Run], start: int) -> Run | None:
    """The run before a Latin name at ``start`` if it is only app or bonus words glued to it.

    The words must start with a capital as the name does (``Download Zorvex``, ``BONUS ZORVEX``):
    a lower-case ``download`` or ``bonus`` before a name is the host's as often.
    """
    if not found or _HAN.search(line[found[-1].start : start]):
        return None
    lead = found[-1]
    if not set(lead.kinds) <= {"download", "spammy"}:
        return None  # neutral modifiers (``online``, ``live``, ``games``) are the host's as often
    gap = line[lead.end : start]
    first, name = line[lead.start], line[start]
    if not (first.isupper() and name.isupper()):
        return None
    return lead if gap.strip(" \t-–·|:") == "" and len(gap) <= 3 else None


def _rare_name(line: str, start: int, end: int) -> bool:
    """Whether the name ``line[start:end]`` holds no listed brand and no brand shape, only rare words."""
    words = line[start:end].split()
    return bool(words) and not any(
        _BRAND.fullmatch(word) or (_BRANDLIKE.fullmatch(word) and _brandlike(word)) for word in words
    )


_FIRST_LETTER = re.compile(r"\s*([^\W\d_])")


def _gambling_word(word: str) -> bool:
    """Whether ``word`` is a whole gambling, spam or download word (``online``, ``mega`` may start a name)."""
    return any(pattern.fullmatch(word) for pattern in (_CORE, _DOWNLOAD, _SPAMMY))


_WORD_BEFORE = re.compile(r"([^\W\d_]{2,12}) \Z")
_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _script(text: str) -> str:
    """``"latin"``, ``"cyrillic"`` or ``""`` (neither, or none) for the most letters of ``text``."""
    latin = len(_LATIN_LETTER.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    return "latin" if latin > cyrillic else "cyrillic" if cyrillic > latin else ""


def _foreign_script(line: str, word: str, start: int, end: int | None) -> bool:
    """Whether a Cyrillic ``word`` stands before a Latin run in a Latin sentence (``Олимп casino``).

    Or a capitalised Latin word before a Cyrillic run in a Cyrillic sentence (``Xastir казино``).
    Such a word belongs to neither its run nor its host: it is the phrase's name.
    """
    script = _script(word)
    if not script or (script == "latin" and not word[:1].isupper()):
        return False  # a Latin name in a Cyrillic sentence is capitalised (``Xastir казино``)
    other = "latin" if script == "cyrillic" else "cyrillic"
    left, right = _sentence(line, start, start if end is None else end)
    return (
        _script(line[start : start if end is None else end]) == other and _script(line[left:right]) == other
    )


def _name_pair(line: str, start: int, word: str, end: int | None = None) -> int:
    """Start of a two-word name whose second word, a brand-like name, starts at ``start``.

    Gambling names are often two words, an everyday word and a made-up one
    (``Royal Pydor``, ``LUCKY PLYMYX``). The word before the name joins it when
    it is written like the name, in capitals both or capitalised both, in a
    sentence that does not capitalise its nouns (German does: there a
    capitalised word before a name is the host's), or when both are in
    another script than the sentence (``mega konox`` in Russian text). Never
    an article, a preposition or a gambling or app word; the word that starts
    a sentence only when a capitalised word follows the run (``end``): the
    host's own first word, pushed back by the spam.
    """
    found = _WORD_BEFORE.search(line, max(0, start - 14), start)
    if found is None:
        return start
    before = found.group(1)
    if before.lower() in ARGUMENT_BEFORE or before.lower() in NOT_BRANDS or _gambling_word(before):
        return start
    left, right = _sentence(line, start, start + len(word))
    if not line[left : found.start()].strip():
        after = _FIRST_LETTER.match(line, end) if end is not None else None
        if after is None or not after.group(1).isupper():
            return start  # the sentence's first word: the host's subject as often as a name
    host = line[left : found.start()] + " " + line[start + len(word) if end is None else end : right]
    script = _script(word)
    if script and _script(before) == script and _script(host) not in ("", script):
        return found.start()
    capitals = word.isupper() and before.isupper() and len(word) > 1
    titled = word.istitle() and before.istitle() and _english(before)
    if capitals or (titled and not _capitalises_nouns(host)):
        return found.start()
    if word.islower() and before.islower() and _foreign_english(before, host):
        return found.start()
    return start


_HOST_WORD = re.compile(r"[^\W\d_]{2,}")


def _foreign_english(word: str, host: str) -> bool:
    """Whether ``word`` is English rather than of another language, and ``host`` is not English text.

    A lower-case name (``big grirea``, ``royal panda``) cannot be told from the host's words by its
    case; an English word before a made-up one in a sentence of another language is the name's.
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return False
    english = zipf_frequency(word, "en", wordlist="small")
    others = max(zipf_frequency(word, lang, wordlist="small") for lang in _WORD_LANGS[1:])
    if english < 3.0 or english - others < 0.5:
        return False  # not English, or as much a word of another language (royal, golden)
    words = [found.lower() for found in _HOST_WORD.findall(host)]
    in_english = sum(1 for found in words if _mostly_english(found))
    return len(words) >= 4 and in_english * 2 < len(words)


@lru_cache(maxsize=4096)
def _mostly_english(word: str) -> bool:
    """Whether ``word`` is common in English and commoner there than in any of :data:`_WORD_LANGS`."""
    from wordfreq import zipf_frequency

    english = zipf_frequency(word, "en", wordlist="small")
    return english >= 3.0 and all(
        english >= zipf_frequency(word, lang, wordlist="small") for lang in _WORD_LANGS
    )


def _english(word: str) -> bool:
    """Whether ``word`` is a common English word: what the first word of a two-word brand is.

    Names are made of English words whatever the language of the page (``Royal``, ``Lucky``,
    ``Golden``); a capitalised word of another language before a name is the host's (``Congresso``),
    and so is a rare one (a person's name: ``Leive``).
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return False
    return zipf_frequency(word.lower(), "en", wordlist="small") >= 3.0


_INNER_WORD = re.compile(r"(?<=[^\W\d_] )[^\W\d_]+")


def _capitalises_nouns(text: str) -> bool:
    """Whether ``text`` capitalises many words inside its sentences, as German does its nouns.

    A text of fewer than four words inside sentences shows too little to tell, and counts as one.
    """
    words = _INNER_WORD.findall(text)
    titled = sum(1 for word in words if word[0].isupper())
    return len(words) < 4 or titled * 5 > len(words)


#: Han characters a brand never holds (function words): a head stops before them.
_NOT_IN_HEAD = frozenset(
    "的了是在和与與及对對把被也都就而从從向于於为為以"  # function words
    "他她它我你您们們这這那该該此其每各自"  # pronouns, demonstratives, 自 (from)
    "很还還又再才只请請到去让讓给給买買"  # adverbs and verbs that take the text after them
    "反防禁"  # against (反诈, 防诈, 禁毒 APP): a campaign's app, never a gambling name
    "由"  # by (由中央厨房配送): a preposition that takes the text after it
)
#: Site words: alone after a word (影城官网, 教育部官方网站) they are that body's own site.
SITE_HAN = frozenset(_lexicon("官网 官方网站 官方入口 网址 官網 官方網站 網址"))
#: Spam modifiers that follow a brand on their own (``九游会官网``); 平台, 注册, 入口 alone are common words.
SPAMMY_HEAD_HAN = frozenset(
    (
        *("官网", "官方网站", "官方入口", "官网入口", "官网登录", "官網", "官方網站", "官網入口", "官網登錄"),
        *(
            "注册送",
            "註冊送",
            "最新网址",
            "最新網址",
            "注册即送",
            "註冊即送",
            "首存",
            "首充",
            "新用户送",
            "新用戶送",
        ),
    )
)
#: Cost (negative log10 frequency) of one character no word of the model holds.
_UNKNOWN_CHAR = 7.0
#: Price of cutting a head of one (before a modifier word), two, three or four characters: what the
#: characters of an unknown name must cost more than (tuned on the tune half of the dev set).
_HEAD_PRICES = {1: 5.0, 2: 5.5, 3: 9.5, 4: 13.5, 5: 17.5, 6: 21.5}
#: Prices of a head before a *bare* tail (two Han app or modifier words and no gambling word:
#: ``体育官网``, ``娱乐APP下载``): spam puts a name there, honest text seldom an unknown one (tune half).
_BARE_PRICES = {1: 5.0, 2: 4.0, 3: 8.0, 4: 12.5, 5: 16.5, 6: 20.5}
#: Price of one character before a modifier word that starts the run (爱|游戏): the name is three long.
_ONE_BEFORE_MOD = 2.5
#: Endings of names (会所, 天堂, 国际, 城): a head of three or four characters that is no word and ends
#: in one is cheaper to take.
NAME_ENDS_HAN = _lexicon("会 會 堂 城 国际 國際 汇 匯 宫 宮 阁 閣 集团 集團")
_NAME_END_BONUS = 3.0
#: Two-character endings (国际, 集团): a head ending in one may be five or six characters long.
_LONG_ENDS = frozenset(ending for ending in NAME_ENDS_HAN if len(ending) == 2)
#: What a head saves when the text closes up into a word across the cut (政|府 around 金博官网).
_JOIN_BONUS = 2.0
#: Last characters of the names of public bodies (局, 部, 院, 校, 馆…): before a lone site word such
#: a name is the body's, never a gambling name (县文旅局官网, 博物馆官网).
_BODY_ENDS = frozenset("局部委院厅廳办辦处處所馆館署府校台臺报報社站")
#: Characters that start a clause on their own (conjunctions, adverbs): never a name's first character.
_CLAUSE_HAN = frozenset("但并並且或若如因所即便仍已曾正均共另亦故乃则則虽雖又还還再才更最凡既而")
#: Cost of a head that leaves one Han character alone after a clause start or a function word.
_STRANDED = 4.0
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
    han = [
        kind
        for start, end, kind in words
        if (_HAN.match(line[start:end]) and line[start:end] not in VERSION_HAN)
        or _glued_app(line, start, end)
    ]
    return "core" not in han and len(han) >= 2 and ("mod" in han or "download" in han)


#: Download words that name a version (最新版, 网页版): software news says them of any app
#: (平台最新版), so they make no bare tail.
VERSION_HAN = frozenset(_lexicon("官网版 官方版 网页版 电脑版 最新版 官網版 網頁版 電腦版"))


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


#: A small count and its measure word (一户, 两个, 三名, 每人): the host's words, never part of a name.
_COUNTED = re.compile("[一二两兩三四五六七八九几幾每][户戶个個名位口条條次件只隻张張]")

#: Characters a clause does not end in, as they take what follows (的 its noun, 到 and 在 a place, 把 and
#: 给 an object): a word between one of them and a cut that ends its clause is the host's.
_TAKES_OBJECT = frozenset("的到在于於把给給向往对對从從")
#: Marks that end a Chinese clause.
_CLAUSE_MARKS = frozenset("。！？；，、!?;,")

#: Characters that Chinese business and gambling names are made of (wealth, luck, rank, splendour,
#: dragons and phoenixes, places such as 澳, 京, 亚), simplified and traditional: a head that starts with
#: none of them is a host word more often than a name.
NAME_FIRSTS_HAN = frozenset(
    "金鑫鼎盛发發财財富贵貴龙龍凤鳳皇冠博乐樂汇匯银銀宝寶鸿鴻运運星永利恒泰丰豐隆昌兴興旺福禄祿喜吉祥"
    "瑞顺順达達亨嘉豪宏威帝尊御麒麟鹏鵬骏駿瀚璟琪悦悅澳凯凱胜勝赢贏钻鑽辉輝煌荣榮耀腾騰万萬亿億霸泓浩晟"
    "昊煜盈豹锦錦玺璽亚亞京葡沙天久九八宫宮阁閣会會城际際彩美旋新百千大中华華东東太皇王玉云雲海幸开開黄黃红紅"
    "多传傳峰蓝藍信尚飞飛润潤翠德诚誠安康众眾聚臻翔紫岳沣灃欢歡掌风風神半米必雷優优明"
)
#: What a head that starts with a plain character (not in :data:`NAME_FIRSTS_HAN`) costs more.
_PLAIN_FIRST = 2.0

#: Han characters read each side of a run to weigh a head.
_HEAD_LEFT = 8
_HEAD_RIGHT = 4


def _han_before(line: str, at: int) -> int:
    """Where the Han characters right before ``line[at]`` start, reading at most :data:`_HEAD_LEFT`."""
    left = at
    while left > 0 and at - left < _HEAD_LEFT and _HAN.match(line[left - 1]):
        left -= 1
    return left


def _han_after(line: str, at: int) -> int:
    """Where the Han characters from ``line[at]`` on end, reading at most :data:`_HEAD_RIGHT`."""
    right = at
    while right < len(line) and right - at < _HEAD_RIGHT and _HAN.match(line[right]):
        right += 1
    return right


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
    line: str,
    start: int,
    end: int,
    first_mod: bool = False,
    bare: bool = False,
    lone: bool = False,
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
    is no word and ends as names end (会, 堂, 国际) costs less; a head of five
    or six characters must end in a two-character ending (``辉海汇国际``).
    Pronouns, function words and app words (扫码) are never part of a head.
    """
    model = _han_model()
    if model is None:
        return None
    costs, mapping = model
    end = _han_attachments(line, start, end)[1]  # the host after an amount or a version (…送88元|通不便)
    left_start = _han_before(line, start)
    left = line[left_start:start].translate(mapping)
    right = line[end : _han_after(line, end)].translate(mapping)
    best, taken, joined = _segment_cost(left + right, costs), 0, False
    word_starts = _segment(left, costs)[1]
    ends_clause = end >= len(line) or line[end] in _CLAUSE_MARKS
    for size in (1, 2, 3, 4, 5, 6) if first_mod else (2, 3, 4, 5, 6):
        if size > len(left) or any(char in _NOT_IN_HEAD for char in line[start - size : start]):
            break
        if ends_clause and line[start - size - 1 : start - size] in _TAKES_OBJECT:
            continue  # 农家的|屋檐…。: a clause does not end in 的, so the word after it is the host's noun
        if size > 4 and left[-2:] not in _LONG_ENDS:
            break  # five or six characters only for a name with a two-character ending (辉海汇国际)
        if any(word in line[start - size : start] for word in APP_TALK_HAN):
            break  # 扫码, 手机: a word about apps is the sentence's, never a name
        if size == 1 and left[-1] in _MEASURE and _NUMERAL.match(line[start - 2 : start - 1]):
            continue  # 一万五千元|体育平台…: a unit after a number is the host's (三|米乐… may be a name)
        if _COUNTED.search(line, start - size, start):
            break  # 不漏一户|真人…: a count and its measure word are the host's, never a name's
        price = (_BARE_PRICES if bare and size < len(left) else _HEAD_PRICES)[size]
        joined_cost, joined_starts = _segment(left[:-size] + right, costs)
        cost = joined_cost + price
        joins = bool(right) and len(left) - size not in joined_starts
        if joins:
            cost -= _JOIN_BONUS  # 政|金博…|府: the text closes up into a word across the cut
        if size == 1:
            across = (
                left[-1:] + right[:1] if right[:1] and right[:1] not in _NOT_IN_HEAD else ""
            )  # not 爱|…|的
            if any(
                costs.get(word, math.inf) <= _RARE_NAME
                for word in (left[-1:] + line[start : start + 2].translate(mapping), across, left[-2:])
            ):
                continue  # 打|麻将, 玩|游戏, 入|…|学, 两旁|…: a word with the modifier or the host
            cost += _ONE_BEFORE_MOD - price
        head_text = left[-size:]
        if size >= 3 and head_text not in costs and any(head_text.endswith(end) for end in NAME_ENDS_HAN):
            cost -= _NAME_END_BONUS  # 金牛会, 乐天堂, 恒达国际: a name ending as names end
        if len(left) - size not in word_starts:
            cost += _SPLIT_WORD  # a name seldom starts inside a word of the text before it (金|牛会)
        if size > 1 and left[-size] not in NAME_FIRSTS_HAN:
            cost += _PLAIN_FIRST  # 岁月|捕鱼下载, 節|凯旋8868: a name seldom starts with a plain character
        if _stranded(line, start - size, end, left_start):
            cost += _STRANDED  # 银|财旺捕鱼官网 at a clause start: one character is no clause of its own
        if cost < best:
            best, taken, joined = cost, size, joins
    if lone and taken and left[-1] in _BODY_ENDS:
        return None  # 县文旅局官网: a public body's own site
    if not taken or (lone and left[-taken:] in costs and not joined):
        # before a lone 官网 the best head is a word: the sentence's subject (影城官方网站), unless
        # the host closes up into a word across the cut (幼|凯旋官方网站|儿园)
        return None
    head = start - taken
    if head == left_start:
        glued = re.search(r"(?:[A-Za-z][A-Za-z0-9]*|[0-9]{2,3})\Z", line[max(0, head - 20) : head])
        before = line[head - len(glued.group()) - 1 : head - len(glued.group())] if glued else ""
        if glued is not None and not (before.isascii() and before.isalnum()):
            head -= len(glued.group())
    return head


def _stranded(line: str, head: int, end: int, left_start: int) -> bool:
    """Whether a head at ``head`` leaves one Han character alone before it (``新|兴凤…``, ``为新|兴凤…``).

    Alone: after the start of the line, a mark, a space or a particle or preposition (see
    :data:`_HAN_BEFORE`), when the Han text read before the run (from ``left_start``) reaches that far.
    After a demonstrative one character is a measure word (``這張|玉皇宮…``); a conjunction or an
    adverb (但, 并, 又) stands alone, and so does a character that makes a word with the host text
    after the run (``村|…|民``).
    """
    alone = line[head - 1 : head]
    if head - left_start < 1 or not _HAN.match(alone) or alone in _NOT_IN_HEAD or alone in _CLAUSE_HAN:
        return False
    model = _han_model()
    after = line[end : end + 2]
    if model is None or any((alone + after[:size]).translate(model[1]) in model[0] for size in (1, 2)):
        return False  # 村|…|民: the character makes a word with the host after the run
    before = line[head - 2 : head - 1]
    if head - 1 > left_start:
        return before in _HAN_BEFORE
    return not before or not (_HAN.match(before) or before.isalnum())  # 2010年|鑫乐…: a unit


#: Gambling products that a made-up name before them makes spam with no tail (凤恒威真人).
LONE_PRODUCT_HAN = frozenset(_lexicon("真人 电竞 捕鱼 電競 捕魚"))  # keys of PRODUCT_TOPIC_HAN
#: Words that show a sentence talks about a product in its honest sense (a match, a show, fishing): a
#: name before the product there is the sentence's (滔搏电竞 in a match report, 洞庭湖捕鱼).
_MATCH = "赛 賽 队 隊 冠军 冠軍 选手 選手 俱乐部 俱樂部 教练 教練 签约 簽約 竞技 競技 游戏 遊戲 亚运 亞運"
_SHOW = "秀 节目 節目 电影 電影 演员 演員 主播 出镜 出鏡 真事 模特 照片 扮演 角色 直播 视频 視頻"
_FISHING = "渔 漁 湖 河 江 海 船 鱼 魚 虾 蝦 水库 水庫 禁捕"
PRODUCT_TOPIC_HAN = {
    word: _lexicon(topics)
    for words, topics in (("真人", _SHOW), ("电竞 電競", _MATCH + " " + _SHOW), ("捕鱼 捕魚", _FISHING))
    for word in words.split()
}


def _product_topic(line: str, start: int, end: int, product: str) -> bool:
    """Whether the sentence of ``line[start:end]`` is about ``product`` in its honest sense, or gambling."""
    left, right = _sentence(line, start, end)
    rest = line[left:start] + " " + line[end:right]
    return any(word in rest for word in PRODUCT_TOPIC_HAN.get(product, ())) or bool(_DOMAIN.search(rest))


def _product_name(line: str, start: int, end: int) -> int | None:
    """Start of a made-up name before a lone gambling product (``凤恒威真人``, ``（丰龙电竞）``), or ``None``.

    真人, 电竞 and 捕鱼 alone are honest words, so what surrounds them decides: a
    name set apart with the product in brackets or spaces, or a head of two to
    four characters that reads as a name (:func:`_han_head`) and is no word.
    Left alone: a word before the product (``出海捕鱼``, ``狼队电竞``), a head
    of one character, and any sentence that talks about shows, matches or
    fishing (:data:`PRODUCT_TOPIC_HAN`: ``滔搏电竞战队夺冠``, ``湖区渔民…捕鱼``).
    电子 is left out: company names end in it (``鸿海电子``).
    """
    if _product_topic(line, start, end, line[start:end]):
        return None
    apart = _set_apart(line, start, end)
    if apart is not None:
        return apart
    head = _han_head(line, start, end)
    model = _han_model()
    if head is None or model is None or start - head < 2 or line[head:start].translate(model[1]) in model[0]:
        return None
    return head


#: Characters after a download word that make it a verb of its sentence (下载后, 下载完成) or a count
#: (下载安装量).
_AFTER_VERB = frozenset("后後完好量")


def _fused_end(line: str, last: tuple[int, int, str]) -> bool:
    """Whether the last word of a run makes a longer word with the Han characters after it (下载量)."""
    model = _han_model()
    if model is None or not _HAN.match(line[last[1] : last[1] + 1]):
        return False
    costs, mapping = model
    word = line[last[0] : last[1]]
    if last[2] == "download" and line[last[1]] in _AFTER_VERB:
        return True  # 下载后, 下载完: the download word is a verb of the sentence
    if word.endswith("版") and line[last[1]] == "本":
        return True  # 最新版|本: 版本 (a version) is the sentence's word
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


def _in_site(line: str, start: int) -> bool:
    """Whether a word at ``start`` is a site's ending or path (``duniawin90.bet``, ``zorvex.win/slots``)."""
    return line[start - 1 : start] in (".", "/") and line[start - 2 : start - 1].isalnum()


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
    if "download" in kinds and (core or has_brand):
        first = kinds.index("download")
        if has_brand or first > 0:
            return 2
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
    if (core and "spammy" in kinds) or (kinds.count("spammy") > 1 and not han):
        return 1  # 平台注册, 官网入口 alone are honest Chinese: a Han spam needs a brand or a gambling word
    if core and "mod" in kinds and not han and (core > 1 or not text.islower()):
        # in Chinese, 网络赌博 or 体育彩票 alone is an honest topic; spam adds a brand or 官网. In
        # lower case, one gambling word with neutral ones (``online casino games``, ``ставки на
        # спорт``) is the object of a verb as often (``play online casino games``): it is left
        return 1
    return 0


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


def _product_download(line: str, run: Run) -> bool:
    """Whether a Han run is a gambling product and its download word (捕鱼游戏下载安装, 电竞APP下载).

    Left: a sentence about the product in its honest sense (fishing, matches, shows), or about apps.
    """
    text = line[run.start : run.end]
    if (
        run.kinds[0] != "mod"
        or "download" not in run.kinds
        or not set(run.kinds) <= {"mod", "download", "spammy"}
        or _versions_only(line, run)  # 电竞平台最新版: a version of a platform
    ):
        return False
    product = next((word for word in (*_PRODUCTS, *ARCADE_HAN) if text.startswith(word)), None)
    if product is None or _app_talk(line, run.start, run.end):
        return False
    return not _product_topic(line, run.start, run.end, product)


#: Arcade and card-game words that spam sells like products (电玩, 龙虎, 斗牛, 麻将): honest words alone.
ARCADE_HAN = _lexicon("电玩 電玩 龙虎 龍虎 斗牛 鬥牛 麻将 麻將")


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


#: Site words that lead in (a login, an entry, an address): after a gambling product they end a whole
#: spam tail (``捕鱼登录入口``, ``老虎机最新网址``).
ENTRY_HAN = _lexicon("入口 登录 登錄 登入 网址 網址")


def _product_first(line: str, start: int, kinds: list[str]) -> bool:
    """Whether a Han run starts with a gambling product (真人, 电竞) or a gambling word that is no topic."""
    if kinds[0] == "mod":
        return any(line.startswith(word, start) for word in _PRODUCTS)
    return kinds[0] == "core" and not any(line.startswith(word, start) for word in TOPIC_HAN)


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
        and not _versions_only(line, run)
        and not _app_talk(line, run.start, run.end)
    )


def _versions_only(line: str, run: Run) -> bool:
    """Whether every Han download word of a run names a version (平台最新版: software news, not spam)."""
    text = line[run.start : run.end]
    found = _HAN_DOWNLOADS.findall(text)
    return bool(found) and all(word in VERSION_HAN for word in found) and "app" not in text.lower()


_HAN_DOWNLOADS = re.compile(_han(DOWNLOAD_HAN))


def _run_fused(line: str, run: Run) -> bool:
    """Whether a run's last Han word makes a longer word with the Han text after it (下载量, 下载后)."""
    for size in (3, 2):
        start = run.end - size
        if start >= run.start and _HAN.match(line[start : start + 1]):
            kind = run.kinds[-1]
            if _fused_end(line, (start, run.end, kind)) and line[start : run.end] in _HAN_WORDS:
                return True
    return False


#: Words that start a clause (connectives, personal pronouns): a Han run right before one is no
#: subject of the clause, so a run at a sentence start followed by one was put there.
CLAUSE_START_HAN = _lexicon(
    """
    但是 但 如果 因为 因為 所以 虽然 雖然 或者 既然 因此 尽管 儘管 然而 当然 當然 首先 其次 此外 同时 同時
    不过 不過 可是 于是 於是 而且 并且 並且 另外 他们 他們 我们 我們 它们 它們 他 她 我 你
    """
)


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


def _argument(line: str, run: Run) -> bool:
    """Whether the run sits where a noun phrase of its sentence would (after an article, as subject)."""
    if any(kind in run.kinds for kind in ("brand", "name", "glued", "product")):
        return False
    before = re.search(r"([^\W\d_]+)['’]?\s*\Z", line[max(0, run.start - _WINDOW) : run.start])
    if before is not None and before.group(1).lower() in ARGUMENT_BEFORE:
        return True
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
    return after is not None and after.group(1).islower()


def gambling_spans(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding injected gambling spam (see the module docstring for what is cut)."""
    if not _SCAN.search(line.lower()):
        return []
    return triggered_spans(line)


def triggered_spans(line: str) -> list[tuple[int, int]]:
    """:func:`gambling_spans` of a line known to hold one of :data:`TRIGGERS` (its pre-check skipped)."""
    runs = _merge_latin(line, find_runs(line))
    starts = [run.start for run in runs]
    spans = []
    for run in runs:
        if _in_site(line, run.start):
            continue  # ``duniawin90.bet/daftar``: a site's ending goes with the site, never as a phrase
        strength = _strength(run, line)
        stacked = _stacked(line, run)
        if stacked == 2:
            strength = 2  # a keyword stack: ``slot gacor | judi bola``, ``Cassino Com Bônus, Apostas Online``
        elif stacked == 1 and not any(kind in run.kinds for kind in ("brand", "name", "download")):
            strength = 0  # ``casinos, online betting``: a list of the sentence's, not a phrase
        attached = _attached(line, run) or _placed(line, run)
        if (
            strength == 0
            and not _ranked(line, run)
            and not (attached and (len(run.kinds) > 1 or _linked(line, run)))
        ):
            continue  # one word, or two gambling words with nothing else, unless ranked or attached
        strength = strength or 1
        if strength == 1 and not attached and (_belongs(line, run, runs, starts) or _argument(line, run)):
            continue
        if _quoted_object(line, run):
            continue  # 以“首存100送58彩金”为诱饵: a phrase quoted as the object of a preposition
        if (
            not attached
            and strength == 2
            and "brand" not in run.kinds
            and "glued" not in run.kinds
            and _belongs(line, run, runs, starts)
            and _argument(line, run)
        ):
            continue
        han = _HAN.search(line[run.start : run.end])
        spans.append(_widen(line, run.start, run.end) if han else _widen_latin(line, run.start, run.end))
    if spans and len(runs) > 1:
        spans = _han_stacks(line, spans, runs)
    spans = [_split_word_kept(line, start, end) for start, end in spans]
    return _with_hashtags(line, spans)


#: Cost under which two characters across a cut make a word common enough to be the host's (免费 3.8).
_COMMON_ACROSS = 5.0
_HAN_LEXICON_WORD = re.compile(_han(_HAN_LEXICON))


def _split_word_kept(line: str, start: int, end: int) -> tuple[int, int]:
    """A Han cut less its first character when a name of two or more characters follows it and the
    character makes a common word with the host after the whole cut.

    The phrase was put inside a host word (``电子商|骏峰电玩城…|务``): ``商`` makes ``商务`` with the host
    after the cut and no word with the character after it or before it. The name left must still be two
    characters long or more (a name's own first character may make a word with the host: ``华|…|为``).
    """
    model = _han_model()
    if model is None or end - start < 3 or not _HAN.match(line[start : start + 1]):
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


#: What a gap between two runs of one phrase never holds: a sentence mark, a bracket or a quote.
_PHRASE_BREAK = re.compile(r"[.!?;:()\[\]\"«»“”„,]")
#: Kinds of words that carry a phrase (a neutral modifier alone, ``online``, ``sites``, does not).
_CARRIERS = frozenset(("core", "spammy", "brand", "name", "download"))


def _merge_latin(line: str, runs: list[Run]) -> list[Run]:
    """``runs`` with Latin runs of one phrase joined: one word or none between them that is no function word.

    Keyword stacks and SEO phrases hold words no lexicon knows (``kasyno na prawdziwe
    pieniądze best betting sites Nagabet``, ``регистрация razea-win букмекер``); read apart,
    each piece is too weak to cut and makes the other "belong" to a sentence about gambling.
    Two runs join when each carries a gambling, spam, app word or a name, or nothing but
    spaces is between them; never across a sentence mark, a bracket, a comma or an article.
    """
    merged: list[Run] = []
    for run in runs:
        if merged and _one_phrase(line, merged[-1], run):
            first = merged.pop()
            run = Run(first.start, run.end, first.kinds + run.kinds, first.rare)
        merged.append(run)
    return merged


def _one_phrase(line: str, first: Run, second: Run) -> bool:
    """Whether two Latin runs with at most one word between them read as one phrase (see above)."""
    gap = line[first.end : second.start]
    if len(gap) > 24 or _PHRASE_BREAK.search(gap) or _in_site(line, second.start):
        return False
    if (
        _HAN.search(line[first.start : second.end])
        or _BRAND.match(line, first.start)
        or _BRAND.match(line, second.start)
    ):
        return False  # a listed bookmaker's phrase has its own rules (``The bookmaker William Hill was…``)
    if _CARRIERS.isdisjoint(first.kinds) or _CARRIERS.isdisjoint(second.kinds):
        return False  # ``Prices online Roobet casino``: a neutral word alone is the host's
    words = gap.split()
    return not words or (
        len(words) == 1 and words[0].lower() not in ARGUMENT_BEFORE and not words[0].isdigit()
    )


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
    with a download, site or entry word (``…官网、龙虎安卓版``), though alone it would stay.
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
            or any(_stack_join(line, end, cut_start) for cut_start, _ in found)
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


#: A row of two or more hashtags.
_HASHTAGS = re.compile(r"(?<![\w#])#[^\W_]\w*(?:[ \t]+#[^\W_]\w*)+")
#: What a gambling hashtag holds (``#casinoonline``, ``#Freispiele``, ``#apuestas``).
_HASHTAG_WORD = re.compile(
    r"casin|bet|slot|poker|bonus|spin|jackpot|gambl|lotto|roulett|wett|scommess|apuest|aposta|kasyn|bahis"
    r"|judi|cashback|bookmak|b[oô]nus|bono|казино|ставк|бонус|букмек",
    re.IGNORECASE,
)


def _with_hashtags(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with every row of hashtags of which two are gambling ones (``#slots #bonus``).

    A row with one such tag is a campaign's (``#StopGambling #ProtectKids``) and stays; a span of
    ``spans`` inside a row goes into the row's.
    """
    if "#" not in line:
        return spans
    for match in _HASHTAGS.finditer(line):
        tags = match.group().split()
        if sum(1 for tag in tags if _HASHTAG_WORD.search(tag)) < 2:
            continue
        start, end = _widen_latin(line, match.start(), match.end())
        spans = [span for span in spans if span[1] <= start or span[0] >= end]
        spans.append((start, end))
    return sorted(spans)


#: Marks that set a Latin spam phrase apart in pairs (brackets are the mending's): quotes and dashes.
_LATIN_PAIRS = {'"': '"', "“": "”", "„": "“", "«": "»", "‘": "’", "—": "—", "–": "–"}


def _symbol(char: str) -> bool:
    """Whether ``char`` is a pictograph or dingbat (``🎰``, ``✅``, ``★``) that spam decorates itself with."""
    return unicodedata.category(char) == "So"


def _symbol_at(line: str, index: int) -> bool:
    """Whether ``line[index]`` exists and is a pictograph (see :func:`_symbol`)."""
    return 0 <= index < len(line) and _symbol(line[index])


#: What a spam phrase carries after it: a URL (with its path), ``18+``, ``T&C apply``, a Telegram or
#: WhatsApp contact, hashtags; and a year or a place-free ranking tail only where the sentence or a bracket
#: ends or another of these follows (``casino bonus 2025)``; ``Between PHRASE 1990 and`` keeps its year).
#: Endings of the sites spam links to with no scheme (``dunia4d.lat/daftar``); not ``org``, ``gov``, ``edu``.
_SITE_TLDS = (
    "com net bet vip io win club game games lat xyz online site top casino fun live app pro asia cc me co "
    "tv info biz life world today store space website link click ink one bio ru ua vn id br mx pl de fr it es"
)
#: A site with no scheme: a name of letters, digits and hyphens, its ending, and maybe a path.
_BARE_SITE = (
    r"(?<![\w@./-])[^\W_][\w-]*(?:\.[\w-]+)*\.(?:" + "|".join(_SITE_TLDS.split()) + r")"
    r"(?:/\S*[^\s.,;:!?)\]\"'»”])?(?![\w.-]*\w)"
)
_ATTACHMENT = (
    r"(?:https?://|www\.)\S*[^\s.,;:!?)\]\"'»”]|"
    + _BARE_SITE
    + r"|18\+(?:\s+only)?|t&cs?\s+apply|play\s+responsibly"
    r"|(?:telegram|whatsapp|viber|tg|wa)\s*:?\s*(?:@\w+|\+\d[\d -]{5,16}\d)"
    r"|#[^\W_]\w*"
)
_TAIL_LATIN = re.compile(r"(?:\s*[|•]\s*|\s+)(?:" + _ATTACHMENT + r")(?![\w+@/])", re.IGNORECASE)
_YEAR_TAIL = re.compile(
    r"\s+(?:19|20)\d\d(?=\s*(?:[.!?)\]]|\Z|(?:[|•]\s*|\s+)(?:" + _ATTACHMENT + ")))", re.IGNORECASE
)
#: A year after a phrase, before the host's next word (taken only where the phrase opens a sentence and
#: that word is capitalised: ``PHRASE 2026 The road…``).
_YEAR_OPENING = re.compile(r"\s+(?:19|20)\d\d\s+(?=[^\W\d_])")
#: Ranking words before a cut phrase (``top 10``, ``no.1``, ``топ 10``): no host says them right before spam.
_RANK_HEAD = re.compile(
    r"(?<![^\W\d_])(?:top[ -]?\d{1,3}|top[- ]rated|no\.\s?1|#1|топ[ -]?\d{1,3}|topp[ -]?\d{1,3})\s+\Z",
    re.IGNORECASE,
)
#: SEO adjectives before a cut phrase (``best``, ``legit``, ``beste``, ``лучшие``): a host word as often
#: (``the best PHRASE students``), so taken only in capitals with a capitals phrase, or as an English
#: word in a sentence of another language; never ``new``-words.
_SEO_HEAD = re.compile(
    r"(?<![^\W\d_])(best|trusted|legit|migliori|beste|mejores|melhores|meilleure?s?|najlepsze|лучшие"
    r"|en iyi|güvenilir|terpercaya|terbaik|bästa|seriöse|betrouwbare|affidabili|confiables|confiáveis"
    r"|fiables?|legalne|честные|resmi)\s+\Z",
    re.IGNORECASE,
)


#: The rest of a bracket a cut leaves: at most two words (``(legit PHRASE)``, ``(PHRASE Toronto)``).
_BRACKET_REST = re.compile(r"[^\W\d_][\w.+'’-]*(?:\s+[^\W\d_][\w.+'’-]*)?")


def _bracket_rest(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to the inside of the brackets it sits in when it leaves two words or fewer.

    Spam put in brackets fills them; a word or two the run's rules did not take (an SEO adjective,
    a city) is the phrase's too, not a host's aside.
    """
    opening = line.rfind("(", max(0, start - 30), start)
    closing = line.find(")", end, end + 30)
    if opening < 0 or closing < 0 or ")" in line[opening:start] or "(" in line[end:closing]:
        return start, end
    rest = (line[opening + 1 : start] + " " + line[end:closing]).strip()
    if rest and not _BRACKET_REST.fullmatch(rest):
        return start, end
    return opening + 1, closing


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


def _url_token(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to whole URLs the cut begins or ends inside (``https://zorvex.bet/bonus``)."""
    left = max(line.rfind(" ", 0, start), line.rfind("(", 0, start)) + 1
    token = line[left : start + 1]
    if left < start and (re.match(r"(?:https?://|www\.)", token, re.IGNORECASE) or _site_at(line, left)):
        start = left
    match = re.compile(r"\S*").match(line, end)
    right = match.end() if match else end
    left = max(line.rfind(" ", 0, end), line.rfind("(", 0, end)) + 1
    token = line[left:right]
    if right > end and (re.match(r"(?:https?://|www\.)", token, re.IGNORECASE) or _site_at(line, left)):
        end = right
        while end > start and line[end - 1] in ".,;:!?)]\"'»”":
            end -= 1
    return start, end


_SITE_TOKEN = re.compile(_BARE_SITE, re.IGNORECASE)


def _site_at(line: str, at: int) -> bool:
    """Whether a site with no scheme (``raja-casino.lat/login``) starts at ``at`` and fills its token."""
    match = _SITE_TOKEN.match(line, at)
    after = line[match.end() : match.end() + 1] if match is not None else "x"
    return after == "" or after.isspace() or after in ".,;:!?)]\"'»”"


def _tails(line: str, end: int, opens: bool) -> int:
    """``end`` moved over the attachments after a cut phrase (a year before a capital when it ``opens``)."""
    while True:
        match = _TAIL_LATIN.match(line, end) or _YEAR_TAIL.match(line, end)
        if match is None and opens:  # a year between a phrase that opens its sentence and a capital
            year = _YEAR_OPENING.match(line, end)
            if year is not None and line[year.end()].isupper():
                end += len(year.group().rstrip())
                continue
        if match is None:
            return end
        end = match.end()


#: A site's name glued by a hyphen to a gambling ending, standing alone next to a cut phrase (``lealol-win``).
_HYPHEN_SITE = re.compile(r"([^\W\d_]{2,12})-(casino|bet|slot|toto|poker|win|play)s?", re.IGNORECASE)
#: Words after a year that make it the host's (a range: ``PHRASE 1990 and 1995``, ``2019-2020``).
_RANGE_AFTER = frozenset(
    _lexicon(
        "and to or till until through bis und oder e o y et ou i и і та ve dan hingga och en a tot al au"
        " até hasta"
    )
)
#: Words before a phrase after which a year is the host's (``in PHRASE 2019 the…`` reads ``in 2019``).
_TIME_BEFORE = frozenset(
    _lexicon(
        """
        in since from by until till before after during of em en im seit dal nel nell del desde depuis
        w we в во с со з у od от sejak pada tahun năm từ vanaf sinds sedan från yılında ab vor nach
        """
    )
)
#: A year between a cut phrase and the host's next word.
_YEAR_BEFORE_WORD = re.compile(r"\s+(?:19|20)\d\d(?=\s+([^\W\d_]+))")
#: Countries and cities SEO spam targets, in their own and English forms (lower case).
PLACES_LATIN = frozenset(
    _lexicon(
        """
        uk usa canada australia india nigeria kenya ghana ireland philippines malaysia indonesia singapore
        thailand vietnam nz italia italy roma milano napoli france paris belgique suisse québec españa spain
        méxico mexico chile perú peru argentina colombia madrid brasil brazil portugal angola deutschland
        germany österreich schweiz berlin münchen nederland belgië amsterdam polska polsce warszawa türkiye
        turkey istanbul ankara sverige norge danmark suomi jakarta россия россии рф казахстан москва україна
        украина київ києві
        """
    )
)
#: Determiners and intensifiers before an SEO adjective that make it the host's (``the best students``).
_SEO_DETERMINERS = frozenset(
    (
        *ARGUMENT_BEFORE,
        *_lexicon("my our your most more very so too bir yang paling plus più más mais am sehr"),
    )
)


def _seo_head(line: str, start: int, end: int) -> re.Match[str] | None:
    """An SEO adjective right before a cut phrase that is the phrase's, or ``None``.

    In capitals with a capitals phrase, as an English word in a sentence of another language,
    at the start of a sentence in lower case before the host's capitalised first word, or
    before a made-up name after a word that is no determiner: an adjective of the host's
    follows one (``the best PHRASE students`` keeps ``best``; ``The water committee best
    Tryneapex casino collects…`` does not).
    """
    seo = _SEO_HEAD.search(line, max(0, start - 24), start)
    if seo is None:
        return None
    word, phrase = seo.group(1), line[start:end]
    left, right = _sentence(line, seo.start(), end)
    host = line[left : seo.start()] + line[end:right]
    if word.isupper() and phrase.upper() == phrase:
        return seo
    before = _WORD_BEFORE.search(line, max(left, seo.start() - 14), seo.start())
    if not line[left : seo.start()].strip():  # opening the sentence, before the host's capitalised first word
        after = _FIRST_LETTER.match(line, end)
        return seo if word[:1].islower() and after is not None and after.group(1).isupper() else None
    if before is not None and before.group(1).lower() not in _SEO_DETERMINERS and not word[:1].isupper():
        first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
        name = (_BRANDLIKE.fullmatch(first) is not None and _brandlike(first)) or _unknown(first)
        if name and _BRAND.match(first) is None:
            return seo  # an adjective of the host's does not stand before a made-up name
    return seo if _foreign_english(word.lower(), host) else None


def _after_phrase(line: str, start: int, end: int) -> int:
    """``end`` moved over what SEO spam puts after its phrase: a hyphenated site, a place, a year, capitals.

    A year before the host's next word goes unless it reads as the host's (a range after it,
    ``in`` or ``since`` before the phrase); a place only before a year, a mark or the end; a word
    in capitals only after a phrase in capitals (``KASYNO ONLINE REJESTRACJA WIN``).
    """
    site = _HYPHEN_SITE.match(line, end + 1) if line[end : end + 1] == " " else None
    if site is not None and not line[site.end() : site.end() + 1].isalnum() and _hyphen_end(site):
        end = site.end()
    place = re.match(r"\s+([^\W\d_]+)", line[end:])
    if place is not None and place.group(1).lower() in PLACES_LATIN:
        after = line[end + place.end() : end + place.end() + 6]
        if re.match(r"\s*(?:[.!?)\]]|\Z|(?:19|20)\d\d)", after):
            end += place.end()
    year = _YEAR_BEFORE_WORD.match(line, end)
    if year is not None and year.group(1).lower() not in _RANGE_AFTER:
        before = _WORD_BEFORE.search(line, max(0, start - 14), start)
        if before is None or before.group(1).lower() not in _TIME_BEFORE:
            end = year.end()
    phrase = line[start:end]
    caps = re.match(r" ([^\W\d_]{2,12})(?=[\s.,!?)]|\Z)", line[end:])
    if (
        caps is not None
        and caps.group(1).isupper()
        and phrase.upper() == phrase
        and any(c.isalpha() for c in phrase)
    ):
        left, right = _sentence(line, start, end)
        if not (line[left:start] + line[end + caps.end() : right]).isupper():
            end += caps.end()
    return end


def _hyphen_end(site: re.Match[str]) -> bool:
    """Whether a hyphenated word names a site: no prefix (``anti-``), no English compound (``fair-play``)."""
    first, ending = site.group(1).lower(), site.group(2).lower()
    if first in _HYPHEN_PREFIXES or _DOMAIN.fullmatch(first):
        return False
    return ending not in ("win", "play") or not _mostly_english(first)


def _before_phrase(line: str, start: int) -> int:
    """``start`` moved over a hyphenated site's name right before a cut phrase (``dunia-win nhà cái``)."""
    site = re.search(
        r"(?<![\w.-])" + _HYPHEN_SITE.pattern + r" \Z", line[max(0, start - 30) : start], re.IGNORECASE
    )
    if site is not None and _hyphen_end(site):
        return start - len(site.group())
    return start


def _latin_attachments(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened over the SEO words before a cut phrase and the attachments after it."""
    end = _tails(line, end, False)
    end = _tails(line, _after_phrase(line, start, end), False)
    start = _before_phrase(line, start)
    for _ in range(2):
        head = _RANK_HEAD.search(line, max(0, start - 24), start)
        if head is None:
            head = _seo_head(line, start, end)
        if head is None:
            break
        start = head.start()
    if not line[:start].strip() or line[:start].rstrip()[-1:] in ".!?(":
        end = _tails(line, end, True)
    return start, end


def _widen_latin(line: str, start: int, end: int) -> tuple[int, int]:
    """A Latin run's cut, widened to what belongs to the phrase around it.

    Pictographs on either side (``🎰 Zorvex Casino 🎰``), then a pair of quotes or dashes it
    fills (``"Zorvex casino bonus"``, ``— … —``) go with it; before the end of its sentence,
    the comma before it goes instead of the final mark (``in May, Zorvex casino bonus.``
    keeps its full stop). A year after it stays: it is the host's as often (``Between
    PHRASE 1991 and 1997``).
    """
    start, end = _url_token(line, start, end)
    start, end = _latin_attachments(line, start, end)
    while start > 0 and (
        _symbol(line[start - 1]) or (line[start - 1] == " " and _symbol_at(line, start - 2))
    ):
        start -= 1
    while end < len(line) and (_symbol(line[end]) or (line[end] == " " and _symbol_at(line, end + 1))):
        end += 1
    start, end = _bracket_rest(line, start, end)
    opening, closing = line[start - 1 : start], line[end : end + 1]
    if opening in _LATIN_PAIRS and _LATIN_PAIRS[opening] == closing:
        return start - 1, end + 1
    spaced_open, spaced_close = line[start - 2 : start], line[end : end + 2]
    if spaced_open in ("— ", "– ") and spaced_close == " " + spaced_open[0]:
        return start - 2, end + 2
    after = line[end:].lstrip(" ")
    before = line[:start].rstrip(" ")
    if after[:1] in (".", "!", "?") and before.endswith(",") and (len(after) == 1 or after[1:2].isspace()):
        return len(before) - 1, end
    return start, end


#: Closing marks for the brackets that set a Chinese spam phrase apart.
_CLOSING = {"(": ")", "[": "]", "（": "）", "【": "】", "「": "」", "〔": "〕"}
_NAME_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


def _cjk(char: str) -> bool:
    """Whether ``char`` is Han or a full-width mark (Chinese text puts no space next to either)."""
    return bool(_HAN.match(char)) or "\u3000" < char <= "\u303f" or "\uff00" <= char <= "\uffef"


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
    head = next((word for word in SEO_HEAD_HAN if line.endswith(word, max(0, start - 4), start)), None)
    if head is not None and (
        head.startswith("十大")
        or seo_tail
        or not _NAME_CHAR.match(line[start - len(head) - 1 : start - len(head)])
    ):
        # 十大…, or 正规, 靠谱, 最新 at a clause start or before an SEO tail (正规…app推荐); 发布了最新|…
        # keeps its word
        start -= len(head)
    return start, end


def _widen(line: str, start: int, end: int) -> tuple[int, int]:
    """A Han run's cut, widened to the spaces around it between Chinese text and to its brackets.

    ``村里 鑫盛官网 的小学`` closes up to ``村里的小学`` (Chinese puts no
    space between characters, so both spaces were the spam's); a phrase in
    brackets whose first one to four name characters the name search left
    (``（新|汇丰宫官网）``) goes up to the bracket, which the mending then takes. What spam
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
    return start, end
