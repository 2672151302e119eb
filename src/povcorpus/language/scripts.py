"""Writing systems of letters, and the script fast paths of language detection.

This extends the idea of :mod:`povcorpus._script` with the scripts language
identification needs (Armenian, Georgian, the Indic scripts, Ethiopic…) and
with the rules that decide a language from its script alone:

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

import bisect
import re
from collections import Counter

__all__ = [
    "CJK_SCRIPTS",
    "CJK_WEIGHT",
    "SCRIPT_LANGUAGES",
    "arabic_script_language",
    "dominant_script",
    "keep_script",
    "script_counts",
    "script_fast_path",
    "script_of",
    "script_shares",
    "weighted_letters",
]

# (first, last, script), sorted by first code point; gaps are "Other".
_RANGES: tuple[tuple[int, int, str], ...] = (
    (0x0041, 0x024F, "Latin"),
    (0x0250, 0x02AF, "Latin"),
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0530, 0x058F, "Armenian"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0700, 0x074F, "Syriac"),
    (0x0750, 0x077F, "Arabic"),
    (0x0780, 0x07BF, "Thaana"),
    (0x08A0, 0x08FF, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0980, 0x09FF, "Bengali"),
    (0x0A00, 0x0A7F, "Gurmukhi"),
    (0x0A80, 0x0AFF, "Gujarati"),
    (0x0B00, 0x0B7F, "Oriya"),
    (0x0B80, 0x0BFF, "Tamil"),
    (0x0C00, 0x0C7F, "Telugu"),
    (0x0C80, 0x0CFF, "Kannada"),
    (0x0D00, 0x0D7F, "Malayalam"),
    (0x0D80, 0x0DFF, "Sinhala"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x0E80, 0x0EFF, "Lao"),
    (0x0F00, 0x0FFF, "Tibetan"),
    (0x1000, 0x109F, "Myanmar"),
    (0x10A0, 0x10FF, "Georgian"),
    (0x1100, 0x11FF, "Hangul"),
    (0x1200, 0x139F, "Ethiopic"),
    (0x1780, 0x17FF, "Khmer"),
    (0x1800, 0x18AF, "Mongolian"),
    (0x1C80, 0x1C8F, "Cyrillic"),
    (0x1C90, 0x1CBF, "Georgian"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x1F00, 0x1FFF, "Greek"),
    (0x2C00, 0x2C5F, "Other"),
    (0x2C60, 0x2C7F, "Latin"),
    (0x2DE0, 0x2DFF, "Cyrillic"),
    (0x3005, 0x3007, "Han"),
    (0x3040, 0x30FF, "Kana"),
    (0x3100, 0x312F, "Han"),  # Bopomofo is only used to annotate Chinese
    (0x3130, 0x318F, "Hangul"),
    (0x31F0, 0x31FF, "Kana"),
    (0x3400, 0x4DBF, "Han"),
    (0x4E00, 0x9FFF, "Han"),
    (0xA640, 0xA69F, "Cyrillic"),
    (0xA720, 0xA7FF, "Latin"),
    (0xA960, 0xA97F, "Hangul"),
    (0xAB30, 0xAB6F, "Latin"),
    (0xAC00, 0xD7FF, "Hangul"),
    (0xF900, 0xFAFF, "Han"),
    (0xFB00, 0xFB06, "Latin"),
    (0xFB1D, 0xFB4F, "Hebrew"),
    (0xFB50, 0xFDFF, "Arabic"),
    (0xFE70, 0xFEFF, "Arabic"),
    (0xFF21, 0xFF5A, "Latin"),
    (0xFF66, 0xFF9F, "Kana"),
    (0xFFA0, 0xFFDC, "Hangul"),
    (0x20000, 0x3134F, "Han"),
)
_STARTS = tuple(first for first, _, _ in _RANGES)

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
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def script_of(char: str) -> str | None:
    """Return the script of a letter, ``None`` for a non-letter, ``"Other"`` for scripts not listed.

    >>> script_of("ی"), script_of("ㄅ"), script_of("5")
    ('Arabic', 'Han', None)
    """
    if not char.isalpha():
        return None
    code = ord(char)
    index = bisect.bisect_right(_STARTS, code) - 1
    if index >= 0 and code <= _RANGES[index][1]:
        return _RANGES[index][2]
    return "Other"


def script_counts(text: str) -> Counter[str]:
    """Count the letters of ``text`` by script (unweighted)."""
    counts: Counter[str] = Counter()
    if text.isascii():
        latin = len(_ASCII_LETTER.findall(text))
        if latin:
            counts["Latin"] = latin
        return counts
    # Count distinct characters in C first: a text has far fewer of them than characters.
    for char, n in Counter(text).items():
        script = script_of(char)
        if script is not None:
            counts[script] += n
    return counts


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


def _dominant(counts: Counter[str]) -> str | None:
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


def dominant_script(counts: Counter[str]) -> str | None:
    """The script with the most weighted letters; ``"Kana"`` for Japanese Han+kana text."""
    return _dominant(counts)


def arabic_script_language(text: str) -> str | None:
    """Decide ``ur``, ``fa`` or ``ar`` from letters only some of them use; ``None`` if none occur.

    Urdu also writes پ چ گ ی ک, so its own letters are checked first; Persian
    texts typed on Arabic keyboards use ي and ك, so Arabic letters win only
    when they outnumber the Persian ones.

    >>> arabic_script_language("این یک متن فارسی است"), arabic_script_language("هذا نص عربي")
    ('fa', 'ar')
    """
    urdu = persian = arabic = 0
    for char in text:
        if char in _URDU:
            urdu += 1
        elif char in _PERSIAN:
            persian += 1
        elif char in _ARABIC:
            arabic += 1
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
    script = _dominant(counts)
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
    return "".join(char if not char.isalpha() or script_of(char) in keep else " " for char in text)
