"""Table placeholders: a whole line such as ``(Table 1. East-west aid pair-ups in 2001-2010)``.

Scraped white papers keep only a bracketed caption where a table stood. Such
a line becomes a :class:`~povcorpus.model.Table`, not a paragraph. A caption
that is not bracketed is left alone: without the brackets it cannot be told
from a sentence that starts with "Table 1".
"""

from __future__ import annotations

import re

__all__ = ["TABLE_OPENERS", "TABLE_WORDS", "match_table"]

TABLE_WORDS: tuple[str, ...] = (
    "Table",
    "Tab.",
    "Tabella",
    "Tableau",
    "Tabla",
    "Tabelle",
    "Tabela",
    "Таблица",
    "表",
)
"""Words that open a table placeholder, in the languages of the corpus."""

TABLE_OPENERS = "(（[【"
"""A placeholder starts with one of these brackets: a line starting otherwise is no table."""
_TABLE = re.compile(
    "["
    + re.escape(TABLE_OPENERS)
    + r"]\s*(?:"
    + "|".join(re.escape(word) for word in sorted(TABLE_WORDS, key=len, reverse=True))
    + r")\s*(?P<label>[0-9]+(?:[.\-–][0-9]+)*)\s*(?:[.:：、\-–—]\s*)?(?P<caption>[^\n]*?)\s*[)）\]】]",
    re.IGNORECASE,
)


def match_table(line: str) -> tuple[str, str] | None:
    """Return ``(label, caption)`` when the stripped ``line`` is a whole table placeholder.

    >>> match_table("(Table 2. East-west aid pair-ups in 2001-2010)")
    ('2', 'East-west aid pair-ups in 2001-2010')
    >>> match_table("Table 2 shows the pair-ups.") is None
    True
    """
    stripped = line.strip()
    if not stripped or stripped[0] not in TABLE_OPENERS:  # the common case: no bracket, no regex
        return None
    found = _TABLE.fullmatch(stripped)
    if found is None:
        return None
    return found["label"], found["caption"]
