"""A fresh Latin- and Cyrillic-script spam check set, independent of the dev set and its generator.

Run from the repository root::

    python benchmarks/latin_spam_fresh.py            # write the set, print the rates per half
    python benchmarks/latin_spam_fresh.py --misses   # and every miss of the tune half
    python benchmarks/latin_spam_fresh.py --check    # rates only, from the file (nothing written)
    python benchmarks/latin_spam_fresh.py --more     # the second set (same options)
    python benchmarks/latin_spam_fresh.py --wild     # the third set (same options)

The dev set (``tests/data/dev/spam.jsonl``) was made by one generator and
both its halves have been read, so this set is built apart from it: no host
sentence of any dev-set file is used, and the spam is *composed* here from
parts rather than drawn from a list. Brand names are invented from random
syllables in five shapes (one word, camel case, with digits, a site name
``xxx.bet`` / ``.vip`` / ``.io``, two words); a phrase joins a name or none
with gambling words, promo words (bonus, free spins, cashback, no deposit,
promo code, withdraw, in the host's language or in English) and app words
(android, ios, apk, download, in the host's language or in English), in ALL
CAPS, Title or lower case. It goes at the start of the sentence, between two
words, before the final mark, after a comma or in brackets.

Hosts are the sentences of the language-ID dev set in Latin or Cyrillic
script (en, it, fr, es, pt, de, nl, tr, ru; paragraphs cut into sentences)
and ``tests/data/gambling/hosts_latin.txt`` (written for this set: pl, id,
uk, ro, sv), less any sentence a dev-set file holds, and only hosts that
come back unchanged from ``clean_text``. Each host gets two items; the halves
are split by a hash of the host. Tune only on ``tune``. ``expected`` is the
host: the phrase, its brackets and one of its spaces go.

The honest negatives are ``tests/data/gambling/honest_latin_fresh.txt``:
sentences written for this set about betting, casinos, lotteries, apps,
app stores, crypto, bonuses and downloads used honestly; they must come back
byte-identical.

The second set (``--more``, ``fresh_latin_more.jsonl``) is made differently
again: its hosts are only ``hosts_latin_more.txt`` (sentences written for it
in twelve languages, none from langid-dev), and its phrases have shapes the
first generator never makes: SEO and ranking words (``best``, ``top 10``,
``beste``), a year, a country or a city after the gambling words, brand
names in Cyrillic letters, a brand after its gambling word (``casino
zorvex``), words between pictographs or ``|``, hashtags, ``18+``, ``T&C
apply``, Telegram / WhatsApp contacts and URLs with paths. Its honest
negatives (``honest_latin_more.txt``) are news whose words those shapes use:
a casino town, a country's lottery, a "top 10" ranking, a ministry's
Telegram channel, an 18+ age limit.

The third set (``--wild``, ``fresh_latin_wild.jsonl``) is made differently
again, after how injected SEO spam on hacked sites reads: its hosts are only
``hosts_latin_wild.txt`` (sentences written for it in twelve languages,
Vietnamese and Ukrainian among them, none from langid-dev), and its phrases
are keyword stacks of each language's own gambling vocabulary (``slot gacor
hari ini``, ``situs judi bola``, ``link alternatif``, ``nhà cái uy tín``,
``apostas esportivas``, ``Wettanbieter ohne OASIS``, ``casinò non AAMS``,
``рабочее зеркало``), several joined by ``|``, ``-`` or ``,``, calls to act
(``daftar sekarang``, ``jogue agora``, ``вход``), and anchor texts with a
domain and a path but no scheme (``dunia4d.lat/daftar``), with names made
the way those sites make them (a word and ``4d``, ``88``, ``toto``, a
hyphenated site). Its honest negatives (``honest_latin_round3.txt``) are
news that uses those words honestly: a state lottery funding clinics, a
bookmaker's results, betting rules, casino towns, Indonesian enforcement
against judi online, Vietnamese casino licences, a time slot, a wage bonus.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from _spam_sets import lost_characters, read_jsonl, split_of, text_lines, write_jsonl

from povcorpus.cleaners import clean_text

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "gambling"
HOSTS = DATA / "hosts_latin.txt"
HONEST = DATA / "honest_latin_fresh.txt"
OUT = DATA / "fresh_latin.jsonl"
HOSTS_MORE = DATA / "hosts_latin_more.txt"
HONEST_MORE = DATA / "honest_latin_more.txt"
OUT_MORE = DATA / "fresh_latin_more.jsonl"
HOSTS_WILD = DATA / "hosts_latin_wild.txt"
HONEST_WILD = DATA / "honest_latin_round3.txt"
OUT_WILD = DATA / "fresh_latin_wild.jsonl"
LANGID_DEV = ROOT.parent / "shared" / "data" / "langid-dev.jsonl"
DEV = ROOT / "tests" / "data" / "dev"
LANGS = ("en", "it", "fr", "es", "pt", "de", "nl", "tr", "ru")

#: Syllables that invented brand names are made of.
ONSETS = ("b", "k", "v", "z", "r", "l", "m", "n", "t", "d", "g", "p", "x", "br", "kr", "st", "tr", "pl", "gr")
VOWELS = ("a", "e", "i", "o", "u", "y", "io", "ea")
CODAS = ("", "", "", "x", "n", "r", "s", "k", "m", "l")
#: Words that two-word and camel-case names are made of (luck, royalty, animals, places).
NAME_WORDS = (
    "Lucky",
    "Royal",
    "Golden",
    "Mega",
    "Star",
    "King",
    "Fortune",
    "Tiger",
    "Dragon",
    "Vegas",
    "Crown",
    "Ace",
    "Joker",
    "Diamond",
    "Rich",
    "Pharaoh",
    "Panda",
    "Wild",
    "Magic",
    "Big",
)
TLDS = ("bet", "vip", "io", "win", "club", "com", "game")
#: Gambling words per language, English always possible.
GAMBLE = {
    "en": (
        "casino",
        "online casino",
        "sportsbook",
        "sports betting",
        "slots",
        "live casino",
        "crypto casino",
        "poker",
        "betting",
        "roulette",
        "crash game",
        "betting site",
    ),
    "it": ("casinò online", "scommesse sportive", "slot", "scommesse", "casino live", "poker online"),
    "fr": ("casino en ligne", "paris sportifs", "machines à sous", "casino", "poker en ligne"),
    "es": ("casino en línea", "apuestas deportivas", "tragamonedas", "casino online", "apuestas"),
    "pt": ("cassino online", "apostas esportivas", "caça-níqueis", "apostas", "cassino"),
    "de": ("Online-Casino", "Sportwetten", "Spielautomaten", "Casino", "Wetten"),
    "nl": ("online casino", "sportweddenschappen", "gokken", "casino", "gokkasten"),
    "pl": ("kasyno online", "zakłady bukmacherskie", "kasyno", "automaty"),
    "tr": ("canlı bahis", "casino siteleri", "bahis", "slot oyunları"),
    "ru": ("онлайн казино", "ставки на спорт", "казино", "букмекер", "игровые автоматы"),
    "uk": ("онлайн казино", "ставки на спорт", "казино", "букмекер"),
    "id": ("judi online", "slot gacor", "taruhan bola", "kasino"),
    "ro": ("cazino online", "pariuri sportive", "păcănele", "cazino"),
    "sv": ("online casino", "sportbetting", "spelautomater", "casino"),
}
PROMO = {
    "en": (
        "bonus",
        "free spins",
        "cashback",
        "no deposit bonus",
        "promo code",
        "fast withdraw",
        "real money",
        "welcome bonus",
        "100 free spins",
        "jackpot",
        "VIP",
    ),
    "it": ("bonus senza deposito", "giri gratis", "codice promo", "soldi veri", "bonus"),
    "fr": ("bonus sans dépôt", "tours gratuits", "code promo", "argent réel", "bonus"),
    "es": ("bono sin depósito", "giros gratis", "código promocional", "dinero real", "bono"),
    "pt": ("bônus sem depósito", "giros grátis", "código promocional", "dinheiro real", "bônus"),
    "de": ("Bonus ohne Einzahlung", "Freispiele", "Bonuscode", "Echtgeld", "Bonus"),
    "nl": ("bonus zonder storting", "gratis spins", "promotiecode", "echt geld", "bonus"),
    "pl": ("bonus bez depozytu", "darmowe spiny", "kod promocyjny", "prawdziwe pieniądze"),
    "tr": ("deneme bonusu", "bedava spin", "bonus", "promosyon kodu"),
    "ru": ("бонус без депозита", "фриспины", "промокод", "бонус"),
    "uk": ("бонус без депозиту", "фріспіни", "промокод", "бонус"),
    "id": ("bonus deposit", "putaran gratis", "kode promo", "bonus new member"),
    "ro": ("bonus fără depunere", "rotiri gratuite", "cod promoțional", "bonus"),
    "sv": ("bonus utan insättning", "gratissnurr", "bonuskod", "bonus"),
}
APP = {
    "en": (
        "apk",
        "android ios",
        "download",
        "app download",
        "apk download",
        "ios app",
        "android apk",
        "download now",
        "mobile app",
    ),
    "it": ("scarica app", "app android", "scarica apk"),
    "fr": ("télécharger apk", "appli android", "télécharger l'application"),
    "es": ("descargar apk", "app android", "descargar app"),
    "pt": ("baixar apk", "app android", "baixar aplicativo"),
    "de": ("App herunterladen", "APK Download", "Android App"),
    "nl": ("app downloaden", "apk download", "android app"),
    "pl": ("pobierz aplikację", "aplikacja android", "pobierz apk"),
    "tr": ("apk indir", "android uygulama", "mobil uygulama indir"),
    "ru": ("скачать apk", "приложение android", "скачать приложение"),
    "uk": ("завантажити apk", "додаток android"),
    "id": ("unduh apk", "aplikasi android", "download apk"),
    "ro": ("descarcă aplicația", "apk android"),
    "sv": ("ladda ner appen", "android app"),
}


def syllable_name(rng: random.Random, syllables: int) -> str:
    """A made-up word of random syllables (``Zorvex``, ``Kalimo``)."""
    word = "".join(rng.choice(ONSETS) + rng.choice(VOWELS) for _ in range(syllables)) + rng.choice(CODAS)
    return word.capitalize()


def brand(rng: random.Random) -> str:
    """An invented brand in one of five shapes: one word, camel case, digits, a site, two words."""
    shape = rng.randrange(5)
    if shape == 0:
        return syllable_name(rng, rng.choice((2, 2, 3)))
    if shape == 1:
        return rng.choice(NAME_WORDS) + syllable_name(rng, 2)
    if shape == 2:
        base = syllable_name(rng, 2) if rng.random() < 0.6 else rng.choice(NAME_WORDS)
        digits = rng.choice(("7", "8", "9", "22", "24", "77", "88", "99", "168", "365", "777", "888", "1"))
        digits = digits if rng.random() < 0.7 else str(rng.randrange(10, 999))
        return digits + base if rng.random() < 0.35 else base + digits
    if shape == 3:
        return syllable_name(rng, 2).lower() + "." + rng.choice(TLDS)
    return rng.choice(NAME_WORDS) + " " + syllable_name(rng, 2)


def _pick(rng: random.Random, table: dict[str, tuple[str, ...]], lang: str) -> str:
    """A word of ``lang`` from ``table``, or an English one a third of the time."""
    own = table.get(lang, table["en"])
    return rng.choice(table["en"] if rng.random() < 0.33 else own)


def phrase(rng: random.Random, lang: str) -> str:
    """A spam phrase: a name or none, gambling words, promo words, app words, in some order and case."""
    parts: list[str] = []
    shape = rng.random()
    with_brand = rng.random() < 0.7
    if with_brand:
        parts.append(brand(rng))
    gamble = _pick(rng, GAMBLE, lang)
    promo = _pick(rng, PROMO, lang)
    app = _pick(rng, APP, lang)
    if shape < 0.3:
        parts += [gamble, app]
    elif shape < 0.55:
        parts += [gamble, promo]
    elif shape < 0.75:
        parts += [gamble, promo, app]
    elif shape < 0.85:
        parts += [promo, app] if with_brand else [gamble, promo, app]
    else:
        parts += [gamble] if with_brand else [gamble, app]
    text = " ".join(parts)
    case = rng.random()
    if case < 0.2:
        return text.upper()
    if case < 0.4:
        return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    if case < 0.55:
        return text.lower()
    return text


def _sentences(text: str) -> list[str]:
    return [part for part in re.split(r"(?<=[.!?])\s+", text) if 30 <= len(part) <= 300]


def _dev_texts() -> list[str]:
    """Every input and expected text of the dev set (its hosts must not be used here)."""
    found = []
    for path in sorted(DEV.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line:
                record = json.loads(line)
                found += [record.get("input", ""), record.get("expected", "")]
    return found


def hosts() -> list[tuple[str, str]]:
    """``(lang, sentence)`` hosts: langid-dev's Latin and Cyrillic sentences and ours, less the dev set's."""
    found: list[tuple[str, str]] = []
    if LANGID_DEV.exists():
        for line in LANGID_DEV.read_text(encoding="utf-8").split("\n"):
            record = json.loads(line) if line else {}
            if record.get("lang") in LANGS and record.get("kind") in ("sentence", "paragraph"):
                found += [(record["lang"], s) for s in _sentences(record["text"])]
    found += _tab_lines(HOSTS)
    return _usable(found)


def _tab_lines(path: Path) -> list[tuple[str, str]]:
    """``(lang, sentence)`` from a file of ``lang<TAB>sentence`` lines."""
    pairs = [line.split("\t") for line in text_lines(path)]
    return [(lang, sentence) for lang, sentence in pairs]


def _usable(found: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The distinct hosts that end a sentence, no dev-set file uses, and the cleaners leave alone."""
    dev = "\n".join(_dev_texts())
    return [
        (lang, host)
        for lang, host in dict.fromkeys(found)
        if host not in dev and host[-1] in ".!?" and clean_text(host, lang=lang).text == host
    ]


def inject(host: str, spam: str, rng: random.Random) -> tuple[str, str]:
    """``host`` with ``spam`` at a start, middle, end, after-comma or bracketed place, and the place."""
    words = [match.start() for match in re.finditer(r"(?<= )(?=\w)", host)]
    commas = [match.end() for match in re.finditer(r", (?=\w)", host)]
    where = rng.random()
    if where < 0.15:
        return spam + " " + host, "start"
    if where < 0.3:
        cut = len(host) - 1
        return host[:cut] + " " + spam + host[cut:], "end"
    if where < 0.42 and commas:
        at = rng.choice(commas)
        return host[:at] + spam + " " + host[at:], "comma"
    at = rng.choice(words)
    if where < 0.55:
        return host[:at] + "(" + spam + ") " + host[at:], "brackets"
    return host[:at] + spam + " " + host[at:], "middle"


def items() -> list[dict[str, str]]:
    """Every item, in a fixed order."""
    return _items("povcorpus-latin-spam-fresh", hosts(), 2, phrase)


def _items(
    seed: str, found: list[tuple[str, str]], per_host: int, make: Callable[[random.Random, str], str]
) -> list[dict[str, str]]:
    """``per_host`` items a host, phrases made by ``make``, drawn from a generator seeded with ``seed``."""
    rng = random.Random(seed)
    records = []
    for lang, host in found:
        for _ in range(per_host):
            spam = make(rng, lang)
            damaged, place = inject(host, spam, rng)
            records.append(
                {
                    "split": split_of(host),
                    "lang": lang,
                    "place": place,
                    "input": damaged,
                    "expected": host,
                    "spam": spam,
                }
            )
    return records


#: SEO and ranking words per language (English always possible).
SEO = {
    "en": ("best", "top 10", "top rated", "trusted", "new", "legit", "no.1", "top 5"),
    "it": ("migliori", "top 10", "nuovi", "affidabili"),
    "fr": ("meilleur", "top 10", "nouveau", "fiable"),
    "es": ("mejores", "top 10", "nuevos", "confiables"),
    "pt": ("melhores", "top 10", "novos", "confiáveis"),
    "de": ("beste", "Top 10", "neue", "seriöse"),
    "nl": ("beste", "top 10", "nieuwe", "betrouwbare"),
    "pl": ("najlepsze", "top 10", "nowe", "legalne"),
    "tr": ("en iyi", "güvenilir", "yeni", "top 10"),
    "ru": ("лучшие", "топ 10", "новые", "честные"),
    "id": ("terpercaya", "terbaik", "resmi", "top 10"),
    "sv": ("bästa", "topp 10", "nya", "svenska"),
}
#: Countries and cities an SEO phrase targets, per language.
PLACES = {
    "en": ("UK", "Canada", "Australia", "Kenya", "India", "Nigeria", "USA", "Ireland", "Toronto", "Lagos"),
    "it": ("Italia", "Milano", "Roma", "Svizzera"),
    "fr": ("France", "Belgique", "Canada", "Suisse", "Paris", "Québec"),
    "es": ("España", "México", "Chile", "Perú", "Argentina", "Madrid"),
    "pt": ("Brasil", "Portugal", "Angola", "São Paulo"),
    "de": ("Deutschland", "Österreich", "Schweiz", "Berlin", "München"),
    "nl": ("Nederland", "België", "Amsterdam", "Vlaanderen"),
    "pl": ("Polska", "Polsce", "Warszawa"),
    "tr": ("Türkiye", "İstanbul", "Ankara"),
    "ru": ("Россия", "Казахстан", "Москва", "РФ"),
    "id": ("Indonesia", "Jakarta", "Malaysia"),
    "sv": ("Sverige", "Stockholm", "Norge"),
}
#: Cyrillic syllables that Cyrillic brand names are made of.
CYR_ONSETS = ("б", "в", "з", "к", "л", "м", "р", "т", "д", "ст", "пл", "гр", "кр")
CYR_VOWELS = ("а", "е", "и", "о", "у", "я", "ю")
CYR_CODAS = ("", "", "н", "р", "кс", "л", "м")
#: Cyrillic brand words that are everyday words (a volcano, a champion, a star), as real clubs use.
CYR_WORDS = ("Вулкан", "Чемпион", "Звезда", "Фортуна", "Император", "Джокер", "Олимп", "Рояль")
EMOJI = ("🎰", "💰", "🔥", "🎁", "⚽", "💎", "🃏", "🎲", "✅", "👉", "📲", "⭐")
CONTACTS = ("Telegram", "WhatsApp", "TG", "WA", "Telegram:", "WhatsApp:", "tg")
TERMS = ("T&C apply", "18+", "18+ only", "T&Cs apply", "18+ T&C apply", "play responsibly 18+")
PATHS = ("bonus", "promo", "register", "ref", "app/download", "go/casino", "welcome-bonus", "slots")


def cyrillic_name(rng: random.Random) -> str:
    """A brand in Cyrillic letters: an everyday word (``Вулкан``) or made-up syllables (``Зорвекс``)."""
    if rng.random() < 0.4:
        return rng.choice(CYR_WORDS)
    word = "".join(rng.choice(CYR_ONSETS) + rng.choice(CYR_VOWELS) for _ in range(2)) + rng.choice(CYR_CODAS)
    return word.capitalize()


def _own(rng: random.Random, table: dict[str, tuple[str, ...]], lang: str) -> str:
    """A word of ``lang`` from ``table``, or an English one a quarter of the time."""
    own = table.get(lang, table["en"])
    return rng.choice(table["en"] if rng.random() < 0.25 else own)


def _contact(rng: random.Random, name: str) -> str:
    """A Telegram handle or a WhatsApp number."""
    handle = re.sub(r"\W", "", name.lower()) or "vip"
    if rng.random() < 0.5:
        return f"{rng.choice(CONTACTS[::2])} @{handle}{rng.choice(('', 'bet', '_vip', 'official'))}"
    number = (
        f"+{rng.choice(('62', '234', '7', '90', '44'))} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"
    )
    return f"{rng.choice(CONTACTS[1::2])} {number}"


def _url(rng: random.Random, name: str) -> str:
    """A URL with a path (``https://zorvex.bet/bonus?ref=77``)."""
    host = re.sub(r"\W", "", name.lower()) or syllable_name(rng, 2).lower()
    scheme = rng.choice(("https://", "http://", "https://www.", "www."))
    tail = rng.choice(("", "?ref=" + str(rng.randrange(10, 9999)), "/"))
    return f"{scheme}{host}.{rng.choice(TLDS)}/{rng.choice(PATHS)}{tail}"


def phrase_more(rng: random.Random, lang: str) -> str:
    """A spam phrase of a shape the first generator does not make (see the module docstring)."""
    latin_name = brand(rng)
    name = cyrillic_name(rng) if rng.random() < 0.2 else latin_name
    gamble = _own(rng, GAMBLE, lang)
    shape = rng.randrange(9)
    if shape == 0:  # SEO ranking: best online casino Nederland 2025
        parts = [_own(rng, SEO, lang), gamble]
        if rng.random() < 0.7:
            parts.append(_own(rng, PLACES, lang))
        if rng.random() < 0.6:
            parts.append(str(rng.choice((2024, 2025, 2026))))
        text = " ".join(parts)
    elif shape == 1:  # a brand after its gambling word: casino zorvex, with a tail
        tail = rng.choice((_own(rng, PROMO, lang), _own(rng, APP, lang), _own(rng, PLACES, lang), "2025"))
        text = f"{gamble} {name} {tail}"
    elif shape == 2:  # a Cyrillic brand with gambling words
        text = f"{cyrillic_name(rng)} {gamble} {_own(rng, PROMO, lang)}"
    elif shape == 3:  # words between pictographs or bars
        words = [name, gamble, _own(rng, PROMO, lang), _own(rng, APP, lang)][: rng.choice((3, 4))]
        if rng.random() < 0.5:
            text = " ".join(f"{rng.choice(EMOJI)} {word}" for word in words)
        else:
            text = rng.choice((" | ", " • ", " - ", " / ")).join(words)
    elif shape == 4:  # hashtags
        tags = [gamble, _own(rng, PROMO, lang), name, "slots", "bonus", "casinoonline", "betting"]
        chosen = rng.sample(tags, rng.choice((2, 3, 4)))
        text = " ".join("#" + re.sub(r"[\s.-]", "", tag) for tag in chosen)
    elif shape == 5:  # terms and age: Zorvex casino 200% bonus 18+ T&C apply
        text = f"{name} {gamble} {_own(rng, PROMO, lang)} {rng.choice(TERMS)}"
    elif shape == 6:  # a contact: Zorvex casino bonus Telegram @zorvexbet
        text = f"{name} {gamble} {_own(rng, PROMO, lang)} {_contact(rng, latin_name)}"
    elif shape == 7:  # a URL with a path
        text = f"{gamble} {_own(rng, PROMO, lang)} {_url(rng, latin_name)}"
    else:  # SEO words with a brand: top 10 Zorvex slots 2025 apk
        seo = _own(rng, SEO, lang)
        tails = (str(rng.choice((2025, 2026))), _own(rng, APP, lang))
        text = f"{seo} {name} {gamble} {rng.choice(tails)}"
    case = rng.random()
    if case < 0.15:
        return text.upper()
    if case < 0.3:
        return text.lower()
    return text


def hosts_more() -> list[tuple[str, str]]:
    """``(lang, sentence)`` hosts of the second set: ours only, less the dev set's, only clean ones."""
    return _usable(_tab_lines(HOSTS_MORE))


def items_more() -> list[dict[str, str]]:
    """Every item of the second set, in a fixed order (three phrases a host)."""
    return _items("povcorpus-latin-spam-fresh-more", hosts_more(), 3, phrase_more)


#: Keyword phrases as SEO spam on hacked sites stacks them, in each language's own words.
WILD_KEYWORDS = {
    "en": (
        "online casino",
        "real money pokies",
        "crypto casino",
        "sports betting",
        "no deposit bonus",
        "best betting sites",
        "casino not on gamstop",
        "online slots",
        "free spins no deposit",
        "betting tips",
    ),
    "id": (
        "slot gacor",
        "slot gacor hari ini",
        "situs slot gacor",
        "judi bola",
        "situs judi bola",
        "judi online terpercaya",
        "togel online",
        "bandar togel",
        "agen judi bola",
        "slot maxwin",
        "rtp slot",
        "situs toto",
        "bocoran slot gacor",
    ),
    "pt": (
        "apostas esportivas",
        "cassino online",
        "casa de apostas",
        "melhores sites de apostas",
        "bônus sem depósito",
        "apostas online",
        "jogo do tigrinho",
        "rodadas grátis",
        "cassino com bônus",
    ),
    "es": (
        "casino online",
        "tragamonedas gratis",
        "bono sin depósito",
        "apuestas deportivas",
        "casas de apuestas",
        "tragaperras online",
        "giros gratis",
        "casino con dinero real",
    ),
    "de": (
        "Sportwetten",
        "Wettanbieter ohne OASIS",
        "Online Casino ohne Limit",
        "Sportwetten Bonus",
        "beste Wettanbieter",
        "Spielautomaten online",
        "Casino Freispiele",
        "Echtgeld Casino",
    ),
    "fr": (
        "paris sportifs",
        "machines à sous gratuites",
        "casino en ligne fiable",
        "meilleur casino en ligne",
        "bonus sans dépôt",
        "paris en ligne",
        "site de paris sportifs",
    ),
    "it": (
        "scommesse online",
        "slot online",
        "bonus senza deposito",
        "casinò non AAMS",
        "siti scommesse",
        "slot machine gratis",
        "migliori siti scommesse",
        "casino online italiani",
    ),
    "vi": (
        "nhà cái uy tín",
        "cá cược bóng đá",
        "nhà cái",
        "cá cược online",
        "game bài đổi thưởng",
        "nổ hũ",
        "tài xỉu online",
        "soi kèo",
    ),
    "ru": (
        "букмекер",
        "ставки на спорт",
        "казино онлайн",
        "игровые автоматы",
        "букмекерская контора",
        "казино на деньги",
        "игровые автоматы на деньги",
        "бонус за регистрацию",
    ),
    "uk": (
        "букмекер",
        "ставки на спорт",
        "онлайн казино",
        "ігрові автомати",
        "казино з виводом",
        "бонус за реєстрацію",
    ),
    "tr": (
        "deneme bonusu veren siteler",
        "canlı bahis",
        "bahis siteleri",
        "casino siteleri",
        "güvenilir bahis siteleri",
        "slot oyna",
    ),
    "pl": (
        "kasyno online",
        "zakłady bukmacherskie",
        "bonus bez depozytu",
        "automaty do gier",
        "legalny bukmacher",
        "kasyno na prawdziwe pieniądze",
        "darmowe spiny",
    ),
}
#: Calls to act and entry words per language (register, play now, login, mirror, alternative link).
WILD_CALLS = {
    "en": ("play now", "sign up", "claim now", "join now", "login", "mirror link"),
    "id": ("daftar sekarang", "login", "link alternatif", "klik di sini", "daftar"),
    "pt": ("cadastre-se", "jogue agora", "acesse", "link oficial"),
    "es": ("regístrate", "juega ahora", "entrar", "enlace oficial"),
    "de": ("jetzt spielen", "hier registrieren", "zum Anbieter"),
    "fr": ("jouer maintenant", "inscription", "lien officiel"),
    "it": ("gioca ora", "registrati", "accedi"),
    "vi": ("đăng ký ngay", "chơi ngay", "link vào", "đăng nhập"),
    "ru": ("вход", "играть", "регистрация", "рабочее зеркало"),
    "uk": ("вхід", "грати", "реєстрація", "робоче дзеркало"),
    "tr": ("giriş", "hemen üye ol", "güncel giriş"),
    "pl": ("zagraj teraz", "rejestracja", "zaloguj"),
}
#: Words that names of such sites are made of, beside made-up syllables.
WILD_NAME_WORDS = ("dunia", "naga", "garuda", "raja", "hoki", "mega", "tigre", "rio", "sol", "lucky", "win")
WILD_TLDS = ("lat", "xyz", "online", "site", "bet", "com", "net", "vip", "casino", "top")
WILD_PATHS = (
    "daftar",
    "login",
    "bonus",
    "slot-gacor",
    "apostas",
    "register",
    "ru/bonus",
    "vi/dang-ky",
    "promo",
)


def wild_name(rng: random.Random) -> str:
    """A site's name as such sites make them: a word or syllables and ``4d``, ``88``, ``toto``, ``bet``."""
    base = rng.choice(WILD_NAME_WORDS) if rng.random() < 0.5 else syllable_name(rng, 2).lower()
    shape = rng.randrange(5)
    if shape == 0:
        name = base + rng.choice(("4d", "88", "77", "303", "138", "168", "777"))
    elif shape == 1:
        name = base + rng.choice(("toto", "bet", "win", "slot", "play"))
    elif shape == 2:
        name = base + "-" + rng.choice(("bet", "casino", "slot", "win"))
    elif shape == 3:
        name = base + rng.choice(("bet", "win")) + str(rng.randrange(10, 99))
    else:
        name = base
    return name.capitalize() if rng.random() < 0.5 else name


def _anchor(rng: random.Random, name: str) -> str:
    """A domain with a path and no scheme (``dunia4d.lat/daftar``), or the domain alone."""
    site = f"{name.lower()}.{rng.choice(WILD_TLDS)}"
    return site + "/" + rng.choice(WILD_PATHS) if rng.random() < 0.6 else site


def phrase_wild(rng: random.Random, lang: str) -> str:
    """A phrase as on hacked sites: keyword stacks, names with calls to act, anchors with domains."""
    keywords = WILD_KEYWORDS.get(lang, WILD_KEYWORDS["en"])
    calls = WILD_CALLS.get(lang, WILD_CALLS["en"])
    keyword = rng.choice(WILD_KEYWORDS["en"] if rng.random() < 0.2 else keywords)
    name = wild_name(rng)
    shape = rng.randrange(7)
    if shape == 0:  # a stack of keywords: slot gacor | judi bola | togel online
        chosen = rng.sample(keywords, min(len(keywords), rng.choice((2, 3))))
        text = rng.choice((" | ", " - ", ", ", " ")).join(chosen)
    elif shape == 1:  # a name, a keyword and maybe a call: Dunia4d slot gacor daftar sekarang
        text = f"{name} {keyword}" + (f" {rng.choice(calls)}" if rng.random() < 0.6 else "")
    elif shape == 2:  # an anchor: slot gacor dunia4d.lat/daftar
        text = f"{keyword} {_anchor(rng, name)}"
    elif shape == 3:  # an entry word before the name: link alternatif Dunia4d
        text = f"{keyword} {rng.choice(calls)} {name}"
    elif shape == 4:  # a call first: daftar Dunia4d slot gacor
        text = f"{rng.choice(calls)} {name} {keyword}"
    elif shape == 5:  # two keywords, one English, with the name
        text = f"{keyword} {rng.choice(WILD_KEYWORDS['en'])} {name}"
    else:  # a name, a keyword, a call and an anchor
        text = f"{name} {keyword} {rng.choice(calls)} {_anchor(rng, name)}"
    case = rng.random()
    if case < 0.12:
        return text.upper()
    if case < 0.3:
        return " ".join(word[:1].upper() + word[1:] for word in text.split(" "))
    return text


def hosts_wild() -> list[tuple[str, str]]:
    """``(lang, sentence)`` hosts of the third set: ours only, less the dev set's, only clean ones."""
    return _usable(_tab_lines(HOSTS_WILD))


def items_wild() -> list[dict[str, str]]:
    """Every item of the third set, in a fixed order (three phrases a host)."""
    return _items("povcorpus-latin-spam-fresh-wild", hosts_wild(), 3, phrase_wild)


def main(argv: list[str] | None = None) -> int:
    """Write the set (unless ``--check``) and print the repair rate per half and the honest set kept."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--misses", action="store_true", help="print the tune half's misses")
    parser.add_argument("--check", action="store_true", help="read the written set, write nothing")
    which = parser.add_mutually_exclusive_group()
    which.add_argument("--more", action="store_true", help="the second set (fresh_latin_more.jsonl)")
    which.add_argument("--wild", action="store_true", help="the third set (fresh_latin_wild.jsonl)")
    args = parser.parse_args(argv)
    out, honest_file, make = (
        (OUT_WILD, HONEST_WILD, items_wild)
        if args.wild
        else (OUT_MORE, HONEST_MORE, items_more)
        if args.more
        else (OUT, HONEST, items)
    )
    if args.check:
        records = read_jsonl(out)
    else:
        records = make()
        write_jsonl(out, records)
    for split in ("tune", "test"):
        chosen = [r for r in records if r["split"] == split]
        fixed = lost = lost_items = 0
        by_place: Counter[str] = Counter()
        for record in chosen:
            got = clean_text(record["input"], lang=record["lang"]).text
            fixed += got == record["expected"]
            missing = lost_characters(record["expected"], got)
            lost += missing
            lost_items += missing > 0
            if got != record["expected"]:
                by_place[record["place"]] += 1
                if args.misses and split == "tune":
                    print(
                        f"  miss [{record['lang']} {record['place']}: {record['spam']}]\n"
                        f"     {record['input']}\n  -> {got}"
                    )
        print(
            f"{split}: {fixed}/{len(chosen)} = {fixed / len(chosen):.3f} repaired exactly; "
            f"host characters lost: {lost} in {lost_items} items; misses by place: {dict(by_place)}"
        )
    kept = text_lines(honest_file) if honest_file.exists() else []
    changed = [s for s in kept if clean_text(s).text != s]
    print(f"{honest_file.name}: {len(kept) - len(changed)}/{len(kept)} unchanged")
    for sentence in changed:
        print(f"  changed: {sentence}\n      -> {clean_text(sentence).text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
