"""The one line splitter of povcorpus: lines of a text with their exact spans.

Both the boilerplate rules (which remove whole lines, blank ones between them
included) and the structure parser (which reads headings, contents and notes
off the non-blank lines) split a document's text with :func:`split_lines`, so
a line means the same thing, with the same offsets, everywhere. Reading a
*file* into lines is another job, with decoding and replacement edits: see
:class:`povcorpus._decode.FileLine`.

The steps of a pipeline split the same text more than once (the boilerplate
step, then the structure step on a text the cleaners left alone), so
:func:`split_lines` remembers the lines of the last few texts it split: the
lines are immutable, so a second caller gets the very same tuple.
"""

from __future__ import annotations

from typing import NamedTuple

from povcorpus._memo import remember

__all__ = ["Line", "split_lines"]


class Line(NamedTuple):
    """One line of a text: its content without surrounding whitespace, and its spans.

    ``source[start:end] == text`` and ``source[line_start:line_end]`` is the whole
    line, leading and trailing whitespace included, without its ``\\n``. A named
    tuple, not an attrs class: a document of thousands of lines builds them in
    a fraction of the time, and they are just as immutable.
    """

    # The field shadows tuple.index on purpose: it is the name every caller has always read.
    index: int  # type: ignore[assignment]
    """Position in the sequence :func:`split_lines` returned, counting from 0."""
    text: str
    """The line without leading and trailing whitespace (``""`` for a blank line)."""
    start: int
    """Offset of ``text`` in the source."""
    end: int
    """Offset just past ``text``."""
    line_start: int
    """Offset of the line's first character, leading whitespace included."""
    line_end: int
    """Offset of the line's end, before its ``\\n``."""
    stop: int
    """Offset just past the line's ``\\n`` (``line_end`` for a last line without one)."""

    @property
    def blank(self) -> bool:
        """Whether the line holds only whitespace."""
        return not self.text


_new = tuple.__new__  # builds a Line from its fields in C, without NamedTuple's Python-level __new__

_CACHE_SIZE = 4
"""How many splits :func:`split_lines` remembers: enough for one document's steps, not a corpus."""

_recent: dict[tuple[str, bool], tuple[Line, ...]] = {}


def split_lines(text: str, *, blank: bool = True) -> tuple[Line, ...]:
    """The lines of ``text``, split on ``\\n`` only; without the blank ones when ``blank`` is false.

    A final line without ``\\n`` counts; an empty text has no line. The result
    for the last few texts is remembered, so the steps that read the same text
    split it once; the non-blank lines are taken from the whole split when it
    is at hand.

    >>> [(line.index, line.text, line.line_start) for line in split_lines(" a\\n\\nb", blank=False)]
    [(0, 'a', 0), (1, 'b', 4)]
    """
    key = (text, blank)
    found = _recent.get(key)
    if found is not None:
        return found
    whole = None if blank else _recent.get((text, True))
    if whole is not None:
        kept = (line for line in whole if line.text)
        lines = tuple(_new(Line, (index, *line[1:])) for index, line in enumerate(kept))
    else:
        lines = _split(text, blank)
    remember(_recent, key, lines, _CACHE_SIZE)
    return lines


def _split(text: str, blank: bool) -> tuple[Line, ...]:
    """:func:`split_lines` without the memory: one ``str.split`` and one tuple per line."""
    lines: list[Line] = []
    append = lines.append
    position = 0
    size = len(text)
    for raw in text.split("\n"):
        line_end = position + len(raw)
        if position >= size and not raw:
            break  # the empty piece after a final "\n" is not a line
        stop = line_end + 1 if line_end < size else line_end
        stripped = raw.strip()
        if stripped:
            start = line_end - len(raw.lstrip())
            append(_new(Line, (len(lines), stripped, start, start + len(stripped), position, line_end, stop)))
        elif blank:
            append(_new(Line, (len(lines), stripped, position, position, position, line_end, stop)))
        position = stop
    return tuple(lines)
