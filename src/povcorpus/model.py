"""The document model: frozen, slotted, fully typed records.

A :class:`Document` keeps everything it was made from: ``raw`` is the exact
slice of the decoded file, ``origin`` says where that slice lies, and
``edits`` records every change that turned ``raw`` into ``text``. Undoing the
``text`` edits in reverse order (:func:`povcorpus.edits.undo_edits`) gives
``raw`` back, so nothing is ever lost.
"""

from __future__ import annotations

import datetime as _dt
import hashlib
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias, TypeVar

import attrs
from attrs import field, frozen

from povcorpus._frozen import FrozenDict
from povcorpus._serial import from_json, to_json

__all__ = [
    "JSON",
    "Document",
    "Edit",
    "Footnote",
    "Metadata",
    "Origin",
    "Paragraph",
    "Section",
    "Table",
    "TocEntry",
]

JSON: TypeAlias = "str | int | float | bool | list[JSON] | dict[str, JSON] | None"


R = TypeVar("R", bound="Record")


def _tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _frozen_dict(value: Mapping[str, Any]) -> FrozenDict:
    return value if isinstance(value, FrozenDict) else FrozenDict(value)


class Record:
    """What every model class shares: a JSON round trip read off its attrs fields."""

    __slots__ = ()

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict; :meth:`from_dict` gives back an equal record."""
        data: dict[str, JSON] = to_json(self)
        return data

    @classmethod
    def from_dict(cls: type[R], data: Mapping[str, Any]) -> R:
        """Build a record from :meth:`to_dict` output (missing optional keys take their defaults).

        Raises:
            KeyError: a required key is missing.
        """
        return from_json(cls, data)


@frozen
class Edit(Record):
    """One change made by one rule.

    Offsets are in the text as it was *before the step* that made the edit.
    Within a step, edits are stored right to left, so replaying them in order
    reproduces the step's output and undoing them in reverse order gives its
    input back.
    """

    start: int
    """Start offset of the replaced span in the text before the step."""
    end: int
    """End offset (exclusive) of the replaced span."""
    before: str
    """The text that was there."""
    after: str
    """The text that replaced it."""
    rule: str
    """Name of the rule that made the change, e.g. ``"apostrophe"``."""
    field: str = "text"
    """Which string of the document changed: ``"text"``, ``"title"``, ``"metadata.source"``…"""
    step: str = ""
    """The pipeline step that made it (``"loader"``, ``"boilerplate"``, ``"clean"``, ``"structure"``…);
    ``""`` for edits made outside a pipeline, e.g. by :func:`~povcorpus.clean_text`."""

    def __reduce__(self) -> tuple[Any, ...]:
        # Its fields as positional arguments: a third of the time and less space than attrs'
        # state, which counts when workers send back documents holding thousands of edits.
        return (type(self), (self.start, self.end, self.before, self.after, self.rule, self.field, self.step))


@frozen
class Origin(Record):
    """Where a document came from."""

    path: str
    """The file as the user named it (POSIX separators); ``"<stream>"`` for open files."""
    line_start: int
    """First line of the record in the file, counting from 1."""
    line_end: int
    """Last line of the record (inclusive)."""
    char_start: int
    """Start of ``Document.raw`` in the decoded file (``\\r\\n`` counted as one ``\\n``)."""
    char_end: int
    """End (exclusive) of ``Document.raw`` in the decoded file."""
    format: str = "text"
    """The loader that read the record (``lines``, ``source-delimited``, ``text``, ``jsonl``…)."""
    encoding: str = "utf-8"
    """The encoding the file was decoded with."""
    index: int = 0
    """Position of the record in its file, counting from 0."""


def _unhashable(self: object) -> int:
    msg = (
        f"{type(self).__name__} is unhashable by design: its metadata holds JSON values; use doc.id as a key"
    )
    raise TypeError(msg)


@frozen(unsafe_hash=False)
class Metadata(Record):
    """Facts about a document found in its header and trailer lines."""

    date: _dt.date | None = None
    """Publication date; see ``extra["date_precision"]`` when only a month or year was given."""
    source: str | None = None
    """Publisher or agency, e.g. ``"Xinhua News Agency"``."""
    editor: str | None = None
    """Editor named in a credit line."""
    url: str | None = None
    """Address the document was scraped from, when known."""
    extra: Mapping[str, Any] = field(factory=FrozenDict, converter=_frozen_dict)
    """Anything else, JSON-ready: language shares, removed chrome, date precision…

    Read-only (a :class:`~povcorpus._frozen.FrozenDict`, its lists made tuples):
    build a new one with ``attrs.evolve(metadata, extra={**metadata.extra, "k": v})``."""

    __hash__ = _unhashable


@frozen
class Paragraph(Record):
    """One paragraph of a section, with its span in ``Document.text``."""

    text: str
    start: int
    """Offset of the paragraph in ``Document.text``."""
    end: int
    language: str | None = None
    """Set only where the paragraph's language differs from its document's."""


@frozen
class Table(Record):
    """A table placeholder such as ``(Table 1. East-west aid pair-ups)``."""

    label: str
    """The table's number as written, e.g. ``"1"``."""
    caption: str
    """The caption without the label."""
    start: int
    """Offset of the placeholder in ``Document.text``."""
    end: int


@frozen
class Section(Record):
    """A heading and what belongs to it, with its subsections."""

    label: str
    """The heading's number as written: ``"III"``, ``"1"``, ``"(1)"``, ``"五"``; ``""`` for named headings."""
    heading: str
    """The heading text without its label."""
    level: int
    """Depth in the outline, 1 for top-level sections; 0 for text before the first heading."""
    paragraphs: tuple[Paragraph, ...] = field(default=(), converter=_tuple)
    children: tuple[Section, ...] = field(default=(), converter=_tuple)
    tables: tuple[Table, ...] = field(default=(), converter=_tuple)
    start: int = 0
    """Offset of the heading line in ``Document.text``."""
    end: int = 0
    """End of the section's own text (its last paragraph or table, before any child)."""
    language: str | None = None

    def walk(self) -> tuple[Section, ...]:
        """Return this section and all its descendants, in document order."""
        found: list[Section] = [self]
        for child in self.children:
            found.extend(child.walk())
        return tuple(found)


@frozen
class TocEntry(Record):
    """One line of a table of contents, matched to its section when possible."""

    label: str
    heading: str
    level: int
    section: str | None = None
    """``label`` or heading of the matched section; ``None`` when nothing matched."""


@frozen
class Footnote(Record):
    """A note such as ``①The "National Agricultural …"`` moved out of the body."""

    marker: str
    text: str


@frozen(unsafe_hash=False)
class Document(Record):
    """One document of the corpus, with its provenance and its history.

    Frozen: every step returns a new document (:meth:`evolve`), ``raw`` and
    ``origin`` never change, and ``metadata.extra`` is read-only. Documents
    compare by value but are unhashable by design (their metadata holds JSON
    values): key dicts and sets by ``doc.id``.
    """

    id: str
    """Stable id: file name, record index and a hash of ``raw`` (see :func:`make_id`)."""
    text: str
    """The current body text; what cleaning works on."""
    raw: str
    """The exact record as decoded from the file; never changes."""
    origin: Origin
    title: str | None = None
    metadata: Metadata = field(factory=Metadata)
    sections: tuple[Section, ...] = field(default=(), converter=_tuple)
    """The outline, found by :func:`~povcorpus.process` (its ``structure`` step).

    Empty for documents straight from :func:`~povcorpus.load`: loading only
    reads records; run :func:`~povcorpus.process` to get sections."""
    language: str | None = None
    """ISO 639-1 code, ``"und"`` when undecidable, ``None`` before tagging."""
    edits: tuple[Edit, ...] = field(default=(), converter=_tuple)
    """Every change so far, step after step (see :class:`Edit`)."""
    toc: tuple[TocEntry, ...] = field(default=(), converter=_tuple)
    footnotes: tuple[Footnote, ...] = field(default=(), converter=_tuple)

    __hash__ = _unhashable

    @classmethod
    def from_text(
        cls,
        text: str,
        *,
        id: str | None = None,
        title: str | None = None,
        metadata: Metadata | None = None,
        path: str = "<memory>",
        format: str = "text",
    ) -> Document:
        """A raw document for text already in memory (a DataFrame cell, a web page).

        >>> doc = Document.from_text("Il villaggio ha una nuova scuola.")
        >>> doc.raw == doc.text, doc.origin.path, doc.id.startswith("memory-")
        (True, '<memory>', True)

        Args:
            text: the record; it becomes ``raw`` and ``text`` unchanged.
            id: the document's id (default: ``"memory-"`` and a hash of ``text``).
            title: its title, when known.
            metadata: its metadata, when known.
            path: what ``origin.path`` records (a URL, a table name…).
            format: what ``origin.format`` records; ``"text"`` documents get a structure.
        """
        if id is None:
            digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=8).hexdigest()
            id = f"memory-{digest}"
        origin = Origin(
            path=path,
            line_start=1,
            line_end=text.count("\n") + 1,
            char_start=0,
            char_end=len(text),
            format=format,
        )
        return cls(id=id, text=text, raw=text, origin=origin, title=title, metadata=metadata or Metadata())

    def evolve(self, **changes: Any) -> Document:
        """Return a copy with ``changes`` applied (``raw`` and ``origin`` should stay)."""
        return attrs.evolve(self, **changes)

    def all_sections(self) -> tuple[Section, ...]:
        """Every section of the outline, in document order."""
        found: list[Section] = []
        for section in self.sections:
            found.extend(section.walk())
        return tuple(found)

    def footnote(self, marker: str) -> str | None:
        """Resolve a footnote marker such as ``"③"`` to its text."""
        for note in self.footnotes:
            if note.marker == marker:
                return note.text
        return None
