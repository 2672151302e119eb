"""Format ``lines``: one document per non-empty line (e.g. the Italian summaries)."""

from __future__ import annotations

from collections.abc import Iterator

from povcorpus._decode import TextFile
from povcorpus.loaders.base import make_document, register_loader
from povcorpus.model import Document

__all__ = ["load_lines"]


@register_loader("lines")
def load_lines(file: TextFile) -> Iterator[Document]:
    """Yield one document per line that has any non-space character."""
    index = 0
    for line in file.lines():
        if line.text.strip():
            yield make_document(file, index, [line], format="lines")
            index += 1
