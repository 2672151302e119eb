"""``extract_structure``: move the title, date, issuers, contents and notes out of the body, then parse it.

What is removed from ``Document.text`` is recorded as edits (rules
``structure.title``, ``structure.date``, ``structure.issuer``, ``structure.toc``,
``structure.footnotes``) and stays in ``raw``. A removed line takes the blank
lines after it along, or, at the end of the text, the line break before it,
so no stack of blank lines is left behind.
"""

from __future__ import annotations

import operator
from collections.abc import Sequence

import attrs

from povcorpus._lines import Line, split_lines
from povcorpus.edits import replace_spans
from povcorpus.model import Document, Edit, Metadata
from povcorpus.structure.footnotes import (
    BRACKETED_MARKER,
    circled_markers,
    find_footnotes,
    superscript_pattern,
)
from povcorpus.structure.header import find_header, split_title_mark
from povcorpus.structure.headings import HeadingMatch, heading_styles
from povcorpus.structure.sections import parse_lines, parse_sections
from povcorpus.structure.toc import find_toc, match_toc

__all__ = ["STEP", "extract_structure"]

STEP = "structure"
"""The pipeline step whose name this module's edits carry (``Edit.step``), in a pipeline or not."""
LOADER_STEP = "loader"

_PRECISION_RANK = {"year": 0, "month": 1, "day": 2}
_new = tuple.__new__
_STEP_OF = operator.attrgetter("step")


def extract_structure(doc: Document) -> Document:
    """Find the document's title, header metadata, table of contents, footnotes and sections.

    The title the loader set (source-delimited records) is kept; its line is
    removed if still in the body (unless a loader edit already cut it). A date line under the title sets
    ``metadata.date`` (with ``extra["date_precision"]``) only when no more
    precise date is known. Issuer lines go to ``extra["issuer"]`` (a list of
    lines, top first). A ``Full Text:`` / ``（全文）`` mark on the title is stripped and
    kept in ``extra["title_prefix"]`` / ``extra["title_suffix"]``. A notes
    heading (``Notes``, ``注释``) leaves with its notes. The text is split into
    lines once; the second parse reuses the lines (shifted) and their heading
    matches. Table-of-contents entries are matched to the sections;
    those matching none are listed in ``extra["toc_unmatched"]``. Footnote
    markers in the body without a note are listed in
    ``extra["footnotes_unresolved"]``.

    A document that has sections or ``structure.*`` edits already only gets
    its sections parsed again, so running it twice changes nothing.

    Args:
        doc: the document; its ``text`` is usually already cleaned.

    Returns:
        A new document with ``sections`` set and the structural lines moved out of ``text``.
    """
    styles = heading_styles()
    text = doc.text
    if _already_structured(doc):
        return doc.evolve(sections=parse_sections(text, styles))
    lines = split_lines(text, blank=False)
    toc = find_toc(lines, styles)
    cache: dict[str, HeadingMatch | None] = {}
    first_parse = parse_lines(lines, styles, toc, cache)
    outline = [s for top in first_parse for s in top.walk() if s.level > 0]
    heading_starts = {section.start for section in outline}
    heading_indices = [line.index for line in lines if line.start in heading_starts]
    if _markdown_title(lines, heading_indices, cache):
        heading_indices = heading_indices[1:]  # ``# Title`` opens the header, not a section
    first_heading = heading_indices[0] if heading_indices else len(lines)
    header_end = min(first_heading, toc.keyword.index if toc else len(lines))
    structured = header_end < len(lines)
    last_heading = heading_indices[-1] if heading_indices else -1

    title_removed = _loader_took_title(doc)
    header = find_header(lines, header_end, doc.title, structured, title_removed=title_removed)
    notes = find_footnotes(lines, last_heading, text)

    removed: dict[int, str] = {}
    if header.title is not None:
        removed[header.title.index] = "structure.title"
    if header.date_line is not None:
        removed[header.date_line.index] = "structure.date"
    for line in header.issuers:
        removed[line.index] = "structure.issuer"
    if toc is not None:
        for line in (toc.keyword, *toc.lines):
            removed[line.index] = "structure.toc"
    if notes is not None:
        for line in notes.lines:
            removed[line.index] = "structure.footnotes"

    new_text, edits, kept = _remove_lines(text, lines, removed)
    sections = parse_lines(kept, styles, find_toc(kept, styles), cache) if edits else first_parse

    extra = dict(doc.metadata.extra)
    date = doc.metadata.date
    if header.date is not None and _more_precise(header.date.precision, doc.metadata):
        date = header.date.date
        extra["date_precision"] = header.date.precision
    if header.issuers:
        extra["issuer"] = [line.text for line in header.issuers]
    title = doc.title if doc.title is not None else header.title_text
    if title is not None:
        prefix, title, suffix = split_title_mark(title)
        prefix, suffix = prefix or header.title_prefix, suffix or header.title_suffix
        if prefix:
            extra["title_prefix"] = prefix
        if suffix:
            extra["title_suffix"] = suffix

    toc_entries = doc.toc
    if toc is not None:
        all_sections = [s for top in sections for s in top.walk()]
        toc_entries, unmatched = match_toc(toc.entries, all_sections, new_text)
        extra["toc_unmatched"] = list(unmatched)

    footnotes = doc.footnotes
    if notes is not None:
        footnotes = notes.notes
        known = {note.marker for note in footnotes}
        first = footnotes[0].marker
        if first[0] in "0123456789":
            used: list[str] = []  # bare numbers in the body cannot be told from references
        elif first[0] in "¹²³⁴⁵⁶⁷⁸⁹⁰":
            used = superscript_pattern().findall(new_text)
        elif first.startswith("["):
            # One kind of marker at a time: "[" is a literal prefix re finds fast, and a lone
            # character class scans fast too; the two together run at a tenth of the speed.
            used = BRACKETED_MARKER.findall(new_text)
        else:
            used = circled_markers(new_text)
        extra["footnotes_unresolved"] = sorted(set(used) - known, key=used.index)

    return doc.evolve(
        text=new_text,
        title=title,
        metadata=attrs.evolve(doc.metadata, date=date, extra=extra),
        sections=sections,
        toc=toc_entries,
        footnotes=footnotes,
        edits=(*doc.edits, *edits),
    )


def _markdown_title(
    lines: Sequence[Line], heading_indices: list[int], cache: dict[str, HeadingMatch | None]
) -> bool:
    """Whether the first line is the text's only level-1 Markdown heading: its title (``# Title``)."""
    if not heading_indices or heading_indices[0] != 0:
        return False
    marks = [cache.get(lines[index].text) for index in heading_indices]
    return all(
        (match is not None and match.markup and match.rank == 1) == (position == 0)
        for position, match in enumerate(marks)
    )


def _loader_took_title(doc: Document) -> bool:
    """Whether the loader already cut the title line out of the body (as source-delimited records do)."""
    if not doc.title:
        return False
    if LOADER_STEP not in map(_STEP_OF, doc.edits):
        return False
    title = doc.title.strip()
    return any(edit.step == LOADER_STEP and title in edit.before for edit in doc.edits)


def _already_structured(doc: Document) -> bool:
    # map and attrgetter walk the (often thousands of) edits in C
    return bool(doc.sections) or STEP in map(_STEP_OF, doc.edits)


def _more_precise(precision: str, metadata: Metadata) -> bool:
    if metadata.date is None:
        return True
    known = str(metadata.extra.get("date_precision", "day"))
    return _PRECISION_RANK.get(precision, 0) > _PRECISION_RANK.get(known, 2)


def _remove_lines(
    text: str, lines: Sequence[Line], removed: dict[int, str]
) -> tuple[str, tuple[Edit, ...], tuple[Line, ...]]:
    """Delete the ``removed`` lines (index → rule); return the new text, the edits and the kept lines.

    The edits run right to left, all in ``text``'s offsets. The kept lines are
    the old ones shifted to their offsets in the new text, so the new text is
    never split again.
    """
    if not removed:
        return text, (), tuple(lines)
    last_kept = next((line.index for line in reversed(lines) if line.index not in removed), -1)
    spans: list[tuple[int, int, str]] = []
    for index, rule in removed.items():
        line = lines[index]
        if index < last_kept:
            spans.append((line.line_start, lines[index + 1].line_start, rule))
        elif index > 0:
            spans.append((lines[index - 1].line_end, line.line_end, rule))
        else:
            spans.append((line.line_start, line.line_end, rule))
    spans.sort()
    # One pass over the text for every rule; each edit then gets its line's rule and this step's
    # name, built directly (attrs.evolve reads the class's fields for every copy).
    new_text, cut = replace_spans(text, [(start, end, "") for start, end, _ in spans], STEP)
    rules = {start: rule for start, end, rule in spans if end > start}
    edits = tuple(
        Edit(edit.start, edit.end, edit.before, edit.after, rules[edit.start], edit.field, STEP)
        for edit in cut
    )
    kept: list[Line] = []
    size = len(new_text)
    shift = 0
    next_span = 0
    for line in lines:
        while next_span < len(spans) and spans[next_span][1] <= line.line_start:
            shift += spans[next_span][1] - spans[next_span][0]
            next_span += 1
        index, line_text, start, end, line_start, line_end, stop = line
        if index in removed:
            continue
        # Built with tuple.__new__, in C: the named tuple's own constructor is Python code.
        kept.append(
            _new(
                Line,
                (
                    len(kept),
                    line_text,
                    start - shift,
                    end - shift,
                    line_start - shift,
                    line_end - shift,
                    min(stop - shift, size),
                ),
            )
        )
    return new_text, edits, tuple(kept)
