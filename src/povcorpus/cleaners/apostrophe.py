"""The ``apostrophe`` cleaner: double quotes that stand for an apostrophe.

Some converters replaced every ``’`` by ``”``: ``China”s``, ``wouldn”t``,
``We”re``. This cleaner turns such a quote back into ``’`` (or ASCII ``'``
with the option ``apostrophe.ascii``), deciding each case on its context:

* ``”``, ``“``, ``″``, ``‟`` (and ``‘``, ``´``) between two letters, followed
  by an English clitic (``s``, ``t``, ``re``, ``ve``, ``ll``, ``d``, ``m``) or
  preceded by an elided article or preposition (``l”``, ``d”``, ``dell”``,
  ``qu”``, ``O”``), is an apostrophe;
* otherwise ``”`` or ``″`` between two letters is an apostrophe unless a
  quotation is open on that line (then it closes the quotation:
  ``“passive followers”in`` is left alone); ``“`` needs the evidence above;
* ``s”`` followed by a space (``farmers” cooperatives``) is decided by quote
  balance: inside an open quotation it closes it, otherwise it is the
  apostrophe of a plural possessive;
* ``”`` or ``″`` after a letter and before a space and a lone ``s``
  (``nation” s``) is an apostrophe that a converter spaced, unless a quotation
  is open on the line; ``spaced_apostrophe`` then removes the space.

Real quotes stay: ``“complete victory”``, ``…Achievement,” was``, a closing
quote before a footnote marker (``“two overall situations”③``), German
``„Armut“``. Quote balance is counted per line (paragraph), resetting at each
newline; openers are ``“ „ ‟`` and an ASCII ``"`` that opens a word.
"""

from __future__ import annotations

import re

from povcorpus.cleaners._common import APOSTROPHE_QUOTES, CASED_LETTER
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.cleaners.whitespace import ODD_SPACES
from povcorpus.edits import replace_spans

__all__ = ["ELISIONS", "apostrophe"]

_CLITICS = frozenset({"s", "t", "re", "ve", "ll", "d", "m"})
ELISIONS = frozenset(
    {
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "o", "un", "dell", "nell", "all", "dall",
        "sull", "coll", "quell", "quest", "tutt", "bell", "sant", "nessun", "grand", "lorsqu",
        "puisqu", "jusqu", "quoiqu",
    }
)  # fmt: skip
"""Words that elide before a vowel with an apostrophe (French, Italian, Irish ``O’``)."""

# Every quote character that matters for the balance, plus the candidates.
_QUOTES = re.compile('[“”„‟″"‘´]')
_CANDIDATES = frozenset(APOSTROPHE_QUOTES)
_LETTER = re.compile(f"[{CASED_LETTER}]")
_PREFIX = re.compile(f"[{CASED_LETTER}]+\\Z")
_SUFFIX = re.compile(f"[{CASED_LETTER}]+")
_SPACED_S_BODY = f"[ {ODD_SPACES}]+s(?![\\w'’-])"
_SPACED_S = re.compile(_SPACED_S_BODY)
"""A possessive ``s`` after a space (or a run of them, which ``whitespace`` makes one): a ``”`` before
it, after a letter and outside a quotation, is an apostrophe that a converter spaced (``nation” s``)."""
_CANDIDATE_AT = tuple(
    (
        quote,
        re.compile(
            f"{quote}(?<=[{CASED_LETTER}]{quote})(?=[{CASED_LETTER}])"
            + (
                f"|{quote}(?<=[sS]{quote})(?= )|{quote}(?<=[{CASED_LETTER}]{quote})(?={_SPACED_S_BODY})"
                if quote in "”″"
                else ""
            )
        ),
    )
    for quote in APOSTROPHE_QUOTES
)
"""A candidate quote where it may stand for an apostrophe, one pattern per quote (see :func:`_may_change`)."""


def _is_letter(char: str) -> bool:
    return bool(char) and _LETTER.match(char) is not None


@register_cleaner("apostrophe")
def apostrophe(text: str, ctx: CleanContext) -> CleanResult:
    """Turn quotes that stand for an apostrophe into ``’`` (``'`` with ``apostrophe.ascii``).

    >>> apostrophe("China”s “complete victory”", CleanContext()).text
    'China’s “complete victory”'

    Args:
        text: the text to clean.
        ctx: the context; option ``apostrophe.ascii`` (default ``False``).

    Returns:
        The text with apostrophes restored and one edit per quote replaced.
    """
    if not _may_change(text):
        return CleanResult(text)
    return _restore(text, ctx)


def _may_change(text: str) -> bool:
    """The pre-check: a candidate quote after a letter, before a letter (or ``s”`` before a space).

    Every repair replaces such a quote. Each pattern starts with its quote, so the engine
    skips to it at C speed.
    """
    return any(quote in text and pattern.search(text) is not None for quote, pattern in _CANDIDATE_AT)


def _restore(text: str, ctx: CleanContext) -> CleanResult:
    """The cleaner without its pre-check, run on the lines (paragraphs) that hold a candidate.

    Quote balance is counted per line, so a line without a candidate quote needs no reading.
    """
    mark = "'" if ctx.option("apostrophe", "ascii", False) else "’"
    spans: list[tuple[int, int, str]] = []
    for start, end in _candidate_lines(text):
        _restore_line(text, start, end, mark, spans)
    if not spans:
        return CleanResult(text)
    new_text, edits = replace_spans(text, spans, "apostrophe", ctx.field, ctx.step)
    return CleanResult(new_text, edits)


def _candidate_lines(text: str) -> list[tuple[int, int]]:
    """The ``(start, end)`` of each line that holds a match of ``_CANDIDATE_AT``, in order.

    Each line is measured once, however many candidates it holds (a long one-line text stays linear).
    """
    positions = sorted(
        match.start() for quote, pattern in _CANDIDATE_AT if quote in text for match in pattern.finditer(text)
    )
    lines: list[tuple[int, int]] = []
    for position in positions:
        if lines and position < lines[-1][1]:
            continue
        end = text.find("\n", position)
        lines.append((text.rfind("\n", 0, position) + 1, len(text) if end == -1 else end))
    return lines


def _restore_line(text: str, start: int, end: int, mark: str, spans: list[tuple[int, int, str]]) -> None:
    """Add the repairs of the quotes of ``text[start:end]``, one line, to ``spans``."""
    stack: list[str] = []
    for match in _QUOTES.finditer(text, start, end):
        position = match.start()
        quote = match.group()
        before = text[position - 1] if position else ""
        after = text[position + 1 : position + 2]
        if quote in _CANDIDATES and _is_letter(before):
            if _is_letter(after):
                if _between_letters(text, position, quote, bool(stack)):
                    spans.append((position, position + 1, mark))
                    continue
            elif (
                quote in "”″"
                and after == " "
                and before in "sS"
                and _is_letter(text[position - 2 : position - 1])
                and (not stack or _closed_later(text, position + 1))
            ):
                spans.append((position, position + 1, mark))
                continue
            elif quote in "”″" and not stack and _SPACED_S.match(text, position + 1) is not None:
                spans.append((position, position + 1, mark))  # nation” s: spaced_apostrophe joins the s
                continue
        _count(quote, before, after, stack)


_NEXT_QUOTE = re.compile('[“”„‟"\n]')


def _closed_later(text: str, start: int) -> bool:
    """Whether the next quote on this line (not between letters) is a closing ``”``.

    Inside a quotation, ``s”`` followed by a space is an apostrophe when the
    quotation is closed further on: ``“The farmers” cooperatives grew,” he said``.
    """
    for match in _NEXT_QUOTE.finditer(text, start):
        quote = match.group()
        if quote == "\n":
            return False
        position = match.start()
        if _is_letter(text[position - 1]) and _is_letter(text[position + 1 : position + 2]):
            continue
        return quote == "”"
    return False


def _between_letters(text: str, position: int, quote: str, quoted: bool) -> bool:
    """Whether the quote at ``position``, between two letters, is an apostrophe."""
    suffix_match = _SUFFIX.match(text, position + 1)
    suffix = suffix_match.group().lower() if suffix_match else ""
    if suffix in _CLITICS:
        return True
    prefix_match = _PREFIX.search(text, max(0, position - 12), position)
    prefix = prefix_match.group() if prefix_match else ""
    starts_word = prefix_match is not None and (
        prefix_match.start() == 0 or not text[prefix_match.start() - 1].isalnum()
    )
    if starts_word and prefix.lower() in ELISIONS:
        return True
    return quote in "”″" and not quoted


def _count(quote: str, before: str, after: str, stack: list[str]) -> None:
    """Update the stack of open quotations with a quote that stays a quote."""
    if quote in "“„‟":
        if quote == "“" and stack and stack[-1] == "„":
            stack.pop()  # German „…“
        else:
            stack.append(quote)
    elif quote == "”":
        if stack:
            stack.pop()
    elif quote == '"':
        after_word = not before or before.isspace() or before in "([{—–-/"
        opens = after_word and bool(after) and not after.isspace()
        if opens:
            stack.append(quote)
        elif stack:
            stack.pop()
