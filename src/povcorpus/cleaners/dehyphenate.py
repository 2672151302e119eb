"""The ``dehyphenate`` cleaner: hyphens left inside words by line-break hyphenation.

A hyphen between two letter runs ``a-b`` (or ``a-`` at the end of a line and
``b`` at the start of the next) is removed when the joined word is known and
the hyphenated form is not a real compound. The rule, in order:

1. Never joined: ``b`` does not start with a lower-case letter; ``a`` is an
   acronym (``UN-backed``); the form is part of a chain (``state-of-the-art``);
   ``b`` is a particle (``set-up``, ``log-in``, ``lay-out``); ``a`` is a prefix
   that English writes with a hyphen (``co-``, ``re-``, ``self-``, ``post-``,
   ``well-``, ``e-``, ``non-``…) and ``b`` is a common word on its own
   (Zipf ≥ 3 when ``wordfreq`` is installed: ``re-elected`` stays,
   ``mini-ster`` is read by the rules below).
2. Joined when the document itself uses the joined word (``ctx.vocabulary``,
   the lower-cased words of the whole document; measured on the text when
   empty), unless the hyphenated form is the document's usual spelling (used at
   least twice and at least as often as the joined one).
3. Otherwise, when the optional ``wordfreq`` package knows the text's language
   (``ctx.lang``, English when unknown): joined when the joined word is common
   (Zipf ≥ 3) and at least ten times as frequent as the rarer half
   (``govern-ment``, ``popola-zione``); when it is common and one half is not
   a word (Zipf < 3: ``compa-tte``, ``ficha-jes``); when both halves are not
   words (Zipf < 2) and the joined word is known (Zipf ≥ 2); or when the first
   half is short (≤ 3 letters), the second is not (``wi-fi`` stays) and the
   joined word is frequent (Zipf ≥ 3.5: ``in-put``, ``pro-gram``). Two real
   words that are each about as frequent as the joined form (``health-care``,
   ``high-school``, ``socio-economic``, French ``week-end``) stay. A second half
   that is a word-forming suffix (:data:`SUFFIXES`: ``Ungleich-heit``) joins a
   common word. A hyphen at a line end, or before the space a break left, is
   read more readily (see ``_broken_join``: ``house-`` / ``holds``), also after
   another hyphen (``poverty-strick-`` / ``en``); in German, a capitalised first
   half before a lower-case second half there is a broken noun (see
   ``_german_noun_join``: ``Armuts-`` / ``quote``); there, halves that are no
   words join into any known word (``pokro-`` / ``joną``), and languages that
   close their compounds join any common word (``groen-`` / ``ten``; Finnish
   any known word with no vowel clash at the seam: ``arvo-`` / ``sanojaan``).
4. Otherwise the hyphen stays.

A second half of one letter is never joined (a clitic: Catalan ``digue-m'ho``),
and in Tagalog (``lang`` ``tl``) a prefix ending in a consonant keeps its hyphen
before a vowel (``mag-aaral``, ``pag-asa``; :data:`TAGALOG_PREFIXES`). Spaces
between a hyphen and the line break after it are part of the break.

A space left after a line-break hyphen (``develop- ment``, ``poverty-
stricken``) is read the same way: when rules 1–3 join the halves, the hyphen
and the space go (``development``); otherwise, unless the second half is a
conjunction, a word of one or two letters or a very common word (Zipf ≥ 6),
only the space goes (``poverty-stricken``; also before a capital:
``Cäcilien- Konservatorium``). A suspended hyphen keeps its space:
``pre- and post-war``, ``Kinder- und Jugendhilfe``, ``medium- or long-term``,
``vom Produktions- in den Dienstleistungssektor``.

Spellings that exist both ways (``wi-fi``/``wifi``, ``e-mail``/``email``,
``policy-makers``/``policymakers``) keep the hyphen the text wrote, unless the
document itself writes the joined form more often: the author's choice wins
over the dictionary's.

Limits: without the document's own usage or ``wordfreq``, nothing is joined;
a prefix compound damaged by hyphenation (``re-sources``) stays unless the
document uses the joined word and ``b`` is not a word; a document that writes a
compound both ways (``policy-makers``, ``policymakers``) is made consistent on
the spelling it uses most. Soft hyphens (U+00AD) between letters are removed, and so is
the not sign OCR prints for a line-break hyphen (``impor¬ tant``).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Container, Iterator, Mapping
from functools import lru_cache
from typing import Any

from povcorpus._find import places
from povcorpus._tokens import byte_tokens, remembered_tokens
from povcorpus.cleaners._common import CASED_LETTER
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.cleaners.whitespace import ODD_SPACES
from povcorpus.edits import replace_spans
from povcorpus.errors import OptionError
from povcorpus.model import Edit

__all__ = [
    "HYPHEN_PREFIXES",
    "PARTICLES",
    "SUFFIXES",
    "WORDLISTS",
    "dehyphenate",
    "should_join",
    "wordlist_option",
]

HYPHEN_PREFIXES = frozenset(
    {
        "all", "anti", "bi", "by", "co", "counter", "cross", "e", "ex", "extra", "half", "ill",
        "inter", "macro", "mega", "micro", "mid", "mini", "multi", "neo", "non", "pan", "post",
        "pre", "quasi", "re", "self", "semi", "socio", "sub", "super", "tri", "ultra", "vice", "well", "x",
    }
)  # fmt: skip
"""Prefixes that form real compounds with a hyphen (``co-creators``, ``re-elect``, ``e-mail``)."""

PARTICLES = frozenset({"up", "in", "out", "off", "on", "down", "over", "back", "away", "about", "by"})
"""Second halves of phrasal compounds (``set-up``, ``log-in``), never joined."""

CONJUNCTIONS = frozenset(
    {
        "and", "or", "nor", "to", "versus", "vs", "und", "oder", "bis", "sowie", "bzw", "als",
        "et", "ou", "e", "ed", "o", "od", "y", "u", "ni", "en", "of", "tot", "ve", "veya", "ile",
        "ya", "i", "и", "или", "och", "eller", "és", "vagy", "și", "sau", "nebo", "oraz", "lub", "και", "ή",
        "та", "або",
    }
)  # fmt: skip
"""Words after a suspended hyphen (``pre- and post-war``): the space before them stays."""

# Spaces, possibly odd or doubled, or tabs with an odd space: any run the whitespace cleaner, which
# runs later, turns into one space, so a second cleaning finds nothing this one left.
# (The tabs before the first odd space are matched by a class without odd spaces, so the engine
# never tries that odd space at more than one place: linear on a hostile run of spaces.)
_GAP = f"(?:[ {ODD_SPACES}]+|[ \\t]*[{ODD_SPACES}][ \\t{ODD_SPACES}]*)"
# A hyphen (or a hyphen and a line break, or spaces) between two letters; the words
# around it are read with _FIRST and _SECOND.
_AFTER_HYPHEN = f"(?:[ \\t]*\\r?\\n[ \\t{ODD_SPACES}]*|{_GAP})?(?=[{CASED_LETTER}])"
_HYPHEN = re.compile(f"[-‐](?<=[{CASED_LETTER}][-‐]){_AFTER_HYPHEN}")
# The same, one per hyphen character: a pattern that starts with a literal lets the engine skip
# to the next hyphen at C speed, where a class of two hyphens is tried at every position.
_HYPHENS = tuple(
    (
        hyphen,
        re.compile(f"{hyphen}(?<=[{CASED_LETTER}]{hyphen}){_AFTER_HYPHEN}"),
    )
    for hyphen in "-‐"
)
_FIRST = re.compile(f"(?<![\\w\\-‐])[{CASED_LETTER}]+\\Z")
_FIRST_REVERSED = re.compile(f"[{CASED_LETTER}]{{1,65}}")
"""Up to 65 letters of ``_FIRST``, read backwards in the reversed text."""
_SECOND = re.compile(f"[{CASED_LETTER}]+(?![\\w\\-‐])")
_SOFT_HYPHEN = re.compile(f"\u00ad(?<=[{CASED_LETTER}]\u00ad)(?=[{CASED_LETTER}])")
# The not sign some OCR programs (and PDFs made from their output) print for a line-break hyphen they
# judged soft, with what is left of the line break (``impor¬ tant``, ``impor¬\ntant``); a real hyphen
# is printed as one. Between two letters and two lower-case ones it is never text of its own (a lone
# letter next to it is more likely mojibake: ``( o¬ô )``).
_NOT_SIGN = re.compile(
    f"¬(?<=[{CASED_LETTER}]{{2}}¬)(?:[ \t]*\r?\n[ \t{ODD_SPACES}]*|{_GAP})?(?=[{CASED_LETTER}]{{2}})"
)
_CHAIN_PIECE = 4
"""Fewest letters of the piece before a line-end hyphen that comes after another hyphen and is still
read (``poverty-strick-`` / ``en``): shorter pieces are the small words of phrases (``day-to-`` / ``day``)."""


# Languages written without hyphenated words between cased letters; wordfreq
# would need extra tokenizers (jieba, MeCab) for them.
_UNCASED_LANGUAGES = frozenset({"zh", "ja", "ko", "th", "lo", "km", "my", "bo"})


@lru_cache(maxsize=1)
def _wordfreq_languages() -> frozenset[str]:
    try:
        import wordfreq
    except ImportError:
        return frozenset()
    return frozenset(wordfreq.available_languages())


WORDLISTS = ("best", "large", "small")
"""The wordfreq lists the option ``dehyphenate.wordlist`` may name (``"best"``, the default, is
``"large"`` where wordfreq has one). A large list takes 20–120 MiB of memory per language, and
wordfreq keeps every list it loads; a small one about 3 MiB, but knows only words of Zipf 3 or more."""


def wordlist_option(options: Mapping[str, Any]) -> str:
    """The wordfreq list that cleaner options name (``"dehyphenate.wordlist"``; default ``"best"``).

    Raises:
        OptionError: the option names no list of :data:`WORDLISTS`.
    """
    wordlist = options.get("dehyphenate.wordlist", "best")
    if wordlist not in WORDLISTS:
        msg = f"dehyphenate.wordlist must be one of {', '.join(WORDLISTS)}, not {wordlist!r}"
        raise OptionError(msg)
    return str(wordlist)


@lru_cache(maxsize=65536)
def _zipf(word: str, lang: str, wordlist: str = "best") -> float:
    import wordfreq

    try:
        return float(wordfreq.zipf_frequency(word, lang, wordlist=wordlist))
    except (LookupError, ValueError, ImportError):  # e.g. a tokenizer extra that is missing
        return 0.0


def _frequency_function(lang: str | None, wordlist: str = "best") -> Callable[[str], float] | None:
    """Zipf frequency lookup for ``lang`` (English when unknown), or ``None`` without wordfreq."""
    return _frequency_function_of((lang or "en").split("-")[0].lower(), wordlist)


_WORDFREQ_CODES = {"tl": "fil", "no": "nb"}
"""Language codes that wordfreq knows under another name: Tagalog as Filipino, Norwegian as Bokmål."""


@lru_cache(maxsize=256)
def _frequency_function_of(code: str, wordlist: str = "best") -> Callable[[str], float] | None:
    """The lookup of :func:`_frequency_function` for a language code and a list, one per pair."""
    code = _WORDFREQ_CODES.get(code, code)
    if code in _UNCASED_LANGUAGES or code not in _wordfreq_languages():
        return None

    def zipf(word: str) -> float:
        return _zipf(word, code, wordlist)

    return zipf


def _never_join(first: str, second: str, zipf: Callable[[str], float] | None) -> bool:
    """Rule 1 of the module docs: forms that are never joined, whatever the evidence."""
    if not second[0].islower() or (len(first) > 1 and first.isupper()):
        return True
    a, b = first.lower(), second.lower()
    if len(a) + len(b) < 4 or len(b) < 2 or b in PARTICLES:
        return True
    return a in HYPHEN_PREFIXES and (zipf is None or zipf(b) >= 3.0)


def should_join(
    first: str,
    second: str,
    vocabulary: Container[str],
    zipf: Callable[[str], float] | None,
    hyphenated_count: int = 0,
    joined_count: int = 0,
) -> bool:
    """Decide whether ``first-second`` is a word broken by hyphenation (see the module docs).

    Args:
        first: the letters before the hyphen.
        second: the letters after it.
        vocabulary: lower-cased words of the document.
        zipf: word-frequency lookup for the text's language, or ``None``.
        hyphenated_count: how often the text writes ``first-second``.
        joined_count: how often the text writes the joined word.

    Returns:
        True when the hyphen should be removed.
    """
    if _never_join(first, second, zipf):
        return False
    joined = (first + second).lower()
    if joined in vocabulary:
        return not (hyphenated_count >= 2 and hyphenated_count >= joined_count)
    return _frequent_join(first, second, zipf)


@lru_cache(maxsize=65536)
def _word_rules(first: str, second: str, zipf: Callable[[str], float] | None) -> tuple[bool, bool]:
    """Rule 1 and rule 3 of :func:`should_join`, which do not depend on the document: one answer per form.

    Returns:
        Whether the form is never joined, and whether word frequencies join it.
    """
    if _never_join(first, second, zipf):
        return True, False
    return False, _frequent_join(first, second, zipf)


def _frequent_join(first: str, second: str, zipf: Callable[[str], float] | None) -> bool:
    """Rule 3 of the module docs: whether word frequencies show ``first-second`` is one word."""
    if zipf is None:
        return False
    joined_zipf = zipf((first + second).lower())
    if joined_zipf < 2.0:
        return False
    first_zipf, second_zipf = zipf(first.lower()), zipf(second.lower())
    if max(first_zipf, second_zipf) < 2.0:
        return True
    if joined_zipf < 3.0:
        return False
    if joined_zipf >= min(first_zipf, second_zipf) + 1.0 or min(first_zipf, second_zipf) < 3.0:
        return True
    return len(first) <= 3 and len(second) > 2 and joined_zipf >= 3.5


CLOSED_COMPOUND_LANGUAGES = frozenset({"de", "nl", "af", "fy", "lb", "sv", "da", "nb", "nn", "no", "is", "fo",
                                       "fi", "et", "hu"})  # fmt: skip
"""Languages that write a compound of two lower-case words as one word (Dutch ``groenten``, Swedish
``svartvit``, Finnish ``lämpötila``): a hyphen between two such words is kept only where the joined
spelling would clash (``linja-auto``, ``sakk-kör``), and such joined forms are no known word."""

VOWEL_CLASH_LANGUAGES = frozenset({"fi", "et"})
"""Closed-compound languages whose spelling puts a hyphen between two lower-case words only where the
first ends with the vowel the second starts with (Finnish ``linja-auto``, ``maa-alue``); coordinated
compounds (``työ- ja elinkeino``) keep a hyphen before a conjunction, which is never read here."""


@lru_cache(maxsize=65536)
def _broken_join(
    first: str,
    second: str,
    zipf: Callable[[str], float] | None,
    shortest_second: int = 3,
    closed_compounds: bool = False,
    vowel_clash: bool = False,
) -> bool:
    """Rule 3 for a hyphen that ends a line (or is followed by the space a line break left).

    There the hyphen was most likely put by the typesetter, so a known joined word (Zipf ≥ 2) is
    enough when one half is no word (``herd-`` / ``ners``), and a common one (Zipf ≥ 3) need only
    be about as frequent as the rarer half (at most half a Zipf point below):
    ``house-`` / ``holds``, German ``Gemein-`` / ``den``, Dutch ``platte-`` / ``land``. A compound
    whose parts are each clearly more frequent than the joined form stays (``health-`` / ``care``,
    ``policy-`` / ``makers``, French ``week-`` / ``end``), as do forms joined into no known word and
    forms with a first half of one or two letters (``wi-`` / ``fi``). The second half needs
    ``shortest_second`` letters: three in English, whose typesetters carry no fewer to the next
    line, two elsewhere (Catalan ``pobre-`` / ``sa``, Swedish ``hus-`` / ``et``).

    When neither half is a word (Zipf < 2) the hyphen joins no compound, so a joined word the list
    knows at all is enough (Polish ``pokro-`` / ``joną``); ``closed_compounds`` (the language writes
    its compounds as one word, :data:`CLOSED_COMPOUND_LANGUAGES`) joins any common joined word
    (Dutch ``groen-`` / ``ten``, whose halves ``groen`` and ``ten`` are more frequent words), and
    ``vowel_clash`` (:data:`VOWEL_CLASH_LANGUAGES`) any known one whose seam is no vowel clash:
    Finnish inflects each compound into many rare forms (``arvo-`` / ``sanojaan``).
    """
    if zipf is None or len(first) < 3 or len(second) < shortest_second:
        return False
    joined_zipf = zipf((first + second).lower())
    first_zipf, second_zipf = zipf(first.lower()), zipf(second.lower())
    if joined_zipf > 0.0 and max(first_zipf, second_zipf) < 2.0:
        return True
    if vowel_clash and joined_zipf > 0.0 and first[-1].lower() != second[0]:
        return True
    if joined_zipf < 2.0:
        return False
    rarer = min(first_zipf, second_zipf)
    if closed_compounds and joined_zipf >= 3.0:
        return True
    return rarer < 2.0 or (joined_zipf >= 3.0 and joined_zipf >= rarer - 0.5)


SUFFIXES: Mapping[str, frozenset[str]] = {
    "de": frozenset({"heit", "keit", "igkeit", "ung", "ungen", "schaft", "schaften", "lich", "liche",
                     "lichen", "isch", "ische"}),
    "en": frozenset({"ment", "ments", "tion", "tions", "ation", "ations", "ness", "ity", "ities", "ing",
                     "ings", "ence", "ance"}),
    "es": frozenset({"ción", "ciones", "miento", "mientos", "mente", "dad", "dades"}),
    "fr": frozenset({"tion", "tions", "ment", "ments", "ité", "ités", "ique", "iques"}),
    "it": frozenset({"zione", "zioni", "mento", "menti", "mente", "tà"}),
    "nl": frozenset({"heid", "heden", "ing", "ingen", "lijk", "lijke", "schap"}),
    "pt": frozenset({"ção", "ções", "mento", "mentos", "mente", "dade", "dades"}),
}  # fmt: skip
"""Word-forming suffixes that no compound has as its second half, by language: ``Ungleich-heit``,
``govern-ment``, ``reduc-ción`` are broken words whenever the joined word is common, even where
wordfreq counts the suffix as a word of its own (split off by its tokenizer: German ``heit``, ``ung``)."""


def _suffix_join(first: str, second: str, lang: str | None, zipf: Callable[[str], float] | None) -> bool:
    """Whether ``second`` is a suffix of the language (:data:`SUFFIXES`) and the joined word common."""
    suffixes = SUFFIXES.get((lang or "en").split("-")[0].lower())
    return (
        zipf is not None
        and suffixes is not None
        and second.lower() in suffixes
        and zipf((first + second).lower()) >= 3.0
    )


TAGALOG_PREFIXES = frozenset(
    {"mag", "nag", "pag", "pang", "nang", "mang", "tag", "pinag", "ipag", "ipinag", "makipag", "nakipag",
     "pakikipag", "magkan", "pagkakan"}
)  # fmt: skip
"""Tagalog prefixes ending in a consonant, which the spelling joins to a root starting with a vowel by a
hyphen (``mag-aaral``, ``pag-asa``, ``nag-aral``): such a hyphen is never a line-break hyphen."""


def _tagalog_hyphen(first: str, second: str) -> bool:
    """Whether ``first-second`` is a Tagalog prefix before a vowel: the hyphen the spelling asks for."""
    return first.lower() in TAGALOG_PREFIXES and second[:1].lower() in "aeiou"


def _german_noun_join(first: str, second: str, gap: str, zipf: Callable[[str], float] | None) -> bool:
    """A German noun broken after a hyphen: ``Armuts-`` / ``quote``, ``Haus-`` / ``halte``, ``Gemein- den``.

    German capitalises nouns, so the second part of a hyphenated noun compound is capitalised
    (``Armuts-Quote``, ``Nord-Süd-Kooperation``): a capitalised first half with a lower-case second
    half after a line break (or the space one left) is a word the typesetter broke, whenever the
    joined word is known (Zipf ≥ 2; ≥ 3 after a space within a line). A suspended hyphen before a
    conjunction stays (``Arbeits-`` / ``und Sozialministerin``), and so do lower-case compounds of two
    adjectives (``deutsch-`` / ``französische``), whose joined form is no word.
    """
    if zipf is None or not gap or len(first) < 3 or len(second) < 2:
        return False
    if not (first[0].isupper() and first[1:].islower() and second.islower()):
        return False
    if second in CONJUNCTIONS:
        return False
    return zipf((first + second).lower()) >= (2.0 if gap == "\n" else 3.0)


def _chain_piece(text: str, reversed_text: str, start: int) -> str | None:
    """The letters before a line-end hyphen at ``start`` that follow another hyphen (``poverty-strick-``).

    Only pieces of at least :data:`_CHAIN_PIECE` letters after a hyphen between letters are read,
    so ``state-of-the-`` / ``art`` and ``day-to-`` / ``day`` stay whole phrases.
    """
    run = _FIRST_REVERSED.match(reversed_text, len(text) - start)
    if run is None:
        return None
    size = run.end() - run.start()
    begin = start - size
    letters = text[begin:start]
    if size < _CHAIN_PIECE or size > 64 or not letters.isalpha() or begin < 2:
        return None
    if text[begin - 1] not in "-‐" or not text[begin - 2].isalpha():
        return None
    return letters


def _break_read(gap: str, second: str, zipf: Callable[[str], float] | None) -> bool:
    """Whether a hyphen followed by ``gap`` (a line break or spaces) may be read by :func:`_broken_join`.

    Not before a conjunction (a suspended hyphen at a line end: ``zorg-`` / ``en hulpverlening``),
    nor, after a hyphen and a space, before any word that may follow a suspended hyphen.
    """
    if second.lower() in CONJUNCTIONS:
        return False
    return "\n" in gap or not _function_word(second, zipf)


def _function_word(word: str, zipf: Callable[[str], float] | None) -> bool:
    """Whether ``word`` can follow a suspended hyphen: a conjunction, a short or a very common word.

    ``Produktions- in den``, ``pre- and post-war``, ``Nord- bis Südeuropa`` keep their space.
    """
    lowered = word.lower()
    return lowered in CONJUNCTIONS or len(lowered) <= 2 or (zipf is not None and zipf(lowered) >= 6.0)


class _WordsOf:
    """The words of a lower-cased text, looked up one at a time: cheaper than listing them all,
    since a text has only a few hyphenated candidates."""

    __slots__ = ("_found", "_lowered")

    def __init__(self, lowered: str, found: dict[str, bool] | None = None) -> None:
        self._lowered = lowered
        self._found: dict[str, bool] = {} if found is None else found

    def __contains__(self, word: object) -> bool:
        if not isinstance(word, str) or not word:
            return False
        found = self._found.get(word)
        if found is None:
            found = self._occurs(word)
            self._found[word] = found
        return found

    def _occurs(self, word: str) -> bool:
        """Whether ``word`` stands in the text as a whole word (found with ``str.find``, in C).

        When a step has just read the text's byte tokens (:mod:`povcorpus._tokens`) and every
        ASCII character of ``word`` is a letter, no occurrence can cross a token's edge (an ASCII
        non-letter): ``word`` stands in the text if it is a token itself, or if it stands in
        the few tokens that hold non-ASCII characters (``china’s``), read instead of the text.
        """
        text = self._lowered
        if len(text) >= _TOKENS_FROM and _ASCII_NON_LETTER.search(word) is None:
            tokens = remembered_tokens(text)
            if tokens is not None:
                if word.encode("utf-8", "surrogatepass") in tokens[0]:
                    return True
                text = tokens[1]
        return _whole_word_in(text, word)


_TOKENS_FROM = 4096
"""From this text length on, remembered tokens are asked before the text is searched."""
_LOOKUPS_FOR_TOKENS = 32
"""Whole-word look-ups of a long text from which reading its byte tokens once costs less.

Reading the tokens costs about as much as 25 to 28 searches of the text for a word it lacks
(measured on ASCII, Latin-1 and UCS-2 text of 110,000 characters); a word it holds is found sooner."""


def _read_tokens_if_cheaper(
    lowered: str,
    pairs: list[tuple[int, int, str, str]],
    zipf: Callable[[str], float] | None,
    known: dict[str, bool],
) -> None:
    """Read ``lowered``'s byte tokens (remembered for :meth:`_WordsOf._occurs`) if a pass asks many words.

    The words asked are the joined forms of the hyphenated pairs that word lists alone do not
    decide, less those already known: counted before the pass, the same set the pass asks.
    Only the cost changes: a remembered token set gives the answers the searches give.
    """
    if remembered_tokens(lowered) is not None:
        return
    asked = {
        joined
        for _, _, first, second in pairs
        if second[0].islower()
        and not _word_rules(first, second, zipf)[0]
        and (joined := (first + second).lower()) not in known
        and _ASCII_NON_LETTER.search(joined) is None
    }
    if len(asked) >= _LOOKUPS_FOR_TOKENS:
        byte_tokens(lowered)


_ASCII_NON_LETTER = re.compile("[\x00-\x60\x7b-\x7f]")


def _whole_at(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` has no letter right before or right after it."""
    return (start == 0 or not text[start - 1].isalpha()) and (end == len(text) or not text[end].isalpha())


def _whole_word_in(text: str, word: str) -> bool:
    """Whether ``word`` occurs in ``text`` with no letter right before or right after it."""
    return any(_whole_at(text, start, start + len(word)) for start in places(text, word))


def _whole_word_count(text: str, word: str) -> int:
    """How often ``word`` occurs in ``text`` with no letter right before or right after it (none overlapping).

    ``pro-gram`` inside ``Npro-gramew`` is not a use of ``pro-gram``: counting it would make the
    decision depend on words that a later step may remove (a title), and a second run differ.
    """
    count = after = 0
    for start in places(text, word):
        if start >= after and _whole_at(text, start, start + len(word)):
            count += 1
            after = start + len(word)
    return count


@register_cleaner("dehyphenate")
def dehyphenate(text: str, ctx: CleanContext) -> CleanResult:
    """Join words split by line-break hyphenation; keep real compounds.

    >>> ctx = CleanContext(vocabulary=frozenset({"program", "input"}))
    >>> dehyphenate("the pro-gram and its in-put, well-off and poverty-stricken", ctx).text
    'the program and its input, well-off and poverty-stricken'

    Args:
        text: the text to clean.
        ctx: the context: ``lang`` picks the word-frequency list, ``vocabulary``
            holds the document's own words. Option ``dehyphenate.wordlist``: which
            wordfreq list to read (:data:`WORDLISTS`; ``"small"`` bounds memory).

    Returns:
        The text with joined words and one edit per removed hyphen (or soft hyphen).

    Raises:
        OptionError: ``dehyphenate.wordlist`` names no list of :data:`WORDLISTS`.
    """
    if "-" not in text and "‐" not in text and "\u00ad" not in text and "¬" not in text:
        return CleanResult(text)
    # A joined word enters the text's own vocabulary and can decide another hyphen
    # (``Chin-a Ch-ina``): repeat until nothing changes, so cleaning twice changes nothing.
    edits: tuple[Edit, ...] = ()
    known: dict[str, bool] = {}  # whether a word stands in the text, carried from pass to pass
    for _ in range(4):
        new_text, new_edits, touched = _dehyphenate_once(text, ctx, known)
        if not new_edits:
            break
        text = new_text
        edits += new_edits
        if ctx.vocabulary:
            break  # the document's vocabulary does not change with this text
        if touched is None:
            known.clear()
        else:
            for word in touched:
                known.pop(word, None)
    return CleanResult(text, edits)


def _hyphens(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_HYPHEN`` in ``text``, hyphen character by hyphen character (in no set order)."""
    for hyphen, pattern in _HYPHENS:
        if hyphen in text:
            yield from pattern.finditer(text)


def _first_half(text: str, reversed_text: str, start: int) -> str | None:
    """What ``_FIRST.search(text, max(0, start - 64), start)`` finds: the letters before a hyphen.

    The letters are read backwards in the reversed text, in one match. When they are all
    letters in Python's sense (hence word characters), ``_FIRST`` can only match from where
    they start, and only when that is at most 64 characters back and no word character or
    hyphen comes before; other runs (combining marks, Greek punctuation) are searched as before.
    """
    run = _FIRST_REVERSED.match(reversed_text, len(text) - start)
    if run is not None:
        size = run.end() - run.start()
        letters = text[start - size : start]
        if letters.isalpha():
            if size > 64:
                return None
            before = text[start - size - 1] if start > size else ""
            if before and (before.isalnum() or before in "_-‐"):
                return None
            return letters
    found = _FIRST.search(text, max(0, start - 64), start)
    return found.group() if found is not None else None


def _dehyphenate_once(
    text: str, ctx: CleanContext, known: dict[str, bool]
) -> tuple[str, tuple[Edit, ...], set[str] | None]:
    """One pass of :func:`dehyphenate`: the new text, its edits, and the words whose presence it changed.

    ``known`` holds, for words already looked up in ``text``, whether they stand in it as whole
    words; the pass adds to it. Joining ``a-b`` can only make ``ab`` appear and ``a`` or ``b``
    disappear as whole words, so those are the words returned (``None``: forget every word, after
    a join whose lower-casing is not letter for letter, or a removed soft hyphen).
    """
    spans: list[tuple[int, int, str]] = []
    touched: set[str] | None = set()
    if "\u00ad" in text:
        spans.extend((m.start(), m.end(), "") for m in _SOFT_HYPHEN.finditer(text))
    if "¬" in text:
        spans.extend(
            (m.start(), m.end(), "")
            for m in _NOT_SIGN.finditer(text)
            if text[m.end() : m.end() + 2].islower()
        )
    if spans:
        touched = None
    vocabulary: Container[str] | None = ctx.vocabulary or None
    zipf = _frequency_function(ctx.lang, wordlist_option(ctx.options))
    language = ctx.base_lang or "en"
    english, german, tagalog = language == "en", language == "de", language in ("tl", "fil")
    closed, vowel_clash = language in CLOSED_COMPOUND_LANGUAGES, language in VOWEL_CLASH_LANGUAGES
    lowered: str | None = None
    decisions: dict[tuple[str, str, str], bool] = {}
    reversed_text = text[::-1]
    pairs: list[tuple[int, int, str, str]] = []
    for match in _hyphens(text):
        start, end = match.start(), match.end()
        first = _first_half(text, reversed_text, start)
        if first is None and "\n" in text[start:end]:
            first = _chain_piece(text, reversed_text, start)
        second_match = _SECOND.match(text, end)
        if first is not None and second_match is not None:
            pairs.append((start, end, first, second_match.group()))
    if vocabulary is None and len(text) >= _TOKENS_FROM and len(pairs) >= _LOOKUPS_FOR_TOKENS:
        lowered = text.lower()
        _read_tokens_if_cheaper(lowered, pairs, zipf, known)
    for start, end, first, second in pairs:
        if not second[0].islower():
            if text[end - 1] != "-" and "\n" not in text[start:end]:
                spans.append((start + 1, end, ""))  # Cäcilien- Konservatorium
            continue
        # what follows the hyphen: nothing, a line break, or the spaces a line break may have left
        gap = "" if end - start == 1 else "\n" if "\n" in text[start:end] else " "
        key = (first, second, gap)
        decision = decisions.get(key)
        if decision is None:
            never, frequent = _word_rules(first, second, zipf)  # what should_join decides without the text
            # A conjunction after a hyphen and a space inside a line: a suspended hyphen (``zorg- en
            # hulpverlening``), even when the joined word (``zorgen``) stands elsewhere in the text.
            never = (
                never
                or (gap == " " and second.lower() in CONJUNCTIONS)
                or (tagalog and _tagalog_hyphen(first, second))  # the hyphen Tagalog spelling asks for
            )
            if not never and not frequent:
                frequent = (
                    (
                        gap != ""
                        and _break_read(gap, second, zipf)
                        and _broken_join(first, second, zipf, 3 if english else 2, closed, vowel_clash)
                    )
                    or _suffix_join(first, second, ctx.lang, zipf)
                    or (german and _german_noun_join(first, second, gap, zipf))
                )
            decision = False
            if not never:
                if lowered is None:
                    lowered = text.lower()
                if vocabulary is None:
                    vocabulary = _WordsOf(lowered, known)
                joined = (first + second).lower()
                decision = frequent
                if joined in vocabulary:
                    hyphenated = _whole_word_count(lowered, f"{first}-{second}".lower())
                    joined_count = _whole_word_count(lowered, joined)
                    decision = not (hyphenated >= 2 and hyphenated >= joined_count)
            decisions[key] = decision
        if decision:
            spans.append((start, end, ""))
            if touched is not None:
                joined = (first + second).lower()
                if joined.isalpha() and len(joined) == len(first) + len(second) and "Σ" not in first + second:
                    touched.update((first.lower(), second.lower(), joined))
                else:
                    touched = None  # "İ" lowers to two characters, "Σ" to "σ" or "ς"
        elif text[end - 1] != "-" and "\n" not in text[start:end] and not _function_word(second, zipf):
            spans.append((start + 1, end, ""))
    if not spans:
        return text, (), touched
    new_text, edits = replace_spans(text, spans, "dehyphenate", ctx.field, ctx.step)
    return new_text, edits, touched
