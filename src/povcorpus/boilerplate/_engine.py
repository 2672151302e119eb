"""Shared machinery: lines, removal spans that keep paragraphs, mended inline cuts.

Everything here works on spans of the step's input text; the edits are made
by :func:`povcorpus.edits.replace_spans`, one span at a time, and stored right
to left like every other step's edits.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache

from povcorpus._lines import Line as Line  # the one line type, re-exported for the rule modules
from povcorpus._lines import split_lines as split_lines
from povcorpus.boilerplate._windows import LineWords, Windows, line_words, same_case, windows_for
from povcorpus.boilerplate.rules import DETECTORS, Rule
from povcorpus.cleaners._common import APOSTROPHE_QUOTES, CASED_LETTER
from povcorpus.edits import apply_edits, replace_spans
from povcorpus.model import Edit

_SPACE = " \t\u3000"
_QUOTE_BETWEEN_LETTERS = re.compile(f"(?<=[{CASED_LETTER}])[{APOSTROPHE_QUOTES}](?=[{CASED_LETTER}])")
"""A quote between two cased letters, where the ``apostrophe`` cleaner may make it an apostrophe
(quotes next to Chinese characters are Chinese quotation marks)."""
_FULL_WIDTH_COMMA_IN_LATIN = re.compile(f"(?<=[{CASED_LETTER}])\uff0c(?=[ ]?[{CASED_LETTER}])")
"""A full-width comma between two words of a cased script, which ``mt_punctuation`` makes a comma."""
_GLUED_FULL_WIDTH_COMMA = re.compile(f"(?<=[{CASED_LETTER}])\uff0c(?=[{CASED_LETTER}])")
"""Such a comma with no space after it: ``mt_punctuation`` puts one there."""
#: Punctuation that must not be doubled when a phrase between two of them goes.
_PUNCT = frozenset(".,;:!?，。、；：！？")
_PAIRS = {"(": ")", "[": "]", "（": "）", "【": "】", "「": "」", "《": "》", "{": "}"}


def line_removal_spans(
    text: str, lines: Sequence[Line], removed: dict[int, str]
) -> list[tuple[int, int, str]]:
    """Spans ``(start, end, rule)`` that remove the lines ``removed`` (index -> rule) with their breaks.

    Consecutive removed lines (blank lines between them allowed) form one
    region. The region goes with its line breaks, and the break between the
    kept text before and after becomes the longer of the two breaks that
    surrounded it, so no run of newlines longer than an existing one is made
    and a paragraph break is never lost. A region is split into one span per
    removed line, so each edit names the rule that removed its line.
    """
    nonblank = [index for index, line in enumerate(lines) if not line.blank]
    starts = [line.line_start for line in lines]
    ends = [line.line_end for line in lines]
    return removal_spans(text, nonblank, starts, ends, removed)


def removal_spans(
    text: str, nonblank: Sequence[int], starts: Sequence[int], ends: Sequence[int], removed: dict[int, str]
) -> list[tuple[int, int, str]]:
    """:func:`line_removal_spans` from offsets: the non-blank lines' indexes, each line's start and end.

    For a caller that has split the text itself and builds no :class:`Line` objects.
    """
    spans: list[tuple[int, int, str]] = []
    position = 0
    while position < len(nonblank):
        if nonblank[position] not in removed:
            position += 1
            continue
        first = position
        while position < len(nonblank) and nonblank[position] in removed:
            position += 1
        group = nonblank[first:position]
        previous = nonblank[first - 1] if first > 0 else None
        following = nonblank[position] if position < len(nonblank) else None
        head, tail = group[0], group[-1]
        if previous is None and following is None:
            start, end = starts[head], len(text)
        elif previous is None:
            assert following is not None
            start, end = starts[head], starts[following]
        elif following is None:
            start = ends[previous] + (1 if text.endswith("\n") else 0)
            end = len(text)
        else:
            before = text.count("\n", ends[previous], starts[head])
            after = text.count("\n", ends[tail], starts[following])
            if before >= after:
                start, end = starts[head], starts[following]
            else:
                start, end = ends[previous], ends[tail]
        piece_starts = [start] + [starts[index] for index in group[1:]]
        piece_ends = [*piece_starts[1:], end]
        for index, piece_start, piece_end in zip(group, piece_starts, piece_ends, strict=True):
            if piece_end > piece_start:
                spans.append((piece_start, piece_end, removed[index]))
    return spans


def find_inline(
    line: str, rules: Sequence[Rule], keys: frozenset[str] | None = None
) -> list[tuple[int, int, str]]:
    """Non-overlapping matches ``(start, end, rule)`` of inline ``rules`` in ``line``, leftmost-longest.

    ``keys`` are the line's trigger keys when a scan of the whole text has read them
    (:meth:`RuleSet.line_keys`); without them each rule checks the line itself.
    """
    if any(quote in line for quote in APOSTROPHE_QUOTES):
        # Read a quote between letters as the apostrophe the ``apostrophe`` cleaner will make
        # of it (``China”s`` as ``China’s``; one character for one, so offsets stay): a second
        # cleaning reads the repaired text, and must find what this one found.
        line = _QUOTE_BETWEEN_LETTERS.sub("’", line)
    if "\uff0c" in line:
        # In the same way, ``sports， betting`` and ``sports，betting`` are read as the
        # ``sports, betting`` they become: the rules read the line with a space after each glued
        # comma, and their matches are given back in the line's own offsets.
        glued = [match.start() for match in _GLUED_FULL_WIDTH_COMMA.finditer(line)]
        line = _FULL_WIDTH_COMMA_IN_LATIN.sub(",", line)
        if glued:
            return _in_line_without_spaces(_find_inline(_with_spaces_after(line, glued), rules, keys), glued)
    return _find_inline(line, rules, keys)


def _with_spaces_after(line: str, places: list[int]) -> str:
    """``line`` with a space put after each of the characters at ``places`` (in order)."""
    pieces = []
    position = 0
    for place in places:
        pieces.append(line[position : place + 1])
        position = place + 1
    pieces.append(line[position:])
    return " ".join(pieces)


def _in_line_without_spaces(
    hits: list[tuple[int, int, str]], places: list[int]
) -> list[tuple[int, int, str]]:
    """``hits`` of a line read with spaces after ``places`` (:func:`_with_spaces_after`), in its offsets.

    A hit that starts or ends on an added space starts or ends at the character after it.
    """
    added = [place + 1 + count for count, place in enumerate(places)]  # where the spaces stand
    found = []
    for start, end, rule in hits:
        start -= bisect_left(added, start)
        end -= bisect_left(added, end)
        if end > start:
            found.append((start, end, rule))
    return found


def _find_inline(line: str, rules: Sequence[Rule], keys: frozenset[str] | None) -> list[tuple[int, int, str]]:
    """:func:`find_inline` once the line reads as it will after cleaning."""
    lowered = line.lower() if keys is None else ""
    hits: list[tuple[int, int, str]] = []
    words: LineWords | None = None  # the line's tokens, read when a pattern with windows runs
    same: bool | None = None  # whether lower-casing keeps the line's characters in place
    for rule in rules:
        if keys is None:
            if not rule.triggered(lowered):
                continue
        elif rule.trigger_keys is not None and keys.isdisjoint(rule.trigger_keys):
            continue
        if rule.detector is not None:
            detector = DETECTORS[rule.detector]
            if keys is not None and not keys.isdisjoint(detector.keys):
                if detector.keyed_find is not None:
                    found = detector.keyed_find(line, keys)
                else:
                    found = (detector.triggered_find or detector.find)(line)
            else:
                found = detector.find(line)
            hits.extend((start, end, rule.name) for start, end in found if end > start)
        for pattern in rule.patterns:
            windows = _windows_of(pattern)
            if windows is not None and same is None:
                lowered_line = line.lower()
                same = same_case(line, lowered_line)
                words = line_words(lowered_line) if same else None
            if windows is not None and words is not None:
                # Read only where a match can start (exact windows, see povcorpus.boilerplate._windows).
                hits.extend(
                    (start, end, rule.name) for start, end in windows.spans(words, line) if end > start
                )
                continue
            hits.extend(
                (m.start(), m.end(), rule.name) for m in pattern.finditer(line) if m.end() > m.start()
            )
    hits.sort(key=lambda hit: (hit[0], -hit[1]))
    kept: list[tuple[int, int, str]] = []
    for hit in hits:
        if kept and hit[0] < kept[-1][1]:
            continue
        kept.append(hit)
    return kept


@lru_cache(maxsize=1024)
def _windows_of(pattern: re.Pattern[str]) -> Windows | None:
    """The exact windows of an inline rule's pattern (``None``: it reads whole lines)."""
    return windows_for(pattern)


def mend(line: str, start: int, end: int) -> tuple[int, int]:
    """Widen the cut ``line[start:end]`` so the sentence closes up with one space and no doubled mark.

    ``word PHRASE word`` loses the space after the phrase; ``word PHRASE.``
    loses the space before it; ``a, PHRASE, b`` loses the second comma;
    ``(PHRASE)`` loses its brackets. Text without spaces (Chinese) just
    closes up.
    """
    if start > 0 and end < len(line) and _PAIRS.get(line[start - 1]) == line[end]:
        start, end = start - 1, end + 1
    left, right = line[:start], line[end:]
    left_spaces = len(left) - len(left.rstrip(_SPACE))
    right_spaces = len(right) - len(right.lstrip(_SPACE))
    left_char = left.rstrip(_SPACE)[-1:]
    right_char = right.lstrip(_SPACE)[:1]
    if not left_char:
        return start, end + right_spaces
    if not right_char:
        return start - left_spaces, end + right_spaces
    if right_char in _PUNCT:
        if left_char in _PUNCT:
            rest = right[right_spaces + 1 :]
            extra = len(rest) - len(rest.lstrip(_SPACE)) if left_spaces else 0
            return start, end + right_spaces + 1 + extra
        return start - left_spaces, end
    if left_spaces and right_spaces:
        return start, end + right_spaces
    if right_spaces and left_char in _PUNCT:
        return start, end + right_spaces
    return start, end


def inline_cuts(
    line: str, rules: Sequence[Rule], keys: frozenset[str] | None = None
) -> tuple[list[tuple[int, int, str]], bool]:
    """Mended cuts of the inline spam in ``line``, and whether nothing but spam is left.

    ``keys``: the line's trigger keys, see :func:`find_inline`.
    """
    cuts: list[tuple[int, int, str]] = []
    for start, end, rule in find_inline(line, rules, keys):
        start, end = mend(line, start, end)
        if cuts and start <= cuts[-1][1]:
            previous = cuts.pop()
            start, end, rule = previous[0], max(end, previous[1]), previous[2]
        cuts.append((start, end, rule))
    if not cuts:
        return cuts, False
    pieces = []
    position = 0
    for start, end, _ in cuts:
        pieces.append(line[position:start])
        position = end
    pieces.append(line[position:])
    return cuts, not "".join(pieces).strip()


def edits_for(
    text: str, spans: Iterable[tuple[int, int, str]], field: str = "text"
) -> tuple[str, tuple[Edit, ...]]:
    """Apply non-overlapping ``(start, end, rule)`` deletions; return the text and edits right to left."""
    edits: list[Edit] = []
    for start, end, rule in spans:
        _, made = replace_spans(text, [(start, end, "")], rule, field)
        edits.extend(made)
    edits.sort(key=lambda edit: edit.start, reverse=True)
    for earlier, later in zip(edits[1:], edits, strict=False):
        if earlier.end > later.start:
            msg = f"boilerplate spans overlap at {later.start}: {earlier.rule} and {later.rule}"
            raise ValueError(msg)
    ordered = tuple(edits)
    return apply_edits(text, ordered, field), ordered
