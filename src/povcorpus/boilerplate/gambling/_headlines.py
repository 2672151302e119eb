"""Spam written as a headline: Title Case blocks inside a sentence, and a promotion put before its first word.

Injected spam is often a page title or an SEO heading pasted whole, in Title Case
(``Best Sportsbook Bonus Codes 2025 – Claim Yours Today``, ``Mejores Casas De Apuestas
Deportivas De Colombia 2025``, ``Ruletka Na Żywo Z Prawdziwym Krupierem``) or as a teaser
before the host's own first word (``Casino Golden Harbor Royal 200 free spins The
provincial government…``). The run rules find its gambling words but not the ordinary
words, names and function words of the heading around them. Two rules read the shape:

- **A Title Case block** (:func:`title_blocks`): three words or more that each start with a
  capital (numbers, years, amounts and dashes between them too) inside a sentence written in
  lower case, holding a gambling word and a second sign of a promotion: a spam, app or neutral
  lexicon word, a number or year, or a function word in capitals (``De``, ``Con``, ``Mit``, ``Z``:
  headlines capitalise them, prose never does). German capitalises its nouns, so a block there
  needs the function word or the number.
- **A promotion before the host's first word** (:func:`leading_phrases`): a line that opens with
  a gambling word and, before any sentence mark, reaches a capitalised word that starts the
  host sentence (the word after it is in lower case) right after a word of the promotion (a
  lexicon word, a number, a capitalised or made-up name) or an article. The opening holds a
  gambling word and another sign, as above.

Left alone: a block with no gambling word (``Vaincre La Faim Dans Le Sahel``), a name with a
gambling word and nothing else (``the National Lottery Community Fund``, ``Casino Phú Quốc``),
a heading that is its whole line, an opening that ends in a colon or a full stop (``Lotto
results: The draw…``), and any sentence about gambling or its industry.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from itertools import islice

from povcorpus.boilerplate.gambling._lexicon import (
    _BRANDLIKE_WORD,
    _CORE,
    _DOMAIN,
    _DOWNLOAD,
    _MODIFIER,
    _SPAMMY,
)

_TOKEN = re.compile(r"\S+")
_MARKS = ".,;:!?\"'«»“”‘’()[]"
#: A number, an amount, a year or a multiplier (``2025``, ``200%``, ``R$``, ``1000x``, ``10rb``).
_NUMBER = re.compile(r"[€$£₽₦%+#]*[\d.,]*\d[\d.,]*(?:%|x|k|rb|€|\$)?|R\$|%\d+|[+\-–—|:·•]")
_DASHES = frozenset("–—-|:·•")
#: A year, a share or a multiplier: the numbers a headline ends with (``2025``, ``200%``, ``1000x``).
_YEARISH = re.compile(r"(?:19|20)\d\d|\d+[%x]|[–—|:·•-]")
#: Function words that Title Case headlines capitalise and sentences never do mid-sentence.
_FUNCTION = frozenset(
    [
        "de",
        "del",
        "la",
        "las",
        "los",
        "el",
        "y",
        "con",
        "al",
        "en",
        "para",
        "por",
        "sin",
        "a",
        "e",
        "o",
        "da",
        "do",
        "das",
        "dos",
        "no",
        "na",
        "com",
        "em",
        "ao",
        "di",
        "della",
        "delle",
        "con",
        "per",
        "il",
        "le",
        "dal",
        "da",
        "su",
        "et",
        "au",
        "aux",
        "du",
        "des",
        "sur",
        "avec",
        "pour",
        "sans",
        "mit",
        "und",
        "ohne",
        "bei",
        "für",
        "von",
        "zum",
        "zur",
        "im",
        "am",
        "der",
        "die",
        "das",
        "den",
        "dem",
        "auf",
        "z",
        "na",
        "w",
        "i",
        "do",
        "od",
        "ze",
        "bez",
        "dla",
        "в",
        "с",
        "на",
        "и",
        "для",
        "без",
        "от",
        "из",
        "з",
        "у",
        "і",
        "та",
        "до",
        "of",
        "the",
        "and",
        "for",
        "with",
        "to",
        "in",
        "on",
        "at",
        "your",
        "yours",
        "from",
        "met",
        "van",
        "voor",
        "het",
        "een",
        "op",
        "om",
        "bij",
        "en",
        "ve",
        "ile",
        "için",
        "và",
        "với",
        "cho",
        "của",
    ]
)
#: Articles and short words that open a host sentence (``A prefeitura``, ``Il comune``, ``W gminie``).
_OPENERS = frozenset(
    [
        "the",
        "a",
        "an",
        "le",
        "la",
        "les",
        "l",
        "il",
        "lo",
        "i",
        "gli",
        "el",
        "los",
        "las",
        "un",
        "una",
        "o",
        "os",
        "as",
        "die",
        "der",
        "das",
        "im",
        "de",
        "het",
        "een",
        "en",
        "w",
        "we",
        "z",
        "в",
        "во",
        "на",
        "у",
        "з",
        "і",
        "а",
        "по",
    ]
)
#: Calls that open a promotion (``Get 25% cashback``, ``Play``, ``Juega``, ``Играй``).
_CALLS = frozenset(
    [
        "get",
        "play",
        "join",
        "claim",
        "win",
        "spin",
        "bet",
        "juega",
        "apuesta",
        "aposte",
        "jogue",
        "gioca",
        "spiele",
        "joue",
        "jouez",
        "graj",
        "играй",
        "грай",
        "gewinnen",
        "gagner",
        "gagnez",
        "ganar",
        "gana",
        "ganhe",
        "vinci",
        "wygraj",
        "выигрывай",
        "pariez",
        "scommetti",
        "apueste",
        "vsaď",
        "speel",
        "shinda",
        "pariază",
        "joacă",
        "maglaro",
        "ойна",
        "играј",
        "клади",
        "залагай",
        "fogadj",
        "játssz",
        "spela",
    ]
)
#: A run of lower-case letters: a token that is a word written in lower case.
_LOWER_START = re.compile(r"[^\W\d_]")


def _word(token: str) -> str:
    return token.strip(_MARKS)


def _capitalised(token: str) -> bool:
    """Whether ``token`` is a word that starts with a capital letter (``Bonus``, ``CS2``, ``İyi``)."""
    word = _word(token)
    return bool(word) and word[0].isupper()


def _lower(token: str) -> bool:
    word = _word(token)
    return bool(word) and word[0].isalpha() and word[0].islower()


def _numberish(token: str) -> bool:
    word = token.strip("\"'«»“”‘’()[]")
    return bool(word) and _NUMBER.fullmatch(word.rstrip(".,;!?")) is not None


def _signs(text: str, words: list[str]) -> int:
    """How many signs of a promotion ``text`` holds besides one gambling word."""
    signs = sum(1 for pattern in (_SPAMMY, _DOWNLOAD, _MODIFIER) if pattern.search(text) is not None)
    signs += len(_CORE.findall(text)) > 1
    signs += any(any(char.isdigit() for char in word) for word in words)
    return signs


#: SEO adjectives that open a headline (``Best``, ``Mejores``, ``Лучшие``, ``En İyi``).
_SEO = frozenset(
    [
        "best",
        "top",
        "beste",
        "mejores",
        "melhores",
        "migliori",
        "meilleurs",
        "meilleur",
        "najlepsze",
        "лучшие",
        "найкращі",
        "en",
        "terbaik",
    ]
)


def _promotional(token: str) -> bool:
    """Whether ``token`` may open a headline: a lexicon word, an SEO adjective or a made-up name."""
    word = _word(token)
    return (
        word.lower() in _SEO
        or any(pattern.match(word) is not None for pattern in (_CORE, _SPAMMY, _DOWNLOAD, _MODIFIER))
        or _BRANDLIKE_WORD.fullmatch(word) is not None
    )


def _case_turns(before: str, token: str) -> bool:
    """Whether a block in capitals turns to a Title Case word (or back) between ``before`` and ``token``."""
    first, second = _word(before), _word(token)
    if not (any(char.isalpha() for char in first) and any(char.isalpha() for char in second)):
        return False
    return (len(first) > 1 and first.isupper()) != (len(second) > 1 and second.isupper())


def _tail_of_headline(token: str) -> bool:
    """Whether ``token`` may follow a headline's last lexicon word: a function word, number, dash or call."""
    word = _word(token).lower()
    return word in _FUNCTION or word in _CALLS or _numberish(token) or token in _DASHES


def _about_gambling(rest: str) -> bool:
    return _DOMAIN.search(rest) is not None or _CORE.search(rest) is not None


def _nouns_capitalised(tokens: list[str]) -> bool:
    """Whether a sentence capitalises its nouns (German): several capitalised words after lower-case ones."""
    inner = [token for token in tokens[1:] if _word(token)]
    capitals = sum(1 for token in inner if _capitalised(token))
    return capitals >= 3 and capitals * 3 >= len(inner)


#: Where a token may start with a capital: after a space and its opening marks, a character that
#: is none of the ASCII ones but ``A``-``Z``, no mark, and none of the common lower-case or
#: caseless letters (Latin-1, Greek, Cyrillic, Arabic, Han). Every token :func:`_capitalised`
#: calls capitalised is found (``Ⓐ`` too), so skipping the others is exact.
_MAYBE_CAPITAL = re.compile(
    r"\s[" + re.escape(_MARKS) + r"]*[^\s\x00-\x40\x5b-\x7f«»“”‘’\u00df-\u00f6\u00f8-\u00ff"
    r"\u03b1-\u03c9\u0430-\u045f\u0600-\u06ff\u3400-\u9fff]"
)


def block_starts(line: str, tokens: list[tuple[int, int, str]]) -> list[int]:
    """The indexes of the tokens of ``line`` that are capitalised right after a word in lower case.

    These are where a Title Case block may start. The walk over every token in Python cost
    a third of the spam cleaner on long paragraphs; the few tokens that may start with a
    capital are found by one C-level search instead, and only they are checked.
    """
    starts = [start for start, _, _ in tokens]
    found = []
    for match in _MAYBE_CAPITAL.finditer(line):
        index = bisect_left(starts, match.start() + 1)
        if index and _capitalised(tokens[index][2]) and _lower(tokens[index - 1][2]):
            found.append(index)
    return found


def title_blocks(line: str) -> list[tuple[int, int]]:
    """Spans of Title Case headlines with gambling words inside a sentence in lower case (see above)."""
    tokens = [(match.start(), match.end(), match.group()) for match in _TOKEN.finditer(line)]
    if len(tokens) < 6:
        return []
    found: list[tuple[int, int]] = []
    next_index = 1
    for index in block_starts(line, tokens):
        if index < next_index:
            continue  # inside the block read last
        last = index
        while last + 1 < len(tokens) and tokens[last][2][-1:] not in ".!?;":
            token = tokens[last + 1][2]
            if _capitalised(token) or _numberish(token):
                if _case_turns(tokens[last][2], token):
                    break  # ``GXMBLE FOOTBALL BETTING | Sunday``: capitals turn to Title Case, the host's
                last += 1
            elif (
                token.lower() in _FUNCTION
                and last + 2 < len(tokens)
                and _capitalised(tokens[last + 2][2])
                and len(token) <= 4
                and _promotional(tokens[last + 2][2])
            ):
                last += 1  # ``Tickets with Instant Payout``: a lower-case function word inside a title
            else:
                break
        while last > index and tokens[last][2] in _DASHES:
            last -= 1
        span = _block(line, tokens, index, last)
        if span is not None:
            found.append(span)
        next_index = last + 1
    return found


def _block(line: str, tokens: list[tuple[int, int, str]], first: int, last: int) -> tuple[int, int] | None:
    if _CORE.search(line, tokens[first][0], tokens[last][1]) is None:
        # The block's text below lies inside these tokens, and a gambling word in it would be one
        # here (the lexicon's words are bounded by one character each side, a space or a mark
        # at the block's ends): a block of names with none is passed in one C-level search.
        return None
    while first < last - 2 and not _promotional(tokens[first][2]):
        first += 1  # ``im Nachbardorf Beste Online Casinos…``: a capitalised host noun before the headline
    hits = [index for index in range(first, last + 1) if _promotional(tokens[index][2])]
    if not hits:
        return None
    tail = hits[-1] + 1
    year_ends = _YEARISH.fullmatch(_word(tokens[last][2])) is not None and tokens[last][2] not in _DASHES
    if tail <= last and not _tail_of_headline(tokens[tail][2]) and not year_ends:
        last = hits[-1]  # ``… Download App | Záhorie nella``: capitalised host words after the headline
    while last > hits[-1] and _numberish(tokens[last][2]) and not _YEARISH.fullmatch(_word(tokens[last][2])):
        last -= 1  # ``… Blackjack | 5.000 dollari``: an amount before its unit is the host's measure
    block = tokens[first : last + 1]
    words = [token for *_, token in block if any(char.isalpha() for char in token)]
    if len(words) < 3 or last + 1 >= len(tokens):
        return None
    if not (_lower(tokens[last + 1][2]) or tokens[last + 1][2][:1] in ".,;!?"):
        return None  # the block runs on into capitals: a heading or a list of names
    start, end = block[0][0], block[-1][1]
    while end > start and line[end - 1] in ".,;:!?":
        end -= 1
    text = line[start:end]
    if _CORE.search(text) is None:
        return None
    capital_function = any(_word(word).lower() in _FUNCTION and _capitalised(word) for word in words[1:])
    numbers = any(any(char.isdigit() for char in _word(token)) for *_, token in block)
    outside = [token for *_, token in tokens[:first]] + [token for *_, token in tokens[last + 1 :]]
    if _nouns_capitalised(outside):
        if not (capital_function or numbers):
            return None  # German capitalises nouns: ``Die Lotterie Aktion Mensch fördert``
    elif not (capital_function or _signs(text, words)):
        return None  # ``the National Lottery Community Fund``: a name with a gambling word
    rest = line[: tokens[first][0]] + " " + line[end:]
    if _about_gambling(rest):
        return None
    return start, end


def leading_phrases(line: str) -> list[tuple[int, int]]:
    """The span of a gambling promotion put before the host sentence's first word (see above)."""
    # The opening is read to its 16th word and the host must hold four more: 20 tokens tell all.
    tokens = [(match.start(), match.end(), match.group()) for match in islice(_TOKEN.finditer(line), 20)]
    if len(tokens) < 6 or not _capitalised(tokens[0][2]):
        return []
    if _CORE.search(line, 0, tokens[min(5, len(tokens) - 1)][1]) is None:
        return []  # the opening holds a gambling word among its first six words
    first = _word(tokens[0][2])
    opens = any(pattern.match(line) is not None for pattern in (_CORE, _SPAMMY, _DOWNLOAD, _MODIFIER))
    if not (
        opens or _promotional(tokens[0][2]) or (len(first) > 1 and first.isupper()) or first.lower() in _CALLS
    ):
        return []  # the line opens with the host's own word: ``Rolnicy pobierz Aviator APK…``
    for index in range(2, min(len(tokens) - 3, 16)):
        before = tokens[index - 1][2]
        if before[-1:] in ".!?;":
            return []  # the opening ends as a sentence does
        if before[-1:] == ":":
            continue  # a label: ``Lotto results: The draw``
        token = tokens[index][2]
        if not (_capitalised(token) and _lower(tokens[index + 1][2])):
            continue
        word = _word(token)
        if len(word) > 1 and word.isupper():
            continue  # a word in capitals belongs to a block in capitals, not to the host's first word
        shape_before = (
            _capitalised(before)
            or _numberish(before)
            or _BRANDLIKE_WORD.fullmatch(_word(before)) is not None
            or any(
                pattern.search(line, max(0, tokens[index - 1][1] - 30), tokens[index - 1][1]) is not None
                and _ends_hit(pattern, line, tokens[index - 1][1])
                for pattern in (_CORE, _SPAMMY, _DOWNLOAD, _MODIFIER)
            )
        )
        if not (shape_before or word.lower() in _OPENERS):
            continue
        if _word(before).lower() in _OPENERS and _capitalised(before) and index > 2:
            index -= 1  # ``… Glücksklee Die Zahl der …``: the host opens with its article
        start_of_host = tokens[index][0]
        text = line[:start_of_host].rstrip()
        words = [token for *_, token in tokens[:index]]
        if _CORE.search(text) is None or not _signs(text, words):
            continue
        rest = line[start_of_host:]
        if _about_gambling(rest) or len(tokens) - index < 4 or rest.rstrip()[-1:] not in ".!?。":
            return []
        return [(0, tokens[index - 1][1])]
    return []


def _ends_hit(pattern: re.Pattern[str], line: str, end: int) -> bool:
    """Whether a match of ``pattern`` ends at ``end`` (a lexicon word is the last word before it)."""
    return any(match.end() == end for match in pattern.finditer(line, max(0, end - 30), end))


#: A dash or a bar before a cut, and what may follow the cut to its sentence's end: a short rest of the
#: promotion (``– Roulette live | mit echtem Croupier.``, ``— промокод … в БК Северный | Ветер.``).
_DASH_BEFORE = re.compile(r"\s[–—|-]\s*\Z")
_SHORT_REST = re.compile(r"[^.!?。\n]{0,40}?(?=[.!?。]?\s*\Z)")


def _rest_end(line: str, start: int, end: int) -> int:
    """Where the rest ``line[start:end]`` of a dashed promotion ends: after its last spam or app word, if any.

    ``– kasyno krypto Morvel, szybkie wypłaty | co tydzień.``: words in lower case after the rest's
    last lexicon word are the host's, which the promotion was put into (and a rest of such words
    alone: ``…، سحب فوري | كل أسبوع``); a rest with capitals (``Jouez Maintenant``) goes whole.
    """
    last = None
    for pattern in (_SPAMMY, _MODIFIER, _DOWNLOAD):
        for match in pattern.finditer(line, start, end):
            last = match.end() if last is None else max(last, match.end())
    if last == end:
        return end
    after = line[start if last is None else last : end].split()
    if after and all(word[:1].isalpha() and not word[:1].isupper() for word in after):
        return start if last is None else last
    return end


def dash_tails(line: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a cut that ends a line after a dash taking the dash and a short rest of its promotion.

    A promotion pasted after a dash or a bar at a sentence's end (``… d'hygiène – Roulette … : Jouez
    Maintenant.``) is all spam to the end: the dash goes, and up to five words the run rules left after the
    cut go too when no sentence mark stands between (a host clause after a dash is longer: it stays).
    """
    widened = []
    for start, end in spans:
        dash = _DASH_BEFORE.search(line, max(0, start - 4), start)
        if dash is not None:
            rest = _SHORT_REST.match(line, end)
            if rest is not None and len(rest.group().split()) <= 5 and not _CORE.search(rest.group()):
                start, end = dash.start(), _rest_end(line, rest.start(), rest.end())
        widened.append((start, end))
    return widened
