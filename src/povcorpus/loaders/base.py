"""The loader protocol, the loader registry and the helper that builds documents.

A loader is a callable ``(file: TextFile) -> Iterator[Document]``. It reads
``file.lines()`` lazily and builds each document with :func:`make_document`,
which computes the stable id and the origin, so every loader, built-in or
plugin, gives documents of the same shape. A record it cannot parse goes to
:func:`skip_record`, which raises it (``load``) or reports it and lets the
loader go on with the next record (the corpus runner).
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterator, Sequence
from typing import Protocol, TypeVar, runtime_checkable

import attrs

from povcorpus._decode import FileLine, TextFile
from povcorpus.edits import replace_spans
from povcorpus.errors import FormatError
from povcorpus.model import Document, Edit, Metadata, Origin
from povcorpus.registry import Registry

__all__ = [
    "Loader",
    "loader_registry",
    "make_document",
    "make_id",
    "record_from_lines",
    "register_loader",
    "skip_record",
]


@runtime_checkable
class Loader(Protocol):
    """Turns one decoded file into documents, lazily."""

    def __call__(self, file: TextFile) -> Iterator[Document]: ...


loader_registry: Registry[Loader] = Registry("loader", "povcorpus.loaders")
"""Every format by name; plugins come from the ``povcorpus.loaders`` entry points."""

L = TypeVar("L")


def register_loader(name: str, *, replace: bool = False) -> Callable[[L], L]:
    """Register a loader function, or a class whose instances are loaders, as format ``name``.

    >>> from povcorpus.loaders import register_loader, make_document
    >>> @register_loader("one-per-line-demo")
    ... def one_per_line(file):
    ...     for index, line in enumerate(file.lines()):
    ...         yield make_document(file, index, [line], format="one-per-line-demo")

    Raises:
        NameClashError: the name is taken (both sides are named).
    """

    def register(item: L) -> L:
        loader = item() if isinstance(item, type) else item
        if not callable(loader):
            msg = f"loader {name!r} must be callable as loader(file) -> Iterator[Document]"
            raise TypeError(msg)
        origin = f"{getattr(item, '__module__', '?')}.{getattr(item, '__qualname__', repr(item))}"
        loader_registry.register(name, loader, origin=origin, replace=replace)
        return item

    return register


def skip_record(file: TextFile, line: int, reason: str) -> None:
    """Report the bad record at ``line`` of ``file``; the loader then goes on with the next one.

    Raises:
        FormatError: when nobody listens (``file.on_bad_record`` is ``None``), as :func:`povcorpus.load` does.
    """
    error = FormatError(f"line {line} of {file.name}: {reason}", file.name, line)
    if file.on_bad_record is None:
        raise error
    file.on_bad_record(error)


def make_id(file_name: str, index: int, raw: str) -> str:
    """A stable id: file stem, record index and 10 hex digits of a BLAKE2 hash of ``raw``.

    >>> make_id("000_corpus", 3, "Il villaggio")  # doctest: +ELLIPSIS
    '000_corpus-0003-...'
    """
    digest = hashlib.blake2b(raw.encode("utf-8", "surrogatepass"), digest_size=5).hexdigest()
    return f"{file_name}-{index:04d}-{digest}"


def record_from_lines(lines: Sequence[FileLine]) -> tuple[str, int, int, int, int, tuple[Edit, ...]]:
    """Join consecutive lines into ``(raw, line_start, line_end, char_start, char_end, decode_edits)``."""
    first, last = lines[0], lines[-1]
    raw = "\n".join(line.text for line in lines)
    decode_edits: list[Edit] = []
    for line in reversed(lines):
        shift = line.start - first.start
        decode_edits.extend(
            Edit(edit.start + shift, edit.end + shift, edit.before, edit.after, edit.rule, edit.field)
            for edit in line.replaced
        )
    return raw, first.number, last.number, first.start, last.end, tuple(decode_edits)


def _strip_outer_space(text: str) -> tuple[str, tuple[Edit, ...]]:
    """``text`` without its outer whitespace, and the ``loader.strip`` edits (right to left).

    Written out rather than through :func:`replace_spans` so that a huge one-line record is
    copied once, not three times.
    """
    end = len(text)
    while end and text[end - 1].isspace():
        end -= 1
    lead = 0
    while lead < end and text[lead].isspace():
        lead += 1
    if lead == 0 and end == len(text):
        return text, ()
    edits = []
    if end < len(text):
        edits.append(Edit(start=end, end=len(text), before=text[end:], after="", rule="loader.strip"))
    if lead:
        edits.append(Edit(start=0, end=lead, before=text[:lead], after="", rule="loader.strip"))
    return text[lead:end], tuple(edits)


def make_document(
    file: TextFile,
    index: int,
    lines: Sequence[FileLine],
    *,
    format: str,
    title: str | None = None,
    remove: Sequence[tuple[int, int, str]] = (),
    metadata: Metadata | None = None,
) -> Document:
    """Build the document of one record made of consecutive ``lines``.

    ``raw`` is the lines joined by ``\\n``. The body ``text`` is ``raw`` with
    its outer whitespace stripped and the ``(start, end, rule)`` spans of
    ``remove`` (offsets in ``raw``) cut out, each recorded as an edit, so
    undoing the edits gives ``raw`` back.
    """
    raw, line_start, line_end, char_start, char_end, decode_edits = record_from_lines(lines)
    text, edits = raw, list(decode_edits)
    for start, end, rule in sorted(remove, reverse=True):
        text, step = replace_spans(text, [(start, end, "")], rule)
        edits.extend(step)
    text, step = _strip_outer_space(text)
    edits.extend(step)
    origin = Origin(
        path=file.name,
        line_start=line_start,
        line_end=line_end,
        char_start=char_start,
        char_end=char_end,
        format=format,
        encoding=file.encoding,
        index=index,
    )
    if edits:
        edits = [edit if edit.step else attrs.evolve(edit, step="loader") for edit in edits]
    return Document(
        id=make_id(file.stem, index, raw),
        title=title,
        text=text,
        raw=raw,
        origin=origin,
        metadata=metadata or Metadata(),
        edits=tuple(edits),
    )
