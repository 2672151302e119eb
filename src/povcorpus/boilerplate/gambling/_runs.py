"""The runs of a line: lexicon words that follow each other, widened by the name on their left."""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._han_names import (
    _LUCKY,
    NAME_ENDS_HAN,
    _glued_name,
    _han_name,
    _han_spam_shaped,
    _number_prefix,
    _product_name,
    _set_apart,
    _until_repeat,
)
from povcorpus.boilerplate.gambling._han_text import _fused_end
from povcorpus.boilerplate.gambling._hits import _lexicon_hits
from povcorpus.boilerplate.gambling._latin_names import (
    _SITE_BEFORE,
    _brand_before,
    _calls,
    _lead,
    _rare_name,
    _trailing_name,
)
from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND,
    _HAN,
    _PRODUCTS,
    ARGUMENT_BEFORE,
    GLUE,
    LONE_PRODUCT_HAN,
    MONEY_PREPOSITIONS,
    PREPOSED_OFFER,
    REAL_MONEY,
    TOPIC_HAN,
    _lexicon,
)
from povcorpus.boilerplate.gambling._shared import ARABIC, Run, _in_site

#: A letter of the Arabic script (Arabic, Persian, Urdu).
#: Glue between two words of a run: :data:`GLUE`, or a count or an amount (``casino 100 free spins``,
#: ``casino: 200% bonus``).
_GLUE = re.compile(GLUE + r"(?:(?<=\s)[€$£₽]?\d{1,5}(?:[.,]\d{1,3})?[%€$£₽x]?\s+)?\Z", re.IGNORECASE)


#: A comma between two words of a run: keyword stacks list their phrases so (``giros gratis, casino online``);
#: such a run is a stack only when it reads as one (see :func:`_stacked`), else its strength is its words'.
_COMMA_GAP = re.compile(r"[ \t]*,[ \t]+")


#: A year between two words of a run (``crash game 2026 mobil``): SEO phrases end with their year, so a
#: neutral modifier after it is the host's (Swedish ``mobil vårdcentral``).
_YEAR_GAP = re.compile(r"(?<![\d.,])(?:19|20)\d{2}(?![\d.,%])")
#: A host word right after a run's last word (``mobil vårdcentral``): the modifier may be the host's.
_WORD_NEXT = re.compile(r" [^\W\d_]")
#: Neutral modifiers that poverty news says of its own nouns (a mobile clinic, free meals): at a run's
#: edge, next to a lower-case host word, they are the host's.
_HOST_ADJECTIVE = re.compile(r"mobile|mobil|mobiel|gratuit(?:e|s|es)?", re.IGNORECASE)
#: Modifiers that are everyday nouns of Malay and Indonesian (``bandar``: a town, ``agen``: an agent) and a
#: bookmaker's or a dealer's word in their spam: at a run's start, after a lower-case host word, the host's
#: (``luar bandar | pertaruhan sukan``: rural); after a name they stay the phrase's (``Sol bandar togel``).
_HOST_NOUN = re.compile(r"bandar|agen", re.IGNORECASE)
#: A word all in lower case right before a run's first word (not a name: ``Sol bandar togel``).
_LOWER_WORD_BEFORE = re.compile(r"(?<![^\W\d_])[^\W\d_A-ZÀ-ÞА-ЯЁ]+ \Z")
#: A lower-case host word right before a run's first word.
_WORD_BEFORE_LOWER = re.compile(r"(?<![^\W\d_])[^\W\d_]*[a-zà-ÿ] \Z")


def find_runs(line: str) -> list[Run]:
    """The runs of lexicon words in ``line``, each widened by one brand-like name on its left."""
    hits = _app_after_product(line, _lexicon_hits(line))
    runs: list[list[tuple[int, int, str]]] = []
    trailing: set[int] = set()
    for hit in hits:
        gap = line[runs[-1][-1][1] : hit[0]] if runs else ""
        chunk = bool(runs) and _han_chunk(line, runs[-1], hit[0])
        glued = any(char.isalpha() for char in gap) and not chunk
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
        if not joins and runs and hit[2] in ("spammy", "mod") and gap.strip().lower() in MONEY_PREPOSITIONS:
            joins = REAL_MONEY.match(line, hit[0]) is not None  # ``casino en argent réel``
            joins = joins or (
                PREPOSED_OFFER.match(line, hit[0]) is not None
                and any(kind == "core" for *_, kind in runs[-1])
            )
            gap = " " if joins else gap
        if runs and (_GLUE.match(gap) or _COMMA_GAP.fullmatch(gap) or chunk) and joins:
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
        if "download" in kinds_only and not ARABIC.match(line, words[-1][0]):
            # (Persian and Arabic put the app before the game: دانلود اپلیکیشن شرط بندی)
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
        if len(words) > 1 and (
            (
                _HOST_ADJECTIVE.fullmatch(line, words[0][0], words[0][1])
                and _WORD_BEFORE_LOWER.search(line, max(0, words[0][0] - 20), words[0][0])
            )
            or (
                _HOST_NOUN.fullmatch(line, words[0][0], words[0][1])
                and _LOWER_WORD_BEFORE.search(line, max(0, words[0][0] - 20), words[0][0])
            )
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
        if (
            kinds[0] == "brand"
            and _HAN.match(line[start - 1 : start])
            and (
                _LUCKY.match(line, start)
                or (_initials(line, start) and line.endswith(NAME_ENDS_HAN, 0, start))
            )
        ):
            # 吉祥|9988百家乐: a number is a name's end; 华体会|hth体育: initials after a name that ends as
            # names end (会, 城, 国际) are its Latin spelling, so the Han name is weighed as before a number
            start = _number_prefix(line, start, end)
        lead = _lead(line, found, start) if kinds[0] in ("brand", "name") else None
        if lead is not None:  # ``Download Zorvex APK``: app words before the name are the phrase's
            start, kinds = lead.start, [*lead.kinds, *kinds]
            found.pop()
        found.append(Run(start, end, tuple(kinds), rare))
    return found


#: Latin initials of a brand glued between its Han name and the run (华体会|hth|体育): up to four letters
#: and a lucky number.
_INITIALS = re.compile(r"[A-Za-z]{1,4}[0-9]{0,4}")


def _initials(line: str, start: int) -> bool:
    """Whether Latin initials (maybe with a lucky number) start at ``start``, glued to Han text after them."""
    initials = _INITIALS.match(line, start)
    return initials is not None and _HAN.match(line, initials.end()) is not None


#: Latin letters (and digits) glued between two Han words of the lexicons (娱乐|TL|官网).
_HAN_CHUNK = re.compile(r"[A-Za-z0-9]{1,8}")


def _han_chunk(line: str, words: list[tuple[int, int, str]], end: int) -> bool:
    """Whether the text from the last of ``words`` to ``end`` is a short chunk of Latin letters with Han
    lexicon words glued on both sides: a Chinese gambling name's letters or lucky number inside its phrase.

    Only letters after a modifier (娱乐|TL|官网, the brand's initials): after a gambling or app word the
    chunk starts a new phrase or the word is the host's (赌博|8868體育官網, 再注册|8868下載APP), and a number
    may be the host's count."""
    start = words[-1][1]
    return (
        words[-1][2] == "mod"
        and not line[start:end].isdigit()
        and _HAN_CHUNK.fullmatch(line, start, end) is not None
        and _HAN.match(line, start - 1) is not None
        and _HAN.match(line, end) is not None
    )


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
    words = [word for word in gap.split() if any(char.isalnum() for char in word)]  # not 🎰
    if _joined_offers(words, first, second):
        return True  # ``Nexobet casino bonus and 50 free spins``: one offer joined to another by "and"
    return not words or (
        len(words) == 1 and words[0].lower() not in ARGUMENT_BEFORE and not words[0].isdigit()
    )


def _joined_offers(words: list[str], first: Run, second: Run) -> bool:
    """Whether the words between two runs are "and" (and a count) joining two offers, each with a spam
    word or a name and one with a spam word."""
    return (
        bool(words)
        and words[0].lower() in _AND
        and len(words) <= 2
        and all(word.isdigit() for word in words[1:])
        and not _OFFERS.isdisjoint(first.kinds)
        and not _OFFERS.isdisjoint(second.kinds)
        and ("spammy" in first.kinds or "spammy" in second.kinds)
    )


#: Conjunctions that join two offers of one promotion (``… quote maggiorate e scommesse gratis``).
_AND = frozenset(_lexicon("and y e i и і und et ve dan và en og och oraz"))
#: Kinds of words an offer or its name carries.
_OFFERS = frozenset(("spammy", "brand"))
