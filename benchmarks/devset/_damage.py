"""Seeded damage, one function per kind: ``(text, rng, lang) -> (damaged, expected) | None``.

Each function damages a clean host text the way a converter, a machine
translator or a web page would, and returns the damaged text with the text a
perfect repair gives back (usually the host itself). ``None``: the host offers
no place for this damage. ``mixed.py`` combines several of them.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from functools import lru_cache

import wordfreq

Damage = Callable[[str, random.Random, str], "tuple[str, str] | None"]

_GLUED_COMMA = re.compile(r"(?<=[^\W_]), (?=[^\W_]|[“\"(])")


@lru_cache(maxsize=200_000)
def zipf(word: str, lang: str) -> float:
    """Word frequency (Zipf scale) in ``lang``."""
    return float(wordfreq.zipf_frequency(word, lang))


def mt_punctuation(text: str, rng: random.Random, lang: str) -> tuple[str, str] | None:
    """Commas and full stops as machine translation from Chinese leaves them (``，`` ``、`` ``,X`` ``。``)."""
    commas = [m.start() for m in _GLUED_COMMA.finditer(text)]
    ends_with_stop = text.endswith(".") and not text.endswith("..")
    if not commas and not ends_with_stop:
        return None
    out = []
    last = 0
    kinds = []
    for position in commas:
        kind = rng.choice(("，", "、", ",", ",", ","))
        kinds.append(kind)
        out.append(text[last:position])
        out.append(kind)
        last = position + 2
    out.append(text[last:])
    damaged = "".join(out)
    full_width = any(kind != "," for kind in kinds)
    if ends_with_stop and (rng.random() < 0.7 or not full_width):
        damaged = damaged[:-1] + "。"
        full_width = True
    if not full_width and kinds.count(",") < 2:
        return None
    return damaged, text


_HYPHEN_WORD = re.compile(r"(?<![\w\-’'])[^\W\d_]{7,}(?![\w\-’'])")
_VOWELS = set("aeiouyàáâäèéêëìíîïòóôöùúûüıœæ")


def split_points(word: str, lang: str) -> list[int]:
    """Where a hyphenator could break ``word``: between a vowel and a consonant, halves not both words."""
    points = []
    for k in range(3, len(word) - 2):
        syllable_break = word[k - 1].lower() in _VOWELS and word[k].lower() not in _VOWELS
        if syllable_break and (zipf(word[:k].lower(), lang) < 3.0 or zipf(word[k:].lower(), lang) < 3.0):
            points.append(k)
    return points


def _pick_word(text: str, rng: random.Random, lang: str) -> tuple[re.Match[str], int] | None:
    candidates = []
    for match in _HYPHEN_WORD.finditer(text):
        word = match.group()
        if not word.islower() or zipf(word, lang) < 3.0:
            continue
        points = split_points(word, lang)
        if points:
            candidates.append((match, rng.choice(points)))
    return rng.choice(candidates) if candidates else None


def hyphenation(text: str, rng: random.Random, lang: str) -> tuple[str, str] | None:
    """A word broken by a hyphen inside a line (``impor-tant``) or across a line break."""
    picked = _pick_word(text, rng, lang)
    if picked is None:
        return None
    match, k = picked
    joint = "-" if rng.random() < 0.6 else "-\n"
    at = match.start() + k
    return text[:at] + joint + text[at:], text


def hyphen_space(text: str, rng: random.Random, lang: str) -> tuple[str, str] | None:
    """A space left after a line-break hyphen: in a broken word (``develop- ment``) or a compound."""
    compounds = [m.start() for m in re.finditer(r"(?<=[^\W\d_]{3})-(?=[^\W\d_]{3})", text)]
    if compounds and rng.random() < 0.5:
        at = rng.choice(compounds)
        return text[: at + 1] + " " + text[at + 1 :], text
    picked = _pick_word(text, rng, lang)
    if picked is None:
        return None
    match, k = picked
    at = match.start() + k
    return text[:at] + "- " + text[at:], text


_APOSTROPHE = re.compile(r"(?<=[^\W\d_])['’](?=[^\W\d_])")


def apostrophe(text: str, rng: random.Random, lang: str) -> tuple[str, str] | None:
    """An apostrophe typed as a double quote (``China”s``); the repair writes ``’``."""
    found = [m.start() for m in _APOSTROPHE.finditer(text)]
    if not found:
        return None
    clean = text.replace("'", "’") if "'" in text and '"' not in text else text
    if clean is not text and any(q in clean for q in "‘"):
        return None
    at = rng.choice(found)
    if clean[at] != "’":
        return None
    quote = rng.choice(("”", "”", "”", "″"))
    return clean[:at] + quote + clean[at + 1 :], clean


_CLITIC = re.compile(r"(?<=[^\W\d_])(['’])(s|t|re|ve|ll|d|m)\b")


def spaced_apostrophe(text: str, rng: random.Random, lang: str) -> tuple[str, str] | None:
    """A space after the apostrophe (``nation' s``) or, in English, before it (``China 's``)."""
    found = [m for m in _CLITIC.finditer(text) if lang == "en" or m.group(2) == "s"]
    if not found:
        return None
    match = rng.choice(found)
    if match.group(2) == "t" and text[match.start() - 1] != "n":
        return None
    if lang == "en" and rng.random() < 0.4:
        at = match.start() - (1 if match.group(2) == "t" else 0)
        return text[:at] + " " + text[at:], text
    at = match.start() + 1
    return text[:at] + " " + text[at:], text


def whitespace(text: str, rng: random.Random, lang: str) -> tuple[str, str] | None:
    """Doubled, non-breaking and trailing spaces, and a space before a comma or full stop."""
    spaces = [m.start() for m in re.finditer(r"(?<=\S) (?=\S)", text)]
    if not spaces:
        return None
    damaged = list(text)
    for at in rng.sample(spaces, min(len(spaces), rng.randint(1, 3))):
        damaged[at] = rng.choice(("  ", "   ", "\u00a0", " \u00a0", "\u2009"))
    out = "".join(damaged)
    marks = [m.start() for m in re.finditer(r"(?<=[^\W_])[,.](?= |\Z)", out)]
    if marks and rng.random() < 0.5:
        at = rng.choice(marks)
        out = out[:at] + " " + out[at:]
    if rng.random() < 0.3:
        out += rng.choice((" ", "  ", "\t"))
    return (out, text) if out != text else None


ACCENTED = re.compile(r"(?<=[^\W\d_])[àèéìòù](?![\w'’])|(?<![\w'’])È(?= )")


def italian_accent(text: str, rng: random.Random, lang: str) -> tuple[str, str] | None:
    """An Italian final accent typed as an apostrophe (``povertà`` → ``poverta’``, ``È`` → ``E’``)."""
    found = [m.start() for m in ACCENTED.finditer(text)]
    if not found:
        return None
    mark = rng.choice(("’", "'"))
    chosen = rng.sample(found, min(len(found), rng.randint(1, 2)))
    out = text
    for at in sorted(chosen, reverse=True):
        base = {"à": "a", "è": "e", "é": "e", "ì": "i", "ò": "o", "ù": "u", "È": "E"}[out[at]]
        out = out[:at] + base + mark + out[at + 1 :]
    return out, text
