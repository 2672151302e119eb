"""Header lines above the first heading: the title, a date line and the issuing bodies.

Only the lines before the first heading (or table of contents) are looked at.

* **Title**: the most title-like line of the header. A line marked
  ``Full Text:`` / ``全文：`` (or ending in ``(Full Text)`` / ``（全文）``) wins;
  the mark is stripped and kept in ``extra["title_prefix"]`` or
  ``extra["title_suffix"]``. Otherwise, when the header has a date line such as
  ``(April 2021)``, the title is the nearest title-like line above it that does
  not name an issuing body (this skips scraped chrome such as ``Homepage >>
  Recommended news`` when it is still there, and an issuer between title and
  date); otherwise the first line that is not a credit line (``Release time:
  …``, ``Editor: …``) is the title if it reads like one: short, no sentence
  end, no trailing ``.``, ``:``, ``,`` or ``;``, and more text follows.
* **Date line**: a line holding only a date, bracketed or not, directly under
  the title (``(April 2021)``, ``2021-04-06``, ``(2021年4月)``), parsed with
  :func:`povcorpus._dates.parse_date`.
* **Issuer lines**: short title-case lines without digits directly under the
  title and date (``People's Republic of China`` / ``State Council Information
  Office``), only when a heading or table of contents follows them, so that a
  news article's byline or first short paragraph is never taken for one. A
  line directly above the title is an issuer too when it names a body
  (:func:`is_issuer_name`: ``The State Council Information Office of …``,
  ``Ministero del Lavoro …``, ``中华人民共和国国务院新闻办公室``).

Credit lines are left alone here: the boilerplate step parses and removes them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from attrs import frozen

from povcorpus._dates import ParsedDate, month_alternation, parse_date
from povcorpus._labels import credit_labels
from povcorpus._lines import Line
from povcorpus.structure._lines import has_sentence_break, match_key
from povcorpus.structure.headings import starts_with_date
from povcorpus.structure.toc import is_toc_keyword

__all__ = ["Header", "find_header", "is_issuer_name", "parse_date_line", "split_title_mark"]

_CREDIT = re.compile(
    "(?:" + "|".join(label for labels in credit_labels().values() for label in labels) + r")\s*[:：]",
    re.IGNORECASE,
)
_BRACKETS = "()（）[]【】"
_MONTHS = re.compile(month_alternation(), re.IGNORECASE)
_DATE_RESIDUE = re.compile(
    r"(?:[\s0-9۰-۹٠-٩.,/\-年月日º°]|(?<=[0-9])(?:st|nd|rd|th|er)\b|\b(?:of|de|del|di)\b)+", re.I
)
_END_PUNCTUATION = ".;:,，；：。、।॥۔؛،։።။"
"""Marks a title never ends with: full stops, commas and colons, also of Devanagari (``।``), Urdu
(``۔``), Arabic (``؛ ،``), Armenian, Ethiopic and Burmese text: a line ending so is a sentence."""
_MAX_DATE_CHARS = 40  # "Wednesday, 16 September 2021" and more fit; a paragraph is never read
_MAX_TITLE_CHARS = 200
_MAX_ISSUER_CHARS = 100


@frozen
class Header:
    """What the header lines hold, and which lines they are."""

    title: Line | None = None
    title_text: str | None = None
    """The title without a ``Full Text:`` mark."""
    title_prefix: str = ""
    """The mark stripped from the start of the title line (``Full Text:``), or ``""``."""
    title_suffix: str = ""
    """The mark stripped from the end of the title line (``（全文）``), or ``""``."""
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
    if not inner or len(inner) > _MAX_DATE_CHARS or _DATE_RESIDUE.sub("", _MONTHS.sub("", inner)):
        return None
    return parse_date(inner)


_TITLE_PREFIX = re.compile(
    r"(?:Full[\s-]+Text|Testo\s+integrale|Testo\s+completo|Texte\s+intégral|全文)\s*[:：]\s*(?=\S)"
    r"|#[ \t]+(?=\S)",  # a Markdown title, ``# Title``
    re.I,
)
_TITLE_SUFFIX = re.compile(
    r"\s*(?:[(（]\s*(?:Full[\s-]+Text|Testo\s+integrale|全文)\s*[)）]|[:：]\s*Full[\s-]+Text)$", re.I
)


_SUFFIX_ENDS = frozenset(")）tT")
"""The characters a :data:`_TITLE_SUFFIX` match can end with."""


def split_title_mark(line: str) -> tuple[str, str, str]:
    """Split a ``Full Text:`` mark off a title line: ``(prefix, title, suffix)``.

    >>> split_title_mark("Full Text: China's Epic Journey from Poverty to Prosperity")
    ('Full Text:', "China's Epic Journey from Poverty to Prosperity", '')
    >>> split_title_mark("《人类减贫的中国实践》白皮书（全文）")
    ('', '《人类减贫的中国实践》白皮书', '（全文）')
    """
    prefix = _TITLE_PREFIX.match(line)
    head = prefix.group().strip() if prefix else ""
    rest = line[prefix.end() :] if prefix else line
    # A suffix ends the line (or comes just before its last line break) with ")", "）" or
    # "Text": any other last character rules it out without a search over the whole line.
    last = rest[-2:-1] if rest.endswith("\n") else rest[-1:]
    if last not in _SUFFIX_ENDS:
        return head, rest, ""
    suffix = _TITLE_SUFFIX.search(rest)
    if suffix is None or suffix.start() == 0:
        return head, rest, ""
    return head, rest[: suffix.start()], suffix.group().strip()


_ISSUER_EN = re.compile(
    r"(?:Office|Council|Ministry|Commission|Department|Government|Administration|Bureau|Agency|Committee"
    r"|Congress|Secretariat|Embassy|Republic|Assembly|Institute|Foundation|Bank|Organi[sz]ation|Programme"
    r"|Nations|Union|Group|Leading Group|Cabinet|Parliament|Authority|Centre|Center)$",
    re.IGNORECASE,  # ``UNITED NATIONS DEVELOPMENT PROGRAMME``: a cover prints names in capitals
)
_ISSUER_IT = re.compile(
    r"(?:(?:Il|La|Lo|L['’])\s*)?(?:Ufficio|Ministero|Consiglio|Presidenza|Commissione|Dipartimento|Governo"
    r"|Agenzia|Repubblica|Istituto|Camera|Senato|Ambasciata|Regione|Comune|Banca|Fondazione)\b"
)
_ISSUER_OPENING = re.compile(
    r"(?:(?:Le|La|Les|L['’]|El|Los|O|A|Die|Der|Das)\s*)?"
    r"(?:Minist[eèé]re|Ministerio|Ministério|Gouvernement|Gobierno|Governo|R[eé]publique|Rep[uú]blica"
    r"|Secr[eé]tariat|Secretar[ií]a|Pr[eé]sidence|Presidencia|Presidência|Conseil|Consejo|Conselho"
    r"|Commissariat|Haut-Commissariat|Comisi[oó]n|Comissão|Commission|Institut|Instituto|Agence|Agencia|Agência"
    r"|Direction|Direcci[oó]n|Direção|Fundación|Fundação|Fondation|Banco|Banque"
    r"|(?:Bundes|Landes|Staats)?(?:ministerium|regierung|kanzleramt|amt|agentur|anstalt|institut|bank)"
    r"|Министерство|Правительство|Администрация|Департамент|Комитет|Совет|Аппарат|Агентство|Институт"
    r"|Комиссия|Банк)\b",
    re.IGNORECASE,
)
"""French, Spanish, Portuguese, German and Russian bodies open with their kind, as Italian ones
do: ``Ministère des Solidarités``, ``GOBIERNO DE ESPAÑA``, ``Bundesministerium für …``,
``Министерство труда …``."""
_ISSUER_CJK_END = re.compile(r"[^\s，。、：:；;！？!?]{1,20}(?:省|庁|府|部|부|처|청|위원회|연구원|공단)")
"""Japanese and Korean bodies end with their kind: ``厚生労働省``, ``内閣府``, ``보건복지부``, ``통계청``."""
_ISSUER_ZH = re.compile(
    r"[^\s，。、：:；;！？!?《》“”]{2,30}(?:国务院|办公室|委员会|政府|部|局|署|总署|中心|研究院|银行|领导小组)"
)
_ISSUER_FA_AR = re.compile(
    r"(?:سازمان|وزارت|دفتر|مرکز|شورای|شورا|معاونت|اداره|ستاد|کمیته|کمیسیون|بانک|بنیاد|دولت|نهاد"
    r"|وزارة|هيئة|مجلس|الجهاز|المركز|المكتب|منظمة|البنك|اللجنة|الأمانة|مؤسسة|الحكومة|رئاسة"
    r"|جمهوری|الجمهورية|المملكة)\s"
)
"""Persian and Arabic bodies open with their kind: ``سازمان برنامه و بودجه``, ``وزارة التخطيط``."""
_OF = re.compile(r"\s+(?:of|for|on)\s+")


def is_issuer_name(text: str) -> bool:
    """Whether ``text`` names an issuing body rather than a subject.

    In English the name before ``of`` ends in a word such as ``Office`` or
    ``Ministry`` and holds no other small word; in Italian it opens with one
    (``Ministero del …``), as in Persian and Arabic (``سازمان برنامه و بودجه``); in Chinese
    it ends in one (``…新闻办公室``).

    >>> is_issuer_name("The State Council Information Office of the People's Republic of China")
    True
    >>> is_issuer_name("Poverty Alleviation in the People's Republic of China")
    False
    >>> is_issuer_name("中华人民共和国国务院新闻办公室")
    True
    """
    if not _issuer_like(text):
        return False
    if _ISSUER_ZH.fullmatch(text) or _ISSUER_CJK_END.fullmatch(text):
        return True
    if _ISSUER_IT.match(text) or _ISSUER_OPENING.match(text) or _ISSUER_FA_AR.match(text):
        return True
    head = _OF.split(text.removeprefix("The "), maxsplit=1)[0]
    if any(word[0].islower() and word not in ("and", "&") for word in head.split()):
        return False
    return _ISSUER_EN.search(head) is not None


_BREAK_HYPHENS = "-\u00ad\u2010"
"""A hyphen, a soft hyphen or U+2010 right after a letter at a line's end: a word broken there."""


def _is_credit(text: str) -> bool:
    return _CREDIT.match(text) is not None


def _title_like(text: str) -> bool:
    if len(text) > _MAX_TITLE_CHARS or len(text.split()) > 30 or text[-1] in _END_PUNCTUATION:
        return False
    if text[-1] in _BREAK_HYPHENS and text[-2:-1].isalpha():
        return False  # ``… que era inevita-``: a word broken at the line's end, the sentence goes on
    if not any(char.isalpha() for char in text) or _is_credit(text) or is_toc_keyword(text):
        return False
    first = next(char for char in text if char.isalpha())
    if first.islower() or parse_date_line(text) is not None or starts_with_date(text):
        return False
    return not has_sentence_break(text)


def _is_title_line(key: str, text: str) -> bool:
    """Whether ``text``, with or without a ``Full Text:`` mark, has the match key ``key``."""
    if match_key(text) == key:
        return True
    title = split_title_mark(text)[1]
    return title != text and match_key(title) == key  # an unmarked line's key was just compared


def _marked_title(text: str) -> bool:
    prefix, title, suffix = split_title_mark(text)
    return bool(prefix or suffix) and _title_like(title)


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
    above: list[Line] = []
    if title_removed:
        title_at = -1
    else:
        found = _find_title(header, title, more_text=len(lines) > 1)
        if found is None:
            return Header()
        title_at = found
        position = title_at - 1
        while position >= 0 and is_issuer_name(header[position].text):
            above.insert(0, header[position])
            position -= 1
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
        issuers, above = [], []
    title_line = header[title_at] if title_at >= 0 else None
    if title_line is None:
        return Header(date=date, date_line=date_line, issuers=tuple(issuers))
    prefix, title_text, suffix = split_title_mark(title_line.text)
    return Header(
        title=title_line,
        title_text=title_text,
        title_prefix=prefix,
        title_suffix=suffix,
        date=date,
        date_line=date_line,
        issuers=(*above, *issuers),
    )


def _find_title(header: list[Line], known: str | None, more_text: bool) -> int | None:
    if known is not None:
        key = match_key(known)
        return next((i for i, line in enumerate(header[:3]) if _is_title_line(key, line.text)), None)
    if not header or not more_text:
        return None
    marked = next((i for i, line in enumerate(header) if _marked_title(line.text)), None)
    if marked is not None:
        return marked
    dated = next((i for i, line in enumerate(header) if parse_date_line(line.text) is not None), None)
    if dated is not None:
        before = [i for i in range(dated) if _title_like(header[i].text)]
        subjects = [i for i in before if not is_issuer_name(header[i].text)]
        if subjects or before:
            return (subjects or before)[-1]
    first = next((i for i, line in enumerate(header) if not _is_credit(line.text)), None)
    if first is not None and _title_like(header[first].text):
        return first
    return None
