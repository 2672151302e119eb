"""Parse the few date formats found in headers and credit lines.

A small documented set of formats, never a guess: ``2021-04-06``,
``2021/04/06``, ``2021年4月6日``, ``Nov 16, 2011``, ``16 November 2011``,
``April 2021`` (month precision) and ``2021`` alone (year precision).
"""

from __future__ import annotations

import datetime as _dt
import re

__all__ = ["ParsedDate", "parse_date"]

_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_MONTH = r"(?P<month>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?P<year>\d{4})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})\b"), "day"),
    (re.compile(r"(?P<year>\d{4})年(?P<mnum>\d{1,2})月(?P<day>\d{1,2})日"), "day"),
    (re.compile(_MONTH + r"\s+(?P<day>\d{1,2}),?\s+(?P<year>\d{4})\b", re.IGNORECASE), "day"),
    (re.compile(r"\b(?P<day>\d{1,2})\s+" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.IGNORECASE), "day"),
    (re.compile(r"\b" + _MONTH + r",?\s+(?P<year>\d{4})\b", re.IGNORECASE), "month"),
    (re.compile(r"(?P<year>\d{4})年(?P<mnum>\d{1,2})月"), "month"),
    (re.compile(r"^\s*(?P<year>\d{4})\s*$"), "year"),
)


class ParsedDate:
    """A date and how precise the text was (``"day"``, ``"month"`` or ``"year"``)."""

    __slots__ = ("date", "precision")

    def __init__(self, date: _dt.date, precision: str) -> None:
        self.date = date
        self.precision = precision

    def __repr__(self) -> str:
        return f"ParsedDate({self.date.isoformat()}, {self.precision!r})"


def parse_date(text: str) -> ParsedDate | None:
    """Return the first date written in ``text`` in a known format, or ``None``.

    A month-only date is the first of the month with precision ``"month"``.

    >>> parse_date("Updated: Nov 16, 2011")
    ParsedDate(2011-11-16, 'day')
    >>> parse_date("(April 2021)")
    ParsedDate(2021-04-01, 'month')
    >>> parse_date("no date here") is None
    True
    """
    for pattern, precision in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        year = int(groups["year"])
        if groups.get("month"):
            month = _MONTHS[groups["month"].lower()]
        elif groups.get("mnum"):
            month = int(groups["mnum"])
        else:
            month = 1
        day = int(groups["day"]) if groups.get("day") else 1
        try:
            return ParsedDate(_dt.date(year, month, day), precision)
        except ValueError:
            continue
    return None
