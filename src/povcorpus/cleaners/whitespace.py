"""The ``whitespace`` cleaner: odd, repeated and misplaced spaces; line and paragraph breaks stay.

What changes, within each line:

* non-breaking and other odd spaces (U+00A0, U+2000–U+200A, U+202F, U+205F,
  U+1680, and U+3000 outside CJK text) become an ASCII space; a zero-width
  no-break space (U+FEFF, a stray byte-order mark) is removed;
* runs of spaces inside a line become one space;
* spaces and tabs at the end of a line are removed (so a line of spaces
  becomes empty and the paragraph break around it stays); a line ends at
  ``\\n``, ``\\r\\n`` or a lone ``\\r`` (an old Mac line break);
* a space before ``,`` or ``.`` that ends a word (``poverty , and`` →
  ``poverty, and``); a comma a tokeniser moved from the end of a word to the
  start of the next (``economists ,in a study`` → ``economists, in a study``)
  goes back, when a lower-case word of two letters or more follows it that holds
  no code character and no closing quote (``,nein'`` opens a German quotation);
  and before ``; : ! ?`` unless the text is French
  (``ctx.lang == "fr"``) or, when the language is unknown, spaces before these
  marks are the text's usual style (French typography).

What stays: line breaks (``\\n``, ``\\r\\n``) and blank lines; indentation at the
start of a line (only its odd spaces become ASCII spaces; the option
``whitespace.strip_indent`` removes it); tabs inside a line; a non-breaking
space where French typography or a digit group needs it (``Bonjour\\u00a0!``,
``« oui »``, ``10\\u00a0000``, ``0,6\\u00a0%``); U+3000 next to CJK text; zero-width spaces and
joiners (U+200B–U+200D, Persian needs U+200C); ellipses (``wait ...``) and
leading dots (``.NET``); URLs and ```code```.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from povcorpus.cleaners._common import CJK_CHARS, Protected, has_any
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.edits import replace_spans

__all__ = ["ODD_SPACES", "aligned_rows", "whitespace"]

ODD_SPACES = "\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff"
"""Character-class body of the spaces this cleaner replaces (or removes, for U+FEFF)."""

_RUN = re.compile(
    f"[ \\t{ODD_SPACES}]*(?:[{ODD_SPACES}]|  )[ \\t{ODD_SPACES}]*|[ \\t]+(?=[\\r\\n]|\\Z)| (?=[,.;:!?])"
)
"""The runs to look at: with an odd space or two spaces, at a line end, or one space before a mark."""
# The same runs, found faster: every branch starts with a character set, so the regex engine
# skips ahead to the next space instead of trying a match at every position. A run of two or
# more spaces and tabs is kept only if it holds an odd space or "  " or ends a line (see _runs).
_CANDIDATE = re.compile(f"[ \\t{ODD_SPACES}]{{2,}}|[{ODD_SPACES}]|[ \\t](?=[\\r\\n]|\\Z)| (?=[,.;:!?])")
_LINE_END = re.compile(r"[\r\n]|\Z")


# Every place a match of _CANDIDATE can start is the first character of a pair of a space or tab
# and a space, tab, line break or mark, an odd space, the character before an odd space, or the
# last character of the text. Literal-prefixed scans (and single-character checks, at memchr
# speed) find them; _CANDIDATE is tried only there, not at every space of the text.
_SPACE_PAIR = re.compile(" [ \t\r\n,.;:!?]")
_TAB_PAIR = re.compile("\t[ \t\r\n]")


def _starts(text: str) -> list[int]:
    """Sorted positions where a match of :data:`_CANDIDATE` may start (a superset of the real ones)."""
    found = {match.start() for match in _SPACE_PAIR.finditer(text)}
    if "\t" in text:
        found.update(match.start() for match in _TAB_PAIR.finditer(text))
    if not text.isascii():
        for char in _ODD_CHARS:
            if char in text:
                for match in _LITERAL_ODD[char].finditer(text):
                    found.add(match.start())
                    found.add(match.start() - 1)
    found.add(len(text) - 1)
    found.discard(-1)
    return sorted(found)


def _candidates(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_CANDIDATE.finditer(text)``, tried only where one may start."""
    end = 0
    for start in _starts(text):
        if start < end:
            continue
        match = _CANDIDATE.match(text, start)
        if match is not None:
            end = match.end()
            yield match


def _runs(text: str) -> Iterator[re.Match[str]]:
    """The matches of :data:`_RUN` in ``text``, found through :data:`_CANDIDATE`."""
    for match in _candidates(text):
        run = match.group()
        if len(run) == 1 or "  " in run or _ODD.search(run) or _LINE_END.match(text, match.end()):
            yield match
            continue
        inner = _RUN.search(text, match.start())  # e.g. the last space of "\t " before a comma
        if inner is not None and inner.start() < match.end():
            yield inner


_ODD = re.compile(f"[{ODD_SPACES}]")
_ODD_CHARS = "\u00a0\u1680\u202f\u205f\u3000\ufeff" + "".join(chr(code) for code in range(0x2000, 0x200B))
"""The characters of :data:`ODD_SPACES`, each looked for with ``in`` (a C scan)."""
_LITERAL_ODD = {char: re.compile(char) for char in _ODD_CHARS}
_CJK = re.compile(f"[{CJK_CHARS}、。，]")
_BEFORE_PUNCT = re.compile(r"[\w”’\"')\]%]")
_CLOSERS = "”’\"')]»"
# A mark ends a clause before a space, the end, or a closing quote or bracket (``"Mamma Mia !"``).
_CLOSER = f"[{re.escape(_CLOSERS)}]"
_SPACED_MARK = re.compile(f"\\w [;:!?](?:\\s|\\Z|{_CLOSER})")
_TIGHT_MARK = re.compile(f"\\w[;:!?](?:\\s|\\Z|{_CLOSER})")
_WORD_AFTER_COMMA = re.compile(f"[^\\W\\d_]{{2,}}(?=[ \\t\\r\\n,.;:!?){ODD_SPACES}]|\\Z)")
"""A word after a glued comma, ended by a space (an odd one too: it becomes one in the same pass) or a
mark, not by a quote, a digit or a code character."""


class _Run:
    """Decides the replacement of one run of spaces."""

    __slots__ = ("_columns", "_french", "ctx", "protected", "text")

    def __init__(self, text: str, ctx: CleanContext) -> None:
        self.text = text
        self.ctx = ctx
        self.protected = Protected(text)
        self._french: bool | None = None
        self._columns: frozenset[int] | None = None

    def column_gap(self, run: str, start: int) -> bool:
        """Whether ``run``, at ``start``, is two spaces or more between two columns of a table aligned
        with spaces: its line is a row (:func:`aligned_rows`)."""
        if len(run) < 2 or run.strip(" "):
            return False
        if self._columns is None:
            self._columns = aligned_rows(self.text)
        return self.text.rfind("\n", 0, start) + 1 in self._columns

    def french(self) -> bool:
        """Whether spaces before ``; : ! ?`` are this text's style (French typography)."""
        if self._french is None:
            if self.ctx.lang is not None:
                self._french = self.ctx.base_lang == "fr"
            else:
                spaced = len(_SPACED_MARK.findall(self.text))
                self._french = spaced > 0 and spaced >= len(_TIGHT_MARK.findall(self.text))
        return self._french

    def keep_odd(self, run: str, start: int, end: int) -> bool:
        """Whether a single odd space is needed where it is (French, digit groups, CJK)."""
        text = self.text
        before = text[start - 1] if start else ""
        after = text[end] if end < len(text) else ""
        if run in "\u00a0\u202f":
            return (
                (after in ";:!?»›" and after != "")
                or (before in "«‹" and before != "")
                or (before.isdigit() and (after.isdigit() or after in ("%", "‰")))
            )
        if run == "\u3000":
            return _CJK.match(before or " ") is not None or _CJK.match(after or " ") is not None
        return False

    def replace(self, match: re.Match[str]) -> str | None:
        """The new text of the run, or ``None`` to keep it."""
        text = self.text
        run = match.group()
        start, end = match.start(), match.end()
        if self.protected.covers(start):
            return None
        at_line_start = start == 0 or text[start - 1] == "\n"
        at_line_end = end == len(text) or text[end] in "\r\n"
        if at_line_end:
            return ""
        if at_line_start:
            if self.ctx.option("whitespace", "strip_indent", False):
                return ""
            return _ODD.sub(_indent_space, run)
        if self.column_gap(run, start):
            return None
        if len(run) == 1 and run != " ":
            if run == "\ufeff":
                return ""
            if self.keep_odd(run, start, end):
                return None
        if "\t" in run:
            if _ODD.search(run) is None:
                return run.replace("\ufeff", "")  # tabs alone stay (columns)
            # With an odd space the run becomes one space: the rule for a space before a mark
            # applies to it now, as it would on a second pass.
            return "" if self._drop_before_punctuation(start, end) else " "
        if self._drop_before_punctuation(start, end):
            return ""
        return " " if run.strip("\ufeff") else ""

    def comma_moved(self, match: re.Match[str]) -> bool:
        """Whether the run is the space before a comma glued to the next word (``economists ,in``)."""
        text = self.text
        start, end = match.start(), match.end()
        if end >= len(text) - 2 or text[end] != "," or not start or self.protected.covers(start):
            return False
        if self.column_gap(match.group(), start):
            return False  # a cell of an aligned table that starts with a comma
        if _BEFORE_PUNCT.match(text, start - 1) is None or text[start - 1] == "\n":
            return False
        word = _WORD_AFTER_COMMA.match(text, end + 1)
        return word is not None and word.group().islower() and word.group().isalpha()

    def _drop_before_punctuation(self, start: int, end: int) -> bool:
        text = self.text
        mark = text[end] if end < len(text) else ""
        if not mark or mark not in ",.;:!?":
            return False
        if _BEFORE_PUNCT.match(text, start - 1) is None:
            return False
        following = text[end + 1 : end + 3]
        if mark == "." and following[:1] == " " and following[1:2].islower():
            return False
        if following[:1] and not following[:1].isspace() and following[:1] not in _CLOSERS:
            return False
        if following[:1] in "\"'" and following[1:2].isalnum():
            return False  # a straight quote before a word opens a quotation (``of ,"hope``): all stays
        return mark in ",." or not self.french()


_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")
"""A gap of two spaces or more between two non-space characters of one line."""


def aligned_rows(text: str) -> frozenset[int]:
    """The starts of the lines that are rows of a table aligned with spaces (``pdftotext -layout``).

    A line is a row when it and the line right above or below it both hold gaps of two spaces
    or more and share the column where a gap starts or ends: a column of left-aligned cells
    starts at one column in every row, one of right-aligned numbers ends at one column. Prose
    with stray double spaces seldom meets this on two lines; its spaces are still tightened.

    >>> sorted(aligned_rows("Region    2019   2020\\nEast      1.2%   0.3%\\nThe  end."))
    [0, 22]
    """
    rows: set[int] = set()
    previous: frozenset[int] = frozenset()
    previous_start = -1
    position = 0
    for line in text.split("\n"):
        edges: frozenset[int] = frozenset()
        if "  " in line.strip():
            # A gap's start (a cell's end) as -1 - column, its end (a cell's start) as its column.
            edges = frozenset(edge for gap in _GAP.finditer(line) for edge in (-1 - gap.start(), gap.end()))
        if edges and not edges.isdisjoint(previous):
            rows.add(previous_start)
            rows.add(position)
        previous, previous_start = edges, position
        position += len(line) + 1
    return frozenset(rows)


def _indent_space(match: re.Match[str]) -> str:
    return "" if match.group() == "\ufeff" else " "


@register_cleaner("whitespace")
def whitespace(text: str, ctx: CleanContext) -> CleanResult:
    """Normalise odd and repeated spaces, drop trailing ones and spaces before punctuation.

    >>> whitespace("Release\\u00a0 time:  2021 \\nNext ,", CleanContext()).text
    'Release time: 2021\\nNext,'

    Args:
        text: the text to clean.
        ctx: the context; ``lang`` and option ``whitespace.strip_indent`` (default ``False``).

    Returns:
        The text with normalised spaces and one edit per changed run.
    """
    if not _may_change(text, ctx):
        return CleanResult(text)
    return _normalise(text, ctx)


def _may_change(text: str, ctx: CleanContext) -> bool:
    """The pre-check: an odd space, a space before a line break or a mark, a line's trailing space
    or tab, or two spaces anywhere but in a line's indentation (kept unless ``strip_indent``).

    Each test is a C-level scan (``in``, or a pattern that starts with a literal).
    """
    if not text.isascii() and has_any(text, _ODD_CHARS):
        return True
    if text.endswith((" ", "\t")) or ("\t" in text and ("\t\n" in text or "\t\r" in text)):
        return True
    strip_indent = ctx.option("whitespace", "strip_indent", False)
    position = 0
    while (pair := _SPACE_PAIR_OR_MARK.search(text, position)) is not None:
        at = pair.start()
        if pair.group() != "  " or strip_indent:
            return True
        if text[text.rfind("\n", 0, at) + 1 : at].strip(" \t"):
            return True  # two spaces inside a line, not in its indentation
        blanks = _BLANKS.match(text, at)
        position = blanks.end() if blanks is not None else at + 2  # past the indentation
        if position == len(text) or text[position] in "\r\n":
            return True  # a line of spaces: they go
    return False


_SPACE_PAIR_OR_MARK = re.compile(" [ \n\r,.;:!?]")
_BLANKS = re.compile("[ \t]*")


def _normalise(text: str, ctx: CleanContext) -> CleanResult:
    """The cleaner without its pre-check."""
    decide = _Run(text, ctx)
    spans: list[tuple[int, int, str]] = []
    for match in _runs(text):
        if decide.comma_moved(match):
            spans.append((match.start(), match.end() + 1, ", "))
            continue
        new = decide.replace(match)
        if new is not None:
            spans.append((match.start(), match.end(), new))
    if not spans:
        return CleanResult(text)
    new_text, edits = replace_spans(text, spans, "whitespace", ctx.field, ctx.step)
    return CleanResult(new_text, edits)
