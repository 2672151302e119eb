"""Where a Latin or Cyrillic spam name starts: a brand-like, rare or odd-case word before a run.

A name may be two words (``Royal Pydor``), be led by app or bonus words
(``Download Zorvex APK``), be a site (``www.zorvex.bet``) or be glued by a hyphen
(``zorvex-casino``).
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND,
    _BRAND_MORPHEME,
    _BRANDLIKE,
    _CORE,
    _DOMAIN,
    _DOWNLOAD,
    _HAN,
    _SPAMMY,
    ARGUMENT_BEFORE,
    NOT_BRANDS,
    _lexicon,
)
from povcorpus.boilerplate.gambling._shared import _SENTENCE_END, _WINDOW, Run, _sentence
from povcorpus.boilerplate.gambling._words import (
    _brandlike,
    _capitalises_nouns,
    _common,
    _english,
    _foreign_english,
    _script,
    _unknown,
)

#: The last word of a text in an alphabetic script (a name may hold dots, apostrophes and ``&``).
_NAME_END = re.compile(r"[^\W_\u3400-\u9fff][^\W\u3400-\u9fff]*(?:[.'’&][^\W_\u3400-\u9fff]+)*\Z")


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
    if word.lower() in NOT_BRANDS or word.lower() in ARGUMENT_BEFORE or _DOMAIN.fullmatch(word):
        return None  # an industry word (``haramta caca``: banned; ``ketagih judi``: addicted) names no brand
    if stripped == before and _HAN.match(line[start : start + 1]):
        if word.isdigit() and len(word) > 4:
            return None  # 12306官网: a service number's official site, not a lucky number
        if word.isdigit() and line[offset + match.start() - 1 : offset + match.start()] in ("双", "雙"):
            return None  # 天猫双11官网: a shopping festival's date (双11, 双12), never a lucky number
        return offset + match.start(), "brand"  # a Latin name glued to Han spam: ``bob体育``
    if word.lower().startswith("www.") and "." in word[4:]:
        word = word[4:]  # www.zorvex.bet: the site's name
    shaped = _BRANDLIKE.fullmatch(word) is not None and _brandlike(word)
    if not shaped and _place_after_preposition(line, offset + match.start(), word):
        return None  # ``Dzieci w Gdańsku | kasyno online``: a place the host names, not the phrase's name
    named_after = end is not None and _name_follows(line, end)
    if not shaped and named_after and (word.islower() or _host_place(line, offset + match.start(), word)):
        return None  # ``de Kayes | casino en ligne Ravelio``: the phrase names its brand after it, once
    if (
        not shaped
        and (word.islower() or _titled(word))
        and not _foreign_script(line, word, start, end)
        and _unread(line, offset + match.start(), start, end, share=3 if word.islower() else 2)
    ):
        # Swahili ``Wakulima wa mahindi | pakua app``, ``Vijana wa Kisumu | michezo ya kubahatisha``: a rare
        # word, or a place (read already when half the words are rare), among words no list knows
        return None
    if not shaped and word.islower() and line[start : start + 1].isupper():
        return None  # a rare word in lower case before a capitalised run is the host's (``boyadı Betting``)
    glued_site = hyphen is not None and _hyphen_name(word, line, start)
    if hyphen is not None and not (shaped or _unknown(word) or glued_site):
        return (
            None  # ``anti-casino``: only a made-up name is glued to its run by a hyphen (``zorvex-casino``)
        )
    if not shaped and word.islower() and _PLURAL_ARTICLE.search(stripped, 0, match.start()):
        return None  # ``las artesanas | juegos de casino``: a plural article's noun, never a brand's name
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
    host_noun = previous is not None and previous.group(1).islower()
    if odd_case and host_noun and _DOWNLOAD.match(line, start) is not None and _common(word.lower()):
        # ``mokykla Zarasuose | atsisiųsk lažybų``: a download call opens its own phrase, and a listed word
        # after a lower-case host noun is the host's place; a made-up name came back above as a brand
        return None
    if odd_case:  # ``Tagen Echtgeld Casino``: in German a capitalised word before a run is a noun
        return _name_pair(line, offset + match.start(), word, end), "name"
    return None


#: A plural article right before a word (Spanish, Portuguese, French, Italian): a brand is one name, and
#: spam writes it after a singular article when at all (``la rabona``, ``el codere``).
_PLURAL_ARTICLE = re.compile(r"(?<![^\W\d_])(?:las|los|les|des|gli|os)\s+\Z", re.IGNORECASE)


#: Prepositions of place or origin after which a capitalised word is a place the host names
#: (``Dzieci w Gdańsku``, ``Дети из Казани``, ``Lviv у Львові``, ``ke Lampung``, ``ở Hà Giang``, ``aus
#: Sachsen``, ``bei Kassel``, ``uit Drenthe``). Not ``di``, ``in`` or ``at``: spam puts its site after them
#: (``daftar di Zeusbet``, ``bet at Kravix``) as often as a host its place.
_PLACE_PREPOSITIONS = frozenset(_lexicon("w we z ze v ve в во у з із зі из изо ke ở aus bei uit"))


def _place_after_preposition(line: str, at: int, word: str) -> bool:
    """Whether ``word`` (at ``at``), capitalised, ends a place's name after a preposition of place.

    The name may be of up to three capitalised words (``ở Bình Dương``); a word in capitals
    (``w ZORVEX``) or one with a capital inside (``z BetZorvo``) is a name as spam writes names.
    """
    if not _titled(word):
        return False
    before = line[max(0, at - 40) : at]
    if before[-1:] not in (" ", "\t"):
        return False
    words = before.split()
    for index in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if words[index].lower() in _PLACE_PREPOSITIONS:
            return True
        if not _titled(words[index]):
            return False
    return False


#: The word right after a run, or after a preposition that names a site (a name may hold digits:
#: ``Gemilang88``; ``slots vir regte geld by Goudrand``).
_NEXT_WORD = re.compile(
    r"[ \t]+(?:(?:at|with|con|su|bei|mit|di|chez|avec|com|no|op|bij|by|na|sa|pe|på|hos|у|kod|код)[ \t]+)?"
    r"([^\W\d_][^\W_]*)",
    re.IGNORECASE,
)


def _name_follows(line: str, end: int) -> bool:
    """Whether a made-up name follows the run ending at ``end`` (``casino en ligne Ravelio``).

    A phrase names one brand: when its name comes after its gambling words, a capitalised word
    before them is the host's (a place, a programme), not a second name.
    """
    found = _NEXT_WORD.match(line, end)
    if found is None:
        return False
    word = found.group(1)
    if not (_titled(word) or word.isupper() or (word[:1].isupper() and any(c.isdigit() for c in word))):
        return False
    if _gambling_word(word) or _BRAND.fullmatch(word):
        return False
    if _BRANDLIKE.fullmatch(word) is not None and _brandlike(word):
        return True
    # made-up names are short (``Ravelio``, ``Трайвекс``); a longer rare word made of two common
    # words is a compound noun (``freispiele app herunterladen | Deutschkurse``)
    return _unknown(word) and not (len(word) > _SHORT_NAME and _compound(word.lower()))


#: Up to this length a rare word after a run is read as a name without asking if it is a compound.
_SHORT_NAME = 10


def _compound(word: str) -> bool:
    """Whether ``word`` is two common words closed up (``deutschkurse``), each of three letters or more."""
    return any(_common(word[:cut]) and _common(word[cut:]) for cut in range(3, len(word) - 2))


def _host_place(line: str, at: int, word: str) -> bool:
    """Whether the capitalised ``word`` at ``at`` ends up to three such words that follow a lower-case
    host word (``de Kayes``, ``di Kuala Krai``)."""
    if not _titled(word):
        return False
    left, _ = _sentence(line, at, at + len(word))
    before = line[max(left, at - 60) : at]
    if before[-1:] not in (" ", "\t"):
        return False
    words = before.split()
    for index in range(len(words) - 1, max(-1, len(words) - 4), -1):
        if words[index].islower() and words[index].isalpha():
            return True
        if not _titled(words[index]):
            return False
    # ``Фермеры | Алтая``: after a common noun that opens the sentence, the host's place; ``Mme Codere |
    # casino … | Pugh``: after a short title that opens it, a name
    first = words[max(0, len(words) - 4)]
    return left >= at - 60 and len(words) < 4 and len(first) >= _LONG_WORD and _common(first.lower())


#: A sentence's first word this long and common is a word of the host (``Фермеры``), not a title (``Mme``).
_LONG_WORD = 5


#: A word of letters in an alphabetic script.
_LETTERS = re.compile(r"[^\W\d_\u3400-\u9fff]{4,}")


def _unread(line: str, at: int, start: int, end: int | None, share: int = 3) -> bool:
    """Whether the sentence around a run at ``start`` is in a language the word lists do not cover.

    One in ``share`` or more of its lower-case words (three or more; the word at ``at`` and the run
    aside) are rare in every list (Swahili ``Wakulima wa mahindi … wamepata mbolea ya ruzuku``):
    there rarity tells a name from a word no better than chance. Names are rare in every language,
    so capitalised words do not count; a lower-case brand after an article (``la rabona``, ``el
    codere``) in a language the lists cover stays a name.
    """
    left, right = _sentence(line, start, start if end is None else end)
    stop = (start if end is None else end) - left
    words = [
        found.group()
        for found in _LETTERS.finditer(line[left:right])
        if found.group().islower() and not (at - left <= found.start() < stop)
    ]
    rare = sum(1 for word in words if _unknown(word))
    return len(words) >= 3 and rare * share >= len(words)


def _titled(word: str) -> bool:
    """Whether ``word`` is written as a name of a place is: a capital, then only small letters."""
    return word[:1].isupper() and (word[1:].islower() or not word[1:]) and word.isalpha()


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


#: A preposition that names where a bet is placed (``scommesse live su Tramix``, ``Live-Wetten bei Kronix``,
#: ``cá cược trực tiếp tại Lumovix``), then a capitalised name and what follows it.
_NAME_AFTER = re.compile(
    r"[ \t]+(?:at|with|con|su|bei|mit|tại|di|chez|avec|com|em|no|op|bij|w|z|с|з|в|ile"
    r"|by|na|sa|pe|på|hos|у|kod|код)[ \t]+"
    r"([^\W\d_][^\W_]{2,13})(?=[ \t]+[^\W\d_]|[,.;:!?]|\Z)",
    re.IGNORECASE,
)


def _named_after(line: str, run: Run) -> Run:
    """``run`` with a made-up name that a preposition puts after its gambling words (``apuestas en vivo con
    Tridex``), or ``run`` as it is.

    The run must hold a gambling word and another lexicon word; the name must be capitalised, rare in
    every word list (:func:`._words._unknown`) or shaped as gambling brands are (``Lumora88``), and
    stand alone (``Marina Bay``, a place of two capitalised words, is no brand). A listed brand, a word
    known in some language (``bets with Tuesday``, ``poker at Christmas``) and Han text are left.
    """
    if "core" not in run.kinds or len(run.kinds) < 2 or run.kinds[-1] == "brand":
        return run
    if _HAN.search(line, run.start, run.end):
        return run
    match = _NAME_AFTER.match(line, run.end)
    if match is None:
        return _name_right_after(line, run)
    name = match.group(1)
    following = re.match(r"[ \t]+([^\W\d_])", line[match.end() :])
    if not name[:1].isupper() or (following is not None and following.group(1).isupper()):
        return run
    if _BRAND.fullmatch(name) or not (_unknown(name) or (_BRANDLIKE.fullmatch(name) and _brandlike(name))):
        return run
    return Run(run.start, match.end(), (*run.kinds, "brand"), run.rare)


#: A word right after a run, and the first letter of the word after it (if any).
_WORD_RIGHT_AFTER = re.compile(r"[ \t]+([^\W\d_][^\W_]{2,13})(?=([ \t]+[^\W\d_]|[ \t]+\d|[,.;:!?]|\Z))")


def _name_right_after(line: str, run: Run) -> Run:
    """``run`` with the made-up name that follows its gambling and offer words with no preposition
    (``slots na reálné peníze Zorbit | might``, ``crypto casino Bitlaro``), or ``run`` as it is.

    The run must hold a gambling word and a spam word (an offer: real money, crypto, no licence);
    the name must be capitalised, rare in every list or shaped as gambling brands are, and be
    followed by a lower-case word, a mark or the end: a capitalised word after it makes a place of
    two words (``Marina Bay``), and in a sentence that capitalises its nouns (German) the word is a
    noun; after a phrase that opens its sentence the capitalised word is the host's first. A name after
    a neutral word alone (``online``) is the host's as often.
    """
    if "spammy" not in run.kinds or not {"brand", "name", "glued"}.isdisjoint(run.kinds):
        return run  # a phrase names one brand: after ``Zorvex casino bonus`` a capitalised word is the host's
    match = _WORD_RIGHT_AFTER.match(line, run.end)
    if match is None:
        return run
    name = match.group(1)
    following = match.group(2).strip()
    if not (_titled(name) or name.isupper()) or (following[:1].isupper()):
        return run
    if _gambling_word(name) or _BRAND.fullmatch(name):
        return run
    if not (_unknown(name) or (_BRANDLIKE.fullmatch(name) and _brandlike(name))):
        return run
    left, right = _sentence(line, run.start, match.end())
    if not any(char.isalpha() for char in line[left : run.start]):
        return run  # ``Gaplym автоматы на деньги | Волонтёры …``: the host's first word
    if _nouns_capitalised(line[left : run.start] + line[match.end() : right]):
        return run
    return Run(run.start, match.end(), (*run.kinds, "brand"), run.rare)


_INNER_WORD = re.compile(r"(?<=[^\W\d_] )[^\W\d_]+")


def _nouns_capitalised(host: str) -> bool:
    """Whether the host sentence capitalises its nouns as German does: a third or more of its inner words
    (five or more) are capitalised. No language of the Cyrillic script does; a sentence with a place and a
    day in it (Tagalog ``sa Leyte … tuwing Lunes``) capitalises fewer."""
    if _script(host) != "latin":
        return False
    words = _INNER_WORD.findall(host)
    return len(words) >= 5 and sum(1 for word in words if word[:1].isupper()) * 3 > len(words)
