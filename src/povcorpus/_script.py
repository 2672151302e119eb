"""Which writing system letters belong to: one table, used by the cleaners and by language tagging."""

from __future__ import annotations

import bisect
import functools
import re
from collections import Counter

__all__ = ["dominant_script", "script_counts", "script_of"]

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
_ASCII_NON_LETTERS = bytes(code for code in range(128) if not chr(code).isalpha())
_ASCII = bytes(range(0x80))
_NOT_ASCII_LETTERS = bytes(code for code in range(0x100) if code >= 0x80 or not chr(code).isalpha())
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")
_MAX_REMEMBERED = 1 << 16
"""Most distinct characters whose script :func:`script_counts` remembers (a bound on hostile input)."""
_scripts: dict[str, str | None] = {}


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


def _remembered_script(char: str) -> str | None:
    """:func:`script_of`, remembered for up to :data:`_MAX_REMEMBERED` distinct characters."""
    try:
        return _scripts[char]
    except KeyError:
        script = script_of(char)
        if len(_scripts) < _MAX_REMEMBERED:
            _scripts[char] = script
        return script


def _add_counts(non_ascii: str, counts: Counter[str]) -> None:
    """Add the letters of ``non_ascii`` (text without its ASCII characters) to ``counts``, by script.

    Most text has one script beside ASCII: the script of its first few characters is
    counted with two regex passes over that script's ranges (letters in them belong to
    it, other characters to none), in C. What is left, usually nothing, goes through a
    ``Counter`` of its distinct characters and one remembered lookup per distinct
    character. No Python loop goes over every character.
    """
    script = _first_script(non_ascii)
    if script is not None:
        runs, non_letters = _script_runs(script)
        rest = runs.sub("", non_ascii)
        inside = len(non_ascii) - len(rest)
        if inside and non_letters is not None:
            inside -= len(non_ascii) - len(non_letters.sub("", non_ascii))
        if inside:
            counts[script] += inside
        non_ascii = rest
    for char, n in Counter(non_ascii).items():
        script = _remembered_script(char)
        if script is not None:
            counts[script] += n


def _first_script(text: str) -> str | None:
    """The listed script of the first letter among the first eight characters of ``text``, if any."""
    for char in text[:8]:
        script = _remembered_script(char)
        if script is not None:
            return script if script != "Other" else None
    return None


def script_counts(text: str) -> Counter[str]:
    """Count the letters of ``text`` by script (unweighted)."""
    counts: Counter[str] = Counter()
    # ASCII letters are counted with bytes.translate, in C; so are the other characters set apart.
    if text.isascii():
        latin = len(text.encode("ascii").translate(None, _ASCII_NON_LETTERS))
        non_ascii = ""
    else:
        # Lone surrogates are valid in a str and not in UTF-8: "surrogatepass" keeps them as they are.
        data = text.encode("utf-8", "surrogatepass")
        latin = len(data.translate(None, _NOT_ASCII_LETTERS))
        non_ascii = data.translate(None, _ASCII).decode("utf-8", "surrogatepass")
    if latin:
        counts["Latin"] = latin
    if non_ascii:
        _add_counts(non_ascii, counts)
    return counts


def _class(codes: list[int]) -> str:
    """A regex character class body for ``codes`` (sorted), as ``\\U`` ranges."""
    body: list[str] = []
    first = previous = -2
    for code in [*codes, -2]:
        if code == previous + 1:
            previous = code
            continue
        if first >= 0:
            body.append(f"\\U{first:08x}" if first == previous else f"\\U{first:08x}-\\U{previous:08x}")
        first = previous = code
    return "".join(body)


@functools.cache
def _script_runs(script: str) -> tuple[re.Pattern[str], re.Pattern[str] | None]:
    """Runs of the non-ASCII characters of ``script``'s ranges, and runs of the non-letters among them.

    Built on first use (the Han ranges take a few milliseconds to sort into letters and non-letters).
    """
    spans = [(max(first, 0x80), last) for first, last, name in _RANGES if name == script]
    codes = [code for first, last in spans for code in range(first, last + 1)]
    non_letters = [code for code in codes if not chr(code).isalpha()]
    runs = re.compile(f"[{_class(codes)}]+")
    return runs, re.compile(f"[{_class(non_letters)}]+") if non_letters else None


def _letters_of(script: str, text: str) -> int:
    """How many non-ASCII characters of ``text`` are letters of ``script`` (listed, not ``Other``)."""
    runs, non_letters = _script_runs(script)
    inside = len(text) - len(runs.sub("", text))
    if non_letters is not None and inside:
        inside -= len(text) - len(non_letters.sub("", text))
    return inside


def _candidate(text: str) -> str | None:
    """The script of most non-ASCII letters of the first 96 characters, when it holds three quarters.

    Only a guess to check: ``None`` when the sample is mixed (Japanese kana and
    kanji), has no letter, or is mostly ``Other``; the letters are then counted
    one distinct character at a time.
    """
    sample = Counter(map(_remembered_script, [char for char in text[:96] if char >= "\x80"]))
    sample.pop(None, None)
    if not sample:
        return None
    script, count = sample.most_common(1)[0]
    return script if script != "Other" and count * 4 >= sum(sample.values()) * 3 else None


def dominant_script(text: str) -> str | None:
    """The script with the most letters in ``text`` (unweighted); ``None`` if it has no letters.

    Ties go to the script whose name sorts first. C-speed shortcuts give the
    same answer as counting every letter: ASCII text is Latin as soon as it
    holds one letter; text whose ASCII letters outnumber all its other
    characters is Latin whatever those are; and a script whose letters (counted
    with one regex over its ranges) outnumber every other character is the
    answer, since no other script can reach its count.

    >>> dominant_script("China’s white paper 五")
    'Latin'
    >>> dominant_script("减贫")
    'Han'
    >>> dominant_script("2021-04-06") is None
    True
    """
    if text.isascii():
        return "Latin" if _ASCII_LETTER.search(text) else None
    ascii_part = text.encode("ascii", "ignore")
    others = len(text) - len(ascii_part)
    # The letters of a prefix are a lower bound: usually a short one already outnumbers the rest.
    if len(ascii_part[: 2 * others + 64].translate(None, _ASCII_NON_LETTERS)) > others:
        return "Latin"
    latin = len(ascii_part.translate(None, _ASCII_NON_LETTERS))
    if latin > others:
        return "Latin"
    script = _candidate(text)
    if script is not None:
        letters = _letters_of(script, text)
        # Every other script has at most the non-ASCII characters left over (plus ASCII letters for Latin).
        if script == "Latin" and latin + letters > others - letters:
            return script
        if script != "Latin" and letters > others - letters + latin:
            return script
    counts: Counter[str] = Counter()
    if latin:
        counts["Latin"] = latin
    _add_counts(_ASCII_RUNS.sub("", text), counts)
    if not counts:
        return None
    return max(sorted(counts), key=lambda script: counts[script])
