"""Turn a body text into a tree of sections: headings, paragraphs and table placeholders.

Every non-blank line is exactly one of: a heading (it opens a section), a table
placeholder (a :class:`~povcorpus.model.Table` of the current section) or a
paragraph. Paragraph spans map back exactly: ``text[p.start:p.end] == p.text``,
the line without its surrounding whitespace. Lines before the first heading go
into a level-0 section with an empty label and heading.

A numbered line right after a line ending in ``:`` starts a list, not a
section, and so do the following lines of the same numbering style. A table of
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

from povcorpus.model import Paragraph, Section, Table
from povcorpus.structure._lines import Line, split_lines
from povcorpus.structure._nesting import assign_parents
from povcorpus.structure.headings import HeadingMatch, HeadingStyle, heading_styles, match_heading
from povcorpus.structure.tables import match_table
from povcorpus.structure.toc import find_toc

__all__ = ["parse_sections"]

_LIST_INTRO = (":", "：")


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
    lines = split_lines(text)
    toc = find_toc(lines, chosen)
    toc_lines = {line.index for line in toc.lines} if toc else set()

    root = _Open(heading=None, line=None)
    nodes: list[_Open] = [root]
    headings: list[HeadingMatch] = []
    heading_nodes: list[int] = []
    current = root
    list_style: str | None = None
    list_pending = False

    for line in lines:
        heading: HeadingMatch | None = None
        if toc is not None and line.index == toc.keyword.index:
            heading = HeadingMatch("toc", "", line.text, 1, None, named=True)
        elif line.index not in toc_lines:
            table = match_table(line.text)
            if table is not None:
                current.items.append(Table(label=table[0], caption=table[1], start=line.start, end=line.end))
                list_style, list_pending = None, False
                continue
            heading = match_heading(line.text, chosen)
            if heading is not None and not heading.named and (list_pending or list_style == heading.style):
                list_style, heading = heading.style, None
            else:
                list_style = None
        if heading is None:
            current.items.append(Paragraph(text=line.text, start=line.start, end=line.end))
            list_pending = line.text.endswith(_LIST_INTRO)
            continue
        list_pending = False
        current = _Open(heading=heading, line=line)
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
