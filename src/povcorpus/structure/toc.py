"""Tables of contents: a keyword line (``Directory``, ``Contents``, ``目录``…) and the entries under it.

The block runs from the keyword line over lines that read like headings
(numbered, named, or short lines without a sentence end; dot leaders and page
numbers are dropped) and stops where its first entry comes again, which is
where the body starts, or at the first line that cannot be an entry.

Entries are matched to the body's sections in order: first by a loose key
(case, punctuation and quotes ignored) with a dictionary lookup, then, for
the entries left over, tolerating small differences of wording with
``difflib`` among the sections between their neighbours' matches: a
same-label section needs a loose match of the heading text, a section with
another label a close one. So a table of contents costs about one lookup per
entry, not one fuzzy comparison per entry and section.
"""

from __future__ import annotations

import bisect
import difflib
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs
from attrs import frozen

from povcorpus._lines import Line
from povcorpus.model import Section, TocEntry
from povcorpus.structure._lines import has_sentence_break, match_key
from povcorpus.structure._nesting import assign_parents
from povcorpus.structure.headings import HeadingMatch, HeadingStyle, match_heading

__all__ = ["TOC_KEYWORDS", "TocBlock", "find_toc", "is_toc_keyword", "match_toc"]

TOC_KEYWORDS: tuple[str, ...] = (
    "Directory",
    "Contents",
    "Content",
    "Table of Contents",
    "Indice",
    "Sommario",
    "Sommaire",
    "Table des matières",
    "Índice",
    "Contenido",
    "Contenidos",
    "Sumário",
    "Inhalt",
    "Inhaltsverzeichnis",
    "Содержание",
    "Оглавление",
    "目录",
    "目錄",
    "目次",
    "목차",
    "차례",
    "فهرست",
    "فهرست مطالب",
)
"""Lines that open a table of contents (compared case-insensitively, a trailing ``:`` allowed)."""

_KEYWORD_KEYS = frozenset(match_key(word) for word in TOC_KEYWORDS)
_MAX_KEYWORD_CHARS = 40
_LEADER = re.compile(r"(?:\s*[.·…_]{2,}\s*|\s+)[0-9]{1,4}$|\s*[.·…_]{3,}$")
_MAX_ENTRY_CHARS = 250


@frozen
class TocBlock:
    """A table of contents found in the text."""

    keyword: Line
    """The ``Directory`` line."""
    lines: tuple[Line, ...]
    """The entry lines, in order."""
    entries: tuple[TocEntry, ...]
    """One entry per line, with its level; ``section`` is not filled yet."""
    headings: tuple[HeadingMatch, ...]
    """How each entry line reads as a heading (unnumbered lines as named headings)."""


def is_toc_keyword(line: str) -> bool:
    """Whether ``line`` is a table-of-contents keyword alone (``Directory``, ``Contents:``…)."""
    return len(line) <= _MAX_KEYWORD_CHARS and match_key(line) in _KEYWORD_KEYS


_LEADER_ENDS = frozenset("0123456789.·…_")
"""The characters a page number or dot leader ends with: a line ending otherwise has none."""


def _without_page(text: str) -> str:
    """``text`` without a trailing page number or dot leader (``Aims ....... 12``)."""
    tail = text[-1:] if text[-1:] != "\n" else text[-2:-1]  # ``$`` also matches before a final newline
    if tail not in _LEADER_ENDS:
        return text.strip() or text
    return _LEADER.sub("", text).strip() or text


def _entry_heading(text: str, styles: Sequence[HeadingStyle] | None) -> HeadingMatch | None:
    cleaned = _without_page(text)
    found = match_heading(cleaned, styles)
    if found is not None:
        return found
    if len(cleaned) > _MAX_ENTRY_CHARS or cleaned[-1] in ".,;:。，；：" or has_sentence_break(cleaned):
        return None
    return HeadingMatch("toc_entry", "", cleaned, 1, None, named=True)


def find_toc(lines: Sequence[Line], styles: Sequence[HeadingStyle] | None = None) -> TocBlock | None:
    """Find the first table of contents among ``lines`` (the non-blank lines of a text).

    Returns:
        The block, or ``None`` when there is no keyword line followed by at least two entries.
    """
    for position, line in enumerate(lines):
        if len(line.text) > _MAX_KEYWORD_CHARS or not is_toc_keyword(line.text):
            continue  # the length first: most lines are longer than any keyword line
        entry_lines: list[Line] = []
        headings: list[HeadingMatch] = []
        first_key: str | None = None
        for candidate in lines[position + 1 :]:
            key = match_key(_without_page(candidate.text))
            if first_key is not None and key == first_key:
                break
            heading = _entry_heading(candidate.text, styles)
            if heading is None:
                break
            first_key = first_key or key
            entry_lines.append(candidate)
            headings.append(heading)
        if len(entry_lines) < 2:
            continue
        parents = assign_parents(headings)
        levels: list[int] = []
        for parent in parents:
            levels.append(1 if parent is None else levels[parent] + 1)
        entries = tuple(
            TocEntry(label=h.label, heading=h.heading, level=level)
            for h, level in zip(headings, levels, strict=True)
        )
        return TocBlock(keyword=line, lines=tuple(entry_lines), entries=entries, headings=tuple(headings))
    return None


def heading_line(text: str, section: Section) -> str:
    """The heading line of ``section`` as written in ``text`` (label included)."""
    end = text.find("\n", section.start)
    return text[section.start : end if end >= 0 else len(text)].strip()


_SAME_LABEL = 0.5
_OTHER_LABEL = 0.8


def _common_prefix(first: str, second: str) -> int:
    """Length of the longest common prefix of two strings."""
    size = min(len(first), len(second))
    if first[:size] == second[:size]:
        return size
    low, high = 0, size  # first[:low] is common, first[:high] is not: halve the gap with C-speed compares
    while high - low > 1:
        middle = (low + high) // 2
        if first[:middle] == second[:middle]:
            low = middle
        else:
            high = middle
    return low


class _Key:
    """A match key with what the exact bounds of :func:`_similar` read, computed once per key."""

    __slots__ = ("counts", "key", "masks")

    def __init__(self, key: str) -> None:
        self.key = key
        self.counts = Counter(key)
        masks: dict[str, int] = {}
        for position, char in enumerate(key):
            masks[char] = masks.get(char, 0) | 1 << position
        self.masks = masks
        """For each character, the bit set of its positions in ``key`` (for :func:`_lcs_length`)."""


def _lcs_length(key: _Key, other: str) -> int:
    """Length of the longest common subsequence of ``key`` and ``other``, bit-parallel (Allison-Dix)."""
    full = (1 << len(key.key)) - 1
    row = full
    masks = key.masks
    for char in other:
        matched = row & masks.get(char, 0)
        row = ((row + matched) | (row - matched)) & full
    return len(key.key) - row.bit_count()


def _similar(entry: _Key, section: _Key, threshold: float) -> bool:
    """Whether difflib's ratio of the two keys reaches ``threshold``, trying cheap exact bounds first.

    difflib's matched characters M are at least the longest common block, so at
    least the longer of the common prefix and suffix (a yes without difflib),
    and at most the shortest length, the common characters counted as
    multisets (difflib's own ``real_quick_ratio`` and ``quick_ratio``) and the
    longest common subsequence (its blocks run in order in both keys): each of
    these says no without difflib when it falls short.
    """
    first, second = entry.key, section.key
    if not first or not second:
        return False
    length = len(first) + len(second)
    shared = max(_common_prefix(first, second), _common_prefix(first[::-1], second[::-1]))
    if 2.0 * shared / length >= threshold:
        return True
    if 2.0 * min(len(first), len(second)) / length < threshold:
        return False
    if 2.0 * sum((entry.counts & section.counts).values()) / length < threshold:
        return False
    if 2.0 * _lcs_length(section, first) / length < threshold:
        return False
    return difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= threshold


def _close_enough(entry_key: str, section_key: str, threshold: float) -> bool:
    """Whether difflib's ratio of the two keys reaches ``threshold`` (:func:`_similar` on plain keys)."""
    return _similar(_Key(entry_key), _Key(section_key), threshold)


def match_toc(
    entries: Iterable[TocEntry], sections: Sequence[Section], text: str
) -> tuple[tuple[TocEntry, ...], tuple[str, ...]]:
    """Match each entry to a section, in document order.

    Args:
        entries: the table of contents, in order.
        sections: every section of the outline in document order (level-0 ones are skipped).
        text: the text the sections' offsets refer to.

    Entries whose heading has the same :func:`match_key` as a section's are
    matched first, in order, by a dictionary lookup. Each entry left over is
    then compared, with ``difflib``, only with the sections between its
    neighbours' matches: the first one that has the entry's label and a
    loosely similar heading, or any label and a closely similar heading, wins.
    Exact bounds on difflib's ratio (common prefix, lengths, shared
    characters, longest common subsequence) decide most comparisons without it.

    Returns:
        The entries with ``section`` set to the matched section's heading line, and
        the entries (label and heading) that matched nothing.
    """
    entries = tuple(entries)
    candidates = [section for section in sections if section.level > 0]
    keys = [match_key(section.heading) for section in candidates]
    by_key: dict[str, list[int]] = {}
    for index, key in enumerate(keys):
        if key:
            by_key.setdefault(key, []).append(index)

    found: list[int | None] = [None] * len(entries)
    cursor = 0
    for position, entry in enumerate(entries):
        places = by_key.get(match_key(entry.heading), [])
        at = bisect.bisect_left(places, cursor)
        if at < len(places):
            found[position] = places[at]
            cursor = places[at] + 1

    lower = 0
    fuzzy: dict[int, _Key] = {}  # the sections compared so far, with what the bounds read
    labels: dict[int, str] = {}
    for position, entry in enumerate(entries):
        known = found[position]
        if known is not None:
            lower = known + 1
            continue
        upper = next((f for f in found[position + 1 :] if f is not None), len(candidates))
        entry_key = _Key(match_key(entry.heading))
        entry_label = match_key(entry.label) if entry.label else ""
        for index in range(lower, upper):
            if index not in fuzzy:
                fuzzy[index] = _Key(keys[index])
                labels[index] = match_key(candidates[index].label)
            same_label = bool(entry_label) and entry_label == labels[index]
            if _similar(entry_key, fuzzy[index], _SAME_LABEL if same_label else _OTHER_LABEL):
                found[position] = index
                lower = index + 1
                break

    matched: list[TocEntry] = []
    unmatched: list[str] = []
    for entry, place in zip(entries, found, strict=True):
        if place is None:
            unmatched.append(f"{entry.label} {entry.heading}".strip())
            matched.append(entry)
        else:
            matched.append(attrs.evolve(entry, section=heading_line(text, candidates[place])))
    return tuple(matched), tuple(unmatched)
