"""Format ``text``: the whole file is one document (white papers, long articles).

Its title, table of contents, footnotes and sections are found later by
:mod:`povcorpus.structure`.
"""

from __future__ import annotations

from collections.abc import Iterator

from povcorpus._decode import TextFile
from povcorpus.loaders.base import make_document, register_loader
from povcorpus.model import Document

__all__ = ["load_text"]


@register_loader("text")
def load_text(file: TextFile) -> Iterator[Document]:
    """Yield the file as one document, or nothing when it holds only blank lines."""
    lines = list(file.lines())
    while lines and not lines[-1].text.strip():
        lines.pop()
    if any(line.text.strip() for line in lines):
        yield make_document(file, 0, lines, format="text")
