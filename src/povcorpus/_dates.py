"""Parse the few date formats found in headers and credit lines.

A small documented set of formats, never a guess: ``2021-04-06``,
``2021/04/06``, ``2021年4月6日``, ``Nov 16, 2011``, ``16 November 2011``,
``6 aprile 2021``, ``4. April 2023``, ``1er avril 2023``, ``4 de abril de 2023``,
``April 2021`` / ``aprile 2021`` / ``abril de 2021`` / ``2021年4月`` (month precision)
and ``2021`` alone (year precision). Month names come from one
data file, ``structure/months.json`` (English, Italian, French, Spanish,
German, Portuguese), shared with the heading checks.

A date written in Persian digits is a Solar Hijri date (``۱۴۰۲/۰۳/۱۲``, the
12th of Khordad 1402): a year-first one is converted to its Gregorian day
(:func:`solar_hijri_to_gregorian`), any other is not read. A year-first
numeric date whose year is before 1600 in other digits (``1402/03/12``,
``1444/11/23``) is a Hijri date of an unknown kind and is not read either, so
no such date is ever taken for a Gregorian one.
"""

from __future__ import annotations

import datetime as _dt
import json
import re
from pathlib import Path

__all__ = [
    "MONTHS_BY_LANGUAGE",
    "MONTH_NUMBERS",
    "ParsedDate",
    "month_alternation",
    "parse_date",
    "solar_hijri_to_gregorian",
]


def _load_months() -> dict[str, tuple[tuple[str, ...], ...]]:
    path = Path(__file__).resolve().parent / "structure" / "months.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    return {
        language: tuple(tuple(str(name) for name in month) for month in months)
        for language, months in data.items()
        if not language.startswith("_")
    }


MONTHS_BY_LANGUAGE: dict[str, tuple[tuple[str, ...], ...]] = _load_months()
"""Month names by language code, January first; each month's full name, then its abbreviations."""

MONTH_NUMBERS: dict[str, int] = {
    name: number
    for months in MONTHS_BY_LANGUAGE.values()
    for number, names in enumerate(months, start=1)
    for name in names
}
"""Every month name or abbreviation (lower case), in any language, to its number."""


def month_alternation() -> str:
    """A regex alternation of every month name, longest first (match it case-insensitively)."""
    return "|".join(re.escape(name) for name in sorted(MONTH_NUMBERS, key=len, reverse=True))


_MONTH = r"(?P<month>" + month_alternation() + r")\.?"
_ORDINAL = r"(?:st|nd|rd|th|er|º|°|\.)?"
"""What may follow a day number: an English or French ordinal, a degree sign, the German full stop."""
_OF = r"(?:(?:of|de|del|di)\s+)?"
"""The word that may join a day to its month, or a month to its year (``4 de abril de 2023``)."""

_PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = (
    (re.compile(r"(?P<year>\d{4})[-/.](?P<mnum>\d{1,2})[-/.](?P<day>\d{1,2})\b"), "day"),
    (re.compile(r"(?P<year>\d{4})\s*年\s*(?P<mnum>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*日"), "day"),
    (
        re.compile(r"\b" + _MONTH + r"\s+(?P<day>\d{1,2})" + _ORDINAL + r",?\s+(?P<year>\d{4})\b", re.I),
        "day",
    ),
    (
        re.compile(
            r"\b(?P<day>\d{1,2})" + _ORDINAL + r"\s+" + _OF + _MONTH + r",?\s+" + _OF + r"(?P<year>\d{4})\b",
            re.I,
        ),
        "day",
    ),
    (re.compile(r"\b" + _MONTH + r",?\s+" + _OF + r"(?P<year>\d{4})\b", re.IGNORECASE), "month"),
    (re.compile(r"(?P<year>\d{4})\s*年\s*(?P<mnum>\d{1,2})\s*月"), "month"),
    (re.compile(r"^\s*(?P<year>\d{4})\s*年?\s*$"), "year"),
)


_PERSIAN_DIGIT = re.compile("[\u06f0-\u06f9]")
"""A Persian digit (``۰`` … ``۹``): dates written in them are Solar Hijri dates."""
_FIRST_GREGORIAN_YEAR = 1600
"""A year-first numeric date with an earlier year is a Hijri date, never a Gregorian one."""

_SOLAR_HIJRI_YEARS = range(1343, 1473)
"""The Solar Hijri years converted (1964 to 2094): in them the official calendar's leap years are
those of the 33-year rule (:func:`_solar_hijri_leap`); a date of another year is not read."""
_SOLAR_HIJRI_EPOCH = (1403, _dt.date(2024, 3, 20))
"""A known new year: 1 Farvardin 1403 was 20 March 2024."""
_SOLAR_HIJRI_LEAP_REMAINDERS = frozenset({1, 5, 9, 13, 17, 22, 26, 30})


def _solar_hijri_leap(year: int) -> bool:
    """Whether Solar Hijri ``year`` has 366 days (its last month 30 days), by the 33-year rule."""
    return year % 33 in _SOLAR_HIJRI_LEAP_REMAINDERS


def solar_hijri_to_gregorian(year: int, month: int, day: int) -> _dt.date | None:
    """The Gregorian day of a Solar Hijri date, or ``None`` if it is no date or out of range.

    The first six months have 31 days, the next five 30, the last 29 (30 in a leap
    year). Only the years of :data:`_SOLAR_HIJRI_YEARS` are converted.

    >>> solar_hijri_to_gregorian(1402, 3, 12)
    datetime.date(2023, 6, 2)
    >>> solar_hijri_to_gregorian(1399, 12, 30)
    datetime.date(2021, 3, 20)
    >>> solar_hijri_to_gregorian(1402, 12, 30) is None
    True
    """
    if year not in _SOLAR_HIJRI_YEARS or not 1 <= month <= 12 or day < 1:
        return None
    length = 31 if month <= 6 else 30 if month <= 11 else 30 if _solar_hijri_leap(year) else 29
    if day > length:
        return None
    epoch_year, epoch = _SOLAR_HIJRI_EPOCH
    if year >= epoch_year:
        offset = sum(366 if _solar_hijri_leap(y) else 365 for y in range(epoch_year, year))
    else:
        offset = -sum(366 if _solar_hijri_leap(y) else 365 for y in range(year, epoch_year))
    offset += (month - 1) * 31 if month <= 7 else 186 + (month - 7) * 30
    return epoch + _dt.timedelta(days=offset + day - 1)


class ParsedDate:
    """A date and how precise the text was (``"day"``, ``"month"`` or ``"year"``)."""

    __slots__ = ("date", "precision")

    def __init__(self, date: _dt.date, precision: str) -> None:
        self.date = date
        self.precision = precision

    def __repr__(self) -> str:
        return f"ParsedDate({self.date.isoformat()}, {self.precision!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ParsedDate):
            return NotImplemented
        return (self.date, self.precision) == (other.date, other.precision)

    def __hash__(self) -> int:
        return hash((self.date, self.precision))


def parse_date(text: str) -> ParsedDate | None:
    """Return the first date written in ``text`` in a known format, or ``None``.

    A month-only date is the first of the month with precision ``"month"``.

    >>> parse_date("Updated: Nov 16, 2011")
    ParsedDate(2011-11-16, 'day')
    >>> parse_date("(April 2021)")
    ParsedDate(2021-04-01, 'month')
    >>> parse_date("Roma, 6 aprile 2021")
    ParsedDate(2021-04-06, 'day')
    >>> parse_date("Aktualisiert am 4. April 2023")
    ParsedDate(2023-04-04, 'day')
    >>> parse_date("4 de abril de 2023")
    ParsedDate(2023-04-04, 'day')
    >>> parse_date("2021年4月")
    ParsedDate(2021-04-01, 'month')
    >>> parse_date("no date here") is None
    True

    A date in Persian digits is a Solar Hijri date, converted when written year first;
    a year-first date before 1600 in other digits is not read (see the module's notes):

    >>> parse_date("تاریخ انتشار: ۱۴۰۲/۰۳/۱۲")
    ParsedDate(2023-06-02, 'day')
    >>> parse_date("1402/03/12") is None
    True
    """
    for pattern, precision in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        groups = match.groupdict()
        year = int(groups["year"])
        if _PERSIAN_DIGIT.search(match.group()):
            if precision == "day" and groups.get("mnum") and groups.get("day"):
                converted = solar_hijri_to_gregorian(year, int(groups["mnum"]), int(groups["day"]))
                if converted is not None:
                    return ParsedDate(converted, precision)
            continue  # never a Gregorian date
        if groups.get("mnum") and year < _FIRST_GREGORIAN_YEAR and "年" not in match.group():
            continue  # 1402/03/12: a Hijri date of an unknown kind
        if groups.get("month"):
            month = MONTH_NUMBERS[groups["month"].lower()]
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
