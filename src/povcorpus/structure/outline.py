"""``format_outline``: the section tree as indented text, for ``povcorpus inspect --tree``."""

from __future__ import annotations

from povcorpus.model import Document, Section

__all__ = ["format_outline"]


def _count(number: int, word: str, plural: str | None = None) -> str:
    return f"{number} {word}" if number == 1 else f"{number} {plural or word + 's'}"


def _shorten(text: str, width: int | None) -> str:
    if width is None or len(text) <= width:
        return text
    return text[: max(width - 1, 1)].rstrip() + "…"


def _line(section: Section, width: int | None) -> str:
    if section.level == 0:
        name = "(before the first heading)"
    else:
        name = _shorten(f"{section.label} {section.heading}".strip(), width)
    counts = [f"level {section.level}", _count(len(section.paragraphs), "paragraph")]
    if section.tables:
        counts.append(_count(len(section.tables), "table"))
    indent = "  " * max(section.level - 1, 0)
    return f"{indent}{name}  [{', '.join(counts)}]"


def format_outline(doc: Document, width: int | None = 72) -> str:
    """Render ``doc``'s title, outline, table of contents and footnotes as plain text.

    Each section is one line, indented two spaces per level below 1, with its
    label, heading (cut to ``width`` characters, ``None`` for no limit), level
    and number of paragraphs and tables.

    Args:
        doc: a document whose sections have been parsed.
        width: longest heading shown before it is cut with ``…``.

    Returns:
        The outline, one line per section, ending without a newline.
    """
    out: list[str] = []
    if doc.title:
        out.append(f"title: {doc.title}")
    if doc.metadata.date is not None:
        precision = doc.metadata.extra.get("date_precision")
        out.append(f"date: {doc.metadata.date.isoformat()}" + (f" ({precision})" if precision else ""))
    out.extend(_line(section, width) for section in doc.all_sections())
    if not doc.sections:
        out.append("(no sections)")
    if doc.toc:
        unmatched = sum(entry.section is None for entry in doc.toc)
        out.append(f"contents: {_count(len(doc.toc), 'entry', 'entries')}, {unmatched} unmatched")
    if doc.footnotes:
        out.append(f"footnotes: {' '.join(note.marker for note in doc.footnotes)}")
    return "\n".join(out)
