"""The ``mt_punctuation`` cleaner: Chinese punctuation left in Latin-script text by machine translation.

In text whose dominant script is Latin:

* ``、`` and ``，`` become ``, ``; ``。`` becomes ``. `` (just ``.`` before a line
  break, the end of the text, or a closing quote); ``；：！？`` become
  ``; : ! ?``; ``（`` and ``）`` become `` (`` and ``) ``. Spaces before the mark
  are dropped, one space is put after it when a word follows, and closing
  quotes stay attached: ``follows。”Source`` → ``follows.” Source``;
* a ``，`` or ``：`` between two digits keeps the number together (``1，500`` →
  ``1,500``, ``10：30`` → ``10:30``);
* a stray ``。``, ``，``, ``、`` or ``,`` at the start of a line, or a
  full-width mark right after the same ASCII mark (``etc.。``), is dropped;
* an ASCII comma with no space before a word gets one (``new era,Building`` →
  ``new era, Building``; ``scheduled,98.99`` → ``scheduled, 98.99``), but not
  inside numbers (``2,300``), URLs, e-mail addresses, code-like tokens
  (``f(a,b)``, ``x=1,y=2``, ``id,name,email``) or between single letters.

Left alone: Chinese, Japanese and Korean text (nothing changes at all), and in
Latin text every mark next to a CJK character, so a Chinese quotation keeps its
punctuation and ``五、`` heading numbers stay.
"""

from __future__ import annotations

import re

from povcorpus.cleaners._common import CJK_CHARS, LATIN_LETTER, Protected, is_latin_text
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.edits import replace_spans

__all__ = ["mt_punctuation"]

_ASCII = {"、": ",", "，": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?", "）": ")"}
_FAST = re.compile("[、，。；：！？（）]|,(?:[^\\s\\d]|(?<=[^\\W\\d_],)\\d)")
_MARK = re.compile("[、，。；：！？）][”’\"'」』»)\\]]*|（")
_SPACES_BEFORE = re.compile("[ \t]*\\Z")
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}”’\"'»、，。；：！？）」』\n\r\t ")
_LEFT_CJK = re.compile(f"[{CJK_CHARS}][^\\w\\n]{{0,6}}\\Z")
_RIGHT_CJK = re.compile(f"[^\\w\\n]{{0,6}}[{CJK_CHARS}]")
_LINE_HEAD = re.compile("[ \t]*\\Z")
_COMMA = re.compile(f',(?:(?=[{LATIN_LETTER}“‘"])|(?<=[{LATIN_LETTER}],)(?=\\d))')
_CODE = re.compile(r"[=_/\\@{}\[\]<>|$#~^*`]|\w\(|[a-z]\.[a-z]")
_WORD_BEFORE = re.compile(f"(?:[{LATIN_LETTER}]{{2}}|\\d|[”’\"')\\]%])\\Z")
_LETTERS_AFTER = re.compile(f"[{LATIN_LETTER}]{{2}}")


def _cjk_near(text: str, start: int, end: int) -> bool:
    """Whether the nearest word character on either side of ``text[start:end]`` is CJK."""
    return (
        _LEFT_CJK.search(text, max(0, start - 8), start) is not None
        or _RIGHT_CJK.match(text, end) is not None
    )


def _mark_span(text: str, match: re.Match[str]) -> tuple[int, int, str] | None:
    """The replacement of one full-width mark (with its spaces and closing quotes)."""
    mark_at = match.start()
    start = mark_at
    if mark_at and text[mark_at - 1] in " \t":
        spaces = _SPACES_BEFORE.search(text, max(0, mark_at - 16), mark_at)
        start = spaces.start() if spaces is not None else mark_at
    found = match.group()
    mark = found[0]
    closers = found[1:]
    if mark == "（":
        if _cjk_near(text, mark_at, mark_at + 1):
            return None
        before = text[start - 1] if start else "\n"
        space = "" if before in '\n([{“‘"' or before.isspace() else " "
        return (start, match.end(), space + "(")
    if _cjk_near(text, mark_at, mark_at + 1):
        return None
    line_start = text.rfind("\n", 0, mark_at) + 1
    at_line_start = _LINE_HEAD.match(text, line_start, mark_at) is not None
    previous = text[start - 1] if start > line_start else ""
    ascii_mark = _ASCII[mark]
    following = text[match.end() : match.end() + 1]
    if at_line_start and mark in "。，、":
        end = match.end()
        if not closers:
            while end < len(text) and text[end] in " \t":
                end += 1
        return (mark_at, end, closers)
    if previous == ascii_mark:
        glue = " " if following.isalnum() or following in "“‘(" else ""
        return (mark_at, match.end(), closers + glue)
    if mark in "，：" and previous.isdigit() and following.isdigit() and not closers:
        return (start, match.end(), ascii_mark)
    space = "" if not following or following in _NO_SPACE_BEFORE else " "
    return (start, match.end(), ascii_mark + closers + space)


def _comma_span(text: str, position: int, protected: Protected) -> tuple[int, int, str] | None:
    """The fix of the ASCII comma at ``position``: a space after it, its removal at a line start, or none."""
    line_start = text.rfind("\n", 0, position) + 1
    if _LINE_HEAD.match(text, line_start, position) is not None:
        return (position, position + 1, "")
    if _comma_needs_space(text, position, protected):
        return (position + 1, position + 1, " ")
    return None


def _comma_needs_space(text: str, position: int, protected: Protected) -> bool:
    """Whether the ASCII comma at ``position`` lacks the space before the next word."""
    if text[position - 1].isspace() or protected.covers(position):
        return False
    token_start = max(
        text.rfind(" ", 0, position), text.rfind("\n", 0, position), text.rfind("\t", 0, position)
    )
    token_end = text.find(" ", position)
    token_end = len(text) if token_end == -1 else token_end
    token = text[token_start + 1 : token_end]
    if _CODE.search(token):
        return False
    following = text[position + 1]
    if following == '"' and not text[position + 2 : position + 3].isalpha():
        return False
    if following.islower():
        if token.count(",") > 1:
            return False
        if _LETTERS_AFTER.match(text, position + 1) is None:
            return False
        if _WORD_BEFORE.search(text, max(0, position - 2), position) is None:
            return False
    return True


@register_cleaner("mt_punctuation")
def mt_punctuation(text: str, ctx: CleanContext) -> CleanResult:
    """Replace Chinese punctuation in Latin-script text and space out glued commas.

    >>> mt_punctuation("Poverty、hunger，disease。Next", CleanContext(script="Latin")).text
    'Poverty, hunger, disease. Next'

    Args:
        text: the text to clean.
        ctx: the context; nothing changes unless the text's script is Latin.

    Returns:
        The text with Latin punctuation and one edit per changed mark.
    """
    if text.isascii() and "," not in text:
        return CleanResult(text)
    if _FAST.search(text) is None or not is_latin_text(text, ctx):
        return CleanResult(text)
    spans: list[tuple[int, int, str]] = []
    if not text.isascii():
        for match in _MARK.finditer(text):
            span = _mark_span(text, match)
            if span is not None:
                spans.append(span)
    if "," in text:
        protected = Protected(text)
        for match in _COMMA.finditer(text):
            span = _comma_span(text, match.start(), protected)
            if span is not None:
                spans.append(span)
    if not spans:
        return CleanResult(text)
    spans.sort()
    kept: list[tuple[int, int, str]] = []
    for span in spans:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    new_text, edits = replace_spans(text, kept, "mt_punctuation", ctx.field)
    return CleanResult(new_text, edits)
