"""The units compared at paragraph level: what one paragraph of a document is."""

from __future__ import annotations

from attrs import frozen

from povcorpus.model import Document

__all__ = ["Span", "paragraph_spans"]


@frozen
class Span:
    """One paragraph of a document: its text and where it lies in ``Document.text``."""

    index: int
    """Position among the document's paragraphs, counting from 0."""
    start: int
    end: int
    text: str


def paragraph_spans(doc: Document) -> list[Span]:
    """The paragraphs of ``doc``, in order.

    When the document has an outline (``doc.sections``), its paragraphs are the
    sections' paragraphs (headings and tables are not paragraphs); otherwise one
    paragraph is one line of ``doc.text`` that is not blank.
    """
    spans: list[Span] = []
    if doc.sections:
        for section in doc.all_sections():
            for paragraph in section.paragraphs:
                if paragraph.text.strip():
                    spans.append(Span(len(spans), paragraph.start, paragraph.end, paragraph.text))
        return spans
    position = 0
    for line in doc.text.split("\n"):
        if line.strip():
            spans.append(Span(len(spans), position, position + len(line), line))
        position += len(line) + 1
    return spans
