"""Footnotes: a run of lines near the end that start with ``①``, ``②``… or ``[1]``, ``[2]``….

Under a notes heading (``Notes``, ``Endnotes``, ``注释``, ``Note``… see
:data:`NOTES_HEADINGS`), a run numbered from 1 with any of the markers ``①``,
``[1]``, ``¹``, ``1.`` or ``1)`` that reaches the end of the text (up to
:data:`MAX_TRAILING_LINES` lines after it) is the notes block, and the heading
leaves the body with it. No reference in the body is needed then: the heading
says what the lines are.

Without a heading, the rules below apply, and only ``①``, ``[1]`` and ``¹``
markers count (a superscript number must have text after it).

The run must number its notes consecutively, come after the last heading, be
followed by at most :data:`MAX_TRAILING_LINES` other lines (a caption or a
credit line may follow), and at least one of its markers must occur earlier
in the text, so that a closing list such as ``① … ② …`` with no references is
not taken for notes. A line without a marker between two notes continues the
note before it; a line after the last note is left in the body, because it
cannot be told from a trailing paragraph. Markers in the body stay where they
are: :meth:`povcorpus.model.Document.footnote` resolves them.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from attrs import frozen

from povcorpus._lines import Line
from povcorpus.model import Footnote
from povcorpus.structure._lines import match_key

__all__ = [
    "BRACKETED_MARKER",
    "CIRCLED_MARKER",
    "MAX_CONTINUATION",
    "MAX_TRAILING_LINES",
    "NOTES_HEADINGS",
    "FootnoteBlock",
    "circled_markers",
    "find_footnotes",
    "marker_of",
    "marker_pattern",
]

MAX_TRAILING_LINES = 3
"""Most non-note lines allowed after the last note."""

MAX_CONTINUATION = 2
"""Most lines without a marker that may continue one note."""

# Circled and parenthesised numbers: ①-⒇, ㉑-㉟, ㊱-㊿, dingbats ❶-➓.
_CIRCLED = "\u2460-\u2487\u24eb-\u24f4\u24f5-\u24fe\u2776-\u2793\u3251-\u325f\u32b1-\u32bf"
_SUPERSCRIPT = "¹²³⁴⁵⁶⁷⁸⁹⁰"
# A superscript number opens a note only when text follows it (``¹ Insee, 2019.``).
_MARKER = re.compile(rf"([{_CIRCLED}])\s*|(\[[0-9]{{1,3}}\])\s*|([{_SUPERSCRIPT}]{{1,3}})\s*(?=\S)")


NOTES_HEADINGS: tuple[str, ...] = (
    "Notes",
    "Endnotes",
    "Footnotes",
    "Note",
    "Note al testo",
    "Annotazioni",
    "Notas",
    "Anmerkungen",
    "Примечания",
    "注释",
    "注",
    "尾注",
    "附注",
    "یادداشت‌ها",
)
"""Headings of a notes block, compared loosely (case-folded, a trailing ``:`` allowed)."""

_NOTES_KEYS = frozenset(match_key(word) for word in NOTES_HEADINGS)
_SUPERSCRIPT_VALUE = str.maketrans(_SUPERSCRIPT, "1234567890")
_HEADED_MARKER = re.compile(rf"([{_SUPERSCRIPT}]+)\s*|([0-9]{{1,3}})(?:[.)．]\s*|\s+)(?=\S)")


def is_notes_heading(line: str) -> bool:
    """Whether ``line`` alone is the heading of a notes block (``Notes``, ``注释：``…)."""
    return len(line) <= 30 and match_key(line) in _NOTES_KEYS


def _headed_marker_of(line: str) -> tuple[str, int, str] | None:
    found = marker_of(line)
    if found is not None:
        return found
    match = _HEADED_MARKER.match(line)
    if match is None:
        return None
    if match.group(1):
        marker = match.group(1)
        return marker, int(marker.translate(_SUPERSCRIPT_VALUE)), line[match.end() :].strip()
    return match.group(2), int(match.group(2)), line[match.end() :].strip()


def superscript_pattern() -> re.Pattern[str]:
    """The pattern of a superscript note reference (``¹``, ``¹²``) in the body."""
    return re.compile(rf"[{_SUPERSCRIPT}]+")


CIRCLED_MARKER = re.compile(rf"[{_CIRCLED}]")
"""A circled or parenthesised number used as a note marker (``①``, ``⑵``)."""
BRACKETED_MARKER = re.compile(r"\[[0-9]{1,3}\]")
"""A bracketed number used as a note marker (``[12]``)."""


# The UTF-8 forms of the circled ranges start with byte E2 (U+2440-U+27BF) or E3 (U+3240-U+32BF):
# a pattern with one literal first byte is found at memchr speed, a class of characters is not.
_CIRCLED_UTF8 = (re.compile(rb"\xe2[\x91-\x9e][\x80-\xbf]"), re.compile(rb"\xe3[\x89\x8a][\x80-\xbf]"))


def circled_markers(text: str) -> list[str]:
    """Every circled note marker of ``text``, in order: ``CIRCLED_MARKER.findall(text)``, faster.

    >>> circled_markers("Poverty① fell② (table ⑵).")
    ['①', '②', '⑵']
    """
    if text.isascii():
        return []
    data = text.encode("utf-8", "surrogatepass")
    found = sorted((hit.start(), hit.group()) for pattern in _CIRCLED_UTF8 for hit in pattern.finditer(data))
    chars = (raw.decode("utf-8") for _, raw in found)
    return [char for char in chars if CIRCLED_MARKER.fullmatch(char)]


def marker_pattern() -> re.Pattern[str]:
    """The pattern of a note marker (a circled number or ``[n]``), for finding references.

    Searching for one kind alone is faster: :data:`CIRCLED_MARKER` or :data:`BRACKETED_MARKER`.
    """
    return re.compile(f"{CIRCLED_MARKER.pattern}|{BRACKETED_MARKER.pattern}")


def marker_of(line: str) -> tuple[str, int, str] | None:
    """Split a note line into ``(marker, number, text)``, or ``None`` when it starts with no marker.

    >>> marker_of("③1988,Comrade Deng Xiaoping clearly stated")
    ('③', 3, '1988,Comrade Deng Xiaoping clearly stated')
    >>> marker_of("[12] Ibid., p. 4")
    ('[12]', 12, 'Ibid., p. 4')
    """
    found = _MARKER.match(line)
    if found is None:
        return None
    marker = found.group(1) or found.group(2) or found.group(3)
    if marker.startswith("["):
        number = int(marker[1:-1])
    elif marker[0] in _SUPERSCRIPT:
        number = int(marker.translate(_SUPERSCRIPT_VALUE))
    else:
        number = int(unicodedata.numeric(marker))
    return marker, number, line[found.end() :].strip()


@frozen
class FootnoteBlock:
    """The notes found and the lines they fill."""

    notes: tuple[Footnote, ...]
    lines: tuple[Line, ...]


def find_footnotes(lines: Sequence[Line], last_heading: int, text: str) -> FootnoteBlock | None:
    """Find the closing run of footnotes among the non-blank ``lines`` of ``text``.

    Args:
        lines: the non-blank lines of ``text``.
        last_heading: index of the last heading line (``-1`` if none); notes come after it.
        text: the text, searched for references before the notes.

    Returns:
        The notes, or ``None`` when the end of the text holds none.
    """
    headed = _find_headed(lines)
    if headed is not None:
        return headed
    last_note = -1
    last: tuple[str, int, str] | None = None
    for position in range(len(lines) - 1, max(last_heading, -1), -1):
        if len(lines) - 1 - position > MAX_TRAILING_LINES:
            break
        last = marker_of(lines[position].text)
        if last is not None:
            last_note = position
            break
    if last is None:
        return None
    # Walk back from the last note over notes numbered one less each time; up to
    # MAX_CONTINUATION lines without a marker may sit between two notes.
    family = _family(last[0])
    expected = last[1] - 1
    first_note = last_note
    gap = 0
    position = last_note - 1
    while position > last_heading and expected >= 1 and gap <= MAX_CONTINUATION:
        found = marker_of(lines[position].text)
        if found is None:
            gap += 1
        elif found[1] == expected and _family(found[0]) == family:
            first_note, expected, gap = position, expected - 1, 0
        else:
            break
        position -= 1
    block = lines[first_note : last_note + 1]
    notes: list[Footnote] = []
    for line in block:
        found = marker_of(line.text)
        if found is not None:
            notes.append(Footnote(marker=found[0], text=found[2]))
        else:
            notes[-1] = Footnote(marker=notes[-1].marker, text=f"{notes[-1].text}\n{line.text}")
    body = text[: block[0].start]
    if not any(note.marker in body for note in notes):
        return None
    return FootnoteBlock(notes=tuple(notes), lines=tuple(block))


def _family(marker: str) -> str:
    if marker.startswith("["):
        return "bracket"
    return "superscript" if marker[0] in _SUPERSCRIPT else "circled"


def _family_of(marker: str) -> str:
    if marker.startswith("["):
        return "bracket"
    if marker[0] in _SUPERSCRIPT:
        return "superscript"
    return "number" if marker[0].isdigit() else "circled"


def _find_headed(lines: Sequence[Line]) -> FootnoteBlock | None:
    """The notes under the last notes heading, heading line included, when they run to the end."""
    start = next(
        (i for i in range(len(lines) - 1, -1, -1) if is_notes_heading(lines[i].text)),
        None,
    )
    if start is None or start + 1 >= len(lines):
        return None
    first = _headed_marker_of(lines[start + 1].text)
    if first is None or first[1] != 1:
        return None
    family = _family_of(first[0])
    count = 1
    end = start + 1
    gap = 0
    for position in range(start + 2, len(lines)):
        found = _headed_marker_of(lines[position].text)
        if found is not None and found[1] == count + 1 and _family_of(found[0]) == family:
            count, end, gap = count + 1, position, 0
        elif found is None and gap < MAX_CONTINUATION:
            gap += 1  # continues the note above, if a later note follows
        else:
            break
    if len(lines) - 1 - end > MAX_TRAILING_LINES:
        return None
    merged: list[Footnote] = []
    for line in lines[start + 1 : end + 1]:
        found = _headed_marker_of(line.text)
        if found is not None and _family_of(found[0]) == family and found[1] == len(merged) + 1:
            merged.append(Footnote(marker=found[0], text=found[2]))
        else:
            merged[-1] = Footnote(marker=merged[-1].marker, text=f"{merged[-1].text}\n{line.text}")
    return FootnoteBlock(notes=tuple(merged), lines=tuple(lines[start : end + 1]))
