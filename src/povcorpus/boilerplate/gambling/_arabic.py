"""Gambling spam in Arabic and Persian sentences: offers read word by word, topics kept after prepositions.

The Arabic script has no capitals to show where an injected name starts or ends, and its spam puts
app words before the game (``تحميل تطبيق المراهنات``), names the site in the script (``فالكون بت``,
``وین‌پارس``) and hangs offers on it with a preposition (``مع بونص بدون إيداع``, ``با ۵۰ چرخش رایگان``).
This module reads such a sentence word by word: each word is a gambling word, an offer word, an app
word, a neutral modifier, a name or none, and a *chain* is a row of them with only glue words
(``با``, ``مع``, ``برای``), counts and marks between. A chain is spam when it holds a gambling word or
a name with an offer, an app word or a name (``كازينو كريبتو بيتكوين سحب فوري``); up to two unknown
words between a gambling, site or app word and an offer, an app word or a name are an invented name and
go with it (``كازينو رويال نايل، دورات مجانية``). A name is a word of Latin letters or digits, a word
built on ``بت``/``بيت``/``وين`` (``زاهربت``, ``ایران‌وین``, ``سلطان بت``), or, right after a gambling or
app word, a word rare in the Arabic and Persian word lists (``ترينو``; with ``wordfreq``).

A gambling topic stays (:func:`kept_topic`): a run with no name right after a preposition of topic
(``عن``, ``حول``, ``بشأن``, ``درباره``, ``سمت``, ``در``…: the sentence is about gambling), after a
determiner (``یک``, ``این``, ``هذا``) or before the Persian object mark ``را`` is a noun phrase of its
sentence, and a sentence with an industry or enforcement word (``غیرقانونی``, ``ترخيص``) is news.
"""

from __future__ import annotations

import re
from functools import lru_cache

from povcorpus.boilerplate.gambling._lexicon import _DOMAIN
from povcorpus.boilerplate.gambling._shared import ARABIC, _sentence

_ZW = "\u200c"
_B = r"(?<![\w\u200c])"
_E = r"(?![\w\u200c])"
_S = r"[\s\u200c]?"
_AR = r"(?:و|ب|لل|ل|بال|ف)?(?:ال)?"  # a clitic conjunction or preposition and the article


def _words(*patterns: str) -> re.Pattern[str]:
    return re.compile(_B + "(?:" + "|".join(patterns) + ")" + _E)


#: Gambling words: games, betting and casinos.
_GAME = _words(
    _AR
    + r"(?:كازينو(?:هات)?|مراهن(?:ة|ات)|رهان(?:ات)?|قمار|روليت|بوكر|سلوتس?|يانصيب|جاكبوت|كراش)"
    + r"(?:\s+مجاني(?:ة|ات)?)?",  # رهان مجاني, سلوت مجانية: "free" right after a game is the game's
    _AR + r"(?:بلاك\s?جاك|باكارات)",
    r"ماكينات\s+(?:القمار|(?:ال)?سلوتس?)",
    r"راهن\s+الآن",  # an order to bet now
    r"کازینو(?:ی|ها)?",
    r"شرط" + _S + r"بندی",
    # a card or board game played for stakes (حکم آنلاین شرطی); alone such a word is the host's (حکم دادگاه)
    r"(?:حکم|پاسور|تخته\s+نرده?|رولت(?:\s+روسی)?)(?=(?:\s+آنلاین)?\s+شرطی)",
    r"پیش" + _S + r"بینی(?:\s+رایگان)?",
    r"پوکر|رولت|بلک" + _S + r"جک|انفجار|اسلات|قمار|باکارات|کرش",
    r"کیسینو|جوا|جوئے|سٹہ|سٹے|(?:ساٹا|سٹہ)\s+مٹکا|(?:کرکٹ\s+)?بیٹنگ",  # Urdu
)
#: Offers: bonuses, free spins, real money, instant payouts, codes, calls to sign up and play.
_OFFER = _words(
    _AR + r"(?:مكافأة|مكافآت|بونص|بونس|هدية|جوائز|جائزة)(?:\s+(?:ترحيبية?|نقدية|أول\s+إيداع))?",
    r"(?:بدون|بلا)\s+(?:إيداع|ايداع)",
    r"(?:دورات|دورة|لفات|لفة)\s+مجانية",
    r"سحب\s+فوري|شحن\s+فوري",
    _AR + r"(?:أموال|مال|المال)\s+(?:ال)?حقيقي(?:ة)?",
    r"(?:بال|ب)?(?:دولار|كريبتو|بيتكوين|بالكريبتو)",
    r"(?:بال|ب)(?:جنيه|ريال|درهم|دينار)(?:\s+ال[\u0620-\u064a]{2,}ي)?",  # بالريال السعودي: a stake's currency
    r"جیتو|جیتیں|رجسٹر(?:\s+کریں)?|بونس\s+پائیں",  # Urdu
    r"ربح\s+مضمون|أرباح\s+مضمونة|بدون\s+خسارة|(?:و)?استلم|تابعنا|تابعونا",
    r"كود\s+برومو|كود\s+(?:ال)?خصم|برومو",
    r"اربح|واربح|العب|سجل\s+الآن|واحصل|للربح(?:\s+الحقيقي)?",
    r"بونوس(?:\s+(?:خوش" + _S + r"آمدگویی|\d+\s+درصدی))?|جایزه(?:\s+(?:نقدی|میلیونی))?",
    r"شارژ(?:\s+(?:هدیه|رایگان|اولیه))?|چرخش\s+رایگان|اسپین\s+رایگان",
    r"(?:با\s+)?پول\s+واقعی|واریز\s+آنی|برداشت\s+فوری|درگاه\s+مستقیم|ضریب\s+بالا",
    r"کد\s+(?:تخفیف|معرف|هدیه)|بدون\s+فیلتر|بدون\s+نیاز\s+به\s+احراز\s+هویت|احراز\s+هویت",
    r"تتر|رمز\s?ارز|کریپتو|بیت" + _S + r"کوین|ارز\s+دیجیتال|فری\s?اسپین|کش\s?بک|آدرس\s+جدید",
    _AR + r"(?:فري\s?سبين|كاش\s?باك|أرباح\s+يومية|برومو\s?كود)",
    r"ثبت" + _S + r"نام|لینک(?:\s+ورود)?|رابط(?:\s+تحميل)?|معتبر|ویژه|(?:اولین|نخستین)\s+(?:واریز|شارژ)",
    r"بدون\s+واریز|جوایز(?:\s+نقدی)?|عضویت(?:\s+در)?|شرطی",
    r"(?:لل|ل)?تسجيل(?!\s+(?:ال)?دخول)",  # a login (تسجيل الدخول) is a site's word
    # an SEO word before a site, a casino, an app or betting (لأفضل الرهانات)
    r"(?:ل)?(?:ا|أ)فضل(?=\s+(?:ال)?(?:موقع|مواقع|كازينو|تطبيق|رهانات|مراهنات))",
    r"بهترین(?=\s+(?:سایت|کازینو|اپلیکیشن|برنامه))",
    r"(?:مع\s+)?(?:موزع|ديلر)\s+(?:حقيقي|مباشر)|استخدم(?=\s+كود)",  # a live dealer; use (a code)
)
#: App words: downloads, apps, stores and devices.
_APP = _words(
    _AR + r"(?:تحميل|تنزيل|حم\u0651?ل|تطبيق|اندرويد|أندرويد|ايفون|آيفون|موبايل)",
    r"تسجيل\s+(?:ال)?دخول|واتساب|واتس\s?اب|تيليجرام|تيليغرام|تلغرام|تلجرام",
    r"الإصدار\s+الجديد|مهكر",
    r"دانلود|اپلیکیشن|اپ|اندروید|آیفون|نسخه\s+جدید|ربات|کانال\s+تلگرام|تلگرام|آی\s?او\s?اس",
    r"ایپ|ڈاؤن\s?لوڈ|واٹس\s?ایپ",  # Urdu
    r"apk|android|ios|app|download",
)
#: Neutral modifiers: online, live, sports, site.
_MOD = _words(
    r"(?:ال)?(?:أونلاين|اونلاين|اون\s+لاين|أون\s+لاين|مباشر|لايف|حية|رياضية|الرسمي|العربي|بالعربي|سبورت)",
    r"(?:ال)?(?:مصري|سعودي|خليجي|مغربي)|(?:ال)?دوري(?:\s+ال[\u0620-\u064a]{2,}ي)?",
    r"(?:كرة\s+القدم|ألعاب|لعبة)",
    r"(?:موقع|مواقع)",
    r"آنلاین|اینترنتی|زنده|بازی|ورزشی|لایو|اسپورت|سایت|فوتبال|والیبال|لیگ\s+برتر|ایرانی|رسمی|بین"
    + _S
    + r"المللی",
    r"آن\s?لائن|لائیو|رزلٹ",  # Urdu
    r"esports|online|casino|live",
)
#: Words that glue the words of a chain: prepositions of an offer, conjunctions, marks and counts.
_GLUE = re.compile(
    r"(?:[\s|،,:—–\-/]|(?<![\w\u200c])(?:با|مع|على|عبر|برای|برا|و|في|من|به|بر|از|در|لل|ل)(?![\w\u200c])"
    r"|[\d۰-۹٠-٩]+(?:[.,][\d۰-۹٠-٩]+)?\s*(?:%|٪|درصد(?:ی)?|تومان(?:ی)?|هزار(?:\s+تومانی)?|دولار|جنيه|ساعة|ساعته)?)*"
)
#: A name: Latin letters (after digits, ``1xbet``; a number alone is a count, never a name), a word
#: joined to بت or وین (the script's "bet" and "win"), or those alone.
_NAME = re.compile(
    r"#?[0-9]*[A-Za-z][\w.]*|[\w\u200c]+\u200c(?:بت|وین|وين)|(?:بت|وین)\u200c[\w\u200c]+|بت|وین|وين|بیٹ"
)
#: A word built on بت, بيت or وين with no joiner (``زاهربت``, ``ميلبيت``): a name when rare (not ``ثبت``).
_BUILT_NAME = re.compile(r"[\w\u200c]{2,}(?:بت|بيت|وين|وین)")


def _name(word: str) -> bool:
    """Whether a word is a name (see :data:`_NAME` and :data:`_BUILT_NAME`)."""
    return _NAME.fullmatch(word) is not None or (_BUILT_NAME.fullmatch(word) is not None and _rare(word))


#: A word of the script (with its joiners) or of Latin letters.
_TOKEN = re.compile(r"#?[\w\u200c]+")
#: Prepositions of topic: a gambling phrase after them is what the sentence is about.
_TOPIC_BEFORE = re.compile(
    r"(?<![\w\u200c])(?:عن|إلى|الى|حول|بشأن|ضد|من|في|درباره|سمت|در|از|به|با|مورد|علیه)\s+\Z"
)
#: Determiners and demonstratives before a noun phrase.
_DETERMINER = re.compile(r"(?<![\w\u200c])(?:یک|این|آن|هذا|هذه|تلك|ذلك)\s+\Z")
#: The Persian object mark after a noun phrase, and plural or possessive endings that make it one.
_OBJECT_AFTER = re.compile(r"\s*(?:را|های|ها)(?![\w\u200c])")
#: How many unknown words may stand between two words of a chain as an invented name.
_NAME_GAP = 2


#: A year: SEO phrases end with one (``افضل مواقع المراهنات 2025``); it joins a chain but names nothing.
_YEAR = re.compile(r"(?:19|20)\d{2}|(?:۱۹|۲۰)[۰-۹]{2}")


_LEXICONS = (("game", _GAME), ("offer", _OFFER), ("app", _APP), ("mod", _MOD))


def _lexicon_kind(line: str, at: int) -> tuple[str, int] | None:
    """The lexicon of the word at ``at`` (``game``, ``offer``, ``app``, ``mod``) and where its phrase ends."""
    for kind, pattern in _LEXICONS:
        matched = pattern.match(line, at)
        if matched is not None:
            return kind, matched.end()
    return None


def _kind(token: str) -> str | None:
    """What a word is: ``game``, ``offer``, ``app``, ``mod``, a name (``bet``, ``name``) or ``None``."""
    found = _lexicon_kind(token, 0)
    if found is not None:
        return found[0]
    if _name(token):
        return "bet" if ARABIC.search(token) else "name"
    return None


def _rare(token: str) -> bool:
    """Whether a word is unknown to the Arabic and Persian word lists: below Zipf 1.5 in both.

    A compound joined by a zero-width non-joiner is no name when each of its parts is common.

    The small lists answer for common words; only a word missing there is read in the full lists, so
    a word with clitics (``وللأطفال``, Zipf 2.3) is no name. Without ``wordfreq`` no word is rare.
    """
    if not ARABIC.search(token) or not all(ARABIC.search(part) for part in token.split(_ZW) if part):
        return False
    small = _zipf_script(token, "small")
    if small is None or small >= 3.0:
        return False
    parts = [part for part in token.split(_ZW) if part]
    if len(parts) > 1 and all((_zipf_script(part, "small") or 0.0) >= 3.0 for part in parts):
        return False  # کمک‌هزینه: a compound of common words is a word, not a name
    full = _zipf_script(token, "best")
    return full is not None and full < 1.5


@lru_cache(maxsize=4096)
def _zipf_script(word: str, wordlist: str) -> float | None:
    """The higher Zipf frequency of ``word`` in the Arabic and Persian lists (``None`` without them)."""
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return None
    return max(zipf_frequency(word, lang, wordlist=wordlist) for lang in ("ar", "fa", "ur"))


def _items(line: str) -> list[tuple[int, int, str | None]]:
    """The words of ``line`` with their kind; a multi-word lexicon phrase is one item."""
    items: list[tuple[int, int, str | None]] = []
    at = 0
    while True:
        found = _TOKEN.search(line, at)
        if found is None:
            return items
        start = found.start()
        word = found.group().lstrip("#")
        offset = start + (found.end() - start - len(word))
        end = found.end()
        kind = None
        lexicon = _lexicon_kind(line, offset)
        if lexicon is not None:
            kind, end = lexicon[0], max(end, lexicon[1])
        if kind is None and "_" in word:
            parts = [part for part in word.split("_") if part]
            kinds = {_kind(part) for part in parts}
            kind = "game" if "game" in kinds else None
        if kind is None and _UNIT.fullmatch(word) and _AFTER_COUNT.search(line, max(0, start - 12), start):
            at = end
            continue  # ۲۰۰ هزار تومانی: a count's unit is glue, as the count is
        if kind is None and _YEAR.fullmatch(word):
            kind = "year"
        elif kind is None and _name(word):
            kind = "bet" if ARABIC.search(word) else "name"
        if kind is not None or not _GLUE.fullmatch(line[start:end]):
            items.append((start, end, kind))  # a glue word or a count is read in the gap between words
        at = end


#: Units of a count or an amount (``۲۰۰ هزار تومانی``, ``٥٠ دولار``): after a count they are glue too.
_UNIT = re.compile(r"هزار|میلیون|تومان(?:ی)?|ریال|درصد(?:ی)?|دولار|جنيه|ريال|ألف|آلاف")
_AFTER_COUNT = re.compile(r"[\d۰-۹٠-٩]\s*\Z|(?:هزار|میلیون|ألف|آلاف)\s+\Z")


_NAMES = ("name", "bet")


def _chains(line: str) -> list[list[tuple[int, int, str]]]:
    """Rows of classified words with only glue, counts or up to two unknown words between them."""
    items = _items(line)
    chains: list[list[tuple[int, int, str]]] = []
    index = 0
    while index < len(items):
        start, end, kind = items[index]
        if kind is None:
            index += 1
            continue
        chain = [(start, end, kind)]
        index += 1
        while index < len(items):
            nxt_start, nxt_end, nxt_kind = items[index]
            gap = line[chain[-1][1] : nxt_start]
            if nxt_kind is not None and _GLUE.fullmatch(gap):
                chain.append((nxt_start, nxt_end, nxt_kind))
                index += 1
                continue
            filled = _name_gap(line, items, index, chain)
            if filled:
                chain.extend(filled)
                index += len(filled)
                continue
            if (
                nxt_kind is None
                and chain[-1][2] in ("game", "mod")  # after an app word the host goes on (اندرويد لمدرستين)
                and _GLUE.fullmatch(gap)
                and "." not in gap
                and _rare(line[nxt_start:nxt_end])
            ):
                chain.append((nxt_start, nxt_end, "name"))  # ترينو after سلوتس أونلاين: a made-up name
                index += 1
            break
        chains.append(chain)
    return chains


def _name_gap(
    line: str, items: list[tuple[int, int, str | None]], index: int, chain: list[tuple[int, int, str]]
) -> list[tuple[int, int, str]]:
    """The unknown words at ``items[index:]`` that are an invented name inside the chain, and the word after.

    Up to two unknown words between a gambling, site, app word or name and an offer, an app word or a
    name (``موقع ياقوت بت``, ``كازينو رويال نايل، دورات مجانية``); between any two words of a chain
    when every one is rare (``بازی مونتی آنلاین``).
    """
    unknown = 0
    for _, _, later in items[index : index + _NAME_GAP + 1]:
        if later is not None:
            break
        unknown += 1
    closer = index + unknown
    if not 0 < unknown <= _NAME_GAP or closer >= len(items):
        return []
    marks = [line[chain[-1][1] : items[index][0]]]
    marks += [line[items[i][1] : items[i + 1][0]] for i in range(index, closer)]
    if any(not _GLUE.fullmatch(mark) or "." in mark for mark in marks):
        return []
    rare = all(_rare(line[items[i][0] : items[i][1]]) for i in range(index, closer))
    closing = items[closer][2]
    shaped = chain[-1][2] in ("game", "mod", "app", *_NAMES) and closing in ("offer", "app", *_NAMES)
    if not (shaped or (rare and closing in ("game", "mod", "offer", "app", *_NAMES))):
        return []
    if not any(kind in ("game", "mod", "app", *_NAMES) for *_, kind in chain):
        return []
    filled = [(items[i][0], items[i][1], "name" if rare else "gap") for i in range(index, closer)]
    return [*filled, (items[closer][0], items[closer][1], closing or "gap")]


def _spam_chain(chain: list[tuple[int, int, str]]) -> bool:
    """Whether a chain is spam-shaped.

    A gambling word or a name with an offer, an app word or a name; a name built on بت with any
    other word of the lexicons (``موقع ياقوت بت``); two offers with a bonus (``بونوس ۱۰۰ درصدی اولین
    واریز``).
    """
    kinds = [kind for *_, kind in chain]
    names = sum(kind in _NAMES for kind in kinds)
    if "game" in kinds:
        return names > 0 or "offer" in kinds or "app" in kinds
    if "bet" in kinds and len({kind for kind in kinds if kind not in ("gap", "year")}) > 1:
        return True
    if names:
        return names > 1 or "offer" in kinds or "app" in kinds
    return False


def _strong(chain: list[tuple[int, int, str]]) -> bool:
    """Whether a chain is a download or offer tail with a gambling word: such spam is cut in any sentence."""
    kinds = {kind for *_, kind in chain}
    return "game" in kinds and bool(kinds & {"app", "offer", *_NAMES})


def arabic_spans(line: str) -> list[tuple[int, int]]:
    """Spans of a line in the Arabic script that hold an injected gambling chain."""
    if not ARABIC.search(line):
        return []
    spans = []
    for chain in _chains(line):
        start, end = chain[0][0], chain[-1][1]
        if line[start : start + 1] != "#" and not ARABIC.search(line, start, end):
            continue  # a Latin chain: the Latin rules read it
        offers = _offers(line, chain)
        tail = _comma_tail(line, start, end)
        named = tail > end and any(kind == "game" for *_, kind in chain)  # …، کازینو آنلاین پارس‌استار.
        if not (_spam_chain(chain) or offers or named):
            continue
        if not any(kind in _NAMES for *_, kind in chain) and kept_topic(
            line, start, end, news=not (offers or _strong(chain))
        ):
            continue
        if _whole_sentence(line, start, end):
            continue
        if tail == end and chain[-1][2] == "offer":
            count = _OFFER_COUNT.match(line, end)  # دورات مجانية 100: the offer's count is the offer's
            tail = count.end() if count else end
        if tail == end and _ORDER.match(line, start):
            now = _NOW.match(line, end)  # حمّل تطبيق … للمراهنات الآن: an order's "now" is the order's
            tail = now.end() if now else end
        spans.append((start, tail))
    return spans


#: An order that opens a chain (download, play, bet, sign up) and the "now" that may close it.
_ORDER = re.compile(r"(?:حم\u0651?ل|نز\u0651?ل|العب|راهن|سج\u0651?ل)(?![\w\u200c])")
_NOW = re.compile(r"\s+(?:الآن|الان)(?![\w\u200c])")


#: A count right after an offer (``دورات مجانية 100``, ``بونوس ۲۰۰ درصد``).
_OFFER_COUNT = re.compile(
    r"\s*[\d۰-۹٠-٩]+(?:[.,][\d۰-۹٠-٩]+)?(?:\s*(?:%|٪|درصد(?:ی)?|(?:هزار\s+)?تومان(?:ی)?|دولار))?(?![\w\u200c])"
)


#: One or two words and the end of the sentence.
_LAST_WORDS = re.compile(r"(?:\s+[\w\u200c]+){1,2}(?=[.!؟?]\s*$|[.!؟?]\s)")


def _comma_tail(line: str, start: int, end: int) -> int:
    """The end of a chain put after a comma at the end of its sentence, with the word or two after it.

    ``…کاهش یافته است، کازینو آنلاین پارس‌استار.``: a sentence does not go on for a word or two after
    a phrase injected after its last comma; those words are the phrase's name.
    """
    if not line[:start].rstrip().endswith(("،", ",")):
        return end
    found = _LAST_WORDS.match(line, end)
    return found.end() if found else end


#: A bonus word: two offers and a bonus are a promotion with no gambling word (بونوس … اولین واریز).
_BONUS = re.compile(r"(?:و|ب|ال)*(?:بونوس|بونص|بونس|مكافأة)")


def _offers(line: str, chain: list[tuple[int, int, str]]) -> bool:
    """Whether a chain is two offers or more, one of them a bonus word."""
    offers = [line[start:end] for start, end, kind in chain if kind == "offer"]
    return len(offers) > 1 and any(_BONUS.match(offer) for offer in offers)


def _whole_sentence(line: str, start: int, end: int) -> bool:
    """Whether a chain is all of its sentence (a heading)."""
    left, right = _sentence(line, start, end)
    rest = (line[left:start] + line[end:right]).strip(" .،!?؟:")
    return not rest


def kept_topic(line: str, start: int, end: int, *, news: bool = True) -> bool:
    """Whether a gambling phrase at ``line[start:end]`` in the Arabic script is a topic of its sentence.

    After a preposition of topic or a determiner, before the Persian object mark ``را``, or in a
    sentence with an industry or enforcement word, a phrase with no name is the sentence's.
    """
    if not ARABIC.search(line, start, end) or _NAME_IN.search(line, start, end):
        return False
    before = line[max(0, start - 20) : start]
    if _TOPIC_BEFORE.search(before) or _DETERMINER.search(before):
        return True
    if _OBJECT_AFTER.match(line, end) is not None and line[end : end + 1] != _ZW:
        return True
    if not news:
        return False  # a download or offer tail is spam in a sentence about the industry too
    left, right = _sentence(line, start, end)
    rest = line[left:start] + " " + line[end:right]
    return _DOMAIN.search(rest) is not None


#: A name inside a phrase: Latin letters or digits, or a word built on بت or وین.
_NAME_IN = re.compile(r"[A-Za-z0-9]|\u200cبت|بت\u200c|\u200cوین|(?<=\w)بت(?![\w\u200c])")
