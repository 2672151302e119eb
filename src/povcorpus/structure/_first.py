"""Which characters a regular expression's match can start with, so most lines skip most patterns.

:func:`first_characters` reads a compiled pattern's syntax tree (the one
``re`` itself builds) and returns a one-character pattern that matches every
character a non-empty match can begin with, or ``None`` when it cannot tell
(a back-reference, ``.``, a construct it does not know): then the pattern is
simply always tried. Zero-width parts (``\\b``, look-aheads) are skipped, so
the answer can only be too wide, never too narrow; case-insensitive parts
keep their flags, so ``re`` decides what ``p`` matches under ``(?i)`` exactly
as it does in the full pattern.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["first_characters"]

try:  # the parser re compiles with; public as sre_parse up to Python 3.10
    _parser: Any = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - Python 3.10
    _parser = importlib.import_module("sre_parse")

_CATEGORIES = {
    "CATEGORY_DIGIT": r"\d",
    "CATEGORY_NOT_DIGIT": r"\D",
    "CATEGORY_SPACE": r"\s",
    "CATEGORY_NOT_SPACE": r"\S",
    "CATEGORY_WORD": r"\w",
    "CATEGORY_NOT_WORD": r"\W",
}
_REPEATS = frozenset({"MAX_REPEAT", "MIN_REPEAT", "POSSESSIVE_REPEAT"})
_ZERO_WIDTH = frozenset({"AT", "ASSERT", "ASSERT_NOT"})


class _AnyCharacterError(Exception):
    """Raised when any character may start a match (or the tree holds something not understood)."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


class _Firsts:
    """Walks a syntax tree, collecting character classes as ``(body, ignorecase, ascii)`` pieces."""

    def __init__(self) -> None:
        self.pieces: list[tuple[str, bool, bool]] = []

    def sequence(self, items: Any, ignorecase: bool, ascii_only: bool) -> bool:
        """Add the first characters of ``items`` in a row; return whether the row can match empty."""
        return all(self.node(op, value, ignorecase, ascii_only) for op, value in items)

    def node(self, op: Any, value: Any, ignorecase: bool, ascii_only: bool) -> bool:
        """Add the first characters of one node; return whether it can match empty."""
        name = getattr(op, "name", str(op))
        if name == "LITERAL":
            self.pieces.append((_char(value), ignorecase, ascii_only))
            return False
        if name == "NOT_LITERAL":
            self.pieces.append(("^" + _char(value), ignorecase, ascii_only))
            return False
        if name == "IN":
            self.pieces.append((self.charset(value), ignorecase, ascii_only))
            return False
        if name == "BRANCH":
            empties = [self.sequence(branch, ignorecase, ascii_only) for branch in value[1]]
            return any(empties)
        if name == "SUBPATTERN":
            _, add_flags, del_flags, items = value
            if add_flags & re.IGNORECASE:
                ignorecase = True
            if del_flags & re.IGNORECASE:
                ignorecase = False
            if add_flags & re.ASCII:
                ascii_only = True
            if add_flags & re.UNICODE:
                ascii_only = False
            return self.sequence(items, ignorecase, ascii_only)
        if name == "ATOMIC_GROUP":
            return self.sequence(value, ignorecase, ascii_only)
        if name in _REPEATS:
            least, most, items = value
            if most == 0:
                return True
            empty = self.sequence(items, ignorecase, ascii_only)
            return least == 0 or empty
        if name in _ZERO_WIDTH:
            return True
        if name == "GROUPREF_EXISTS":
            _, yes, no = value
            empty_yes = self.sequence(yes, ignorecase, ascii_only)
            empty_no = self.sequence(no, ignorecase, ascii_only) if no is not None else True
            return empty_yes or empty_no
        raise _AnyCharacterError(name)  # ANY, GROUPREF, and whatever a later Python adds

    def charset(self, items: Any) -> str:
        """The body of a character class ``[...]`` equal to an ``IN`` node."""
        body: list[str] = []
        for op, value in items:
            name = getattr(op, "name", str(op))
            if name == "NEGATE":
                body.insert(0, "^")
            elif name == "LITERAL":
                body.append(_char(value))
            elif name == "RANGE":
                body.append(f"{_char(value[0])}-{_char(value[1])}")
            elif name == "CATEGORY" and getattr(value, "name", "") in _CATEGORIES:
                body.append(_CATEGORIES[value.name])
            else:
                raise _AnyCharacterError(name)
        return "".join(body)


def first_characters(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """A pattern matching one character that can start a non-empty match of ``pattern``; ``None`` for any.

    >>> first = first_characters(re.compile(r"(?i:Part|Chapter)\\s+[0-9]+|\\([a-z]\\)"))
    >>> [char for char in "PpcC(x1 " if first.match(char)]
    ['P', 'p', 'c', 'C', '(']
    >>> first_characters(re.compile(r"(.)\\1")) is None
    True
    """
    if not isinstance(pattern.pattern, str):
        return None
    walker = _Firsts()
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        walker.sequence(tree, bool(pattern.flags & re.IGNORECASE), bool(pattern.flags & re.ASCII))
        if not walker.pieces:
            return None
        return re.compile(
            "|".join(
                f"(?{'a' if ascii_only else 'u'}{'i' if ignorecase else '-i'}:[{body}])"
                for body, ignorecase, ascii_only in walker.pieces
            )
        )
    except Exception:  # a tree this walker cannot read: the pattern is always tried
        return None
