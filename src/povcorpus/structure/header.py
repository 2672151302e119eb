"""Header lines above the first heading: the title, a date line and the issuing bodies.

Only the lines before the first heading (or table of contents) are looked at.

* **Title**: when the header has a date line such as ``(April 2021)``, the
  title is the nearest title-like line above it (this skips scraped chrome such
  as ``Homepage >> Recommended news`` when it is still there); otherwise the
  first line that is not a credit line (``Release time: …``, ``Editor: …``) is
  the title if it reads like one: short, no sentence end, no trailing ``.``,
  ``:``, ``,`` or ``;``, and more text follows.
* **Date line**: a line holding only a date, bracketed or not, directly under
  the title (``(April 2021)``, ``2021-04-06``, ``(2021年4月)``), parsed with
  :func:`povcorpus._dates.parse_date`.
* **Issuer lines**: short title-case lines without digits directly under the
  title and date (``People's Republic of China`` / ``State Council Information
  Office``), only when a heading or table of contents follows them, so that a
  news article's byline or first short paragraph is never taken for one.

Credit lines are left alone here: the boilerplate step parses and removes them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from povcorpus._dates import ParsedDate, parse_date
from povcorpus.structure._lines import Line, has_sentence_break, match_key
from povcorpus.structure.headings import starts_with_date
from povcorpus.structure.toc import is_toc_keyword

__all__ = ["Header", "find_header", "parse_date_line"]

_CREDIT = re.compile(
    r"(?:Release time|Released|Published|Publication date|Updated|Update time|Date|Time|Source|Editor|"
    r"Author|Reporter|Posted|Fonte|Autore|Redazione|Auteur|Fuente|Autor|Quelle|来源|发布时间|作者|编辑|"
    r"责任编辑|时间|منبع|تاریخ)\s*[:：]",
    re.IGNORECASE,
)
_BRACKETS = "()（）[]【】"
_MONTHS = re.compile(
    r"january|february|march|april|may|june|july|august|september|october|november|december"
    r"|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec",
    re.IGNORECASE,
)
_DATE_RESIDUE = re.compile(r"[\s0-9.,/\-年月日]+")
_END_PUNCTUATION = ".;:,，；：。、"
_MAX_TITLE_CHARS = 200
_MAX_ISSUER_CHARS = 100


@frozen
class Header:
    """What the header lines hold, and which lines they are."""

    title: Line | None = None
    date: ParsedDate | None = None
    date_line: Line | None = None
    issuers: tuple[Line, ...] = ()


def parse_date_line(line: str) -> ParsedDate | None:
    """Parse a line that holds a date and nothing else, such as ``(April 2021)``.

    >>> parse_date_line("(April 2021)")
    ParsedDate(2021-04-01, 'month')
    >>> parse_date_line(" October 1, 1949,The People's Republic of China was established") is None
    True
    """
    inner = line.strip().strip(_BRACKETS).strip()
    if not inner or _DATE_RESIDUE.sub("", _MONTHS.sub("", inner)):
        return None
    return parse_date(inner)


def _is_credit(text: str) -> bool:
    return _CREDIT.match(text) is not None


def _title_like(text: str) -> bool:
    if len(text) > _MAX_TITLE_CHARS or len(text.split()) > 30 or text[-1] in _END_PUNCTUATION:
        return False
    if not any(char.isalpha() for char in text) or _is_credit(text) or is_toc_keyword(text):
        return False
    first = next(char for char in text if char.isalpha())
    if first.islower() or parse_date_line(text) is not None or starts_with_date(text):
        return False
    return not has_sentence_break(text)


def _issuer_like(text: str) -> bool:
    if len(text) > _MAX_ISSUER_CHARS or len(text.split()) > 12 or text[-1] in _END_PUNCTUATION + "!?":
        return False
    if any(char.isdigit() for char in text) or _is_credit(text) or is_toc_keyword(text):
        return False
    letters = [char for char in text if char.isalpha()]
    if not letters:
        return False
    if not any(char.isupper() or char.islower() for char in letters):
        return len(text) <= 40  # an uncased script (Chinese, Arabic…): short is all we can ask
    words: list[str] = [word for word in re.findall(r"[^\W\d_][\w'’-]*", text) if len(word) >= 4]
    if not letters[0].isupper() or not words:
        return False
    return sum(word[0].isupper() for word in words) * 2 >= len(words)


def find_header(
    lines: Sequence[Line],
    header_end: int,
    title: str | None,
    structured: bool,
    *,
    title_removed: bool = False,
) -> Header:
    """Find the title, date line and issuer lines among ``lines[:header_end]``.

    Args:
        lines: the non-blank lines of the text.
        header_end: index of the first heading or table-of-contents line (``len(lines)`` if none).
        title: the title the loader already found, if any; it is kept, and its line is found again.
        structured: a heading or table of contents follows the header (issuer lines need one).
        title_removed: the title line already left the text; only date and issuer lines are looked for,
            directly at the top.

    Returns:
        The header; fields are ``None`` or empty when not found.
    """
    header = list(lines[:header_end])
    if title_removed:
        title_at = -1
    else:
        found = _find_title(header, title, more_text=len(lines) > 1)
        if found is None:
            return Header()
        title_at = found
    date: ParsedDate | None = None
    date_line: Line | None = None
    issuers: list[Line] = []
    position = title_at + 1
    while position < len(header):
        text = header[position].text
        parsed = parse_date_line(text) if date is None else None
        if parsed is not None:
            date, date_line = parsed, header[position]
        elif _issuer_like(text):
            issuers.append(header[position])
        else:
            break
        position += 1
    if position < len(header) or not structured:
        issuers = []
    title_line = header[title_at] if title_at >= 0 else None
    return Header(title=title_line, date=date, date_line=date_line, issuers=tuple(issuers))


def _find_title(header: list[Line], known: str | None, more_text: bool) -> int | None:
    if known is not None:
        key = match_key(known)
        return next((i for i, line in enumerate(header[:3]) if match_key(line.text) == key), None)
    if not header or not more_text:
        return None
    dated = next((i for i, line in enumerate(header) if parse_date_line(line.text) is not None), None)
    if dated is not None:
        before = [i for i in range(dated) if _title_like(header[i].text)]
        if before:
            return before[-1]
    first = next((i for i, line in enumerate(header) if not _is_credit(line.text)), None)
    if first is not None and _title_like(header[first].text):
        return first
    return None
