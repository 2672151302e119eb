"""Exact windows for word patterns: try a regex only where a match can start.

A regex alternation of a hundred words runs over a line at a few MB/s, because
``re`` tries every position. Most of a line holds no word of the lexicon, and
that can be told at C speed from the line's *byte tokens* (its UTF-8 bytes with
every ASCII byte other than ``a``-``z`` made a space, split once; see
:mod:`povcorpus._tokens`). :func:`windows_for` reads a compiled pattern's syntax
tree (the one ``re`` builds) and lists what must stand where any match starts:

- a *closed* token: an ASCII word the token at the start is exactly (``bets?``
  before a non-letter: ``bet`` or ``bets``), met by one set intersection with the
  line's tokens and then found with ``str.find``;
- an *open* prefix: an ASCII word that token starts with (``spielothek\\w*``);
- a *rest* hint, when that token holds a non-ASCII byte (``casinò``, ``’bet``,
  ``ставки``): a word found, on a letter bound, in those few tokens only;
- a *leading* literal, for a match that starts with a digit or a mark (``888``),
  or that may start inside a word: the tokens tell where a match starts only when
  a look-behind at the pattern's start bars a letter before it (``(?<![a-z])``);
  a Han word with none (``下载`` in ``app下载``) is looked for as its literal.

A hint may also *need* a literal somewhere in the line (``play`` for ``in``, from
``in[\\s-]play``), so a common first word costs a C search, not a try at each place.
:meth:`Windows.spans` then runs ``pattern.match(line, offset)`` at those offsets
only, in order, each past the last match: that is what ``finditer`` does at every
offset, and nowhere else does a match start, so the spans are exactly the whole
line's. A pattern this reader cannot follow (anchors, back-references, a match that
can be empty or start with a space) gets no windows: it is run over the whole line.

The hints are read from the lower-cased line, whose characters are the pattern's
characters lower-cased; so a pattern may be case-insensitive, or run on the line as
it is, when lower-casing keeps every character in its place (:func:`same_case`).

:func:`chunk_windows` serves patterns whose hints lie *inside* their matches (a
digit of ``bet365``): it runs ``finditer`` over whole stretches between runs of
whitespace (*chunks*) around each hint, which is exact when no match crosses
whitespace (:func:`reach_of` is 0) or when each window reaches as many chunks on.
"""

from __future__ import annotations

import importlib
import re
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

from attrs import frozen

from povcorpus._find import places
from povcorpus._memo import remember

__all__ = [
    "CASE_ODD",
    "UNBOUNDED",
    "WHITESPACE",
    "LineWords",
    "Windows",
    "alternation",
    "chunk_windows",
    "line_words",
    "reach_of",
    "same_case",
    "windows_for",
]

try:  # the parser re compiles with; public as sre_parse up to Python 3.10
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")

_LETTERS = bytes(byte if 97 <= byte <= 122 or byte >= 128 else 32 for byte in range(256))
"""A ``bytes.translate`` table: lower-case ASCII letters and non-ASCII bytes stay, others become spaces."""
_AZ = frozenset("abcdefghijklmnopqrstuvwxyz")
_ASCII_OTHERS = tuple(chr(code) for code in range(128) if chr(code) not in _AZ)
_CAP = 24
"""Characters of a match's start followed through the syntax tree; longer starts become prefixes."""


@frozen
class _Reading:
    """How far :func:`_walk` follows each path, and how many paths it may follow."""

    fold: bool
    """The pattern is case-insensitive."""
    after: int = 4
    """Characters read after the first token, at most, for a need."""
    gaps: int = 2
    """Gaps a path is followed to, at most: the first token and a need are known by then."""
    budget: int = 1000
    """Paths, at most; a larger alternation is read again without needs (its first tokens only)."""


_LONG_TOKEN = 16
"""A first token this long is a prefix (``open``) for the rest of its path."""
_LEAD = 3
"""Characters of a leading literal read, at most, when a match starts with a digit or a mark."""
_SHORT_WORD = 5
"""A long glued start is looked for as the longest word of at least this many letters it starts with."""
_LONG_REST = 4
"""A first token this long that holds a non-ASCII character is a prefix: such tokens are rare enough."""
_MAX_PATHS = 20000
"""More paths than this through the tree and the pattern gets no windows."""
_SMALL_CLASS = 4
"""A character class of at most this many characters is followed character by character."""
UNBOUNDED = 1 << 30
"""The reach of a pattern whose matches can cross any number of whitespace runs (windows run to the end)."""
_TO_END = re.compile(r"(?s:.*)")

_CHUNKS_AFTER: dict[int, re.Pattern[str]] = {}


class _UnreadableError(Exception):
    """The pattern holds something the window reader does not follow."""


class LineWords:
    """The byte tokens of one lower-cased line, read once and shared by the patterns run on it.

    Args:
        lowered: the line, lower case.
    """

    __slots__ = ("_rest", "lowered", "tokens")

    def __init__(self, lowered: str) -> None:
        self.lowered = lowered
        encoded = lowered.encode("utf-8", "surrogatepass")
        self.tokens: list[bytes] = encoded.translate(_LETTERS).split()
        self._rest: str | None = "" if encoded.isascii() else None

    @property
    def rest(self) -> str:
        """The tokens holding a non-ASCII byte, decoded and joined by spaces (read on first use)."""
        if self._rest is None:
            self._rest = b" ".join([token for token in self.tokens if not token.isascii()]).decode(
                "utf-8", "surrogatepass"
            )
        return self._rest


Needs = tuple[str, ...] | None
"""Literals one of which a line must hold for a hint to count (``None``: the hint alone counts)."""


_KEPT_LINES = 2
"""How many lines' tokens :func:`line_words` remembers (the engine and a detector read the same line)."""
_recent_lines: dict[str, LineWords] = {}


def line_words(lowered: str) -> LineWords:
    """The :class:`LineWords` of ``lowered``, shared by the patterns and detectors that read the same line."""
    found = _recent_lines.get(lowered)
    if found is None:
        found = LineWords(lowered)
        remember(_recent_lines, lowered, found, _KEPT_LINES)
    return found


@frozen
class Windows:
    """Where a pattern's matches can start in a line (see the module docstring)."""

    pattern: re.Pattern[str]
    """The pattern the windows are for."""
    closed: dict[bytes, Needs]
    """ASCII words that the token at a match's start can be, exactly (with what else the line must hold)."""
    keys: frozenset[bytes]
    """The keys of :attr:`closed`, for one set intersection."""
    open: tuple[tuple[str, Needs], ...]
    """ASCII prefixes that the token at a match's start can begin with."""
    rest: re.Pattern[str] | None
    """Finds, in a token holding a non-ASCII byte, where a match can start (on letter bounds)."""
    rest_needing: tuple[tuple[str, bool, tuple[str, ...]], ...]
    """More such hints, each with whether it is a whole word and what else the line must hold."""
    chunk: tuple[tuple[str, Needs], ...]
    """Literals a match starting with a non-letter begins with."""

    def starts(self, words: LineWords) -> set[int]:
        """Offsets of ``words.lowered`` where a match can start: every offset where one does is here."""
        lowered = words.lowered
        size = len(lowered)
        found: set[int] = set()
        closed = self.closed
        for token in self.keys.intersection(words.tokens):
            needs = closed[token]
            if needs is not None and not any(need in lowered for need in needs):
                continue
            word = token.decode("ascii")
            for start in places(lowered, word):
                end = start + len(word)
                if (not start or lowered[start - 1] not in _AZ) and (end == size or lowered[end] not in _AZ):
                    found.add(start)
        for prefix, needs in self.open:
            if prefix not in lowered or (needs is not None and not any(need in lowered for need in needs)):
                continue
            found.update(
                start for start in places(lowered, prefix) if not start or lowered[start - 1] not in _AZ
            )
        for literal, needs in self.chunk:
            if literal not in lowered or (needs is not None and not any(need in lowered for need in needs)):
                continue
            found.update(places(lowered, literal))
        if (self.rest is not None or self.rest_needing) and words.rest:
            found.update(self._rest_starts(lowered, words.rest))
        return found

    def _rest_starts(self, lowered: str, rest: str) -> set[int]:
        """Offsets where a match can start inside the tokens holding a non-ASCII byte (``rest``, joined)."""
        hits: list[int] = []
        if self.rest is not None:
            # Every hit, overlapping ones too (``d’azzardo`` and ``azzardo`` may each start a match).
            search = self.rest.search
            match = search(rest)
            while match is not None:
                hits.append(match.start())
                match = search(rest, match.start() + 1)
        for hint, whole, needs in self.rest_needing:
            if hint in rest and any(need in lowered for need in needs):
                for start in places(rest, hint):
                    end = start + len(hint)
                    if (not start or rest[start - 1] not in _AZ) and not (
                        whole and end < len(rest) and rest[end] in _AZ
                    ):
                        hits.append(start)
        offsets: dict[str, set[int]] = {}
        for start in hits:  # hints hold no space: each lies in one token, at some offset
            first = rest.rfind(" ", 0, start) + 1
            stop = rest.find(" ", start)
            offsets.setdefault(rest[first : len(rest) if stop == -1 else stop], set()).add(start - first)
        found: set[int] = set()
        for token, inside in offsets.items():
            for start in places(lowered, token):
                found.update(start + offset for offset in inside)
        return found

    def spans(self, words: LineWords, line: str | None = None) -> list[tuple[int, int]]:
        """The spans of ``self.pattern.finditer(line)``, tried only where a match can start.

        ``line`` defaults to ``words.lowered``; another line must lower-case to it in place
        (:func:`same_case`). The pattern is matched on the whole line at each offset of
        :meth:`starts` past the last match, in order: ``finditer`` tries every offset in
        order, and nowhere else does a match start.
        """
        starts = self.starts(words)
        if not starts:
            return []
        text = words.lowered if line is None else line
        match = self.pattern.match
        found: list[tuple[int, int]] = []
        position = 0
        for start in sorted(starts):
            if start >= position:
                hit = match(text, start)
                if hit is not None:
                    found.append(hit.span())
                    position = hit.end()
        return found


def chunk_windows(
    pattern: re.Pattern[str], text: str, starts: Iterable[tuple[int, int]], reach: int
) -> list[tuple[int, int]]:
    """The spans of ``pattern``'s matches in windows of whole chunks around ``starts``.

    Each span ``(start, end)`` of ``starts`` lies in the first chunk of the matches it
    stands for; its window runs from that chunk to ``reach`` chunks after the chunk of
    ``end``. The result equals the whole text's matches when every match has such a span.
    """
    after = _CHUNKS_AFTER.get(reach) if reach < UNBOUNDED else _TO_END
    if after is None:
        after = _CHUNKS_AFTER.setdefault(reach, re.compile(r"\S*(?:\s+\S*){0," + str(reach) + "}"))
    found: list[tuple[int, int]] = []
    left = right = -1
    for start, end in sorted(starts):
        stop = after.match(text, end)
        limit = stop.end() if stop is not None else len(text)
        if start < right or text.rfind(" ", 0, start) + 1 <= right:
            right = max(right, limit)
            continue
        if right > left:
            found.extend(match.span() for match in pattern.finditer(text, left, right))
        left, right = text.rfind(" ", 0, start) + 1, limit
    if right > left:
        found.extend(match.span() for match in pattern.finditer(text, left, right))
    return found


def windows_for(pattern: re.Pattern[str]) -> Windows | None:
    """The windows of ``pattern`` (``None`` when the reader cannot follow it: run it on whole lines)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & (re.ASCII | re.LOCALE):
        return None
    try:
        tree = list(_parser.parse(pattern.pattern, pattern.flags))
        fold = bool(pattern.flags & re.IGNORECASE)
        paths: set[tuple[tuple[Any, ...], str, bool]] = set()
        try:
            _walk(tree, (), False, paths, _Reading(fold))
        except _UnreadableError:  # too many paths: read the first tokens only, without needs
            paths = set()
            _walk(tree, (), False, paths, _Reading(fold, after=0, gaps=1, budget=_MAX_PATHS))
    except (_UnreadableError, RecursionError):
        return None
    closed: dict[str, Needs] = {}
    opened: dict[str, Needs] = {}
    hints: dict[tuple[str, str], Needs] = {}
    chunk: dict[str, Needs] = {}
    for path, how, bound in paths:
        word, status, lead, need = _first_token(path, how)
        if not bound:  # a match may start inside a word: only its leading literal tells where
            word = ""
        if word:
            _add(hints, (word, status), need)
            _add(closed if status == "closed" else opened, word, need) if word.isascii() else None
        elif lead:
            _add(chunk, lead, need)
        else:
            return None  # a match can start with whitespace or an unknown character, or be empty
    for word in [word for word in opened if len(word) >= _LONG_TOKEN]:
        # A long glued start (``bettingappdownlo``) is looked for as the word it starts with (``betting``).
        short = next(
            (word[:size] for size in range(len(word) - 1, _SHORT_WORD - 1, -1) if word[:size] in closed), None
        )
        if short is not None:
            _add(opened, short, None)
    # A rest hint that a shorter (or the same) open hint with no needs already finds adds nothing.
    free = {word for (word, status), needs in hints.items() if status == "open" and needs is None}
    closed_hints: set[str] = set()
    open_hints: set[str] = set()
    needing: list[tuple[str, bool, tuple[str, ...]]] = []
    for (word, status), needs in hints.items():
        if any(word[:size] in free for size in range(1, len(word) + (status == "closed"))):
            continue
        if needs is not None:
            needing.append((word, status == "closed", needs))
        else:
            (closed_hints if status == "closed" else open_hints).add(word)
    parts = []
    if closed_hints:
        parts.append(r"(?<![a-z])(?:" + alternation(closed_hints) + r")(?![a-z])")
    if open_hints:
        parts.append(r"(?<![a-z])(?:" + alternation(open_hints) + ")")
    return Windows(
        pattern=pattern,
        closed={word.encode("ascii"): need for word, need in closed.items()},
        keys=frozenset(word.encode("ascii") for word in closed),
        open=tuple(sorted((word, needs) for word, needs in opened.items() if not _covered(word, opened))),
        rest=re.compile("|".join(parts)) if parts else None,
        rest_needing=tuple(sorted(needing)),
        chunk=tuple(sorted((lead, need) for lead, need in chunk.items() if not _covered(lead, chunk))),
    )


def _add(table: dict[Any, Needs], key: Any, need: str | None) -> None:
    """Record that ``key`` counts when the line holds ``need`` (``None``: always), for one more path."""
    if key in table and table[key] is None:
        return
    if need is None:
        table[key] = None
    else:
        table[key] = (*(table.get(key) or ()), need)


def _covered(literal: str, table: dict[str, Needs]) -> bool:
    """Whether a shorter literal of ``table`` starting ``literal`` counts on its own (this one is idle)."""
    return any(literal[:size] in table and table[literal[:size]] is None for size in range(1, len(literal)))


def alternation(items: Iterable[str]) -> str:
    """A regex matching each of ``items`` (the longest one where several start), written as a trie.

    ``re`` tries the branches of an alternation one by one; with the words sharing their
    first characters, a position is rejected after a few character tests, not hundreds.
    """
    root: dict[str, Any] = {}
    for item in items:
        node = root
        for char in item:
            node = node.setdefault(char, {})
        node[""] = {}
    return _trie(root)


def _trie(node: dict[str, Any]) -> str:
    branches = [re.escape(char) + _trie(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


def _first_token(path: tuple[Any, ...], how: str) -> tuple[str, str, str, str | None]:
    """The start of a match along one path: first token, whether it is closed, leading literal, a need.

    The first token is the longest run of ``a``-``z`` and non-ASCII characters at the
    start; it is ``"closed"`` when what follows it cannot be one of ``a``-``z`` (an ASCII
    mark, a gap, or the end of a match that a look-ahead bars from a letter), else
    ``"open"``. The leading literal is the run of known non-space characters at the
    start. The need is the longest run of known characters of the path, when it is
    longer than what the token or leading literal already asks (``d'azzardo``; ``play``
    of ``in-play``), else ``None``.
    """
    word: list[str] = []
    status = ""
    for item in path:
        if isinstance(item, str):
            if item in _AZ or item >= "\x80":
                word.append(item)
                continue
            status = "closed"
        else:
            status = "open" if item == _LETTER else "closed"
        break
    if not status:
        status = "closed" if how == "guarded" else "open"
    lead: list[str] = []
    for item in path:
        if not isinstance(item, str) or item.isspace():
            break
        lead.append(item)
    runs: list[str] = []
    current: list[str] = []
    for item in (*path, None):
        if isinstance(item, str):
            current.append(item)
        elif current:
            runs.append("".join(current))
            current = []
    longest = max(reversed(runs), key=len, default="")
    asked = "".join(word) or "".join(lead)
    return "".join(word), status, "".join(lead), longest if len(longest) > len(asked) else None


def _name(op: Any) -> str:
    """The name of a syntax tree node's kind (``"LITERAL"``); a name already is one."""
    return op if isinstance(op, str) else str(op.name)


_LETTER = ("letter",)
"""A path item: a character class that can match ``a``-``z``; the path ends with it."""
_GAP = ("gap",)
"""A path item: one or more characters of a class that cannot match ``a``-``z``."""


def _walk(
    nodes: list[Any],
    path: tuple[Any, ...],
    guarded: bool,
    out: set[tuple[tuple[Any, ...], str, bool]],
    how: _Reading,
    left: bool = False,
) -> None:
    """Every start of a match through ``nodes`` after ``path``: known characters, gaps, then the end.

    A path item is a known character, :data:`_GAP` (characters none of which is
    ``a``-``z``), or :data:`_LETTER` for a class that can match ``a``-``z`` (the path
    ends there). ``guarded``: a look-ahead since the last character bars ``a``-``z``
    from following.
    """
    if len(out) > how.budget:
        msg = "too many paths"
        raise _UnreadableError(msg)
    if len(path) >= _CAP:
        out.add(((*path, _LETTER), "open", left))
        return
    settled = _settled(path, how)
    if settled is not None:
        out.add(((*path, _LETTER) if settled == "open" else path, settled, left))
        return
    if not nodes:
        out.add((path, "guarded" if guarded else "end", left))
        return
    (op, value), rest = nodes[0], nodes[1:]
    name = _name(op)
    if name == "LITERAL":
        char = _lower(chr(value))
        if not (guarded and char in _AZ):  # a look-ahead bars a letter here: no match takes this path
            _walk(rest, (*path, char), False, out, how, left)
    elif name == "IN":
        chars = _class_chars(value)
        if chars is not None and len(chars) <= _SMALL_CLASS:
            for char in sorted({_lower(char) for char in chars}):
                if not (guarded and char in _AZ):
                    _walk(rest, (*path, char), False, out, how, left)
        elif _class_has_letter(value):
            out.add(((*path, _LETTER), "class", left))
        else:
            _walk(rest, _gap(path), False, out, how, left)
    elif name in ("NOT_LITERAL", "ANY"):
        out.add(((*path, _LETTER), "class", left))
    elif name == "BRANCH":
        for branch in value[1]:
            _walk(list(branch) + rest, path, guarded, out, how, left)
    elif name == "SUBPATTERN":
        _, add_flags, del_flags, items = value
        if (add_flags | del_flags) & (re.ASCII | re.LOCALE | re.IGNORECASE):
            msg = "inline flags"
            raise _UnreadableError(msg)
        _walk(list(items) + rest, path, guarded, out, how, left)
    elif name == "ATOMIC_GROUP":
        _walk(list(value) + rest, path, guarded, out, how, left)
    elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
        least, most, body = value
        body = list(body)
        if len(body) == 1 and _name(body[0][0]) == "IN" and _is_gap(body[0][1]):
            if least == 0:
                _walk(rest, path, guarded, out, how, left)
            if most > 0:
                _walk(rest, _gap(path), False, out, how, left)
        elif most <= 3:
            for times in range(least, most + 1):
                _walk(body * times + rest, path, guarded, out, how, left)
        else:
            _walk(body * least + rest, path, guarded, out, how, left)
            _walk([*body * (least + 1), _OPEN], path, guarded, out, how, left)
    elif name == "OPEN_END":
        out.add(((*path, _LETTER), "open", left))
    elif name in ("ASSERT", "ASSERT_NOT"):
        direction, body = value
        bars = name == "ASSERT_NOT" and _bars_letters(list(body), how.fold)
        if direction == 1:
            _walk(rest, path, guarded or bars, out, how, left)
        else:  # a look-behind at the start that bars a letter: the match starts at a letter bound
            _walk(rest, path, guarded, out, how, left or (bars and not path))
    else:  # AT (anchors, \b), GROUPREF, and whatever a later Python adds
        raise _UnreadableError(name)


def _settled(path: tuple[Any, ...], how: _Reading) -> str | None:
    """Whether a path need not be followed further: ``"open"`` (a long first token), ``"cut"``, or ``None``.

    Every path through a large alternation would be too many; a path is cut once its first
    token is known and a few characters after it (a need) are read, and a first token
    is read as a prefix once it is long or holds a few non-ASCII characters.
    """
    size = 0
    rest = 0
    for item in path:
        if not (isinstance(item, str) and (item in _AZ or item >= "\x80")):
            break
        size += 1
        rest += item >= "\x80"
    else:
        return "open" if size >= _LONG_TOKEN or (rest and size >= _LONG_REST) else None
    if size == 0:  # a match that starts with a digit or a mark: read its leading literal
        lead = next(
            (index for index, item in enumerate(path) if not isinstance(item, str) or item.isspace()), None
        )
        return "cut" if lead is not None or len(path) >= _LEAD else None
    if len(path) - size - 1 >= how.after or path.count(_GAP) >= how.gaps:
        return "cut"
    return None


def _gap(path: tuple[Any, ...]) -> tuple[Any, ...]:
    """``path`` followed by a gap (two gaps in a row are one)."""
    return path if path and path[-1] == _GAP else (*path, _GAP)


def _is_gap(items: Any) -> bool:
    """Whether a class is too wide to follow character by character and cannot match ``a``-``z``."""
    chars = _class_chars(items)
    return (chars is None or len(chars) > _SMALL_CLASS) and not _class_has_letter(items)


class _Op:
    """A node kind of the walk's own: "the match goes on, unknown" (after a repeat's first extra turn)."""

    name = "OPEN_END"


_OPEN = (_Op(), None)


def _bars_letters(body: list[Any], fold: bool) -> bool:
    """Whether a negative look-ahead with this body bars every character that lower-cases to ``a``-``z``.

    ``fold``: the pattern is case-insensitive, so a class holds a character when it holds
    another of the same lower case (and a negated one when it holds none of them).
    """
    if len(body) != 1:
        return False
    op, value = body[0]
    name = _name(op)
    if name == "BRANCH":  # (?![a-z]|[量后]): one branch that bars every letter is enough
        return any(_bars_letters(list(branch), fold) for branch in value[1])
    if name == "IN":
        negated = any(_name(item) == "NEGATE" for item, _ in value)
        if fold and not negated:
            return all(any(_in_class(value, cased) for cased in _CASED[char]) for char in _AZ)
        return all(_in_class(value, cased) for char in _AZ for cased in _CASED[char])
    return False


def _in_class(items: Any, char: str) -> bool:
    """Whether ``char`` is in the class ``items`` (an ``IN`` node's value, without case folding)."""
    negate = False
    found = False
    for op, value in items:
        name = _name(op)
        if name == "NEGATE":
            negate = True
        elif name == "LITERAL":
            found = found or ord(char) == value
        elif name == "RANGE":
            found = found or value[0] <= ord(char) <= value[1]
        elif name == "CATEGORY":
            found = found or _in_category(_name(value), char)
        else:
            raise _UnreadableError(name)
    return found != negate


def _in_category(category: str, char: str) -> bool:
    """Whether ``char`` is in a category of ``re`` (``\\d``, ``\\s``, ``\\w`` or their negations)."""
    tests = {
        "CATEGORY_DIGIT": char.isdecimal(),
        "CATEGORY_SPACE": char.isspace(),
        "CATEGORY_WORD": char.isalnum() or char == "_",
    }
    positive = category.replace("_NOT_", "_")
    if positive not in tests:
        raise _UnreadableError(category)
    return tests[positive] != (positive != category)


def _class_chars(items: Any) -> set[str] | None:
    """The characters of a class of plain characters and short ranges (``None``: negated or categories)."""
    chars: set[str] = set()
    for op, value in items:
        name = _name(op)
        if name == "LITERAL":
            chars.add(chr(value))
        elif name == "RANGE" and value[1] - value[0] < 64:
            chars.update(chr(code) for code in range(value[0], value[1] + 1))
        else:
            return None
        if len(chars) > _SMALL_CLASS:
            return None
    return chars


def _class_has_letter(items: Any) -> bool:
    """Whether a class can match a character that lower-cases to one of ``a``-``z``."""
    return _has_letter(tuple((_name(op), value) for op, value in items))


@lru_cache(maxsize=1024)
def _has_letter(items: tuple[tuple[str, Any], ...]) -> bool:
    return any(_in_class(items, cased) for char in _AZ for cased in _CASED[char])


_CASED = {char: tuple(sorted({char, char.upper(), *("\u212a" if char == "k" else "")})) for char in _AZ}
"""The characters that lower-case to each of ``a``-``z`` (``K``, and the Kelvin sign for ``k``)."""


def _lower(char: str) -> str:
    """``char`` lower-cased, as a lower-cased line holds it (one character, or the walk stops)."""
    lowered = char.lower()
    if len(lowered) != 1 or lowered in _FOLD_UNSAFE:
        msg = f"{char!r} does not lower-case to one plain character"
        raise _UnreadableError(msg)
    return lowered


_FOLD_UNSAFE = frozenset(
    "\u00b5\u03bc\u0345\u03b9\u1fbe\u0390\u1fd3\u03b0\u1fe3\u03b2\u03d0\u03b5\u03f5\u03b8\u03d1\u03ba\u03f0\u03c0\u03d6\u03c1\u03f1\u03c2\u03c3\u03c6\u03d5\u1e61\u1e9b\ufb05\ufb06"
)
"""Letters that ``re.IGNORECASE`` matches to a character of another lower case (µ and μ, ς and σ…).

A pattern holding one gets no windows. The other such pairs (``i`` and ``ı``, ``s`` and ``ſ``,
old Cyrillic forms) are kept out by :data:`CASE_ODD` on the line's side instead.
"""

CASE_ODD = re.compile("[\u0130\u0131\u017f\u03a3\u1c80-\u1c88]")
"""Characters that ``re.IGNORECASE`` matches to a letter other than their ``lower()`` (``ı``, ``ſ``, old
Cyrillic forms), and capitals whose ``lower()`` changes length (``İ``) or reads the context (``Σ``).
A line holding one is not read in windows by a pattern run on the line as it is (see :func:`same_case`).
"""


def same_case(line: str, lowered: str) -> bool:
    """Whether ``lowered`` (``line.lower()``) is ``line`` character by character, as windows need.

    Windows found in the lower-cased line serve a pattern run on ``line`` itself (with or
    without ``re.IGNORECASE``) only then: every character has its own lower case, in place.
    """
    return len(lowered) == len(line) and CASE_ODD.search(line) is None


WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680"
    + "".join(map(chr, range(0x2000, 0x200B)))
    + ("\u2028\u2029\u202f\u205f\u3000")
)
"""Every character ``str.isspace`` and ``re``'s ``\\s`` accept (a test checks it against all of Unicode)."""


def _ws_only(op: Any, value: Any) -> bool:
    """Whether a node matches one character, always whitespace."""
    name = _name(op)
    if name == "LITERAL":
        return chr(value).isspace()
    if name == "IN":
        chars = _class_chars(value)
        if chars is not None:
            return all(char.isspace() for char in chars)
        return all(
            _name(item) == "CATEGORY" and _name(item_value) == "CATEGORY_SPACE" for item, item_value in value
        )
    return False


def _may_space(op: Any, value: Any) -> bool:
    """Whether a one-character node can match whitespace."""
    name = _name(op)
    if name == "LITERAL":
        return chr(value).isspace()
    if name == "IN":
        return any(_in_class(value, char) for char in WHITESPACE)
    return True  # ANY, NOT_LITERAL


def reach_of(nodes: Any) -> int:
    """How many runs of whitespace a match of ``nodes`` (or a look-ahead in it) can touch, at most.

    A node that can match whitespace touches one run; a repeat of a node that matches only
    whitespace stays in one run. Look-behinds read what lies before, so they count for nothing.
    """
    total = 0
    for op, value in nodes:
        name = _name(op)
        if name in ("LITERAL", "IN", "NOT_LITERAL", "ANY"):
            total += 1 if _may_space(op, value) else 0
        elif name == "BRANCH":
            total += max((reach_of(branch) for branch in value[1]), default=0)
        elif name == "SUBPATTERN":
            total += reach_of(value[3])
        elif name == "ATOMIC_GROUP":
            total += reach_of(value)
        elif name in ("MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"):
            _, most, body = value
            inner = reach_of(body)
            if inner and len(body) == 1 and _ws_only(*body[0]):
                total += 1
            elif inner:
                total += UNBOUNDED if most > 64 else inner * most
        elif name in ("ASSERT", "ASSERT_NOT"):
            direction, body = value
            total += reach_of(body) if direction == 1 else 0
        elif name == "AT":
            raise _UnreadableError(name)
        else:
            raise _UnreadableError(name)
    return min(total, UNBOUNDED)
