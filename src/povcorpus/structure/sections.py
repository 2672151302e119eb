"""Turn a body text into a tree of sections: headings, paragraphs and table placeholders.

Every non-blank line is exactly one of: a heading (it opens a section), a table
placeholder (a :class:`~povcorpus.model.Table` of the current section) or a
paragraph. Paragraph spans map back exactly: ``text[p.start:p.end] == p.text``,
the line without its surrounding whitespace. Lines before the first heading go
into a level-0 section with an empty label and heading.

A numbered line right after a line ending in ``:`` starts a list, not a
section, and so do the following lines of the same numbering style (also
when an item is not heading-like, such as ``1、完善认定办法；``). A table of
contents (see :mod:`povcorpus.structure.toc`) still in the text becomes one
section headed by its keyword line, with the entries as paragraphs, instead of
a run of empty sections; :func:`~povcorpus.structure.extract_structure` removes
it from the text before parsing.

The result depends only on the text and the styles, so parsing again after
cleaning rebuilds the same outline over the new offsets.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import define, field

from povcorpus._lines import Line, split_lines
from povcorpus.model import Paragraph, Section, Table
from povcorpus.structure._nesting import assign_parents
from povcorpus.structure.headings import HeadingMatch, HeadingStyle, heading_index, heading_styles
from povcorpus.structure.tables import TABLE_OPENERS, match_table
from povcorpus.structure.toc import TocBlock, find_toc

__all__ = ["line_headings", "parse_lines", "parse_sections"]

_LIST_INTRO = (":", "：")
_FENCES = ("```", "~~~")


@define
class _Open:
    heading: HeadingMatch | None
    line: Line | None
    items: list[Paragraph | Table] = field(factory=list)
    children: list[int] = field(factory=list)


def _freeze(nodes: list[_Open], index: int, level: int) -> Section:
    node = nodes[index]
    paragraphs = [item for item in node.items if isinstance(item, Paragraph)]
    tables = [item for item in node.items if isinstance(item, Table)]
    if node.line is not None:
        start = node.line.start
        end = node.items[-1].end if node.items else node.line.end
    else:
        start = node.items[0].start if node.items else 0
        end = node.items[-1].end if node.items else 0
    return Section(
        label=node.heading.label if node.heading else "",
        heading=node.heading.heading if node.heading else "",
        level=level,
        paragraphs=paragraphs,
        tables=tables,
        children=[_freeze(nodes, child, level + 1) for child in node.children],
        start=start,
        end=end,
    )


def parse_sections(text: str, styles: Sequence[HeadingStyle] | None = None) -> tuple[Section, ...]:
    """Parse ``text`` into its top-level sections (each holding its subsections).

    Args:
        text: the body text; blank lines separate nothing more than line breaks do.
        styles: the heading styles to try, in order; all registered styles by default.

    Returns:
        The top-level sections in document order, starting with a level-0 section
        when text comes before the first heading; ``()`` for blank text.

    >>> [s.label or s.heading for s in parse_sections("Preface\\nWhy.\\n1. Goals\\n(1) Roads\\nBuilt.")]
    ['Preface', '1']
    """
    chosen = heading_styles() if styles is None else tuple(styles)
    lines = split_lines(text, blank=False)
    return parse_lines(lines, chosen, find_toc(lines, chosen))


def line_headings(
    lines: Sequence[Line],
    styles: Sequence[HeadingStyle],
    cache: dict[str, HeadingMatch | None] | None = None,
) -> list[HeadingMatch | None]:
    """How each line reads as a heading on its own, before list and run checks; memoised in ``cache``."""
    return heading_index(styles).match_all([line.text for line in lines], cache)


def _confirm_runs(matches: list[HeadingMatch | None]) -> None:
    """Drop matches of sequential styles that are not in a run numbered 1, 2… (or followed by ``1.1``)."""
    candidates = [i for i, m in enumerate(matches) if m is not None and m.sequential]
    if not candidates:
        return
    accepted: set[int] = set()
    run: list[int] = []

    def close(run: list[int]) -> None:
        if len(run) >= 2:
            accepted.update(run)
        elif run:
            head = matches[run[0]]
            prefix = f"{head.label}." if head is not None else ""
            after = (m for m in matches[run[0] + 1 :] if m is not None and not m.sequential)
            if any(m.label.startswith(prefix) for m in after):
                accepted.update(run)

    for index in candidates:
        value = matches[index].value  # type: ignore[union-attr]
        if run and value == matches[run[-1]].value + 1:  # type: ignore[operator,union-attr]
            run.append(index)
        elif value == 1:
            close(run)
            run = [index]
    close(run)
    for index in candidates:
        if index not in accepted:
            matches[index] = None


def parse_lines(
    lines: Sequence[Line],
    styles: Sequence[HeadingStyle],
    toc: TocBlock | None,
    cache: dict[str, HeadingMatch | None] | None = None,
) -> tuple[Section, ...]:
    """:func:`parse_sections` over lines already split, with the table of contents already found.

    ``cache`` maps a line's text to its heading match, so a caller parsing the
    same lines twice (before and after removing some) matches each line once.
    """
    toc_lines = {line.index for line in toc.lines} if toc else set()
    toc_keyword = toc.keyword.index if toc is not None else -1
    matches = line_headings(lines, styles, cache)
    _confirm_runs(matches)
    numbered = heading_index(styles).numbered

    root = _Open(heading=None, line=None)
    nodes: list[_Open] = [root]
    headings: list[HeadingMatch] = []
    heading_nodes: list[int] = []
    items = root.items
    list_style: str | None = None
    list_pending = False
    fenced = False  # inside a Markdown code fence (```), where no line is a heading

    for line in lines:
        index = line.index
        text = line.text
        heading: HeadingMatch | None = None
        fence = text.startswith(_FENCES)
        if fence or fenced:
            fenced = fenced != fence  # a fence line opens or closes the block
            items.append(Paragraph(text, line.start, line.end))
            continue
        if index == toc_keyword:
            heading = HeadingMatch("toc", "", text, 1, None, named=True)
        elif index not in toc_lines:
            table = match_table(text) if text[:1] in TABLE_OPENERS else None
            if table is not None:
                items.append(Table(label=table[0], caption=table[1], start=line.start, end=line.end))
                list_style, list_pending = None, False
                continue
            heading = matches[index]
            if (
                heading is not None
                and not heading.named
                and not heading.markup
                and (list_pending or list_style == heading.style)
            ):
                list_style, heading = heading.style, None
            elif heading is None and (list_pending or list_style is not None):
                list_style = numbered(text)
            else:
                list_style = None
        if heading is None:
            items.append(Paragraph(text, line.start, line.end))
            list_pending = text.endswith(_LIST_INTRO)
            continue
        list_pending = False
        current = _Open(heading=heading, line=line)
        items = current.items
        nodes.append(current)
        headings.append(heading)
        heading_nodes.append(len(nodes) - 1)

    top: list[int] = [0] if root.items else []
    for position, parent in enumerate(assign_parents(headings)):
        node = heading_nodes[position]
        if parent is None:
            top.append(node)
        else:
            nodes[heading_nodes[parent]].children.append(node)
    return tuple(_freeze(nodes, index, 0 if index == 0 else 1) for index in top)
