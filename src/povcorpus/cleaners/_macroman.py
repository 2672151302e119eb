"""UTF-8 read as MacRoman where ftfy's heuristic does not look: ``W√§hrung``, ``–ó–∞–Ω–∏–º–∞–µ—Ç``.

ftfy repairs MacRoman mojibake once its badness heuristic flags a line, but the
two-byte sequences of accented Latin letters (``√©`` for ``é``, ``√§`` for ``ä``)
and of Cyrillic letters (``–ó`` for ``З``) are made of characters it does not
count as bad: such lines pass through unrepaired. This module finds them by
their shape and repairs them word by word.

A candidate is a run of characters that MacRoman gives to the lead byte of a
UTF-8 sequence followed by as many characters it gives to continuation bytes
(``√`` then ``©``). A word's runs are re-encoded as MacRoman and decoded as
UTF-8; the repair stands only when

* every run decodes, to letters of a living script (Latin letters of the
  Latin-1 and Latin Extended-A blocks, Romanian, Vietnamese and pinyin
  letters, Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, CJK; a combining
  sign only after a letter of its script), punctuation, spaces, digits, currency
  signs, ``° © ® ™`` or the zero-width (non-)joiner;
* the repaired word is written in one script, ASCII letters beside CJK aside
  (``Berlin–Öland`` would become ``BerlinЅland``: left alone);
* there is enough evidence: two sequences in the word, a three- or four-byte
  sequence, or one led by a character prose rarely holds (``√ ƒ ≈ ∆ ¬``) inside a
  word with other letters (``caf√©``), or the words ``à è é`` (``√†``); otherwise
  (one sequence led by a dash, quote or guillemet, common in clean text, or a word
  that is one sequence alone)
  another repaired word of the same script on the line (``–≤`` is the Russian
  ``в`` only next to other repaired Cyrillic words); a word that decodes to marks
  alone (``¬´`` for ``«``) needs another repaired word on its line, or a second such word.

What it leaves alone: lines with no candidate run; anything that does not decode;
MacRoman mojibake that ftfy already flags (its whole-line repair runs afterwards).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["repair_macroman"]

_CODEC = "mac_roman"


def _chars(first: int, last: int) -> str:
    return bytes(range(first, last + 1)).decode(_CODEC)


_LEAD2 = _chars(0xC2, 0xDF).replace("\u00a0", "")  # a no-break space before a letter is not a lead
_LEAD3 = _chars(0xE0, 0xEF)
_LEAD4 = _chars(0xF0, 0xF4)
_CONT = _chars(0x80, 0xBF)
_WEAK_LEADS = frozenset("«»…–—“”‘’÷◊")
"""Leads that clean prose holds often (quotes, dashes, guillemets): one such run alone is weak evidence."""

_SEQUENCE = (
    f"[{re.escape(_LEAD2)}][{re.escape(_CONT)}]"
    f"|[{re.escape(_LEAD3)}][{re.escape(_CONT)}]{{2}}"
    f"|[{re.escape(_LEAD4)}][{re.escape(_CONT)}]{{3}}"
)
_RUN = re.compile(f"(?:{_SEQUENCE})+")
_SEQUENCES = re.compile(_SEQUENCE)
_WORD_BOUND = re.compile(r"[\s\u00a0]")

_LONE_WORDS = frozenset({"à", "è", "é", "À", "È", "É"})
"""One-letter words of French, Italian and Portuguese: ``√†`` alone is ``à`` (``√π`` stays)."""

_MARKS = frozenset("°©®™\u200c\u200d")
"""Symbols and joiners a decoded run may give besides letters, punctuation and currency signs."""

_LATIN_EXTRA = frozenset(
    chr(code) for code in (*range(0x218, 0x21C), 0x1A0, 0x1A1, 0x1AF, 0x1B0, 0x259, 0x18F)
)
"""Latin letters outside Latin-1 and Extended-A that prose uses: Romanian ș ț, Vietnamese ơ ư, schwa."""

_SCRIPT_RANGES = (
    (0x0370, 0x03FF, "Greek"),
    (0x0400, 0x052F, "Cyrillic"),
    (0x0590, 0x05FF, "Hebrew"),
    (0x0600, 0x06FF, "Arabic"),
    (0x0750, 0x077F, "Arabic"),
    (0x0900, 0x097F, "Devanagari"),
    (0x0E00, 0x0E7F, "Thai"),
    (0x1E00, 0x1EFF, "Latin"),
    (0x3040, 0x30FF, "CJK"),
    (0x3400, 0x4DBF, "CJK"),
    (0x4E00, 0x9FFF, "CJK"),
    (0xAC00, 0xD7A3, "CJK"),
)


def _script(char: str) -> str | None:
    """The script group of a letter a repair may produce (``None``: not one prose uses)."""
    code = ord(char)
    if code < 0x250:
        if code < 0x80 or (0xC0 <= code < 0x180 and char not in "×÷") or char in _LATIN_EXTRA:
            return "Latin"
        return None
    for first, last, name in _SCRIPT_RANGES:
        if first <= code <= last:
            return name
    return None


def _plausible(decoded: str) -> bool:
    """Whether a decoded run gives letters of a living script (a combining mark after one) or punctuation."""
    previous: str | None = None
    for char in decoded:
        category = unicodedata.category(char)
        if category[0] in "PZ" or category in {"Sc", "Nd"} or char in _MARKS:
            previous = None  # punctuation, spaces, digits, currency signs, joiners: any script uses them
            continue
        script = _script(char)
        if category in {"Mn", "Mc"}:
            # A vowel sign or haraka belongs to the letter before it, in its script.
            if previous is None or script != previous or script in {None, "Latin"}:
                return False
        elif not char.isalpha() or script is None:
            return False
        previous = script
    return True


def _word_script(word: str) -> str | bool | None:
    """The one script of ``word``'s letters (``None``: no letter); ``False`` when it mixes scripts.

    ASCII letters beside Chinese, Japanese or Korean ones are one script (``A股``, ``BAの``).
    """
    found: set[str] = set()
    for char in word:
        if char.isalpha():
            found.add(_script(char) or "other")
    latin_is_ascii = all(char.isascii() for char in word if _script(char) == "Latin")
    if len(found) == 2 and "CJK" in found and latin_is_ascii:
        return "CJK"
    if len(found) > 1:
        return False
    return next(iter(found), None)


def repair_macroman(text: str) -> str | None:
    """``text`` with its MacRoman-read UTF-8 words repaired, or ``None`` when none is.

    >>> repair_macroman("Die W√§hrungsunion und –ó–∞–Ω–∏–º–∞–µ—Ç –≤ –¢–æ–∫–∏–æ")
    'Die Währungsunion und Занимает в Токио'
    >>> repair_macroman("Berlin–Öland, 1990–Östersund") is None
    True
    """
    runs = list(_RUN.finditer(text))
    if not runs:
        return None
    # Group the runs by word: (word start, word end) -> runs; one pass over the text between runs.
    words: dict[tuple[int, int], list[re.Match[str]]] = {}
    bound = 0
    searched = 0
    end = -1
    for run in runs:
        for space in _WORD_BOUND.finditer(text, searched, run.start()):
            bound = space.end()
        searched = run.end()
        if end < run.end():  # the word's end is not known yet (a later run of one word shares it)
            after = _WORD_BOUND.search(text, run.end())
            end = len(text) if after is None else after.start()
        words.setdefault((bound, end), []).append(run)
    repaired: dict[tuple[int, int], str] = {}
    weak: dict[tuple[int, int], str] = {}  # single weak runs, waiting for a same-script neighbour
    strong_scripts: dict[int, set[str]] = {}  # line start -> scripts of repaired words
    for (start, end), word_runs in words.items():
        pieces: list[str] = []
        position = start
        for run in word_runs:
            try:
                decoded = run.group().encode(_CODEC).decode("utf-8")
            except (UnicodeEncodeError, UnicodeDecodeError):
                break
            if not _plausible(decoded):
                break
            pieces.append(text[position : run.start()])
            pieces.append(decoded)
            position = run.end()
        else:
            pieces.append(text[position:end])
            new = "".join(pieces)
            script = _word_script(new)
            if script is False:
                continue
            sequences = [sequence for run in word_runs for sequence in _SEQUENCES.findall(run.group())]
            outside = any(char.isalpha() for char in _RUN.sub("", text[start:end]))
            strong = (
                len(sequences) >= 2
                or len(sequences[0]) > 2
                or (outside and sequences[0][0] not in _WEAK_LEADS)
                or "".join(filter(str.isalpha, new)) in _LONE_WORDS
            )
            if strong:
                repaired[(start, end)] = new
                line = text.rfind("\n", 0, start) + 1
                scripts = strong_scripts.setdefault(line, set())
                if isinstance(script, str):
                    scripts.add(script)
            else:
                weak[(start, end)] = new
    marks_only: dict[int, int] = {}  # line start -> weak words that decode to marks alone
    for (start, _), new in weak.items():
        if _word_script(new) is None:
            line = text.rfind("\n", 0, start) + 1
            marks_only[line] = marks_only.get(line, 0) + 1
    for (start, end), new in weak.items():
        script = _word_script(new)
        line = text.rfind("\n", 0, start) + 1
        if isinstance(script, str):
            if script in strong_scripts.get(line, ()):
                repaired[(start, end)] = new
        elif line in strong_scripts or marks_only[line] >= 2:
            repaired[(start, end)] = new
    if not repaired:
        return None
    pieces = []
    position = 0
    for start, end in sorted(repaired):
        pieces.append(text[position:start])
        pieces.append(repaired[(start, end)])
        position = end
    pieces.append(text[position:])
    return "".join(pieces)
