"""What a Latin or Cyrillic word is: common, rare, English, or a made-up gambling name.

Read from ``wordfreq``'s small lists when it is installed (without it no word counts as
common or rare, and only the shapes of :mod:`._lexicon` make a name).
"""

from __future__ import annotations

import re
from functools import lru_cache

from povcorpus.boilerplate.gambling._lexicon import (
    _BRAND_MORPHEMES,
    _CORE,
    _DOWNLOAD,
    _MODIFIER,
    _SPAMMY,
    NOT_BRANDS,
)


def _brandlike(word: str) -> bool:
    """Whether ``word`` reads as a made-up gambling name rather than a common or gambling word."""
    lowered = word.lower()
    if lowered in NOT_BRANDS or lowered.isdigit() or _inner_morpheme(word) or _common(lowered):
        return False
    if _AMOUNT.fullmatch(word):
        return False  # ``R90``, ``RM88``, ``Rp50``: a currency and its amount, no name
    if word.isalpha() and len(word) > _LONGEST_BRAND:
        return False  # ``Playbackveranstaltung``: a compound that starts with a morpheme, no made-up name
    return not any(pattern.fullmatch(word) for pattern in (_CORE, _MODIFIER, _DOWNLOAD, _SPAMMY))


#: An amount written with its currency's letters (rand, ringgit, rupiah, rupee, naira, shilling, cedi).
_AMOUNT = re.compile(r"(?:R|RM|Rp|Rs|N|KSh|Ksh|GH)\d[\d.,]*")
#: Made-up gambling names of letters alone are short (``Fortunabet``, ``JackpotCity``).
_LONGEST_BRAND = 15


def _inner_morpheme(word: str) -> bool:
    """Whether a lower-case word holds its gambling morphemes only inside (``buurtwinkel``, ``display``).

    Names put the morpheme first or last (``winamax``, ``duniawin``, ``fortunabet``); a word of letters
    with the morpheme in its middle is a compound or an everyday word that happens to hold it, and so
    is a lower-case word with letters beyond ASCII (Turkish ``betonlandı``: made-up names are ASCII).
    """
    lowered = word.lower()
    if not (word.islower() and word.isalpha()):
        return False
    if not word.isascii():
        return True  # ``betonlandı``: a made-up name in lower case is written in ASCII letters
    return not lowered.startswith(_BRAND_MORPHEMES) and not lowered.rstrip("s").endswith(_BRAND_MORPHEMES)


#: Languages whose word lists decide that a word is common (``spingere``, ``stakeholder``) and not a name.
_WORD_LANGS = ("en", "it", "fr", "es", "de", "pt", "nl", "pl", "tr", "id", "ro", "sv")
#: The languages whose word lists say a word is no made-up name: :data:`_WORD_LANGS`, Vietnamese
#: (``chơi``, ``doanh``), Hungarian, Malay and Filipino (``Nyugdíjasok``, ``pedalaman``, ``kabataan``),
#: Finnish, Lithuanian and Czech (``Joensuussa``, ``Zarasuose``: places in their cases). Their
#: lists hold many English words, so they do not say what is English.
_NAME_LANGS = (*_WORD_LANGS, "vi", "hu", "ms", "fil", "fi", "lt", "cs")
#: Languages whose word lists decide for a word in Cyrillic letters (``могут``, Serbian ``добила`` are no
#: names; wordfreq's Serbo-Croatian list reads both alphabets).
_CYRILLIC_LANGS = ("ru", "uk", "bg", "sh")
_CYRILLIC = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=4096)
def _zipf(word: str) -> float | None:
    """The highest Zipf frequency of ``word`` in :data:`_WORD_LANGS` (``None`` without ``wordfreq``).

    Read from wordfreq's *small* lists (every word at Zipf 3 or more; the rest count as 0):
    the thresholds below only ask "common" (≥ 3) or "rare" (< 2.8), so the first language in
    which the word is common answers (its value, not the highest) and the lists of the later
    languages load only when a word is rare in the earlier ones. A word in Cyrillic letters is
    read in :data:`_CYRILLIC_LANGS`. The small lists take about 3 MiB a language where the full
    ones take about 40 MiB.
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return None
    highest = 0.0
    for lang in _CYRILLIC_LANGS if _CYRILLIC.search(word) else _NAME_LANGS:
        highest = max(highest, zipf_frequency(word, lang, wordlist="small"))
        if highest >= 3.0:
            break
    return highest


def _common(word: str) -> bool:
    """A word common in some language (Zipf >= 3, from ``wordfreq`` when installed)."""
    frequency = _zipf(word)
    return frequency is not None and frequency >= 3.0


#: Made-up names are short; a longer rare word is a compound of a language that writes them closed up
#: (``aanvraagformulier``, ``Internetanschluss``), not a name.
_LONGEST_NAME = 12


def _unknown(word: str) -> bool:
    """A word rare in every word list (Zipf < 2.8 in each): a name, made up or borrowed (``rabona``).

    False without ``wordfreq``. Common words of any of the languages are 3 or more; brands that a
    few pages name (``winamax``, 2.6) sit just under 2.8 (tuned on the tune half).
    """
    if not (_LATIN_LETTER.search(word) or _CYRILLIC.search(word)):
        return False  # Arabic, Persian and other scripts: no word list here says what is rare in them
    if word.islower() and (_CYRILLIC.search(word) or not word.isascii()):
        # ``подпольное казино``, ``теплиць``, Turkish ``asfaltlandı``: inflected words are rare in the short
        # lists; a made-up name in lower case is written in ASCII letters
        return False
    frequency = _zipf(word.lower())
    return frequency is not None and frequency < 2.8 and 4 <= len(word) <= _LONGEST_NAME and word.isalpha()


_LATIN_LETTER = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _script(text: str) -> str:
    """``"latin"``, ``"cyrillic"`` or ``""`` (neither, or none) for the most letters of ``text``."""
    latin = len(_LATIN_LETTER.findall(text))
    cyrillic = len(_CYRILLIC.findall(text))
    return "latin" if latin > cyrillic else "cyrillic" if cyrillic > latin else ""


_HOST_WORD = re.compile(r"[^\W\d_]{2,}")


def _foreign_english(word: str, host: str) -> bool:
    """Whether ``word`` is English rather than of another language, and ``host`` is not English text.

    A lower-case name (``big grirea``, ``royal panda``) cannot be told from the host's words by its
    case; an English word before a made-up one in a sentence of another language is the name's.
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return False
    english = zipf_frequency(word, "en", wordlist="small")
    others = max(zipf_frequency(word, lang, wordlist="small") for lang in _WORD_LANGS[1:])
    if english < 3.0 or english - others < 0.5:
        return False  # not English, or as much a word of another language (royal, golden)
    words = [found.lower() for found in _HOST_WORD.findall(host)]
    in_english = sum(1 for found in words if _mostly_english(found))
    return len(words) >= 4 and in_english * 2 < len(words)


@lru_cache(maxsize=4096)
def _mostly_english(word: str) -> bool:
    """Whether ``word`` is common in English and commoner there than in any of :data:`_WORD_LANGS`."""
    from wordfreq import zipf_frequency

    english = zipf_frequency(word, "en", wordlist="small")
    return english >= 3.0 and all(
        english >= zipf_frequency(word, lang, wordlist="small") for lang in _WORD_LANGS
    )


def _english(word: str) -> bool:
    """Whether ``word`` is a common English word: what the first word of a two-word brand is.

    Names are made of English words whatever the language of the page (``Royal``, ``Lucky``,
    ``Golden``); a capitalised word of another language before a name is the host's (``Congresso``),
    and so is a rare one (a person's name: ``Leive``).
    """
    try:
        from wordfreq import zipf_frequency
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return False
    return zipf_frequency(word.lower(), "en", wordlist="small") >= 3.0


_INNER_WORD = re.compile(r"(?<=[^\W\d_] )[^\W\d_]+")


def _capitalises_nouns(text: str) -> bool:
    """Whether ``text`` capitalises many words inside its sentences, as German does its nouns.

    A text of fewer than four words inside sentences shows too little to tell, and counts as one.
    """
    words = _INNER_WORD.findall(text)
    titled = sum(1 for word in words if word[0].isupper())
    return len(words) < 4 or titled * 5 > len(words)
