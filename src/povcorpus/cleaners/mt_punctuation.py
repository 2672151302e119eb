"""The ``mt_punctuation`` cleaner: Chinese punctuation left in Latin-script text by machine translation.

In text whose dominant script is Latin, Cyrillic or Greek (and, for the full-width marks and the
enumerators, Hangul or Devanagari):

* ``、`` and ``，`` become ``, ``; ``。`` becomes ``. `` (just ``.`` before a line
  break, the end of the text, or a closing quote); ``；：！？`` become
  ``; : ! ?``; ``（`` and ``）`` become `` (`` and ``) ``. Spaces before the mark
  are dropped, one space is put after it when a word follows, and closing
  quotes stay attached: ``follows。”Source`` → ``follows.” Source``. Greek asks
  with ``;`` and pauses with ``·`` (``？`` → ``;``, ``；`` → ``·``); Hindi ends a
  sentence with the danda (``。`` → ``।``); Korean keeps a bracket on its word and
  particle (``지원금（월 30만 원）은`` → ``지원금(월 30만 원)은``);
* a ``，`` or ``：`` between two digits keeps the number together (``1，500`` →
  ``1,500``, ``10：30`` → ``10:30``);
* a stray ``。``, ``，``, ``、`` or ``,`` at the start of a line, or a
  full-width mark right after the same ASCII mark (``etc.。``), is dropped;
* an ASCII comma with no space before a word gets one (``new era,Building`` →
  ``new era, Building``; ``scheduled,98.99`` → ``scheduled, 98.99``), but not
  inside numbers (``2,300``), URLs, e-mail addresses, code-like tokens
  (``f(a,b)``, ``x=1,y=2``, ``id,name,email``) or between single letters
  (Cyrillic and Greek words as Latin ones: ``році,за`` → ``році, за``);
* a period glued between a year that ends a sentence and the capitalised word of
  the next (``ended in 2020.The next``) gets a space, but not after a longer or a
  dotted number, a letter, an underscore or a path;
* Chinese enumerators before a word of those scripts become Latin, in the numbering style
  the text already uses for its headings (``1.`` unless it writes ``1)`` or
  ``I.``): ``五、Work together`` → ``5. Work together``, ``（一）The`` →
  ``(1) The``, and in English (or a Latin text of unknown language)
  ``一是strengthen`` → ``First, strengthen`` and ``第三，the`` → ``Third, the``.

**Known damage.** A text is read as machine-translated when it holds a
full-width mark this cleaner replaces, or two glued commas (``,Word``) of the
kind above, or when the option ``mt_punctuation.damaged`` is true (the document
pipeline can decide once per document; :func:`~povcorpus.cleaners.clean_text`
decides per text). In such a text every glued comma is repaired: also between
two lowercase words (``hunger,disease``), in a list (``apples,pears,and
plums``) and after a number (``In 2020,the``, and in English ``9,2002`` where
the digits after the comma are not a thousands group). Without that evidence a
lowercase word after a comma gets a space only when the comma is the only one
in its token, or when the token is a list of words followed by a conjunction
(``Water,electricity,roads and internet``). A comma opening a quotation (Dutch ``,,Ik``, German ``,Für …'``)
stays.

Left alone: Chinese and Japanese text (``ctx.lang`` ``zh`` or ``ja``, or a text
mostly in Han or Kana: nothing changes at all), and in the other scripts every
mark next to a CJK character (in Korean text, next to a Han or Kana one), so a
Chinese quotation keeps its punctuation.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from typing import NamedTuple

from povcorpus.cleaners._common import CASED_LETTER, CJK_CHARS, Protected, has_any, text_script
from povcorpus.cleaners.base import CleanContext, CleanResult, register_cleaner
from povcorpus.cleaners.whitespace import ODD_SPACES
from povcorpus.edits import replace_spans
from povcorpus.model import Edit

__all__ = ["has_mt_damage", "mt_punctuation"]

_CJK_LANGUAGES = frozenset({"zh", "ja"})
"""Languages whose own punctuation is full-width (Korean writes Latin marks: its text is read)."""
_ASCII = {"、": ",", "，": ",", "。": ".", "；": ";", "：": ":", "！": "!", "？": "?", "）": ")"}
_GREEK = {**_ASCII, "？": ";", "；": "·"}
"""Greek asks with ``;`` and pauses with the raised dot ``·`` (the ano teleia, U+0387, whose
canonical form is U+00B7)."""
_DEVANAGARI = {**_ASCII, "。": "।"}
"""Hindi and Nepali end a sentence with the danda ``।`` (Marathi, with ``.``, is read as Latin text is)."""
_MARK_CLOSERS = "(?:[”’」』»)\\]]|[\"'](?![^\\W\\d_]))*"
"""What follows a full-width mark and stays with it: closing quotes and brackets."""
_SPACES_BEFORE = re.compile("[ \t]*\\Z")
_NO_SPACE_BEFORE = frozenset(",.;:!?)]}”’\"'»、，。；：！？）」』\n\r\t ")
_LEFT_CJK = re.compile(f"[{CJK_CHARS}][^\\w\\n]{{0,6}}\\Z")
_RIGHT_CJK = re.compile(f"[^\\w\\n]{{0,6}}[{CJK_CHARS}]")
_HAN_KANA = "\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
"""``CJK_CHARS`` less Hangul: in Korean text only a Chinese or Japanese neighbour keeps a mark."""
_LEFT_HAN = re.compile(f"[{_HAN_KANA}][^\\w\\n]{{0,6}}\\Z")
_RIGHT_HAN = re.compile(f"[^\\w\\n]{{0,6}}[{_HAN_KANA}]")
_HANGUL_SYLLABLE = re.compile("[\uac00-\ud7af]")
_LINE_HEAD = re.compile(f"[ \t{ODD_SPACES}。，、]*\\Z")  # spaces, or stray marks that go too
_COMMA = re.compile(f',(?:(?=[{CASED_LETTER}“‘"])|(?<=[{CASED_LETTER}],)(?=\\d))')
_NON_SPACE = re.compile("[^\\s、，。；：！？（）]*")
"""A token's characters: no space, and no full-width mark, which this cleaner may turn into an ASCII
mark and a space (``A、f(x)`` is two tokens, as ``A, f(x)`` is on a second cleaning)."""
_GLUED = re.compile(r",(?=[^\W\d_])")
_THOUSANDS = re.compile(r"\d{3}(?!\d)")
_SINGLE_LETTERS = re.compile(f"(?<![{CASED_LETTER}])[{CASED_LETTER}],[{CASED_LETTER}](?![{CASED_LETTER}])")
_CLOSING_SINGLE = re.compile(f"(?<![{CASED_LETTER}])['‘’]|['‘’](?![{CASED_LETTER}])")
_CODE = re.compile(r"[=_/\\@{}\[\]<>|$#~^*`]|\w\(|[a-z]\.[a-z]")
_WORD_BEFORE = re.compile(f"(?:[{CASED_LETTER}]{{2}}|\\d|[”’\"')\\]%])\\Z")
# A token of words of three letters or more glued by commas, and what makes it a list of prose rather
# than a header or a set of fields: a conjunction of the corpus's languages and a word right after it
# (``water,electricity,roads and internet``).
_WORD_LIST = re.compile(f"[{CASED_LETTER}]{{3,}}(?:,[{CASED_LETTER}]{{3,}})+")
_CONJUNCTIONS = "and|or|et|ou|y|e|o|u|und|oder|sowie|dan|atau|serta|en|ed|и|или|і|та|και|ή"
_LIST_END = re.compile(f"[ \t]+(?:{_CONJUNCTIONS})[ \t]+[{CASED_LETTER}]")
_LETTERS_AFTER = re.compile(f"[{CASED_LETTER}][-‐\u00ad]?[{CASED_LETTER}]")
_ONE_LETTER_WORD = re.compile(f"[aeiouyàèéηοήавиксуояіз](?=[ \t][{CASED_LETTER}]{{2}})")
"""A word of one letter (an article, a conjunction or a preposition: ``o``, ``a``, ``y``, ``e``, ``à``,
Greek ``η``, ``ο``, Russian and Ukrainian ``в``, ``и``, ``с``, ``і``) before a space and another word:
``Em 2020,o número`` and ``Το 2022,η φτώχεια`` are prose as much as ``In 2020,the`` is."""


class _Style(NamedTuple):
    """How a text's script writes the marks: their replacements, and whether it is Korean."""

    marks: dict[str, str]
    hangul: bool = False


_LATIN_STYLE = _Style(_ASCII)


def _cjk_near(text: str, start: int, end: int, latin_after: bool = False, hangul: bool = False) -> bool:
    """Whether the nearest word character on either side of ``text[start:end]`` is CJK, or the
    mark ends a CJK clause (:func:`_cjk_clause`) without an ASCII letter or digit on both sides.

    ``latin_after``: what follows is a Chinese enumerator that becomes Latin. ``hangul``: the text
    is Korean, whose own letters do not count (only Chinese and Japanese characters do).
    """
    left, right = (_LEFT_HAN, _RIGHT_HAN) if hangul else (_LEFT_CJK, _RIGHT_CJK)
    if left.search(text, max(0, start - 8), start) is not None:
        return True
    if not latin_after and right.match(text, end) is not None:
        return True
    flanked = start > 0 and text[start - 1] in _ASCII_ALNUM and text[end : end + 1] in _ASCII_ALNUM
    return not hangul and not flanked and _cjk_clause(text, start)


_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


_CLAUSE_END = re.compile(r"[。！？!?\n]|\.(?=\s)")
_CJK_CHAR = re.compile(f"[{CJK_CHARS}]")
_LETTER = re.compile(r"[^\W\d_]")


def _cjk_clause(text: str, start: int) -> bool:
    """Whether the clause ending at ``start`` is written mostly in CJK characters.

    ``农村贫困发生率……降至0.6%。`` ends in a number, yet is a Chinese sentence: its ``。`` stays
    in a document otherwise in English. A CJK character counts as three letters of another
    script (a word's worth), so ``We call it 脱贫攻坚 in 2020，`` is still an English clause,
    and ``一、Построить дороги。`` a Russian one.
    """
    window = text[max(0, start - 160) : start]
    if _CJK_WORD_CHAR.search(window) is None:
        return False  # the usual case in Latin text, found in one C scan: no CJK character to count
    ends = [found.end() for found in _CLAUSE_END.finditer(window)]
    clause = window[ends[-1] :] if ends else window
    # Chinese numerals do not count: as enumerators (五、) they become Latin in the same pass.
    cjk = len(_CJK_CHAR.findall(clause)) - sum(map(clause.count, _NUMERAL_CHARS))
    return cjk > 0 and cjk * 4 >= len(_LETTER.findall(clause))  # every letter, the CJK ones too


def _mark_span(
    text: str, match: re.Match[str], latin_after: bool = False, style: _Style = _LATIN_STYLE
) -> tuple[int, int, str] | None:
    """The replacement of one full-width mark (with its spaces and closing quotes).

    In Korean text a bracket keeps to the word it follows and to the particle after it, as Korean
    writes them: ``지원금（월 30만 원）은`` → ``지원금(월 30만 원)은``.
    """
    mark_at = match.start()
    start = mark_at
    if mark_at and text[mark_at - 1] in " \t":
        spaces = _SPACES_BEFORE.search(text, max(0, mark_at - 16), mark_at)
        start = spaces.start() if spaces is not None else mark_at
    found = match.group()
    mark = found[0]
    closers = found[1:]
    if mark == "（":
        if _cjk_near(text, mark_at, mark_at + 1, latin_after, style.hangul):
            return None
        before = text[start - 1] if start else "\n"
        space = "" if before in '\n([{“‘"' or before.isspace() else " "
        if style.hangul and start == mark_at and _HANGUL_SYLLABLE.match(before):
            space = ""
        return (start, match.end(), space + "(")
    if _cjk_near(text, mark_at, mark_at + 1, latin_after, style.hangul):
        return None
    at_line_start = _at_line_head(text, mark_at)
    previous = text[start - 1] if start and text[start - 1] != "\n" else ""  # on this line
    ascii_mark = style.marks[mark]
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
    opening = following in "\"'" and text[match.end() + 1 : match.end() + 2].isalpha()
    space = "" if not following or (following in _NO_SPACE_BEFORE and not opening) else " "
    if style.hangul and mark == "）" and not closers and _HANGUL_SYLLABLE.match(following):
        space = ""
    return (start, match.end(), ascii_mark + closers + space)


_HEAD = frozenset(
    " \t。，、\u00a0\u1680\u202f\u205f\u3000\ufeff" + "".join(chr(code) for code in range(0x2000, 0x200B))
)
"""The characters of ``_LINE_HEAD``: spaces (odd ones too) and the stray marks that go with them."""


def _at_line_head(text: str, position: int) -> bool:
    """Whether only spaces and stray marks (``_LINE_HEAD``) come before ``position`` on its line.

    Read backwards from ``position``, so a long line is not read again for each of its marks.
    """
    before = position
    while before and text[before - 1] in _HEAD:
        before -= 1
    return not before or text[before - 1] == "\n"


_NUMERALS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_NUMERAL_CHARS = "一二三四五六七八九十"
_CJK_WORD_CHAR = re.compile(f"(?![{_NUMERAL_CHARS}])[{CJK_CHARS}]")
"""A CJK character that is no Chinese numeral: one that counts in a clause (:func:`_cjk_clause`)."""
_BEFORE_ENUMERATOR = frozenset(" \t，。、；：！？,;")
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth", "Tenth")
_ENUMERATOR = re.compile(
    f"(?:(?<=\\n)|(?<=\\A)|(?<=[.!?;:,][ {ODD_SPACES}])|(?<=[。；，：]))[ \\t{ODD_SPACES}]*"
    f"(?:(?P<head>[一二三四五六七八九十]{{1,3}})、|（(?P<paren>[一二三四五六七八九十]{{1,3}})）"
    f"|(?P<shi>[一二三四五六七八九十]{{1,3}})是|第(?P<di>[一二三四五六七八九十]{{1,3}})[，,])"
    f"[ \\t{ODD_SPACES}]*(?=[{CASED_LETTER}\\uac00-\\ud7af\\u0900-\\u097f])"
)
_HEADING_STYLE = re.compile(r"[ \t]*(?:(\d+)([.)])|([IVX]+)\.)[ \t]+\S")
# The same at every other line start: a literal first character lets the engine skip to line breaks.
_HEADING_STYLE_AFTER_BREAK = re.compile(r"\n[ \t]*(?:(\d+)([.)])|([IVX]+)\.)[ \t]+\S")
_ROMAN = (("X", 10), ("IX", 9), ("V", 5), ("IV", 4), ("I", 1))


def _chinese_number(numeral: str) -> int | None:
    """The value of a Chinese numeral from 1 to 99 (``五`` 5, ``十二`` 12, ``二十`` 20), else ``None``."""
    if "十" not in numeral:
        return _NUMERALS.get(numeral) if len(numeral) == 1 else None
    tens, _, units = numeral.partition("十")
    if len(tens) > 1 or len(units) > 1 or "十" in units:
        return None
    high = _NUMERALS.get(tens, 0) if tens else 1
    low = _NUMERALS.get(units, 0) if units else 0
    if (tens and not high) or (units and not low):
        return None
    return high * 10 + low


def _roman(value: int) -> str:
    out = []
    for letters, amount in _ROMAN:
        while value >= amount:
            out.append(letters)
            value -= amount
    return "".join(out)


def _heading_style(text: str) -> str:
    """How the text numbers its headings: ``"."`` (``1.``), ``")"`` (``1)``) or ``"roman"`` (``I.``)."""
    counts = {".": 0, ")": 0, "roman": 0}
    first = _HEADING_STYLE.match(text)
    matches = _HEADING_STYLE_AFTER_BREAK.finditer(text)
    for match in matches if first is None else itertools.chain((first,), matches):
        counts["roman" if match.group(3) else match.group(2)] += 1
    best = max(counts, key=lambda style: counts[style])
    return best if counts[best] else "."


def _run_starts(text: str, chars: str) -> list[int]:
    """Where each maximal run of ``chars`` starts in ``text``, in order.

    Each character is found with a literal scan (a C loop), not with a character class,
    which the regex engine tries at every position.
    """
    positions = sorted(
        match.start() for char in chars if char in text for match in _LITERAL[char].finditer(text)
    )
    return [at for index, at in enumerate(positions) if not index or positions[index - 1] != at - 1]


_PAD = re.compile(f"[ \\t{ODD_SPACES}]")


def _enumerators(text: str) -> Iterator[re.Match[str]]:
    """The matches of ``_ENUMERATOR.finditer(text)``, tried only just before runs of numerals.

    A match cannot start inside a run of numerals (its look-behind needs a line start or
    punctuation), so it starts at a run's first numeral or before it, over a ``（`` or ``第``
    and spaces.
    The pattern's look-behinds make a scan over the whole text slow; this tries a few positions.
    """
    end = 0
    for first in _run_starts(text, _NUMERAL_CHARS):
        if first < end:
            continue
        low = first
        if low and text[low - 1] in "（第":
            low -= 1
        while low > end and _PAD.match(text, low - 1) is not None:
            low -= 1
        for position in range(max(low, end), first + 1):
            match = _ENUMERATOR.match(text, position)
            if match is not None:
                end = match.end()
                yield match
                break


def _enumerator_spans(text: str, english: bool) -> list[tuple[int, int, str]]:
    """Chinese enumerators before a Latin word, in their Latin form (see the module docs)."""
    spans: list[tuple[int, int, str]] = []
    style: str | None = None
    for match in _enumerators(text):
        kind = match.lastgroup or ""
        value = _chinese_number(match.group(kind))
        if value is None:
            continue
        start = match.start(kind) - (1 if kind in ("paren", "di") else 0)
        if kind in ("shi", "di"):
            if not english or value > len(_ORDINALS):
                continue
            after = text[match.end() : match.end() + 1]
            lowered = after.lower() if text[match.end() + 1 : match.end() + 2].islower() else after
            spans.append((start, match.end() + 1, f"{_ORDINALS[value - 1]}, {lowered}"))
        elif kind == "paren":
            spans.append((start, match.end(), f"({value}) "))
        else:
            if style is None:
                style = _heading_style(text)
            label = f"{_roman(value)}." if style == "roman" else f"{value}{style}"
            spans.append((start, match.end(), f"{label} "))
    return spans


class _Commas:
    """Decides the fix of each ASCII comma followed by a word (see the module docs)."""

    __slots__ = (
        "_facts",
        "_reversed",
        "_token_end",
        "_token_start",
        "damaged",
        "english",
        "protected",
        "text",
    )

    def __init__(self, text: str, protected: Protected, english: bool) -> None:
        self.text = text
        self.protected = protected
        self.english = english
        self.damaged = False
        self._reversed: str | None = None
        self._token_start = self._token_end = -1
        self._facts = (False, False)

    def token(self, position: int) -> str:
        """The run of non-space characters around ``position``.

        Two C-level matches: forward in the text, backward in the text reversed once
        (listing every whitespace of a long text cost more than all the look-ups).
        """
        text = self.text
        if self._reversed is None:
            self._reversed = text[::-1]
        before = _NON_SPACE.match(self._reversed, len(text) - position)
        after = _NON_SPACE.match(text, position)
        start = position - (before.end() - before.start()) if before is not None else position
        end = after.end() if after is not None else position
        return text[start:end]

    def token_facts(self, position: int) -> tuple[bool, bool]:
        """Whether the token around ``position`` looks like code, and whether it glues several commas.

        Remembered for the last token, so the commas of one long token cost one reading of it.
        """
        if not self._token_start <= position < self._token_end:
            token = self.token(position)
            after = _NON_SPACE.match(self.text, position)
            self._token_end = after.end() if after is not None else position
            self._token_start = self._token_end - len(token)
            self._facts = (_CODE.search(token) is not None, len(_GLUED.findall(token.lstrip(","))) > 1)
        return self._facts

    def span(self, position: int) -> tuple[int, int, str] | None:
        """The fix of the comma at ``position``: a space after it, its removal at a line start, or none."""
        text = self.text
        if text[position + 1 : position + 2] == "," or (position and text[position - 1] == ","):
            return None  # ,,Dutch quotes''
        if _at_line_head(text, position):
            line_end = text.find("\n", position)
            line = text[position : len(text) if line_end == -1 else line_end]
            if _CLOSING_SINGLE.search(line) is not None:
                return None  # ,German quote'
            return (position, position + 1, "")
        if self.needs_space(position):
            return (position + 1, position + 1, " ")
        return None

    def prose_list(self) -> bool:
        """Whether the token :meth:`token_facts` last read is a list of words ended by a conjunction.

        ``Water,electricity,roads and internet`` is a list of prose whose commas lack their spaces;
        ``id,name,email from`` stays a list of fields, and so does ``hunger,disease,and poverty``
        (with no other evidence, a conjunction glued into the token may be a field's name).
        """
        text, start, end = self.text, self._token_start, self._token_end
        return _WORD_LIST.fullmatch(text, start, end) is not None and _LIST_END.match(text, end) is not None

    def needs_space(self, position: int) -> bool:
        """Whether the ASCII comma at ``position`` lacks the space before the next word."""
        text = self.text
        if text[position - 1].isspace() or self.protected.covers(position):
            return False
        code, several_glued = self.token_facts(position)
        if code:
            return False
        if not self.damaged and several_glued:
            # a,Review,the: several glued commas in one token, and no other evidence; but a list of
            # words ended by a conjunction is prose, every comma of it glued
            return text[position + 1].isalpha() and self.prose_list()
        following = text[position + 1]
        if following == '"' and not text[position + 2 : position + 3].isalpha():
            return False
        if following.isdigit():
            if not text[position - 1].isdigit():
                return True
            return self.damaged and self.english and _THOUSANDS.match(text, position + 1) is None
        if following.islower():
            if _SINGLE_LETTERS.match(text, position - 1) is not None:
                return False
            if self.damaged:
                return True
            if (
                _LETTERS_AFTER.match(text, position + 1) is None
                and _ONE_LETTER_WORD.match(text, position + 1) is None
            ):
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
        ctx: the context; nothing changes unless the text's script is Latin, Cyrillic or Greek.
            Option ``mt_punctuation.damaged``: ``True`` or ``False`` to say
            whether the text is machine-translated, ``None`` (default) to
            decide from the text.

    Returns:
        The text with Latin punctuation and one edit per changed mark.
    """
    spans, _ = _analyse(text, ctx)
    if not spans:
        return CleanResult(text)
    all_edits: tuple[Edit, ...] = ()
    for _ in range(_PASSES):
        spans.sort()
        kept: list[tuple[int, int, str]] = []
        for span in spans:
            if kept and span[0] < kept[-1][1]:
                continue
            kept.append(span)
        text, edits = replace_spans(text, kept, "mt_punctuation", ctx.field, ctx.step)
        all_edits += edits
        if len(kept) == len(spans) or not edits:
            break
        # A repair left out for overlapping another (a mark right after a stray one that goes
        # with its spaces: "，\t！A") is what a second cleaning would make: read the text again.
        spans, _ = _analyse(text, ctx)
        if not spans:
            break
    return CleanResult(text, all_edits)


_PASSES = 3
"""Most passes of :func:`mt_punctuation` over one text (a pass only follows one that left a repair out)."""


def has_mt_damage(text: str, lang: str | None = None) -> bool:
    """Whether ``text`` shows machine-translation damage (see the module docs).

    The document pipeline can ask this once of a document's body and pass the
    answer to every field as the option ``mt_punctuation.damaged``.

    >>> has_mt_damage("Poverty、hunger"), has_mt_damage("id,name,email")
    (True, False)
    """
    return _analyse(text, CleanContext.for_text(text, lang))[1]


def _analyse(text: str, ctx: CleanContext) -> tuple[list[tuple[int, int, str]], bool]:
    """The repairs of ``text`` (possibly overlapping) and whether it is read as machine-translated."""
    forced = ctx.option("mt_punctuation", "damaged", None)
    if (text.isascii() and "," not in text and "." not in text) or ctx.lang in _CJK_LANGUAGES:
        return [], False
    if forced is None and not _may_change(text):
        return [], bool(forced)
    script = text_script(text, ctx)
    if script not in _ALPHABETS:
        return [], bool(forced)
    spans: list[tuple[int, int, str]] = []
    english = ctx.lang == "en" or (ctx.lang is None and script == "Latin")
    if not text.isascii():
        spans = _mark_spans(text, english, _STYLES.get(script, _LATIN_STYLE))
    if "." in text and script in _CASED_SCRIPTS:
        spans.extend(_period_spans(text))
    if "," in text and script in _CASED_SCRIPTS:
        commas = _Commas(text, Protected(text), english)
        commas.damaged = bool(forced) if forced is not None else bool(spans)
        strict: list[tuple[int, int, str]] = []
        if not commas.damaged:
            strict = [span for m in _COMMA.finditer(text) if (span := commas.span(m.start())) is not None]
            commas.damaged = forced is None and sum(1 for span in strict if span[2] == " ") >= 2
        if commas.damaged:
            spans.extend(_damaged_comma_spans(text, commas))
        else:
            spans.extend(strict)
        return spans, commas.damaged
    return spans, bool(spans) if forced is None else bool(forced)


_CASED_SCRIPTS = frozenset({"Latin", "Cyrillic", "Greek"})
"""Scripts whose glued ASCII commas and periods are read (the rules read cased words)."""
_ALPHABETS = _CASED_SCRIPTS | {"Hangul", "Devanagari"}
"""Scripts whose text takes Latin punctuation: full-width marks are repaired in all of them (Greek
with its own question mark and raised dot, Hindi with its danda)."""
_STYLES = {
    "Greek": _Style(_GREEK),
    "Devanagari": _Style(_DEVANAGARI),
    "Hangul": _Style(_ASCII, hangul=True),
}
_YEAR_PERIOD = re.compile(
    "\\.(?<=(?<![\\w.,/\\\\-])(?:1[5-9]|20)\\d\\d\\.)(?=[A-ZÀ-ÞА-ЯЁΑ-Ω][a-zß-ÿа-яёα-ωά-ώ]+[ ,;:])"
)
"""A period glued between a year that ends a sentence and the capitalised word that starts the next
(``ended in 2020.The next``), the way machine translation joins sentences. Not after a longer number,
a dotted number, a letter or a path (``1.2020.The``, ``v2020.The``, ``/2020.The``)."""


def _period_spans(text: str) -> list[tuple[int, int, str]]:
    """A space after each glued period of ``_YEAR_PERIOD`` outside URLs, e-mail addresses and code."""
    found = [match.start() for match in _YEAR_PERIOD.finditer(text)]
    if not found:
        return []
    protected = Protected(text)
    return [(at + 1, at + 1, " ") for at in found if not protected.covers(at)]


_MARKS = "、，。；：！？（）"
_COMMA_FAST = re.compile(",(?:[^\\s\\d]|(?<=[^\\W\\d_],)\\d)")


def _may_change(text: str) -> bool:
    """The pre-check: a full-width mark, a comma before a letter, a quote or (after a letter) a digit, or
    a period glued after a year (``_YEAR_PERIOD``).

    Each mark is looked for with ``in`` (a C-level scan for one character); the comma
    pattern starts with a literal, so the regex engine only stops at commas.
    """
    return (
        (not text.isascii() and has_any(text, _MARKS))
        or ("," in text and _COMMA_FAST.search(text) is not None)
        or ("." in text and _YEAR_PERIOD.search(text) is not None)
    )


_ALNUM = "A-Za-z0-9"


_DIGITS, _BETWEEN, _LINE_END = 1, 2, 3
"""The groups of a mark's pattern (see :func:`_mark_pattern`) that name its plain cases."""


def _mark_pattern(mark: str) -> re.Pattern[str]:
    """The pattern of one full-width mark, whose groups name its plain cases.

    A lone mark after an ASCII letter or digit and before another (``poverty、hunger``: group
    ``_BETWEEN``; ``1，500``: group ``_DIGITS``), or at the end of a line (``disclosed。``: group
    ``_LINE_END``), has no CJK character near it, is not at a line start and follows no ASCII
    mark, so :func:`_mark_span` would give it the plain replacement (``", "``, ``","``,
    ``"."``). Any other match (no group) is the mark with its closers. The pattern starts with
    the mark itself, so the engine skips to it at C speed.
    """
    if mark not in _ASCII:
        return re.compile(mark)
    digits = f"(?<=[0-9]{mark})(?=[0-9])()" if mark in "，：" else "(?!)()"
    return re.compile(
        f"{mark}(?:(?<=[{_ALNUM}]{mark})(?:{digits}|(?=[{_ALNUM}])()|(?=\\n|\\Z)())|{_MARK_CLOSERS})"
    )


_MARK_PATTERNS = {mark: _mark_pattern(mark) for mark in "、，。；：！？）（"}


def _mark_spans(text: str, english: bool, style: _Style = _LATIN_STYLE) -> list[tuple[int, int, str]]:
    """The repairs of the full-width marks and Chinese enumerators of ``text``.

    Plain cases come straight from their pattern (see :func:`_mark_pattern`); every other
    mark goes through :func:`_mark_span`.
    """
    enumerators = _enumerator_spans(text, english) if has_any(text, _NUMERAL_CHARS) else []
    starts = {start for start, _, _ in enumerators}
    spans: list[tuple[int, int, str]] = []
    add = spans.append
    size = len(text)
    for mark, pattern in _MARK_PATTERNS.items():
        if mark not in text:
            continue
        ascii_mark = style.marks.get(mark, "")
        spaced = ascii_mark + " "
        for match in pattern.finditer(text):
            case = match.lastindex
            if case == _BETWEEN:
                add((match.start(), match.end(), spaced))
            elif case == _LINE_END and not style.hangul and _cjk_clause(text, match.start()):
                continue  # ``……降至2019年的0.6。``: a Chinese sentence ending in a number
            elif case is not None:
                add((match.start(), match.end(), ascii_mark))
            else:
                end = match.end()
                while end < size and text[end] in _BEFORE_ENUMERATOR:
                    end += 1  # spaces and further marks: "，， 五、Work" has its enumerator after both
                span = _mark_span(text, match, end in starts, style)
                if span is not None:
                    add(span)
    spans.extend(enumerators)
    return spans


_CANDIDATE_COMMA = re.compile(
    f',(?:(?<=[^\\s,。，、{ODD_SPACES}],)(?=[A-Z])()|(?<=[A-Za-z],)(?=[0-9])()|(?=[{CASED_LETTER}“‘"\\d]))'
)
"""The commas :class:`_Commas` looks at in a damaged text: before a Latin letter, a quote or a digit.

A group marks a plain one: after a character that is not a space, a comma or a stray mark
(so not at a line start), and before an ASCII capital (``community,Incentive``,
``2020,The``, ``Development”,China``), or after an ASCII letter and before an ASCII digit
(``scheduled,98``). Outside protected spans and code-like tokens it takes a space.
"""


def _damaged_comma_spans(text: str, commas: _Commas) -> list[tuple[int, int, str]]:
    """The fixes of every candidate comma of a text known to be damaged.

    A plain comma (``community,Incentive``) gets its space here unless it lies in a protected
    span or a code-like token; there, and for every other comma, :meth:`_Commas.span` decides.
    """
    spans: list[tuple[int, int, str]] = []
    add = spans.append
    others: list[int] = []
    starts, ends = _excluded(text, commas.protected)
    count = len(starts)
    index = 0  # the first excluded span that does not end before the comma
    for match in _CANDIDATE_COMMA.finditer(text):
        position = match.start()
        if match.lastindex is None:
            others.append(position)
            continue
        if count:
            while index < count and ends[index] <= position:
                index += 1
            if index < count and starts[index] <= position:
                others.append(position)
                continue
        add((position + 1, position + 1, " "))
    spans.extend(span for position in others if (span := commas.span(position)) is not None)
    return spans


def _excluded(text: str, protected: Protected) -> tuple[list[int], list[int]]:
    """Where a comma cannot take the fast path: protected spans and tokens that look like code.

    Returns the starts and the ends of these spans, merged where they overlap and in order.
    """
    spans = list(protected.spans())
    reversed_text: str | None = None
    size = len(text)
    token_end = -1
    for at in _code_positions(text):
        if at < token_end:
            continue  # the same token
        if reversed_text is None:
            reversed_text = text[::-1]
        before = _NON_SPACE.match(reversed_text, size - at)
        after = _NON_SPACE.match(text, at)
        token_end = after.end() if after is not None else at
        spans.append((at - (before.end() - before.start()) if before is not None else at, token_end))
    spans.sort()
    starts: list[int] = []
    ends: list[int] = []
    for start, end in spans:
        if ends and start <= ends[-1]:
            ends[-1] = max(ends[-1], end)
        else:
            starts.append(start)
            ends.append(end)
    return starts, ends


_CODE_CHARS = "=_/\\@{}[]<>|$#~^*`"
_CODE_AFTER_WORD = re.compile("\\((?<=\\w\\()")
_CODE_DOT = re.compile("\\.(?<=[a-z]\\.)(?=[a-z])")


def _code_positions(text: str) -> list[int]:
    """Sorted positions of one character of each ``_CODE`` match (the ``(`` of ``f(``, the dot of ``a.b``).

    Each pattern starts with a literal, so no position is tried that cannot start a match.
    """
    found = [match.start() for char in _CODE_CHARS if char in text for match in _LITERAL[char].finditer(text)]
    if "(" in text:
        found.extend(match.start() for match in _CODE_AFTER_WORD.finditer(text))
    if "." in text:
        found.extend(match.start() for match in _CODE_DOT.finditer(text))
    found.sort()
    return found


_LITERAL = {char: re.compile(re.escape(char)) for char in _CODE_CHARS + _NUMERAL_CHARS}
