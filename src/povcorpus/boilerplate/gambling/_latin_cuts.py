"""How far a Latin cut reaches: the URLs, SEO words, years, places, brackets and hashtags of its phrase."""

from __future__ import annotations

import re
import unicodedata

from povcorpus.boilerplate.gambling._latin_names import _FIRST_LETTER, _HYPHEN_PREFIXES, _WORD_BEFORE
from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND,
    _BRANDLIKE,
    _DOMAIN,
    _HAN,
    _SPAMMY,
    ARGUMENT_BEFORE,
    _lexicon,
)
from povcorpus.boilerplate.gambling._promo import promo_edges
from povcorpus.boilerplate.gambling._shared import _sentence
from povcorpus.boilerplate.gambling._words import _brandlike, _foreign_english, _mostly_english, _unknown

#: A row of two or more hashtags.
_HASHTAGS = re.compile(r"(?<!#)(?<![^\W\u3400-\u9fff])#[^\W_]\w*(?:[ \t]+#[^\W_]\w*)+")
#: What a gambling hashtag holds (``#casinoonline``, ``#Freispiele``, ``#apuestas``).
_HASHTAG_WORD = re.compile(
    r"casin|bet|slot|poker|bonus|spin|jackpot|gambl|lotto|roulett|wett|scommess|apuest|aposta|kasyn|bahis"
    r"|judi|cashback|bookmak|b[oô]nus|bono|казино|ставк|бонус|букмек|togel|gacor|maxwin|nhacai|nohu|cacuoc"
    r"|taixiu|bahis|kasino|کازینو|شرط|انفجار|مراهن|كازينو|博彩|百家乐|百家樂|时时彩|時時彩|网赌|網賭|赌|賭|彩金|棋牌"
    r"|老虎机|老虎機|真人",
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
    r"|fiables?|legalne|честные|resmi|بهترین|معتبرترین|أفضل|أقوى)\s+\Z",
    re.IGNORECASE,
)


#: The rest of a bracket a cut leaves: at most two words, maybe after a conjunction (``(legit PHRASE)``,
#: ``(PHRASE Toronto)``, ``(PHRASE y retiros rápidos)``).
_BRACKET_REST = re.compile(
    r"(?:(?:and|or|y|o|e|et|ou|und|oder|и|і|và|dan|ve|i|en)\s+)?[^\W\d_][\w.+'’-]*(?:\s+[^\W\d_][\w.+'’-]*)?"
    # or the site a phrase names after its preposition: ``(… su Tavolo Verde)``, ``(… за Зелёным Столом)``
    r"|(?:su|sul|en|bij|за|на|в|у|at|on|in|na|no|da|auf|bei|chez|w|di|de|em)\s+(?:[^\W\d_]\w*\s+)?[^\W\d_]\w*"
)


#: At most two words with no conjunction or preposition before them.
_TWO_WORDS = re.compile(r"[^\W\d_][\w.+'’-]*(?:\s+[^\W\d_][\w.+'’-]*)?")


def _bracket_rest(line: str, start: int, end: int) -> tuple[int, int]:
    """``(start, end)`` widened to the inside of the brackets it sits in when it leaves two words or fewer.

    Spam put in brackets fills them; a word or two the run's rules did not take (an SEO adjective,
    a city) is the phrase's too, not a host's aside.
    """
    opening = line.rfind("(", max(0, start - 30), start)
    closing = line.find(")", end, end + 30)
    if opening < 0 or closing < 0 or ")" in line[opening:start] or "(" in line[end:closing]:
        return start, end
    before, after = line[opening + 1 : start].strip(), line[end:closing].strip()
    rest = (before + " " + after).strip()
    if rest and not _BRACKET_REST.fullmatch(rest):
        return start, end
    if before and after and not _TWO_WORDS.fullmatch(rest):
        return start, end  # ``(en | Novibet casino en ligne | investissements seulement)``: the host's aside
    return opening + 1, closing


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


#: The year a ranking of sites names (``best betting sites kenya 2025``).
_SEO_YEAR = re.compile(r"(?<![\d.,])20\d\d(?![\d.,%])")


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
        if not word[:1].isupper() and not word[:1].islower():
            return seo  # a script with no capitals (أفضل, بهترین): its place opening the phrase tells
        return seo if word[:1].islower() and after is not None and after.group(1).isupper() else None
    if before is not None and before.group(1).lower() not in _SEO_DETERMINERS and not word[:1].isupper():
        first = phrase.split(maxsplit=1)[0] if phrase.strip() else ""
        name = (_BRANDLIKE.fullmatch(first) is not None and _brandlike(first)) or _unknown(first)
        if name and _BRAND.match(first) is None:
            return seo  # an adjective of the host's does not stand before a made-up name
        if _SPAMMY.search(phrase) is not None:
            return seo  # ``… last year best online casino real money``: nor before a spam modifier
        if _SEO_YEAR.search(phrase) is not None:
            return seo  # ``varieties best betting sites kenya 2025``: nor before a ranking's year
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
    start, end = promo_edges(line, start, end)
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
    comma = before.endswith((",", "،"))  # the Arabic comma too
    if after[:1] in (".", "!", "?") and comma and (len(after) == 1 or after[1:2].isspace()):
        return len(before) - 1, end
    return start, end


#: Prepositions of company that spam opens its phrase with (``with live betting at …``, ``con scommesse…``).
_WITH = r"with|con|mit|với|dengan|avec|com|met|z|ze|с|со|з|із"
_WITH_BEFORE_CUT = re.compile(r"(?<![^\W\d_])(?:" + _WITH + r")[ \t]+\Z", re.IGNORECASE)
#: Prepositions and conjunctions that never follow a preposition of company: after a cut they show the
#: one before it was the phrase's (``… Schulen mit | Live-Wetten bei Kronix | mit sauberem Wasser``).
_LINK_AFTER_CUT = re.compile(
    r"[ \t]*(?:and|or|in|on|at|for|to|from|of|with|y|e|o|en|de|del|para|por|con|al|all['’]|alla|dal|nel|per"
    r"|di|da|et|ou|dans|pour|sur|und|oder|mit|für|im|von|zu|bei|cho|và|của|trong|bagi|untuk|dan|ke|dari"
    r"|и|в|на|для|от|i|w|na|dla|do|ve|için|voor|van|met|bij|op)(?![^\W\d_])",
    re.IGNORECASE,
)


def _lead_preposition(line: str, start: int, end: int) -> tuple[int, int]:
    """A Latin cut widened over a preposition of company before it that no word of the host takes.

    ``… electricians with | Nexobet casino bonus | and plumbers``: a host never says "with and",
    so the ``with`` was the phrase's. Left alone: a preposition before an article or a noun
    (``worked with | … | the farmers``), and Han text.
    """
    lead = _WITH_BEFORE_CUT.search(line, max(0, start - 12), start)
    if lead is None or _HAN.search(line, start, end) or _LINK_AFTER_CUT.match(line, end) is None:
        return start, end
    return lead.start(), end
