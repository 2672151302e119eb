"""Format ``source-delimited``: records ended by a line ``Source:``; first line is the title.

The ``Source:`` line may carry text (``Source: Xinhua``), which becomes
``metadata.source``. A trailing record with no ``Source:`` line is still a
document. The title line and the ``Source:`` line leave the body ``text`` as
edits (rules ``loader.title`` and ``loader.source``) and stay in ``raw``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from povcorpus._decode import FileLine, TextFile
from povcorpus.loaders.base import make_document, register_loader
from povcorpus.model import Document, Metadata

__all__ = ["SOURCE_LINE", "load_source_delimited"]

SOURCE_LINE = re.compile(r"^[ \t\u00a0]*Source[ \t]*[:：][ \t\u00a0]*(?P<value>.*?)[ \t\u00a0]*$")
"""A line that ends a record: ``Source:`` alone or followed by the source's name."""


@register_loader("source-delimited")
def load_source_delimited(file: TextFile) -> Iterator[Document]:
    """Yield one document per ``Source:``-terminated record."""
    index = 0
    pending: list[FileLine] = []
    for line in file.lines():
        if not pending and not line.text.strip():
            continue  # blank lines between records belong to no record
        pending.append(line)
        match = SOURCE_LINE.match(line.text)
        if match:
            if len(pending) > 1:
                yield _record(file, index, pending, match.group("value"))
                index += 1
            pending = []
    while pending and not pending[-1].text.strip():
        pending.pop()
    if pending:
        yield _record(file, index, pending, None)


def _record(file: TextFile, index: int, lines: list[FileLine], source: str | None) -> Document:
    body = lines[:-1] if source is not None else lines
    remove: list[tuple[int, int, str]] = []
    base = lines[0].start
    title: str | None = None
    if body:
        first = body[0]
        title = first.text.strip()
        end = first.end - base + (1 if len(lines) > 1 else 0)
        remove.append((0, end, "loader.title"))
    if source is not None:
        last = lines[-1]
        start = last.start - base - (1 if len(lines) > 1 else 0)
        start = max(start, remove[0][1] if remove else 0)
        remove.append((start, last.end - base, "loader.source"))
    metadata = Metadata(source=source or None)
    return make_document(
        file, index, lines, format="source-delimited", title=title or None, remove=remove, metadata=metadata
    )
