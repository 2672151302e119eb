"""Writing systems of letters, and the script fast paths of language detection.

Letters are counted by script with the one table of :mod:`povcorpus._script`
(Latin, Cyrillic, Arabic, Han, kana, Hangul, the Indic scripts, Georgian,
Ethiopic…); this module weighs the counts and holds the rules that decide a
language from its script alone:

* Han with kana → ``ja``; Han alone → ``zh``; Hangul → ``ko``;
* a script used by one major language (Greek, Hebrew, Thai, Georgian…) → it;
* Arabic script → ``ur``, ``fa`` or ``ar`` from the letters only some of them
  use (ٹ ڈ ڑ ں ے ہ are Urdu; پ چ ژ گ and Persian ی/ک are Persian; ي ى ك ة
  are Arabic).

Scripts shared by many languages (Latin, Cyrillic, Devanagari, Arabic text
with none of the telling letters) are left to a statistical backend, but the
script still narrows its candidate languages (:data:`SCRIPT_LANGUAGES`).
"""

from __future__ import annotations

from collections import Counter

from povcorpus._script import script_counts, script_of

__all__ = [
    "CJK_SCRIPTS",
    "CJK_WEIGHT",
    "SCRIPT_LANGUAGES",
    "arabic_script_language",
    "keep_script",
    "language_script",
    "script_counts",
    "script_fast_path",
    "script_of",
    "script_shares",
    "weighted_letters",
]


CJK_SCRIPTS = frozenset({"Han", "Kana", "Hangul"})
"""Scripts whose characters carry about a word each."""

CJK_WEIGHT = 3
"""How many letters one Han, kana or Hangul character counts for.

A Chinese translation of an English text has about a third of its
characters, so shares and dominance weigh these characters three times;
otherwise one Chinese line would look like a third of the Latin letters of
a line three times as long.
"""

_LATIN = frozenset(
    [
        "af",
        "az",
        "bs",
        "ca",
        "cs",
        "cy",
        "da",
        "de",
        "en",
        "eo",
        "es",
        "et",
        "eu",
        "fi",
        "fo",
        "fr",
        "fy",
        "ga",
        "gd",
        "gl",
        "ha",
        "hr",
        "ht",
        "hu",
        "id",
        "ig",
        "is",
        "it",
        "jv",
        "la",
        "lb",
        "lg",
        "lt",
        "lv",
        "mg",
        "mi",
        "ms",
        "mt",
        "nb",
        "nl",
        "nn",
        "no",
        "oc",
        "om",
        "pl",
        "pt",
        "qu",
        "ro",
        "rw",
        "sk",
        "sl",
        "sn",
        "so",
        "sq",
        "sr",
        "st",
        "sv",
        "sw",
        "tk",
        "tl",
        "tn",
        "tr",
        "ts",
        "uz",
        "vi",
        "wa",
        "xh",
        "yo",
        "zu",
    ]
)

SCRIPT_LANGUAGES: dict[str, frozenset[str]] = {
    "Latin": _LATIN,
    "Cyrillic": frozenset(["ru", "uk", "bg", "mk", "sr", "be", "kk", "ky", "mn", "tg", "tt", "ba"]),
    "Arabic": frozenset(["ar", "fa", "ur", "ps", "ku", "sd", "ug"]),
    "Devanagari": frozenset(["hi", "mr", "ne", "sa"]),
}
"""Candidate languages of the scripts shared by several languages (ISO 639-1)."""

_SINGLE: dict[str, str] = {
    "Armenian": "hy",
    "Bengali": "bn",
    "Ethiopic": "am",
    "Georgian": "ka",
    "Greek": "el",
    "Gujarati": "gu",
    "Gurmukhi": "pa",
    "Hangul": "ko",
    "Hebrew": "he",
    "Kannada": "kn",
    "Khmer": "km",
    "Lao": "lo",
    "Malayalam": "ml",
    "Myanmar": "my",
    "Oriya": "or",
    "Sinhala": "si",
    "Tamil": "ta",
    "Telugu": "te",
    "Thai": "th",
    "Thaana": "dv",
    "Tibetan": "bo",
}

_URDU = frozenset("ٹڈڑںےہۓھ")
_PERSIAN = frozenset("پچژگیک")
_ARABIC = frozenset("يىكة")


def weighted_letters(counts: Counter[str]) -> dict[str, int]:
    """Weigh script counts so that a CJK character counts :data:`CJK_WEIGHT` letters."""
    return {script: n * (CJK_WEIGHT if script in CJK_SCRIPTS else 1) for script, n in counts.items()}


def script_shares(counts: Counter[str]) -> tuple[tuple[str, float], ...]:
    """Weighted share of each script, largest first (ties by name), e.g. ``(("Latin", 0.9), ("Han", 0.1))``.

    Han and kana are reported apart, but for dominance Japanese Han+kana text
    is decided in :func:`script_fast_path`.
    """
    weighted = weighted_letters(counts)
    total = sum(weighted.values())
    if not total:
        return ()
    ordered = sorted(weighted.items(), key=lambda item: (-item[1], item[0]))
    return tuple((script, round(n / total, 4)) for script, n in ordered)


def language_script(counts: Counter[str]) -> str | None:
    """The script that decides the language: most *weighted* letters, Han and kana as one.

    Not :func:`povcorpus._script.dominant_script` (most letters, unweighted, what
    cleaners ask): here a Han character weighs as much as a Latin word, and
    Japanese Han with kana is ``"Kana"``.
    """
    weighted = weighted_letters(counts)
    if not weighted:
        return None
    # Japanese writes Han and kana together: they compete as one script.
    han_kana = weighted.get("Han", 0) + weighted.get("Kana", 0)
    others = {script: n for script, n in weighted.items() if script not in {"Han", "Kana"}}
    best_other = max(sorted(others), key=others.__getitem__) if others else None
    if han_kana and (best_other is None or han_kana >= others[best_other]):
        return "Kana" if counts.get("Kana", 0) >= _kana_needed(counts) else "Han"
    return best_other


def _kana_needed(counts: Counter[str]) -> int:
    # One の in a long Chinese paragraph (a brand name) must not make it Japanese.
    han_kana = counts.get("Han", 0) + counts.get("Kana", 0)
    return max(1, round(0.03 * han_kana))


def arabic_script_language(text: str) -> str | None:
    """Decide ``ur``, ``fa`` or ``ar`` from letters only some of them use; ``None`` if none occur.

    Urdu also writes پ چ گ ی ک, so its own letters are checked first; Persian
    texts typed on Arabic keyboards use ي and ك, so Arabic letters win only
    when they outnumber the Persian ones.

    >>> arabic_script_language("این یک متن فارسی است"), arabic_script_language("هذا نص عربي")
    ('fa', 'ar')
    """
    # One C-level count per letter (the three sets share none): no Python loop over the text.
    urdu = sum(map(text.count, _URDU))
    persian = sum(map(text.count, _PERSIAN))
    arabic = sum(map(text.count, _ARABIC))
    if not urdu + persian + arabic:
        return None
    if urdu and urdu * 4 >= arabic:
        return "ur"
    if persian > arabic:
        return "fa"
    if arabic > persian:
        return "ar"
    return None


def script_fast_path(text: str, counts: Counter[str]) -> tuple[str | None, str | None]:
    """Return ``(language, dominant script)``; the language is ``None`` when the script cannot tell.

    Args:
        text: the text, used only for the letters of Arabic script.
        counts: :func:`script_counts` of ``text``.
    """
    script = language_script(counts)
    if script is None:
        return None, None
    if script == "Kana":
        return "ja", script
    if script == "Han":
        return "zh", script
    if script == "Arabic":
        return arabic_script_language(text), script
    if script in SCRIPT_LANGUAGES:
        return None, script
    return _SINGLE.get(script), script


def keep_script(text: str, script: str) -> str:
    """Replace letters of every other script by spaces, so a backend sees one script only.

    ``"Kana"`` keeps Han and kana together (Japanese), ``"Han"`` keeps Han alone.
    """
    keep = {"Han", "Kana"} if script == "Kana" else {script}
    # Each distinct character is looked at once; str.translate then rewrites the text in C.
    table = {ord(char): " " for char in set(text) if char.isalpha() and script_of(char) not in keep}
    return text.translate(table) if table else text
