"""How a regular expression's matches can begin, so that most lines skip most patterns.

:func:`prefix_pattern` reads a compiled pattern's syntax tree (the one ``re``
itself builds) and returns a pattern that fullmatches the first ``size``
characters of every string the pattern fullmatches (the whole string when it
is shorter). A line whose opening characters it rejects cannot match, so the
pattern need not be tried. Zero-width parts (``\\b``, look-arounds) are
skipped and atomic groups read as plain ones, so the prefixes found can only
be too many, never too few; each character keeps the flags it has in the
pattern (``(?i)``, ``(?s)``, ``(?a)``), so ``re`` decides what one character
matches exactly as it does in the full pattern. When the tree holds a
back-reference or something unknown, or too many prefixes, the answer is
``None``: then the pattern is simply always tried.

This is the FIRST-k set of LL(k) parsing, over regular expressions.
"""

from __future__ import annotations

import importlib
import re
from typing import Any

__all__ = ["prefix_pattern"]

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
_MAX_PREFIXES = 4000
"""More distinct prefixes than this and the pattern is always tried instead."""

Prefixes = frozenset[tuple[str, ...]]
"""Each prefix is a tuple of one-character regexes, each with its own flags."""


class _UnreadableError(Exception):
    """The tree holds something this reader does not follow (a back-reference, a new node)."""


def _char(code: int) -> str:
    return f"\\U{code:08x}"


class _Reader:
    """Computes the prefixes of ``size`` characters of a syntax tree."""

    def __init__(self, size: int) -> None:
        self.size = size

    def atom(self, body: str, flags: int) -> Prefixes:
        """One character matched by ``body`` under ``flags`` (case, dot-all, ASCII)."""
        on = ("a" if flags & re.ASCII else "u") + ("i" if flags & re.IGNORECASE else "")
        on += "s" if flags & re.DOTALL else ""
        off = ("" if flags & re.IGNORECASE else "i") + ("" if flags & re.DOTALL else "s")
        return frozenset({(f"(?{on}-{off}:{body})" if off else f"(?{on}:{body})",)})

    def concat(self, heads: Prefixes, tails: Prefixes) -> Prefixes:
        """Every head followed by every tail, cut to ``size`` characters."""
        size = self.size
        joined = {head if len(head) >= size else (head + tail)[:size] for head in heads for tail in tails}
        if len(joined) > _MAX_PREFIXES:
            msg = f"more than {_MAX_PREFIXES} prefixes"
            raise _UnreadableError(msg)
        return frozenset(joined)

    def sequence(self, items: Any, flags: int) -> Prefixes:
        """The prefixes of the nodes ``items`` in a row."""
        found: Prefixes = frozenset({()})
        for op, value in items:
            if all(len(prefix) >= self.size for prefix in found):
                break  # what follows cannot change the first characters
            found = self.concat(found, self.node(op, value, flags))
        return found

    def node(self, op: Any, value: Any, flags: int) -> Prefixes:
        """The prefixes of one node."""
        name = getattr(op, "name", str(op))
        if name == "LITERAL":
            return self.atom(f"[{_char(value)}]", flags)
        if name == "NOT_LITERAL":
            return self.atom(f"[^{_char(value)}]", flags)
        if name == "ANY":
            return self.atom(".", flags)
        if name == "IN":
            return self.atom(f"[{self.charset(value)}]", flags)
        if name == "BRANCH":
            return frozenset().union(*(self.sequence(branch, flags) for branch in value[1]))
        if name == "SUBPATTERN":
            _, add_flags, del_flags, items = value
            if add_flags & (re.ASCII | re.UNICODE):
                flags &= ~(re.ASCII | re.UNICODE)
            return self.sequence(items, (flags | add_flags) & ~del_flags)
        if name == "ATOMIC_GROUP":
            return self.sequence(value, flags)
        if name in _REPEATS:
            least, most, items = value
            once = self.sequence(items, flags)
            power: Prefixes = frozenset({()})
            found: set[tuple[str, ...]] = set()
            for times in range(min(most, self.size) + 1):
                if times >= min(least, self.size):
                    found |= power
                power = self.concat(power, once)
            return frozenset(found)
        if name in _ZERO_WIDTH:
            return frozenset({()})
        if name == "GROUPREF_EXISTS":
            _, yes, no = value
            otherwise = self.sequence(no, flags) if no is not None else frozenset({()})
            return self.sequence(yes, flags) | otherwise
        raise _UnreadableError(name)  # GROUPREF, and whatever a later Python adds

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
                raise _UnreadableError(name)
        return "".join(body)


def prefix_pattern(pattern: re.Pattern[str], size: int = 2) -> re.Pattern[str] | None:
    """A pattern that fullmatches ``s[:size]`` for every non-empty ``s`` that ``pattern`` fullmatches.

    ``None`` when the pattern cannot be read (then it must always be tried).

    >>> prefix = prefix_pattern(re.compile(r"(?i:Part|Chapter)\\s+[0-9]+|\\([a-z]\\)"))
    >>> [start for start in ("Pa", "pA", "CH", "Ca", "Th", "(x", "(1", "P") if prefix.fullmatch(start)]
    ['Pa', 'pA', 'CH', '(x']
    >>> prefix_pattern(re.compile(r"(.)\\1")) is None
    True
    """
    if not isinstance(pattern.pattern, str) or size < 1:
        return None
    reader = _Reader(size)
    try:
        tree = _parser.parse(pattern.pattern, pattern.flags)
        prefixes = sorted(prefix for prefix in reader.sequence(tree, pattern.flags) if prefix)
        if not prefixes:
            return None
        return re.compile("|".join("".join(prefix) for prefix in prefixes))
    except Exception:  # a tree this reader cannot follow: the pattern is always tried
        return None
