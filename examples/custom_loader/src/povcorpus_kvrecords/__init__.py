"""A povcorpus loader for ``kv-records`` files: ``---``-separated records with ``key: value`` headers.

A file looks like this::

    title: Una cooperativa nel Tibet
    date: 2021-03-10
    source: CRI

    Una cooperativa per alleviare la povertà è stata fondata …
    ---
    title: The next record
    …

Rules:

* A line holding only ``---`` separates records; it belongs to no record.
* The ``key: value`` lines at the top of a record are its header. The header
  ends at the first line that is not ``key: value`` (usually a blank line).
  Keys are case-insensitive words (letters, digits, ``_``, ``-``).
* ``title`` becomes ``Document.title``; ``source``, ``editor`` and ``url``
  fill the :class:`~povcorpus.Metadata` fields of the same name; ``date``
  fills ``Metadata.date`` when it is an ISO date (``2021-03-10``) and is kept
  as text in ``Metadata.extra["date"]`` otherwise; every other key goes to
  ``Metadata.extra`` as a string.
* The header leaves the body ``text`` as one edit (rule
  ``kv-records.header``) and stays in ``raw``, so nothing is lost.
* A record with no header is still a document; blank records are skipped.

The package registers :func:`load_kv_records` through the ``povcorpus.loaders``
entry point (see ``pyproject.toml``), so after ``pip install`` it is used by
name: ``povcorpus.load(path, format="kv-records")``. Like every plugin format
it is never chosen by ``format="auto"``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from povcorpus import Document, Metadata, TextFile, make_document
from povcorpus.loaders import FileLine

__all__ = ["FORMAT", "HEADER_LINE", "SEPARATOR", "load_kv_records"]

FORMAT = "kv-records"
"""The format name, as registered in ``pyproject.toml``."""

SEPARATOR = re.compile(r"^---[ \t]*$")
"""A line that ends one record and starts the next."""

HEADER_LINE = re.compile(r"^(?P<key>[A-Za-z][\w-]{0,39})[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$")
"""A ``key: value`` header line."""


def load_kv_records(file: TextFile) -> Iterator[Document]:
    """Yield one document per ``---``-separated record of ``file``, lazily.

    Args:
        file: the decoded input file; its lines are read one at a time.

    Yields:
        Documents whose ``raw`` is the record (header included), whose ``text``
        is the body, and whose ``origin.format`` is ``"kv-records"``.
    """
    index = 0
    pending: list[FileLine] = []
    for line in file.lines():
        if SEPARATOR.match(line.text):
            document = _record(file, index, pending)
            if document is not None:
                yield document
                index += 1
            pending = []
        elif pending or line.text.strip():
            pending.append(line)  # blank lines before a record belong to no record
    document = _record(file, index, pending)
    if document is not None:
        yield document


def _record(file: TextFile, index: int, lines: list[FileLine]) -> Document | None:
    """Build the document of one record, or ``None`` when it holds only blank lines."""
    while lines and not lines[-1].text.strip():
        lines.pop()
    if not lines:
        return None
    header: dict[str, str] = {}
    count = 0
    for line in lines:
        match = HEADER_LINE.match(line.text)
        if match is None:
            break
        header[match.group("key").lower()] = match.group("value")
        count += 1
    remove: list[tuple[int, int, str]] = []
    if count:
        base = lines[0].start
        end = lines[count].start - base if count < len(lines) else lines[-1].end - base
        remove.append((0, end, f"{FORMAT}.header"))
    return make_document(
        file,
        index,
        lines,
        format=FORMAT,
        title=header.pop("title", None) or None,
        remove=remove,
        metadata=_metadata(header),
    )


def _metadata(header: dict[str, str]) -> Metadata:
    """Map the header keys other than ``title`` onto :class:`Metadata`."""
    source, editor, url = (header.pop(name, "") or None for name in ("source", "editor", "url"))
    date: dt.date | None = None
    text = header.get("date")
    if text is not None:
        try:
            date = dt.date.fromisoformat(text)
        except ValueError:
            pass  # not ISO: it stays in extra["date"] as written
        else:
            del header["date"]
    return Metadata(date=date, source=source, editor=editor, url=url, extra=header)
