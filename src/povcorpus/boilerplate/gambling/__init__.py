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

The package has one module per job: :mod:`._lexicon` (the words, as data),
:mod:`._hits` (where they stand in a line), :mod:`._words` (whether a Latin or
Cyrillic word is common, rare or English), :mod:`._han_text` (the Chinese word
model), :mod:`._latin_names` and :mod:`._han_names` (where a name before a run
starts), :mod:`._runs` (the runs of a line), :mod:`._verdict` (whether a run is
spam), :mod:`._latin_cuts` and :mod:`._han_cuts` (how far a cut reaches),
:mod:`._han_contacts` (Chinese messenger calls with a gambling handle), :mod:`._calls` (calls to play
at a site, or opening or closing a sentence), :mod:`._seo_chains` (keyword chains with a year),
:mod:`._name_edges` (a casino's two-word name, a sentence's subject at a cut's edge), and
:mod:`._shared` (the run record and its sentence); this module decides.
"""

from __future__ import annotations

from povcorpus.boilerplate.gambling._apps import app_promotions
from povcorpus.boilerplate.gambling._arabic import arabic_spans, kept_topic
from povcorpus.boilerplate.gambling._bar_tails import bar_tails
from povcorpus.boilerplate.gambling._calls import inline_calls, opening_calls, site_calls
from povcorpus.boilerplate.gambling._capitals import capital_blocks
from povcorpus.boilerplate.gambling._contacts import tipster_contacts
from povcorpus.boilerplate.gambling._dashed import dashed_offers
from povcorpus.boilerplate.gambling._dot_stacks import dot_stacks
from povcorpus.boilerplate.gambling._han_contacts import han_contacts
from povcorpus.boilerplate.gambling._han_cuts import _han_stacks, _split_word_kept, _widen
from povcorpus.boilerplate.gambling._headlines import dash_tails, leading_phrases, title_blocks
from povcorpus.boilerplate.gambling._latin_cuts import _lead_preposition, _widen_latin, _with_hashtags
from povcorpus.boilerplate.gambling._latin_names import _named_after
from povcorpus.boilerplate.gambling._lexicon import (
    _HAN,
    _KEYS_BEYOND_LINKS,
    _SCAN,
    _SCAN_BEYOND_LINKS,
    BRANDS,
    BRANDS_HAN,
    CORE_HAN,
    CORE_LATIN,
    DOMAIN,
    DOMAIN_HAN,
    DOWNLOAD_HAN,
    DOWNLOAD_LATIN,
    MODIFIER_HAN,
    MODIFIER_LATIN,
    SPAMMY_HAN,
    SPAMMY_LATIN,
    TRIGGERS,
    _lexicon_word,
)
from povcorpus.boilerplate.gambling._links import gambling_links
from povcorpus.boilerplate.gambling._name_edges import named_edges
from povcorpus.boilerplate.gambling._promo import promoted_sites
from povcorpus.boilerplate.gambling._runs import _merge_latin, find_runs
from povcorpus.boilerplate.gambling._seo_chains import seo_chains
from povcorpus.boilerplate.gambling._shared import Run, _in_site
from povcorpus.boilerplate.gambling._stores import store_badges
from povcorpus.boilerplate.gambling._title_edges import trimmed_blocks
from povcorpus.boilerplate.gambling._trails import spam_trails
from povcorpus.boilerplate.gambling._verdict import (
    _argument,
    _attached,
    _belongs,
    _linked,
    _placed,
    _quoted_object,
    _ranked,
    _stacked,
    _strength,
)
from povcorpus.boilerplate.gambling._words import _common

__all__ = [
    "BRANDS",
    "BRANDS_HAN",
    "CORE_HAN",
    "CORE_LATIN",
    "DOMAIN",
    "DOMAIN_HAN",
    "DOWNLOAD_HAN",
    "DOWNLOAD_LATIN",
    "MODIFIER_HAN",
    "MODIFIER_LATIN",
    "SPAMMY_HAN",
    "SPAMMY_LATIN",
    "TRIGGERS",
    "Run",
    "find_runs",
    "gambling_spans",
    "keyed_spans",
    "triggered_spans",
]


def gambling_spans(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding injected gambling spam (see the module docstring for what is cut)."""
    if not _SCAN.search(line.lower()):
        return []
    return triggered_spans(line)


def triggered_spans(line: str) -> list[tuple[int, int]]:
    """:func:`gambling_spans` of a line known to hold one of :data:`TRIGGERS` (its pre-check skipped).

    A line that holds no trigger but a link's (``https``, ``www``) is only read for a gambling
    link: prose that cites its sources is common, and the whole detector costs fifty times more.
    """
    if not _SCAN_BEYOND_LINKS.search(line.lower()):
        return _links_only(line)
    return _all_spans(line)


def keyed_spans(line: str, keys: frozenset[str]) -> list[tuple[int, int]]:
    """:func:`triggered_spans` of a line whose trigger keys are known: they say which triggers it holds."""
    if keys.isdisjoint(_KEYS_BEYOND_LINKS):
        return _links_only(line)
    return _all_spans(line)


def _links_only(line: str) -> list[tuple[int, int]]:
    """The spans of a line holding no trigger but a link's: its gambling links, if any."""
    return [_widen_latin(line, start, end) for start, end in gambling_links(line, line.lower())]


def _all_spans(line: str) -> list[tuple[int, int]]:
    """Every kind of spam span of a line holding a trigger beyond a link's."""
    lowered = line.lower()
    runs = _merge_latin(line, find_runs(line))
    starts = [run.start for run in runs]
    spans = []
    runs = [_named_after(line, run) for run in runs]
    starts = [run.start for run in runs]
    for run in runs:
        if _in_site(line, run.start):
            continue  # ``duniawin90.bet/daftar``: a site's ending goes with the site, never as a phrase
        if _app_name_only(line, run):
            continue  # ``the Crop Doctor app for Android``: an app named with common words, no gambling word
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
        if kept_topic(line, run.start, run.end):
            continue  # حول المراهنات الرياضية: a gambling topic after a preposition, in the Arabic script
        han = _HAN.search(line[run.start : run.end])
        spans.append(_widen(line, run.start, run.end) if han else _widen_latin(line, run.start, run.end))
    if spans and len(runs) > 1:
        spans = _han_stacks(line, spans, runs)
    spans = [_split_word_kept(line, start, end) for start, end in spans]
    spans = _with_hashtags(line, spans)
    more = [
        *app_promotions(line, lowered),
        *bar_tails(line),
        *arabic_spans(line),
        *capital_blocks(line, runs),
        *dashed_offers(line),
        *(_widen(line, start, end) for start, end in dot_stacks(line)),
        *gambling_links(line, lowered),
        *han_contacts(line),
        *promoted_sites(line, runs),
        *tipster_contacts(line, lowered),
        *site_calls(line),
        *seo_chains(line),
        *opening_calls(line),
        *inline_calls(line),
        *store_badges(line, lowered),
    ]
    if any("core" in run.kinds for run in runs):
        headlines = trimmed_blocks(line, title_blocks(line))
        more += [*headlines, *leading_phrases(line)]  # a headline holds a gambling word
    cuts = spam_trails(
        line, dash_tails(line, _joined(spans, [_widen_latin(line, start, end) for start, end in more]))
    )
    cuts = named_edges(line, cuts)
    return [_lead_preposition(line, start, end) for start, end in cuts]


def _app_name_only(line: str, run: Run) -> bool:
    """Whether ``run`` is only a name of capitalised common words and app or download words.

    Such a run names an app (``Crop Doctor app for Android``, ``Malaria Guide app``); a gambling app
    carries a gambling or spam word, or a name shaped as gambling names are (``Zorvex APK``).
    """
    if run.kinds[0] != "name" or any(kind not in ("name", "mod", "download") for kind in run.kinds):
        return False
    words = line[run.start : run.end].split()
    names = [word for word in words if word[:1].isupper() and not _lexicon_word(word)]
    return len(names) >= 2 and all(_common(word.lower()) for word in names)


def _joined(spans: list[tuple[int, int]], more: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` and ``more`` as one sorted list, overlapping spans merged into one."""
    if not more:
        return spans
    merged: list[tuple[int, int]] = []
    for start, end in sorted([*spans, *more]):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
