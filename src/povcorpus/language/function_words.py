"""A cheap check that a paragraph is still in its document's language: function words.

Running a statistical model on every paragraph would dominate the pipeline.
Function words (articles, prepositions, conjunctions, pronouns) make up a
third or more of the words of running text and differ between languages, so
counting them is a fast, deterministic first opinion: when a paragraph has
enough function words of its document's language, and at least as many as of
any other listed language, it is taken to be in that language without asking
the model. Otherwise, or when the language has no list here, the caller asks
the model. Lists cover the Latin- and Cyrillic-script languages the corpus is
most likely to mix; they decide nothing on their own, they only save work.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import filterfalse

__all__ = ["FUNCTION_WORDS", "MIN_WORDS", "same_language"]

_LISTS: dict[str, str] = {
    "en": "the of and to in is that for it with as was on are be by this from at or have an which not "
    "were has its their they he she we but been will would there can",
    "it": "il lo la i gli le di del della dei delle e è che per con un una non si da dal nella nel al alla "
    "sono come anche più ha ma ed questo questa degli",
    "fr": "le la les de des du et est que qui dans pour un une en au aux sur pas par ne il elle nous vous "
    "ce cette sont avec mais ont été",
    "es": "el la los las de del y que en un una es por con para se no su sus al lo como más pero fue "
    "este esta son ha muy",
    "pt": "o a os as de do da dos das e que em um uma é para com não no na nos nas por se seu sua ao mais "
    "foi são pelo pela",
    "de": "der die das und ist nicht den dem des ein eine einer zu mit von auf für sich im auch es sie "
    "wir ich wird werden sind hat war",
    "nl": "de het een en van is dat niet op te in zijn voor met die er aan ook als bij door maar wordt "
    "werd naar om hij ze",
    "tr": "ve bir bu da de için ile olarak daha çok gibi ne o en ki ama sonra kadar olan her şey değil "
    "var yok",
    "pl": "i w na z się nie do że to jest o jak po co ale od za przez dla są być był tak jego jej",
    "cs": "a v se na je že s z do to o k ve jako by za pro jsou jeho není ale tak když",
    "ro": "și de la în a cu o un pe că este nu din care mai ca pentru sau sunt fost al ale",
    "sv": "och i att det som en på är av för med till den har inte om ett de var men jag",
    "da": "og i at det som en på er af for med til den har ikke om et de var men jeg",
    "no": "og i å det som en på er av for med til den har ikke om et de var men jeg",
    "id": "dan yang di ini itu dengan untuk dari dalam tidak akan pada ke adalah juga oleh atau ada",
    "ca": "el la els les de del i que en un una és per amb no es al als com més però",
    "fi": "ja on ei se että oli ovat hän mutta kun tai myös kuin joka sekä ole",
    "hu": "a az és hogy nem is egy de van meg el ki mint csak már még volt",
    "ru": "и в не на что с по как это он она они к у из за от для но же так бы был было",
    "uk": "і в не на що з по як це він вона вони до у із за від для але та так був було",
    "bg": "и в не на че с по като това той тя те за от да се е са но",
}

FUNCTION_WORDS: dict[str, frozenset[str]] = {lang: frozenset(words.split()) for lang, words in _LISTS.items()}
"""Frequent function words per ISO 639-1 code."""

_INDEX: dict[str, tuple[str, ...]] = {}
for _lang, _words in FUNCTION_WORDS.items():
    for _word in _words:
        _INDEX[_word] = (*_INDEX.get(_word, ()), _lang)

MIN_WORDS = 6
"""Paragraphs with fewer words than this are not judged (they keep their document's language)."""

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
"""A word: letters (no digits, no underscore), two runs joined by one apostrophe at most."""

_KEYS = frozenset(_INDEX)
# ASCII characters that can never be part of a word (all but letters and the apostrophe) become
# spaces, bytes of UTF-8 sequences stay: one C pass that ``str.split`` can then cut into tokens.
_SEPARATE = bytes(
    code if chr(code).isalpha() or code == ord("'") or code >= 0x80 else 0x20 for code in range(256)
)


def same_language(text: str, lang: str) -> bool | None:
    """Whether ``text`` looks like ``lang`` by its function words.

    Returns:
        ``True`` when ``lang`` has the most function words (or the text is too
        short to judge), ``False`` when another listed language has more or
        ``lang``'s make up under 5 % of the words, ``None`` when ``lang`` has no
        list (the caller must ask a model).

    >>> same_language("The report said that the country has made progress in the fight", "en")
    True
    >>> same_language("Il rapporto ha detto che il paese ha fatto progressi nella lotta", "en")
    False
    """
    if lang not in FUNCTION_WORDS:
        return None
    total, found = _count_words(text)
    if total < MIN_WORDS:
        return True
    # Spread each function word's count over its languages.
    hits: dict[str, int] = {}
    for word, count in found.items():
        for code in _INDEX[word]:
            hits[code] = hits.get(code, 0) + count
    own = hits.get(lang, 0)
    if own * 20 < total:
        return False
    return max(hits.values()) <= own


def _count_words(text: str) -> tuple[int, Counter[str]]:
    """The number of :data:`_WORD` words of ``text``, and how often each function word is one, lowercased.

    The same answer as ``_WORD.findall`` with each word lowercased, at C speed: the
    text is lowercased whole, every ASCII character that cannot be in a word becomes
    a space, and ``str.split`` cuts it into tokens. A token of letters only is
    exactly one word; only the others (apostrophes, digits of other scripts,
    punctuation outside ASCII) go through the regular expression, each on its own,
    or the whole text does when they are more than a quarter of the tokens.
    Lowercasing the whole text equals lowercasing each word when no character
    changes length (``İ`` becomes two; text with one is read word by word) and no
    character changes class (tested for every code point); a Greek sigma may take
    another form, but no function word holds one.
    """
    lowered = text.lower()
    if len(lowered) != len(text):
        words = _WORD.findall(text)
        return len(words), Counter(word for word in map(str.lower, words) if word in _KEYS)
    if lowered.isascii():
        separated = lowered.encode("ascii").translate(_SEPARATE).decode("ascii")
    else:
        # Lone surrogates are valid in a str and not in UTF-8: "surrogatepass" keeps them as they are.
        data = lowered.encode("utf-8", "surrogatepass").translate(_SEPARATE)
        separated = data.decode("utf-8", "surrogatepass")
    tokens = separated.split()
    total = len(tokens)
    found = Counter(filter(_KEYS.__contains__, tokens))
    if not lowered.isascii() or "'" in lowered:
        awkward = list(filterfalse(str.isalpha, tokens))
        if len(awkward) * 4 > total:
            # Mostly tokens that are not all letters: one regex pass over the whole text costs less.
            words = _WORD.findall(lowered)
            return len(words), Counter(filter(_KEYS.__contains__, words))
        for token in awkward:
            words = _WORD.findall(token)
            total += len(words) - 1
            found.update(filter(_KEYS.__contains__, words))
    return total, found
