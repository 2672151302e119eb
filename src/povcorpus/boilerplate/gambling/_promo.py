"""What a promotion carries around a Latin or Cyrillic cut: its call, its site, its amount and its version.

Injected promotions are sentences of their own: a call to act before the phrase
(``download the``, ``téléchargez l'appli``, ``use`` before a promo code), the site
it names after a preposition (``at Drakkobet``, ``sur Lunabet``, ``в БК Пенальти``),
the amount of a bonus (``bônus de R$ 500 no primeiro depósito``) and the version
of an app (``APK dernière version``). The phrase's own words find the cut; these
go with it only once it is cut, so they never make a cut of their own and an
honest sentence, which has no cut, keeps them.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _BRANDLIKE, _CORE, _DOMAIN, _HAN, _lexicon
from povcorpus.boilerplate.gambling._shared import Run, _sentence
from povcorpus.boilerplate.gambling._words import _brandlike, _unknown

#: Download calls right before a cut, with an article or an app word after them (``download the``,
#: ``téléchargez l'appli``, ``baixe o app de``, ``скачай``, ``tải``): the call is the phrase's.
_CALL_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:download|t[ée]l[ée]charge[rz]?|descarga|descargue|descargar|baixe|baixar|scarica|lade"
    r"|скачай(?:те)?|скачать|завантаж(?:и|уй|ити)|tải(?:\s+về)?|unduh|pobierz|indir|downloaden)"
    r"(?:\s+(?:the|an?|l['’]\s*(?:appli(?:cation)?|app)?|la|le|el|o|a|die|das|de|il|lo|aplikasi|app|appli))?"
    r"(?:\s+(?:app|appli|aplicación|aplicativo|applicazione|aplikasi|приложение|додаток))?"
    r"(?:\s+(?:de|di|do|da|of|von|der|des))?\s+\Z",
    re.IGNORECASE,
)
#: Calls to play right before a cut, where they open an aside, a bracket or the sentence (``— play …``).
_PLAY_CALL = re.compile(
    r"(?:^|[—–(\[\"“«]|[.!?]\s)\s*((?:play|juega|jugá|joue[zr]?|gioca|spiele|играй(?:те)?|oyna|main|chơi|jogue)"
    r"(?:\s+(?:now|ahora|maintenant|ora|jetzt|сейчас|sekarang|ngay|agora))?)\s+\Z",
    re.IGNORECASE,
)
#: Calls to use a code right before a cut that starts with a code word (``use promo code…``,
#: ``usa el código…``, ``pakai kode promo…``).
_CODE_CALL = re.compile(
    r"(?<![^\W\d_])(?:use|utilisez|utilise|usa|use|usez|pakai|gunakan|nhập|dùng|użyj|используй(?:те)?"
    r"|kullan|nutze|gebruik)(?:\s+(?:the|el|o|il|le|la|den|de|mã))?\s+\Z",
    re.IGNORECASE,
)
_CODE_WORD = re.compile(
    r"(?:promo|code|codice|c[óo]digo|kode|mã|промокод|kod|bonuscode|bonus\s+code|cupom|cup[óo]n|coupon)",
    re.IGNORECASE,
)
#: A code word right before a cut that starts with its bonus word (``codice bonus``, ``code bonus``).
_CODE_BEFORE = re.compile(r"(?<![^\W\d_])(?:codice|code|c[óo]digo|kode|kod|mã)\s+\Z", re.IGNORECASE)
_BONUS_WORD = re.compile(r"b[oô]nus|bono", re.IGNORECASE)
#: Prepositions before the site a promotion names (``at Drakkobet``, ``sur Lunabet``, ``в Ракетабет``).
SITE_PREPOSITIONS = _lexicon(
    "at on with via sur chez avec en con na no em com su da bei mit auf op bij w"
    " в на у di tại trên với ile pada در از في على من"
)
_SITE_AFTER = re.compile(
    r"\s+(?:"
    + "|".join(SITE_PREPOSITIONS)
    + r")\s+(?:(?:سایت|موقع)\s+)?(?:(?:БК|BK)\s+)?([^\W_][\w.\u200c-]*)"
    r"(?:\s+(Bet|Casino|Casinò|Cassino|Kasino|Sports?|Sportsbook|Plus|Pro|Club|VIP|Win|Slots?|Poker|Play))?"
    r"(?![\w-])",
)
_BOOKMAKER = re.compile(r"\s+(?:" + "|".join(SITE_PREPOSITIONS) + r")\s+(?:БК|BK)\s+[^\W\d_]")
#: Words a cut that ends in them offers an amount after (``bonus 150 €``, ``bônus de R$ 500``).
_OFFER_END = re.compile(
    r"(?:bonus\w*|b[ôo]nus|bonos?|бонус\w*|benvenuto|bienvenue|bienvenida|welcome|boas-vindas|freebet"
    r"|фрибет\w*|gratis|grátis|gratuits?|spins?|freispiele|giri|giros|депозит|miễn\s+phí|mãi|بونوس|بونس"
    r"|مكافأة)\Z",
    re.IGNORECASE,
)
_AMOUNT_AFTER = re.compile(
    r"(?:\s*:)?\s+(?:(?:de|di|of|von|do|da|up\s+to|até|hasta|jusqu['’]à|fino\s+a|до)\s+)?"
    r"(?:[€$£₽₺₹]|R\$|Rp|TL)?\s?\d[\d.,]*\s?(?:[€$£₽₺₹%]|[kK]|TL|руб\w*|reais|euros?|ribu|درصد|تومان)?"
    r"(?:\s+(?:no|on|sur|en|au|al|na|nel|sul|auf|на|trên|pada)\s+(?:(?:(?:o|le|la|el|il|the|die|der|das|a|your|votre|seu|su)\s+)?"
    r"(?:primeir[oa]|premi[eè]re?|first|prim[oa]|primer[oa]?|перв\w+|erste[nr]?|pierwsz\w+|ilk)\s+)?"
    r"(?:depósito|dépôt|deposit|deposito|депозит|einzahlung|depozyt|yatırım|nạp))?"
    r"(?![\w%€$£₽₺₹])",
    re.IGNORECASE,
)
#: Words a cut that ends in them names an app after (``APK``, ``app``, ``Android``, ``iOS``).
_APP_END = re.compile(r"(?:apk|app|android|ios|iphone|download)\Z", re.IGNORECASE)
_VERSION_AFTER = re.compile(
    r"(?:\s+(?:v?\d{1,3}(?:\.\d{1,4}){1,3}|(?:latest|new|newest)\s+version|derni[èe]re\s+version"
    r"|nouvelle\s+version|ultima\s+versione|última\s+versi[óo]n|última\s+versão|versi\s+terbaru"
    r"|последняя\s+версия|новая\s+версия|остання\s+версія|phiên\s+bản\s+mới(?:\s+nhất)?|son\s+sürüm"
    r"|atualizado|neueste\s+version|najnowsza\s+wersja|nieuwste\s+versie|gratis|free|kostenlos|grátis"
    r"|miễn\s+phí|ücretsiz|бесплатно|безкоштовно))+(?![\w.])",
    re.IGNORECASE,
)


#: The first part of a hyphenated compound right before a cut (``Bundesliga-`` of ``Bundesliga-Wetten``).
_COMPOUND_HEAD = re.compile(r"(?<![\w-])(?:[^\W\d_]\w*-)+\Z")
#: What ends a clause right after a cut (a mark, or the end of the line).
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|\Z)")
#: Prepositions of accompaniment right before a cut: a clause cannot end in one, so before a cut that
#: ends its clause it is the promotion's (``con apuestas gratis…``, ``mit Bonuscode…``).
_WITH_BEFORE = re.compile(
    r"(?<![^\W\d_])(?:with|con|com|avec|mit|met|с|з|với|dengan|ile|z|cu)\s+\Z", re.IGNORECASE
)


#: A Persian site's name: a word and بت (bet) joined by a zero-width non-joiner, either way round.
_PERSIAN_BET = re.compile("[^\\W\\d_]+\u200cبت|بت\u200c[^\\W\\d_]+")


#: The device a promotion is played on, after its cut (``sul telefono``, ``no celular``, ``auf dem Handy``).
_DEVICE_AFTER = re.compile(
    r"\s+(?:on\s+(?:your\s+)?(?:phone|mobile|smartphone)|sur\s+(?:mobile|t[ée]l[ée]phone|smartphone)"
    r"|sul\s+(?:telefono|cellulare)|no\s+celular|en\s+(?:el\s+|tu\s+)?(?:m[óo]vil|celular)"
    r"|auf\s+dem\s+handy|на\s+телефоне|trên\s+điện\s+thoại|di\s+(?:hp|ponsel)"
    r"|[сз]\s+телефон[ау]|на\s+телефон[іе]|su\s+(?:mobile|smartphone|cellulare)|op\s+(?:je|uw)\s+(?:telefoon|mobiel)"
    r"|na\s+telefonie|na\s+(?:komórce|smartfonie)|telefondan|cep\s+telefonunda|على\s+(?:ال)?(?:جوال|هاتف|موبايل)"
    r"|(?:در|روی)\s+(?:موبایل|گوشی))(?![\w-])",
    re.IGNORECASE,
)


def _site_name(word: str, suffix: str | None) -> bool:
    """Whether ``word`` (with a gambling ``suffix`` such as ``Bet``) names a promotion's site."""
    if _BRANDLIKE.fullmatch(word) is not None and _brandlike(word):
        return True
    if _PERSIAN_BET.fullmatch(word) is not None:
        return True  # تاج‌بت, بت‌نوین: Persian sites name themselves with بت (bet) joined by a ZWNJ
    if not word[:1].isupper() or _CORE.fullmatch(word) is not None:
        return False
    return suffix is not None or _unknown(word)


def promo_edges(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` of a cut widened over its call, its site, its amount and its version (see above)."""
    for _ in range(3):
        moved = end
        text = line[start:end]
        if _OFFER_END.search(text):
            amount = _AMOUNT_AFTER.match(line, end)
            end = amount.end() if amount else end
        if _APP_END.search(line[start:end]):
            version = _VERSION_AFTER.match(line, end)
            end = version.end() if version else end
        device = _DEVICE_AFTER.match(line, end)
        end = device.end() if device else end  # ``… casinò con soldi veri sul telefono``
        site = _SITE_AFTER.match(line, end)
        if site is not None and (
            _BOOKMAKER.match(line, end) is not None or _site_name(site.group(1), site.group(2))
        ):
            end = site.end()
        if end == moved:
            break
    if line[start - 1 : start] == "-" and line[start - 2 : start - 1].isalpha():
        compound = _COMPOUND_HEAD.search(line, max(0, start - 30), start)
        start = compound.start() if compound else start  # Bundesliga-|Wetten: the compound is one word
    if _CLAUSE_END.match(line, end):
        with_ = _WITH_BEFORE.search(line, max(0, start - 12), start)
        start = (
            with_.start() if with_ else start
        )  # ``… 2026 con|apuestas gratis….``: no clause ends in "with"
    call = _CALL_BEFORE.search(line, max(0, start - 40), start)
    play = _PLAY_CALL.search(line, max(0, start - 20), start)
    code_word = (
        _CODE_BEFORE.search(line, max(0, start - 12), start) if _BONUS_WORD.match(line, start) else None
    )
    if call is not None:
        start = call.start()
    elif play is not None:
        start = play.start(1)  # ``— play Aviator…``: a call to play that opens an aside is the phrase's
    elif code_word is not None:
        start = code_word.start()  # ``codice|bonus SPIN200…``: the code word before its bonus
    elif _CODE_WORD.match(line, start):
        code = _CODE_CALL.search(line, max(0, start - 20), start)
        start = code.start() if code is not None else start
    return start, end


#: Up to six words between a gambling phrase and the site it names (``scommesse sulla Serie A con``).
_SITE_LATER = re.compile(
    r"(?P<gap>(?:[ \t]+[^\s.!?;:()\[\]]+){0,6}?)[ \t]+(?:" + "|".join(SITE_PREPOSITIONS) + r")[ \t]+"
    r"(?:(?P<bookmaker>(?:БК|BK)[ \t]+[^\W\d_][\w-]*)|(?P<name>[^\W_][\w.-]*))(?![\w-])",
)


def promoted_sites(line: str, runs: list[Run]) -> list[tuple[int, int]]:
    """Spans from a gambling run to the made-up site it names a few words on (``Wetten mit Elfmeterbet``).

    Only a name shaped as gambling names are (``Calciobet``, ``Spin777``, ``zorvex.bet``) or a
    bookmaker's abbreviation (``БК Пенальти``) counts, and only in a sentence that is not about gambling.
    """
    found: list[tuple[int, int]] = []
    for run in runs:
        if not {"core", "spammy"} & set(run.kinds) or _HAN.search(line, run.start, run.end):
            continue
        site = _SITE_LATER.match(line, run.end)
        if site is None or _HAN.search(site.group()):
            continue
        name = site.group("name")
        if name is not None:
            name = name.rstrip(".")
            if not (_BRANDLIKE.fullmatch(name) is not None and _brandlike(name)):
                continue
        left, right = _sentence(line, run.start, site.end())
        if _DOMAIN.search(line[left : run.start] + " " + line[site.end() : right]) is not None:
            continue  # a sentence about gambling: an operator's name is its topic
        found.append((run.start, site.end() - (len(site.group("name") or "") - len(name or ""))))
    return found
