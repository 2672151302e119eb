"""The one line splitter of povcorpus: lines of a text with their exact spans.

Both the boilerplate rules (which remove whole lines, blank ones between them
included) and the structure parser (which reads headings, contents and notes
off the non-blank lines) split a document's text with :func:`split_lines`, so
a line means the same thing, with the same offsets, everywhere. Reading a
*file* into lines is another job, with decoding and replacement edits: see
:class:`povcorpus._decode.FileLine`.
"""

from __future__ import annotations

from attrs import frozen

__all__ = ["Line", "split_lines"]


@frozen
class Line:
    """One line of a text: its content without surrounding whitespace, and its spans.

    ``source[start:end] == text`` and ``source[line_start:line_end]`` is the whole
    line, leading and trailing whitespace included, without its ``\\n``.
    """

    index: int
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


def split_lines(text: str, *, blank: bool = True) -> tuple[Line, ...]:
    """The lines of ``text``, split on ``\\n`` only; without the blank ones when ``blank`` is false.

    A final line without ``\\n`` counts; an empty text has no line.

    >>> [(line.index, line.text, line.line_start) for line in split_lines(" a\\n\\nb", blank=False)]
    [(0, 'a', 0), (1, 'b', 4)]
    """
    lines: list[Line] = []
    position = 0
    size = len(text)
    for raw in text.split("\n"):
        line_end = position + len(raw)
        stop = line_end + 1 if line_end < size else line_end
        if position >= size and not raw:
            break  # the empty piece after a final "\n" is not a line
        stripped = raw.strip()
        if stripped or blank:
            lead = len(raw) - len(raw.lstrip()) if stripped else 0
            start = position + lead
            lines.append(Line(len(lines), stripped, start, start + len(stripped), position, line_end, stop))
        position = stop
    return tuple(lines)
