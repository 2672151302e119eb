"""Calls to play: a call to bet at a site (``juega en ganamax.mx``), and one that opens a sentence.

Injected spam calls its reader to play with an imperative of its own, in any language, with no brand
a list knows: ``jogue no sortebet777.com``, ``играй на vulkan777.ru``, ``pelaa osoitteessa
voittoranta.fi``; or it opens the host sentence with a call in lower case (``pariez maintenant et
gagnez Le centre…``, ``obstawiaj teraz i wygrywaj Gmina…``, ``bonusový kód VYHRA500 bez vkladu
Školní…``). News never tells its reader to play at a commercial site, and a sentence never opens in
lower case; so

- a call to play or bet, with at most a few gambling or offer words and a preposition after it,
  right before a site (a name and a top-level domain, not a public body's) goes with the site;
- a line that opens in lower case with words all of the calls' vocabulary (calls to play, to win,
  ``now``, ``and``, gambling and offer words, a promo code and its word, counts) up to the first
  capitalised word goes up to that word, when it holds a call to play or a promo code and more than
  the call alone (``bet now``, not ``play``).

Left alone: a call with no site (``play and win``), a public site (``.gov``, ``.org``), a sentence
about gambling (its regulator may quote a call), a lower-case opening with any word outside the
vocabulary (a line wrapped mid-sentence: ``play a key role in Africa``), and a call mid-sentence
with no site.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND_DIGITS,
    _CORE,
    _DOMAIN,
    _DOWNLOAD,
    _MODIFIER,
    _SPAMMY,
    _lexicon,
    _words,
)
from povcorpus.boilerplate.gambling._shared import _sentence

#: Imperatives that call the reader to play or to bet, in the lexicon's languages.
PLAY_CALLS = _lexicon(
    r"""
    play bet joue[zr]? parie[zr]? juega juegue jugá apuest[ae] jogue joga apost[ae] spiel(?:e|en)? wette
    wetten gioca(?:te)? scommetti speel wed gok играй(?:те)? ставь(?:те)? грай(?:те)? став(?:те)? graj(?:cie)?
    zagraj obstawiaj hraj(?:te)? vsaď(?:te)? oyna(?:y[ıi]n)? bahis\s+yap chơi đặt\s+cược cược main(?:kan)?
    bermain cheza bashiri beti pelaa žaisk(?:ite)? statyk(?:ite)? spela joac[ăa] pariaz[ăa] játssz fogadj
    """
)
#: Imperatives that promise a win, and the words that go with them.
WIN_CALLS = _lexicon(
    r"""
    win(?:\s+big)? gagne[zr]? gana gane ganhe ganha gewinne[nt]? vinci vincete выигрывай(?:те)?
    вигравай(?:те)? wygrywaj wygraj vyhraj(?:te)? kazan thắng(?:\s+lớn)? menang (?:u)?shinde voita
    laimėk vinn câștigă nyerj
    """
)
#: Imperatives that offer a gift or ask to sign up: claim, get, receive, register (``claim your bonus``,
#: ``odbierz 50 spinów``, ``regístrate y recibe``).
OFFER_CALLS = _lexicon(
    r"""
    claim get grab collect réclamez obtenez reçois recibe reclama obtén ganhe receba resgate hol\s+dir
    sichere\s+dir ricevi riscatta ontvang claim получи(?:те)? забери отримай(?:те)? odbierz zgarnij
    získej získejte al tặng nhận klaim dapatkan pata lunasta hanki gauk atsiimk
    regístrate registrate cadastre-se registrati inscrivez-vous register sign\s+up zarejestruj(?:\s+się)?
    """
)
#: ``now``: what makes a call urgent (``bet now``).
_NOW_WORDS = _lexicon(
    "now maintenant ahora ya agora jetzt ora subito nu сейчас зараз teraz teď hemen ngay sekarang sasa nyt"
    " dabar acum most"
)
#: ``and`` and ``your``: the glue of a call (``bet now and win``, ``claim your bonus``).
_AND_WORDS = _lexicon(
    "and et y e und и і i a ve và dan na ja ir en och și és your votre tu seu dein tuo je ваш твой свій twój"
    " tvůj senin của anda yako"
)
_GLUE = (*_NOW_WORDS, *_AND_WORDS)
#: The word of a promo code (``kód``, ``bonuskoodi``, ``premijos kodas``, ``msimbo wa bonasi``).
_CODE_WORD = (
    r"(?:bonus\w*\s+|promo\w*\s+|premij\w+\s+)?(?:codes?|kod|kód|kodu|kodas|kode|koodi|codice|código|cupom"
    r"|cupón|msimbo(?:\s+wa\s+bonasi)?|bonuskoodi|bonuskod\w*)"
)
#: Prepositions between a call and its site (``at``, ``на``, ``osoitteessa``).
_AT = _lexicon("at on en no na sur su auf bei op на tại di kwenye osoitteessa w в in em à ile")
#: A bare site: a name of letters (and digits) and a top-level domain; a link with a path is
#: :func:`._links.gambling_links`'s.
_SITE = r"[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,6}(?![\w/-])(?!\.\w)"
_PUBLIC = re.compile(r"\.(?:gov|edu|int|org|gouv|go|ac|mil)(?:\.[a-z]{2})?(?:/|$)", re.IGNORECASE)
_SITE_CALL = re.compile(
    _words(PLAY_CALLS)
    + r"(?P<middle>(?:[ \t]+[^\s.!?;,:()\[\]]+){0,4}?)"
    + r"(?:[ \t]+"
    + _words(_AT)
    + r")?[ \t]+(?<![\w@./-])(?P<site>"
    + _SITE
    + r")(?=[.!?,;:]*(?:\s|$))",
    re.IGNORECASE,
)
_PLAY = re.compile(_words(PLAY_CALLS), re.IGNORECASE)
_CALL = re.compile(_words((*PLAY_CALLS, *WIN_CALLS, *OFFER_CALLS)), re.IGNORECASE)
_ITEM = re.compile(
    "|".join(
        (
            _words(PLAY_CALLS),
            _words(WIN_CALLS),
            _words(OFFER_CALLS),
            _words(_GLUE),
            r"(?<![^\W\d_])" + _CODE_WORD + r"(?![^\W\d_])",
            _BRAND_DIGITS,
            r"\d[\d.,]*[k%€$]?(?![^\W\d_])",
            r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f]+",
        )
    ),
    re.IGNORECASE,
)
_CODE_ALONE = re.compile(_BRAND_DIGITS)
_CODE = re.compile(r"(?<![^\W\d_])" + _CODE_WORD + r"[ \t]+" + _BRAND_DIGITS, re.IGNORECASE)
_TOKEN = re.compile(r"\S+")
_PICTOGRAPHS = re.compile(r"[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff\ufe0f]+$")
_NOW = re.compile(_words(_NOW_WORDS), re.IGNORECASE)
_WIN = re.compile(_words(WIN_CALLS), re.IGNORECASE)
_OFFER = re.compile(_words(OFFER_CALLS), re.IGNORECASE)
_SENTENCE_CLOSE = re.compile(r"[ \t]*(?:[.!?]+[ \t]*)?$|[.!?]+[ \t]")
_MOST_ITEMS = 10


def site_calls(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding a call to play right before a commercial site (see above)."""
    if "." not in line:
        return []
    found = []
    for match in _SITE_CALL.finditer(line):
        if _PUBLIC.search(match.group("site")):
            continue
        if not _covered(match.group("middle")):
            continue  # ``play a role at …``: only gambling and offer words stand between a call and its site
        left, right = _sentence(line, match.start(), match.end())
        rest = line[left : match.start()] + " " + line[match.end() : right]
        if _DOMAIN.search(rest) is not None:
            continue  # a sentence about gambling
        found.append(match.span())
    return found


def opening_calls(line: str) -> list[tuple[int, int]]:
    """The span of a call in lower case that opens ``line`` before its capitalised first word (see above)."""
    if not line[:1].islower():
        return []
    position = 0
    items = 0
    while items < _MOST_ITEMS:
        match = _item(line, position)
        if match is None:
            break
        items += 1
        position = match.end()
        gap = re.match(r"[ \t]+", line[position:])
        if gap is None:
            break
        if _host_start(line, position + gap.end()):
            head = line[:position]
            calls = any(pattern.search(head) for pattern in (_PLAY, _OFFER, _SPAMMY, _CODE))
            # ``bet lottery | Sky bet …``: a call needs ``now``, a win, a gift, an offer or a code beside it
            more = any(pattern.search(head) for pattern in (_NOW, _WIN, _OFFER, _SPAMMY, _CODE))
            if items >= 2 and calls and more and not _DOMAIN.search(line[position:]):
                return [(0, position)]
            return []
        position += gap.end()
    return []


def _host_start(line: str, position: int) -> bool:
    """Whether the host sentence's first word starts at ``position``: a capitalised word (``Školní``), or a
    capital alone before one (``O Bolsa``, ``В Пскове``); a code in capitals (``VYHRA500``) is none."""
    token = _TOKEN.match(line, position)
    if token is None:
        return False
    word = token.group().rstrip(".,;:!?")
    if not word[:1].isupper():
        return False
    if len(word) == 1:
        following = _TOKEN.match(line, token.end() + 1)
        return following is not None and following.group()[:1].isupper()
    return any(char.islower() for char in word)


def inline_calls(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding a call inside or at the end of its sentence, after a host word.

    The call runs in the calls' vocabulary from an imperative to play, to win or to take a gift; it
    goes when it closes its sentence holding an offer word or a code and three items or more
    (``regístrate y recibe 100 giros gratis.``, ``claim your welcome bonus now.``), or, inside the
    sentence, when it calls to play, says ``now`` and promises a win (``aposte agora e ganhe``).
    """
    found = []
    for match in _CALL.finditer(line):
        start = match.start()
        before = line[:start].rstrip(" \t")
        pictographs = _PICTOGRAPHS.search(before)
        if pictographs is not None:  # ``👉 claim your bonus``: the pictograph opens the call
            start, before = pictographs.start(), before[: pictographs.start()].rstrip(" \t")
        if start == 0 or len(before) == start or not before[-1:].isalnum():
            continue  # a call right after a host word (an opening call is :func:`opening_calls`'s)
        position, items, end = start, 0, start
        kinds: set[str] = set()
        while items < _MOST_ITEMS:
            item = _item(line, position)
            if item is None:
                break
            items += 1
            end = item.end()
            text = item.group()
            if _PLAY.fullmatch(text):
                kinds.add("play")
            if _WIN.fullmatch(text):
                kinds.add("win")
            if _NOW.fullmatch(text):
                kinds.add("now")
            if _SPAMMY.search(text) or _CODE_ALONE.fullmatch(text):
                kinds.add("offer")
            gap = re.match(r"[ \t]+", line[end:])
            if gap is None:
                break
            position = end + gap.end()
        closing = _SENTENCE_CLOSE.match(line, end)
        left, right = _sentence(line, start, end)
        host = line[left:start].split()
        if len(host) < 3 or _DOMAIN.search(line[left:right]):
            continue
        closes = closing is not None and "offer" in kinds
        if items >= 3 and (closes or {"play", "now", "win"} <= kinds):
            found.append((start, end))
    return found


def _item(line: str, position: int) -> re.Match[str] | None:
    """The call, glue, lexicon word, code or count that starts at ``position``, the longest one."""
    matches = [
        match
        for match in (
            pattern.match(line, position) for pattern in (_ITEM, _CORE, _SPAMMY, _MODIFIER, _DOWNLOAD)
        )
        if match is not None and match.end() > position
    ]
    return max(matches, key=lambda match: match.end(), default=None)


def _covered(text: str) -> bool:
    """Whether ``text`` is all of a call's or a lexicon's vocabulary (``real money slots``)."""
    position = len(text) - len(text.lstrip())
    while position < len(text):
        match = _item(text, position)
        if match is None:
            return False
        gap = re.match(r"[ \t]*", text[match.end() :])
        position = match.end() + (gap.end() if gap else 0)
    return True
