"""Heading styles: what a heading line looks like, kept as data in a registry users can extend.

A style is a regular expression matched against a whole stripped line, and a
*rank* (``level``): 1 for top-level numbering such as ``III.``, ``1.`` or
``五、``, 2 for ``(1)``, 3 for ``(a)``. Numbered styles capture ``label`` and
``text`` groups; named styles (``Preface``, ``Appendix: …``) match the whole
line and keep it as the heading. The final depth of a section is decided by
:func:`povcorpus.structure.parse_sections`, which nests headings by rank and by
how their numbering runs.

Numbered lines are also checked to look like headings, not like sentences or
list items: the text after the label must not start in lower case or with a
digit, must not end with ``,``, ``;`` or ``:``, must not hold two sentences,
must not begin with a date (``12. Oktober 2020 …``) or an initial
(``V. I. Lenin …``), may end with a full stop only when short (at most 60
characters and 8 words), and must be at most :data:`MAX_HEADING_CHARS` long. A long run-on heading such as
``(1) Accurate identification、Create a file and create a card,…`` passes.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable

from attrs import frozen

from povcorpus._dates import month_alternation
from povcorpus.registry import Registry
from povcorpus.structure._lines import has_sentence_break
from povcorpus.structure._prefix import prefix_pattern

__all__ = [
    "MAX_HEADING_CHARS",
    "HeadingIndex",
    "HeadingMatch",
    "HeadingStyle",
    "heading_index",
    "heading_style_registry",
    "heading_styles",
    "label_value",
    "match_heading",
    "numbered_style",
    "plausible_heading_text",
    "register_heading_style",
    "starts_with_date",
]

MAX_HEADING_CHARS = 250
"""Longest heading text (after the label) a numbered style accepts."""


@frozen
class HeadingMatch:
    """A line recognised as a heading."""

    style: str
    """Name of the style that matched."""
    label: str
    """The number as written (``"III"``, ``"(1)"``, ``"五"``); ``""`` for named headings."""
    heading: str
    """The heading text without its label; the whole line for named headings."""
    rank: int
    """The style's level: 1 for top-level numbering, 2 for ``(1)``…"""
    value: int | None
    """The label's number (``"III"`` → 3, ``"五"`` → 5), ``None`` when it has none."""
    named: bool
    sequential: bool = False
    """The style only makes headings in a numbered run (see :attr:`HeadingStyle.sequential`)."""
    markup: bool = False
    """The line is marked as a heading (Markdown ``##``): never a list item, its rank is the mark's."""


@frozen
class HeadingStyle:
    """One way of writing a heading.

    Use :func:`register_heading_style` to add one; the registry keeps
    registration order, which is the order styles are tried in.
    """

    name: str
    pattern: re.Pattern[str]
    """Matched with ``fullmatch`` against the stripped line."""
    level: int
    """Rank of the style: 1 top level, 2 below it…"""
    named: bool = False
    """The whole line is the heading and no sentence checks apply (``Preface``)."""
    allow_empty: bool = False
    """A numbered line with a label but no text (``Chapter 3``) is still a heading."""
    rank_by_depth: bool = False
    """Each extra dotted number in the label is one rank deeper: ``1.1`` at ``level``, ``1.1.1`` below it."""
    sequential: bool = False
    """A match is a heading only inside a run numbered from 1 (``1 Aims``, ``2 Means``) or when a
    decimal subheading (``1.1``) follows: a bare number before a word is too common in prose."""
    markup: bool = False
    """The ``label`` group is a heading mark (Markdown ``#`` … ``######``): the line is a heading
    whatever its text, one rank deeper per extra mark character, and its text is read by the other
    styles for a number (``## 1. Aims`` has the label ``1.``)."""

    def match(self, line: str) -> HeadingMatch | None:
        """Return the heading ``line`` is in this style, or ``None``."""
        found = self.pattern.fullmatch(line)
        if found is None:
            return None
        if self.named:
            return HeadingMatch(self.name, "", line, self.level, None, named=True)
        groups = found.groupdict()
        label = (groups.get("label") or "").strip()
        text = (groups.get("text") or "").strip()
        if self.markup:
            return self._marked(label, text)
        if not label:
            return None
        if not (text and plausible_heading_text(text)) and not (self.allow_empty and not text):
            return None
        rank = self.level + label.rstrip(".").count(".") - 1 if self.rank_by_depth else self.level
        value = label_value(label)
        return HeadingMatch(self.name, label, text, rank, value, named=False, sequential=self.sequential)

    def _marked(self, mark: str, text: str) -> HeadingMatch | None:
        """A heading marked by ``mark``: its rank from the mark, its number from the other styles."""
        if not mark or not text:
            return None
        rank = self.level + len(mark) - 1
        inner = None
        if not text.startswith(mark[0]):
            inner = next(
                (found for style in heading_styles() if not style.markup if (found := style.match(text))),
                None,
            )
        if inner is None or inner.named:
            return HeadingMatch(self.name, "", text, rank, None, named=False, markup=True)
        label, heading, value = inner.label, inner.heading, inner.value
        return HeadingMatch(self.name, label, heading, rank, value, named=False, markup=True)


heading_style_registry: Registry[HeadingStyle] = Registry("heading style", "povcorpus.heading_styles")
"""Every heading style by name, in the order tried; plugins come from ``povcorpus.heading_styles``."""


def register_heading_style(
    name: str,
    pattern: str | re.Pattern[str],
    level: int,
    *,
    named: bool = False,
    allow_empty: bool = False,
    rank_by_depth: bool = False,
    sequential: bool = False,
    markup: bool = False,
    replace: bool = False,
) -> HeadingStyle:
    """Register a heading style and return it.

    Args:
        name: the style's name, one word (``"markdown"``).
        pattern: matched with ``fullmatch`` against each stripped line. A
            numbered style must have the groups ``label`` and ``text``; a named
            style (``named=True``) just matches the whole heading line.
        level: rank of the style, 1 for top-level headings, 2 below them…
        named: the whole line is the heading, with an empty label.
        allow_empty: a label with no text after it is still a heading.
        rank_by_depth: the rank grows by one per extra dotted number in the label
            (``1.1`` is ``level``, ``1.1.1`` is ``level + 1``).
        sequential: the style makes headings only in a run numbered 1, 2, … or
            when a decimal subheading follows (for bare numbers such as ``1 Aims``).
        markup: the ``label`` group is a heading mark such as Markdown's ``##``: every match
            is a heading, ranked ``level`` plus one per extra mark character, and its text is
            read by the other styles for a number.
        replace: replace a style already registered under ``name``.

    Returns:
        The registered style.

    Raises:
        ValueError: the level is below 1, the pattern lacks a group, or the name is not one word.
        NameClashError: ``name`` is taken and ``replace`` is false.
        re.error: ``pattern`` is not a valid regular expression.
    """
    compiled = re.compile(pattern) if isinstance(pattern, str) else pattern
    if level < 1:
        msg = f"heading style {name!r}: level must be 1 or more, got {level}"
        raise ValueError(msg)
    if not named and not {"label", "text"} <= set(compiled.groupindex):
        msg = f"heading style {name!r}: a numbered pattern needs the groups (?P<label>…) and (?P<text>…)"
        raise ValueError(msg)
    style = HeadingStyle(
        name=name,
        pattern=compiled,
        level=level,
        named=named,
        allow_empty=allow_empty,
        rank_by_depth=rank_by_depth,
        sequential=sequential,
        markup=markup,
    )
    heading_style_registry.register(name, style, origin=f"heading style {name!r}", replace=replace)
    return style


_registered: tuple[int, tuple[HeadingStyle, ...]] = (-1, ())


def heading_styles() -> tuple[HeadingStyle, ...]:
    """The registered styles, plugins included, in the order they are tried.

    The same tuple is returned until a style is registered, so what is built
    from it (:func:`heading_index`) is built once.
    """
    global _registered
    names = heading_style_registry.names()  # loads plugins first, which may register styles
    version, styles = _registered
    if version != heading_style_registry.version:
        styles = tuple(heading_style_registry.get(name) for name in names)
        _registered = (heading_style_registry.version, styles)
    return styles


PREFIX_SIZE = 2
"""How many opening characters of a line :class:`HeadingIndex` dispatches on."""


@functools.lru_cache(maxsize=256)
def _prefix_of(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    return prefix_pattern(pattern, PREFIX_SIZE)


_MAX_DISPATCH = 1 << 15
"""Most line openings a :class:`HeadingIndex` remembers the candidate styles of."""


class HeadingIndex:
    """Styles by a line's first two characters: one dictionary lookup skips every style that cannot match.

    Each style's pattern is read once for the two-character openings its
    matches can have (:func:`~povcorpus.structure._prefix.prefix_pattern`); a
    style whose pattern cannot be read is always tried. For a line starting
    ``Th`` or ``Wh`` no built-in style is tried at all, for ``In`` only
    ``named``, for ``1.`` only ``arabic`` and ``decimal``. Matching through
    the index gives exactly what trying every style in order gives.
    """

    __slots__ = ("_by_start", "_prefixes", "styles")

    def __init__(self, styles: tuple[HeadingStyle, ...]) -> None:
        self.styles = styles
        """The styles, in the order they are tried."""
        self._prefixes = tuple(_prefix_of(style.pattern) for style in styles)
        self._by_start: dict[str, tuple[HeadingStyle, ...]] = {}

    def candidates(self, start: str) -> tuple[HeadingStyle, ...]:
        """The styles, in order, whose matches can open with ``start`` (a line's first two characters)."""
        found = self._by_start.get(start)
        if found is None:
            found = tuple(
                style
                for style, prefix in zip(self.styles, self._prefixes, strict=True)
                if prefix is None or prefix.fullmatch(start) is not None
            )
            if len(self._by_start) < _MAX_DISPATCH:
                self._by_start[start] = found
        return found

    def match(self, line: str) -> HeadingMatch | None:
        """:func:`match_heading` of ``line`` with these styles."""
        stripped = line.strip()
        if not stripped:
            return None
        for style in self.candidates(stripped[:PREFIX_SIZE]):
            found = style.match(stripped)
            if found is not None:
                return found
        return None

    def match_all(
        self, lines: Iterable[str], memo: dict[str, HeadingMatch | None] | None = None
    ) -> list[HeadingMatch | None]:
        """:meth:`match` of every line, remembered in ``memo`` by line text (one loop, no call per line)."""
        remembered = {} if memo is None else memo
        by_start = self._by_start
        found: list[HeadingMatch | None] = []
        append = found.append
        for line in lines:
            if line in remembered:
                append(remembered[line])
                continue
            heading = None
            stripped = line.strip()
            if stripped:
                start = stripped[:PREFIX_SIZE]
                styles = by_start.get(start)
                for style in self.candidates(start) if styles is None else styles:
                    heading = style.match(stripped)
                    if heading is not None:
                        break
            remembered[line] = heading
            append(heading)
        return found

    def numbered(self, line: str) -> str | None:
        """:func:`numbered_style` of ``line`` with these styles."""
        stripped = line.strip()
        for style in self.candidates(stripped[:PREFIX_SIZE]) if stripped else self.styles:
            if not style.named and style.pattern.fullmatch(stripped) is not None:
                return style.name
        return None


_indexes: dict[int, tuple[tuple[HeadingStyle, ...], HeadingIndex]] = {}
_indexes_lock = threading.Lock()


def heading_index(styles: Iterable[HeadingStyle] | None = None) -> HeadingIndex:
    """The :class:`HeadingIndex` of ``styles`` (all registered styles by default), built once per tuple."""
    chosen = heading_styles() if styles is None else tuple(styles)
    known = _indexes.get(id(chosen))
    if known is not None and known[0] is chosen:
        return known[1]
    index = HeadingIndex(chosen)
    with _indexes_lock:
        _indexes[id(chosen)] = (chosen, index)  # the tuple is kept, so its id stays its own
        while len(_indexes) > 16:
            del _indexes[next(iter(_indexes))]
    return index


def match_heading(line: str, styles: Iterable[HeadingStyle] | None = None) -> HeadingMatch | None:
    """Return the heading ``line`` (stripped) is written as, trying ``styles`` in order.

    Only the styles whose matches can start with the line's first character
    are tried (see :class:`HeadingIndex`); the answer is the same.

    Args:
        line: one line of text; surrounding whitespace is ignored.
        styles: the styles to try; all registered styles by default.

    Returns:
        The first match, or ``None`` for an ordinary line.
    """
    return heading_index(styles).match(line)


def numbered_style(line: str, styles: Iterable[HeadingStyle]) -> str | None:
    """The numbered style whose pattern ``line`` (stripped) fits, heading-like or not, or ``None``.

    Used to follow a list whose items are not heading-like (``1、完善认定办法；``).
    """
    return heading_index(styles).numbered(line)


# --- checks on the text after a label -------------------------------------------------

_STARTS_WITH_DATE = re.compile(
    r"(?:" + month_alternation() + r")\.?\s*[0-9]"
    r"|[0-9]{1,4}\s*[,，年]",
    re.IGNORECASE,
)
_INITIAL = re.compile(r"[A-Z]\.(?:\s|[A-Z])")
_MAX_CLOSED_CHARS = 60
_MAX_CLOSED_WORDS = 8
_OPENERS = "\"'“‘«「『([（【"


def starts_with_date(text: str) -> bool:
    """Whether ``text`` opens with a date or year: ``October 1, 1949,…``, ``12. Oktober…``, ``1988,…``."""
    return _STARTS_WITH_DATE.match(text.lstrip(_OPENERS)) is not None


def plausible_heading_text(text: str) -> bool:
    """Whether ``text``, found after a number, reads like a heading rather than a sentence or list item."""
    if len(text) > MAX_HEADING_CHARS:
        return False
    if text[-1] in ",;:，；：、":
        return False
    body = text.lstrip(_OPENERS)
    if not body:
        return False
    first = body[0]
    if (first.isalpha() and first.islower()) or first.isdigit():
        return False
    if _STARTS_WITH_DATE.match(body) or _INITIAL.match(body):
        return False
    if text[-1] in ".。" and (len(text) > _MAX_CLOSED_CHARS or len(text.split()) > _MAX_CLOSED_WORDS):
        return False  # a whole numbered sentence: a list item or numbered paragraph
    return not has_sentence_break(text)


# --- numbers written in labels ---------------------------------------------------------

_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_CHINESE_DIGITS = {
    "零": 0,
    "〇": 0,
    "一": 1,
    "二": 2,
    "两": 2,
    "三": 3,
    "四": 4,
    "五": 5,
    "六": 6,
    "七": 7,
    "八": 8,
    "九": 9,
}
_CHINESE_UNITS = {"十": 10, "百": 100}
_HANGUL_LETTERS = "가나다라마바사아자차카타파하"
"""The syllables Korean documents letter their subdivisions with, in order."""
_LABEL_NUMBER = re.compile(r"[0-9۰-۹٠-٩]+|[IVXLCDM]+|[零〇一二两三四五六七八九十百]+|[A-Za-z]", re.IGNORECASE)


def _roman_value(numeral: str) -> int | None:
    total = 0
    previous = 0
    for char in reversed(numeral.upper()):
        value = _ROMAN.get(char)
        if value is None:
            return None
        total = total - value if value < previous else total + value
        previous = max(previous, value)
    return total


def _chinese_value(numeral: str) -> int:
    total = 0
    digit = 0
    for char in numeral:
        if char in _CHINESE_UNITS:
            total += (digit or 1) * _CHINESE_UNITS[char]
            digit = 0
        else:
            digit = _CHINESE_DIGITS[char]
    return total + digit


NUMBER_WORDS: dict[str, int] = {
    word: number
    for words in (
        "one two three four five six seven eight nine ten eleven twelve",
        "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth",
        "uno due tre quattro cinque sei sette otto nove dieci undici dodici",
        "primo secondo terzo quarto quinto sesto settimo ottavo nono decimo undicesimo dodicesimo",
        "prima seconda terza quarta quinta sesta settima ottava nona decima undicesima dodicesima",
        "اول دوم سوم چهارم پنجم ششم هفتم هشتم نهم دهم یازدهم دوازدهم",  # Persian: فصل اول
        "الأول الثاني الثالث الرابع الخامس السادس السابع الثامن التاسع العاشر",  # Arabic: الفصل الأول
    )
    for number, word in enumerate(words.split(), start=1)
}
"""Numbers written as words: ``Part One``, ``Chapter Two``, ``Parte prima``, ``فصل دوم``, ``الفصل الثاني``."""

_NUMBER_WORD = "(?i:" + "|".join(sorted(NUMBER_WORDS, key=len, reverse=True)) + ")"


def label_value(label: str) -> int | None:
    """The number a label stands for: its last number, number word, Roman or Chinese numeral, or letter.

    >>> [label_value(x) for x in ("III", "(2)", "五", "十二", "1.3", "(b)", "Chapter 4", "Part Two", "")]
    [3, 2, 5, 12, 3, 2, 4, 2, None]
    """
    words = label.split()
    if words and words[-1].casefold() in NUMBER_WORDS:
        return NUMBER_WORDS[words[-1].casefold()]
    if len(label) == 1 and label in _HANGUL_LETTERS:
        return _HANGUL_LETTERS.index(label) + 1
    tokens = _LABEL_NUMBER.findall(label)
    if not tokens:
        return None
    token = tokens[-1]
    if token.isdigit():
        return int(token)
    if token[0] in _CHINESE_DIGITS or token[0] in _CHINESE_UNITS:
        return _chinese_value(token)
    if len(token) == 1 and token.islower():
        return ord(token) - ord("a") + 1
    roman = _roman_value(token) if token not in ("C", "D", "L", "M") else None  # a lone C. is a letter
    if roman is not None and token.isupper():
        return roman
    return ord(token[0].lower()) - ord("a") + 1 if len(token) == 1 else None


# --- built-in styles -----------------------------------------------------------------

NAMED_HEADINGS: dict[str, tuple[str, ...]] = {
    "en": (
        "Preface",
        "Foreword",
        "Introduction",
        "Conclusion",
        "Conclusions",
        "Concluding Remarks",
        "Closing Remarks",
        "Epilogue",
        "Afterword",
        "Postscript",
        "Abstract",
        "Summary",
        "Executive Summary",
        "Acknowledgements",
        "Acknowledgments",
        "References",
        "Bibliography",
        "Notes",
        "Endnotes",
    ),
    "it": (
        "Prefazione",
        "Presentazione",
        "Premessa",
        "Introduzione",
        "Conclusione",
        "Conclusioni",
        "Osservazioni conclusive",
        "Considerazioni finali",
        "Postfazione",
        "Sommario",
        "Riassunto",
        "Ringraziamenti",
        "Bibliografia",
        "Riferimenti",
        "Riferimenti bibliografici",
        "Note",
    ),
    "fr": (
        "Préface",
        "Avant-propos",
        "Présentation",
        "Synthèse",
        "Introduction",
        "Conclusion",
        "Conclusions",
        "Remarques finales",
        "Remarques de conclusion",
        "Postface",
        "Résumé",
        "Remerciements",
        "Bibliographie",
        "Références",
        "Notes",
    ),
    "es": (
        "Prefacio",
        "Prólogo",
        "Presentación",
        "Resumen ejecutivo",
        "Introducción",
        "Conclusión",
        "Conclusiones",
        "Observaciones finales",
        "Consideraciones finales",
        "Epílogo",
        "Resumen",
        "Agradecimientos",
        "Bibliografía",
        "Referencias",
        "Notas",
    ),
    "pt": (
        "Prefácio",
        "Apresentação",
        "Introdução",
        "Resumo",
        "Conclusão",
        "Considerações finais",
        "Referências",
        "Bibliografia",
        "Notas",
    ),
    "de": (
        "Vorwort",
        "Präambel",
        "Einleitung",
        "Einführung",
        "Fazit",
        "Schluss",
        "Schlussbemerkungen",
        "Schlussfolgerungen",
        "Zusammenfassung",
        "Literatur",
        "Literaturverzeichnis",
        "Anmerkungen",
    ),
    "ru": ("Предисловие", "Введение", "Заключение", "Литература", "Список литературы", "Примечания"),
    "zh": ("前言", "序言", "引言", "导言", "结束语", "结语", "结论", "参考文献", "注释"),
    "fa": ("مقدمه", "پیشگفتار", "نتیجه‌گیری", "منابع", "یادداشت‌ها"),
    "ar": ("مقدمة", "المقدمة", "تمهيد", "خاتمة", "الخاتمة", "الخلاصة", "المراجع", "الهوامش"),
    "nl": ("Voorwoord", "Inleiding", "Conclusie", "Conclusies", "Samenvatting", "Literatuur"),
    "pl": ("Przedmowa", "Wstęp", "Wprowadzenie", "Zakończenie", "Podsumowanie", "Wnioski", "Bibliografia"),
    "id": ("Kata Pengantar", "Pendahuluan", "Kesimpulan", "Penutup", "Ringkasan", "Daftar Pustaka"),
    "tr": ("Önsöz", "Giriş", "Sonuç", "Sonuçlar", "Özet", "Kaynakça"),
    "vi": ("Lời nói đầu", "Lời mở đầu", "Kết luận", "Tóm tắt", "Tài liệu tham khảo"),
    "ja": ("はじめに", "序論", "おわりに", "結論", "要旨", "参考文献"),
    "ko": ("머리말", "서론", "결론", "맺음말", "요약", "참고문헌"),
}
"""Headings recognised by name alone, by language; they must fill their line (a trailing ``:`` is allowed)."""

APPENDIX_WORDS: tuple[str, ...] = (
    "Appendix",
    "Appendices",
    "Annex",
    "Annexes",
    "Appendice",
    "Appendici",
    "Allegato",
    "Allegati",
    "Annexe",
    "Apéndice",
    "Anexo",
    "Anexos",
    "Anhang",
    "Anlage",
    "Anlagen",
    "Приложение",
    "附录",
    "附件",
    "پیوست",
)
"""Words that start an appendix heading, which may go on: ``Appendix: …``, ``Annex 2 — …``."""


def _alternation(words: Iterable[str]) -> str:
    return "|".join(re.escape(word) for word in sorted(set(words), key=len, reverse=True))


_NAMED_PATTERN = re.compile(
    r"(?:" + _alternation(w for ws in NAMED_HEADINGS.values() for w in ws) + r")\s*[:：]?",
    re.IGNORECASE,
)
_APPENDIX_PATTERN = re.compile(
    r"(?:" + _alternation(APPENDIX_WORDS) + r")"
    r"(?:\s*(?:[0-9]{1,2}|[IVX]{1,4}|[A-Z])\b)?"
    r"(?:\s*[:：.\-–—]\s*\S.*)?",
    re.IGNORECASE,
)
_CN = "零〇一二两三四五六七八九十百"

_NUMBERING = rf"(?:[0-9۰-۹٠-٩]{{1,3}}|[IVXLC]{{1,7}}|[A-Z]|{_NUMBER_WORD})\b"
_KEYWORD_TAIL = r"\s*[.:：\-–—]?\s*(?P<text>.*)"


def _cased(*words: str) -> str:
    """An alternation of ``words`` as written and in capitals: covers print labels in capitals
    (``CAPÍTULO II``, ``ГЛАВА 1``, ``PARTIE 2``) in every language the list reads."""
    return _alternation(form for word in words for form in (word, word.upper()))


_PART_WORDS = _cased(
    "Part",
    "Parte",
    "Partie",
    "Teil",
    "Часть",
    "Частина",
    "Deel",
    "Część",
    "Část",
    "Partea",
    "Rész",
    "Kısım",
    "Phần",
    "Bagian",
    "Μέρος",
    "بخش",
    "الباب",
)
_CHAPTER_WORDS = _cased(
    "Chapter",
    "Capitolo",
    "Chapitre",
    "Capítulo",
    "Kapitel",
    "Глава",
    "Розділ",
    "Hoofdstuk",
    "Rozdział",
    "Kapitola",
    "Capitolul",
    "Fejezet",
    "Bölüm",
    "Chương",
    "Bab",
    "Κεφάλαιο",
    "فصل",
    "الفصل",
)
_SECTION_WORDS = _cased("Section", "Sezione", "Sección", "Abschnitt")

_BUILTIN: tuple[tuple[str, str | re.Pattern[str], int, dict[str, bool]], ...] = (
    # name, pattern, level, options
    # Markdown headings (``#`` to ``######``, a space, the text, optional closing marks), as PDF and
    # HTML converters write them.
    ("markdown", r"(?P<label>#{1,6})[ \t]+(?P<text>.*?)(?:[ \t]+#+)?", 1, {"markup": True}),
    ("named", _NAMED_PATTERN, 1, {"named": True}),
    ("appendix", _APPENDIX_PATTERN, 1, {"named": True}),
    (
        "part",
        rf"(?P<label>(?:{_PART_WORDS})\s+{_NUMBERING}){_KEYWORD_TAIL}",
        1,
        {"allow_empty": True},
    ),
    (
        "chapter",
        rf"(?P<label>(?:{_CHAPTER_WORDS})"
        rf"\s+{_NUMBERING})" + _KEYWORD_TAIL,
        2,
        {"allow_empty": True},
    ),
    (
        "section",
        rf"(?P<label>(?:{_SECTION_WORDS})\s+{_NUMBERING}){_KEYWORD_TAIL}",
        3,
        {"allow_empty": True},
    ),
    (
        "chinese_chapter",
        rf"(?P<label>第[{_CN}0-9]+[章篇部])\s*[:：、.]?\s*(?P<text>.*)",
        1,
        {"allow_empty": True},
    ),
    (
        "chinese_section",
        rf"(?P<label>第[{_CN}0-9]+[节節])\s*[:：、.]?\s*(?P<text>.*)",
        2,
        {"allow_empty": True},
    ),
    (
        "korean_chapter",
        r"(?P<label>제\s?[0-9]{1,2}\s?[장편부])\s*[:：.]?\s*(?P<text>.*)",
        1,
        {"allow_empty": True},
    ),
    ("korean_section", r"(?P<label>제\s?[0-9]{1,2}\s?절)\s*[:：.]?\s*(?P<text>.*)", 2, {"allow_empty": True}),
    (
        "roman",
        r"(?!(?:[CDLM])[.．])(?![IVX][.．]\s*[A-Z][a-z]+,)(?=[IVXLCDM])"
        r"(?P<label>M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3}))"
        r"(?:[.．]\s+|[.．](?=[A-Z])|、\s*)(?P<text>.+)",
        1,
        {},
    ),
    ("chinese", rf"(?P<label>[{_CN}]{{1,4}})(?:、|[.．]\s*)(?P<text>.+)", 1, {}),
    # Western, Persian and Arabic-Indic digits; a bare Persian number before a word (``۳ منطقه``) is no label.
    ("arabic", r"(?P<label>[0-9۰-۹٠-٩]{1,2})(?:[.．]\s+|、\s*)(?P<text>.+)", 1, {}),
    ("number", r"(?P<label>[0-9]{1,2})\s+(?P<text>\S.*)", 1, {"sequential": True}),
    ("decimal", r"(?P<label>[0-9]{1,2}(?:\.[0-9]{1,2}){1,3})\.?\s+(?P<text>.+)", 2, {"rank_by_depth": True}),
    ("parenthesised", r"(?P<label>[(（][0-9]{1,2}[)）])\s*(?P<text>.+)", 2, {}),
    ("parenthesised_chinese", rf"(?P<label>[(（][{_CN}]{{1,4}}[)）])\s*(?P<text>.+)", 2, {}),
    ("lettered", r"(?P<label>[(（][a-z][)）]|[a-z]\))\s+(?P<text>.+)", 3, {}),
    # ``A. Background``: capital letters under a Roman or chapter heading (UN, French, Spanish reports).
    # ``I.``, ``V.``, ``X.`` are read as Roman numerals first; an initial with a surname is rejected.
    (
        "capital_lettered",
        # Not an initial before a surname (``I. Rossi, …``) or a first name and surname and a
        # verb (``C. Wright Mills wrote …``); so ``B. Social Protection in Africa`` is left too.
        r"(?![A-Z][.．]\s*[A-Z][a-z]+,)(?![A-Z][.．]\s*[A-Z][a-z]+\s+[A-Z][a-z]+\s+[a-z])"
        r"(?P<label>[A-Z])[.．]\s+(?P<text>.+)",
        2,
        {"sequential": True},  # only in a run A, B, C…: ``C. Wright Mills wrote …`` alone is prose
    ),
    # ``1° Les familles``, ``2º …``: ordinal numbers, the subdivision of French, Italian, Spanish and
    # Portuguese legal and administrative texts.
    ("ordinal", r"(?P<label>[0-9]{1,2}[°º])\s*(?P<text>.+)", 3, {}),
    # ``가. 빈곤율의 변화``: Korean documents letter subdivisions with the syllables 가, 나, 다…
    ("korean_lettered", rf"(?P<label>[{_HANGUL_LETTERS}])[.．)]\s*(?P<text>.+)", 3, {}),
)

for _name, _pattern, _level, _options in _BUILTIN:
    register_heading_style(_name, _pattern, _level, **_options)
