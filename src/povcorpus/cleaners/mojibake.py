"""The ``mojibake`` cleaner: text decoded with the wrong codec, repaired by ftfy.

ftfy runs with a configuration that only repairs encodings: ``fix_encoding``
(with ``restore_byte_a0``, ``replace_lossy_sequences``,
``decode_inconsistent_utf8``), ``fix_c1_controls`` and ``fix_surrogates``.
Everything that could alter correct text is off: ``uncurl_quotes`` (would
flatten correct curly quotes), ``fix_character_width`` (would rewrite correct
Chinese and Japanese punctuation), ``normalization`` (NFC would recompose
Persian and Arabic letters), ``fix_latin_ligatures``, ``unescape_html``,
``fix_line_breaks`` and the control-character removers (not mojibake; pure
ASCII text is skipped without calling ftfy, so they could not apply
consistently anyway).

ftfy reports which codecs it used, not where it changed the text, so the spans
are computed here: only lines that may hold mojibake are passed to ftfy, and
each changed line is aligned with its repair to give one edit per damaged run.
A line that ftfy cannot repair as a whole (it also holds characters the wrong
codec cannot encode, such as Chinese next to ``cafÃ©``) is retried word by word.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from collections.abc import Iterator

import ftfy
from ftfy.badness import BADNESS_RE, MOJIBAKE_CATEGORIES, is_bad

from povcorpus.cleaners._macroman import repair_macroman
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.edits import replace_spans

__all__ = ["FTFY_CONFIG", "mojibake"]

FTFY_CONFIG = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_encoding=True,
    restore_byte_a0=True,
    replace_lossy_sequences=True,
    decode_inconsistent_utf8=True,
    fix_c1_controls=True,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    fix_surrogates=True,
    remove_control_chars=False,
    normalization=None,
    explain=False,
)
"""The ftfy configuration of the ``mojibake`` cleaner: encoding repairs only."""

# Every alternative of ftfy's badness heuristic needs at least one character of
# these categories (plus Œ, œ and Ù, named in the heuristic itself); C1 controls
# and surrogates are what fix_c1_controls and fix_surrogates act on. A text with
# none of them cannot be changed by FTFY_CONFIG, which lets most text (English
# with curly quotes, CJK, Persian) skip ftfy entirely.
_GATE_CATEGORIES = (
    "c1",
    "bad",
    "law",
    "currency",
    "numeric",
    "upper_accented",
    "lower_accented",
    "upper_common",
    "lower_common",
    "box",
)
_BROAD_GATE = re.compile(
    "[" + "".join(MOJIBAKE_CATEGORIES[name] for name in _GATE_CATEGORIES) + "ŒœÙ\ud800-\udfff" + "]"
)
"""A character of ftfy's mojibake classes: the gate when this ftfy's badness pattern is not the one
read below (its letters make most Cyrillic, Greek and accented Latin text pass)."""

_C = MOJIBAKE_CATEGORIES
_NARROW_CLASS = (
    _C["c1"] + _C["bad"] + _C["law"] + _C["currency"] + _C["numeric"] + _C["upper_accented"] + _C["box"]
) + "ŒœÙ°‚Ђ\ufeff\ud800-\udfff"
"""Rarer characters (the gate, :data:`_GATE`), one of which every match of ftfy's badness pattern
holds unless it is one of the few matches :data:`_PAIRS` finds. Read off the pattern (ftfy 6.3)
alternative by alternative: each needs a C1 control, a ``bad``, ``law``, currency, numeric,
box-drawing or upper-case accented character, or one of ``Œœ Ù ° ‚ Ђ``; a byte-order mark sends
its line to the whole-line check."""

_QUOTES = _C["start_punctuation"] + _C["end_punctuation"]
_PAIR_BRANCHES = (
    f"(?<=[{_C['end_punctuation']}])(?=[{_C['lower_accented']}])"
    f"|(?<=[{_C['lower_accented']}][{_C['end_punctuation']}])(?=[{_C['start_punctuation']}])"
    f"|(?<=[{_C['lower_accented']}][{_QUOTES}])(?=\\w)"
    f"|(?<=[ВГРС][{_QUOTES}])(?=[ВГРС])"
    f"|(?<=[ΒΓΞΟ][{_QUOTES}])(?=[ΒΓΞΟ])"
)
"""What follows a quotation mark in :data:`_PAIRS`, the matches of ftfy's badness pattern made of
common characters only: a quotation mark between a lower-case accented letter and a word
character or another mark (``é”«``, ``é“a``), a closing mark before one (``”é``), or between two
of ``ВГРС`` or of ``ΒΓΞΟ``. The pattern starts with the mark, so the engine skips to quotation
marks at C speed."""

_BADNESS_READ = "9dcc0f2ac90d9ae3"
"""The start of the SHA-256 of the badness pattern the two classes above were read from."""

if hashlib.sha256(BADNESS_RE.pattern.encode("utf-8", "surrogatepass")).hexdigest()[:16] == _BADNESS_READ:
    _GATE = re.compile(f"[{_NARROW_CLASS}]")
    _PAIRS: re.Pattern[str] | None = re.compile(f"[{_QUOTES}](?:{_PAIR_BRANCHES})")
    # Both in one scan: the class of gate characters and quotation marks comes first (the engine
    # skips to them at C speed); group 1 marks a gate character, no group a pair.
    _CANDIDATES = re.compile(
        f"[{_NARROW_CLASS}{_QUOTES}](?:(?<=[{_NARROW_CLASS}])()|(?<=[{_QUOTES}])(?:{_PAIR_BRANCHES}))"
    )
else:  # another ftfy: its pattern may need other characters, so every mojibake class opens the gate
    _GATE = _BROAD_GATE
    _PAIRS = None
    _CANDIDATES = re.compile(f"{_BROAD_GATE.pattern}()")
_SPECIAL = re.compile("[\x80-\x9f\ud800-\udfff]")
_LINES = re.compile(r"[^\n]*\n?")
_WORDS = re.compile("[^ \t\r\n\u00a0]+")


def _needs_ftfy(line: str) -> bool:
    return is_bad(line) or _SPECIAL.search(line) is not None


def _gated_lines(text: str) -> Iterator[tuple[int, str, list[int], bool]]:
    """Each line of ``text`` (with its line break) that holds a ``_GATE`` character or a ``_PAIRS`` match.

    Yields the line's start, the line, where in it the gate characters are, and whether a
    ``_PAIRS`` match (hence ftfy's badness) is in it. One scan of the text finds them all
    (``_CANDIDATES``); lines without either are never looked at.
    """
    marks = [(match.start(), match.lastindex is None) for match in _CANDIDATES.finditer(text)]
    count = len(marks)
    index = 0
    while index < count:
        start = text.rfind("\n", 0, marks[index][0]) + 1
        end = text.find("\n", marks[index][0])
        end = len(text) if end == -1 else end + 1
        anchors = []
        bad = False
        while index < count and marks[index][0] < end:
            position, pair = marks[index]
            if pair:
                bad = True
            else:
                anchors.append(position - start)
            index += 1
        yield start, text[start:end], anchors, bad


def _may_be_bad(text: str) -> bool:
    """Whether ``text`` holds a gate character or a ``_PAIRS`` match (necessary for ftfy's badness)."""
    return _CANDIDATES.search(text) is not None


def _bad_near(line: str, anchor: int) -> bool:
    """Whether ftfy's badness pattern (or a C1 control, a surrogate) matches around ``line[anchor]``.

    Every match of the pattern that ``_PAIRS`` does not find holds a ``_GATE`` character, and
    is at most seven characters long, so in a line without a ``_PAIRS`` match ``is_bad(line)``
    is true exactly when this is true at one of the line's ``_GATE`` characters: a few short
    searches instead of the pattern tried at every position. (Lines with ``‚``, part of
    MacRoman sequences, are checked as a whole.)
    """
    return (
        _SPECIAL.match(line, anchor) is not None
        or BADNESS_RE.search(line, max(0, anchor - _REACH), anchor + _REACH + 1) is not None
    )


_REACH = 8
"""More than the longest match of ftfy's badness pattern, minus one."""
_SPARSE = 32
"""A line with fewer ``_GATE`` characters than one in this many is checked around them only
(dense ones, such as Cyrillic or Greek text, are searched as a whole, which is then cheaper)."""


def _spans(start: int, before: str, after: str) -> list[tuple[int, int, str]]:
    """Minimal replaced runs that turn ``before`` into ``after``, offset by ``start``."""
    head = 0
    limit = min(len(before), len(after))
    while head < limit and before[head] == after[head]:
        head += 1
    tail = 0
    while tail < limit - head and before[-1 - tail] == after[-1 - tail]:
        tail += 1
    old = before[head : len(before) - tail]
    new = after[head : len(after) - tail]
    base = start + head
    if not old or not new or len(old) + len(new) > 4000:
        return [(base, base + len(old), new)]
    matcher = difflib.SequenceMatcher(None, old, new, autojunk=False)
    return [
        (base + i1, base + i2, new[j1:j2]) for tag, i1, i2, j1, j2 in matcher.get_opcodes() if tag != "equal"
    ]


def _fix_word(match: re.Match[str]) -> str:
    word = match.group()
    if not _may_be_bad(word) or not _needs_ftfy(word):
        return word
    return ftfy.fix_text(word, FTFY_CONFIG)


@register_cleaner("mojibake")
def mojibake(text: str, ctx: CleanContext) -> CleanResult:
    """Repair mojibake (UTF-8 read as Windows-1252, Latin-1, MacRoman, Windows-1251…) with ftfy.

    Leaves alone: correct curly quotes, full-width CJK punctuation, Persian and
    Arabic letters (no Unicode normalisation), ligatures, HTML entities, control
    characters. Pure ASCII text is returned at once.

    >>> mojibake("CafÃ© â€œau laitâ€\\x9d", CleanContext()).text
    'Café “au lait”'

    Args:
        text: the text to repair.
        ctx: the cleaning context (only ``ctx.field`` is used).

    Returns:
        The repaired text and one edit per repaired run of characters.
    """
    if text.isascii():
        return CleanResult(text)
    spans: list[tuple[int, int, str]] = []
    for start, line, anchors, paired in _gated_lines(text):
        # A stray U+FEFF (byte-order mark) can sit inside a damaged sequence;
        # in a line with mojibake it goes, as ftfy's control-character fix would.
        probe = line.replace("\ufeff", "") if "\ufeff" in line else line
        if probe is line and paired:
            bad = True  # a _PAIRS match is a match of ftfy's badness pattern
        elif probe is line and "‚" not in line and len(anchors) * _SPARSE < len(line):
            # few candidates (Latin text with a few accents): look only around them
            bad = any(_bad_near(line, anchor) for anchor in anchors)
        else:
            bad = _needs_ftfy(probe)
        fixed = line
        if bad:
            fixed = ftfy.fix_text(probe, FTFY_CONFIG)
            if _may_be_bad(fixed) and _needs_ftfy(fixed):
                # ftfy decodes a line as a whole; a line that also holds text the
                # wrong codec cannot encode (CJK next to mojibake) is retried word by word.
                fixed = _WORDS.sub(_fix_word, fixed)
        # What ftfy's heuristic does not flag: UTF-8 read as MacRoman in two-byte sequences
        # (``W√§hrung``); every such line holds a gate character (``√``, ``µ`` of ``–µ``…).
        macroman = repair_macroman(fixed)
        if macroman is not None:
            fixed = macroman
        if fixed != line:
            spans.extend(_spans(start, line, fixed))
    if not spans:
        return CleanResult(text)
    new_text, edits = replace_spans(text, spans, "mojibake", ctx.field, ctx.step)
    return CleanResult(new_text, edits)
