"""The document model: frozen, slotted, fully typed records.

A :class:`Document` keeps everything it was made from: ``raw`` is the exact
slice of the decoded file, ``origin`` says where that slice lies, and
``edits`` records every change that turned ``raw`` into ``text``. Undoing the
``text`` edits in reverse order (:func:`povcorpus.edits.undo_edits`) gives
``raw`` back, so nothing is ever lost.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Mapping, Sequence
from typing import Any, TypeAlias

import attrs
from attrs import field, frozen

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


def _tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


def _dict(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


@frozen
class Edit:
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

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {
            "start": self.start,
            "end": self.end,
            "before": self.before,
            "after": self.after,
            "rule": self.rule,
            "field": self.field,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Edit:
        """Build an edit from :meth:`to_dict` output."""
        return cls(
            start=int(data["start"]),
            end=int(data["end"]),
            before=str(data["before"]),
            after=str(data["after"]),
            rule=str(data["rule"]),
            field=str(data.get("field", "text")),
        )


@frozen
class Origin:
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

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {
            "path": self.path,
            "line_start": self.line_start,
            "line_end": self.line_end,
            "char_start": self.char_start,
            "char_end": self.char_end,
            "format": self.format,
            "encoding": self.encoding,
            "index": self.index,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Origin:
        """Build an origin from :meth:`to_dict` output."""
        return cls(
            path=str(data["path"]),
            line_start=int(data["line_start"]),
            line_end=int(data["line_end"]),
            char_start=int(data["char_start"]),
            char_end=int(data["char_end"]),
            format=str(data.get("format", "text")),
            encoding=str(data.get("encoding", "utf-8")),
            index=int(data.get("index", 0)),
        )


@frozen
class Metadata:
    """Facts about a document found in its header and trailer lines."""

    date: _dt.date | None = None
    """Publication date; see ``extra["date_precision"]`` when only a month or year was given."""
    source: str | None = None
    """Publisher or agency, e.g. ``"Xinhua News Agency"``."""
    editor: str | None = None
    """Editor named in a credit line."""
    url: str | None = None
    """Address the document was scraped from, when known."""
    extra: dict[str, Any] = field(factory=dict, converter=_dict)
    """Anything else, JSON-ready: language shares, removed chrome, date precision…"""

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {
            "date": self.date.isoformat() if self.date else None,
            "source": self.source,
            "editor": self.editor,
            "url": self.url,
            "extra": dict(self.extra),
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Metadata:
        """Build metadata from :meth:`to_dict` output."""
        date = data.get("date")
        return cls(
            date=_dt.date.fromisoformat(date) if date else None,
            source=data.get("source"),
            editor=data.get("editor"),
            url=data.get("url"),
            extra=dict(data.get("extra") or {}),
        )


@frozen
class Paragraph:
    """One paragraph of a section, with its span in ``Document.text``."""

    text: str
    start: int
    """Offset of the paragraph in ``Document.text``."""
    end: int
    language: str | None = None
    """Set only where the paragraph's language differs from its document's."""

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {"text": self.text, "start": self.start, "end": self.end, "language": self.language}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Paragraph:
        """Build a paragraph from :meth:`to_dict` output."""
        return cls(
            text=str(data["text"]),
            start=int(data["start"]),
            end=int(data["end"]),
            language=data.get("language"),
        )


@frozen
class Table:
    """A table placeholder such as ``(Table 1. East-west aid pair-ups)``."""

    label: str
    """The table's number as written, e.g. ``"1"``."""
    caption: str
    """The caption without the label."""
    start: int
    """Offset of the placeholder in ``Document.text``."""
    end: int

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {"label": self.label, "caption": self.caption, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Table:
        """Build a table from :meth:`to_dict` output."""
        return cls(
            label=str(data["label"]),
            caption=str(data["caption"]),
            start=int(data["start"]),
            end=int(data["end"]),
        )


@frozen
class Section:
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

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {
            "label": self.label,
            "heading": self.heading,
            "level": self.level,
            "paragraphs": [p.to_dict() for p in self.paragraphs],
            "children": [c.to_dict() for c in self.children],
            "tables": [t.to_dict() for t in self.tables],
            "start": self.start,
            "end": self.end,
            "language": self.language,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Section:
        """Build a section from :meth:`to_dict` output."""
        return cls(
            label=str(data["label"]),
            heading=str(data["heading"]),
            level=int(data["level"]),
            paragraphs=tuple(Paragraph.from_dict(p) for p in data.get("paragraphs", ())),
            children=tuple(Section.from_dict(c) for c in data.get("children", ())),
            tables=tuple(Table.from_dict(t) for t in data.get("tables", ())),
            start=int(data.get("start", 0)),
            end=int(data.get("end", 0)),
            language=data.get("language"),
        )


@frozen
class TocEntry:
    """One line of a table of contents, matched to its section when possible."""

    label: str
    heading: str
    level: int
    section: str | None = None
    """``label`` or heading of the matched section; ``None`` when nothing matched."""

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {"label": self.label, "heading": self.heading, "level": self.level, "section": self.section}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> TocEntry:
        """Build an entry from :meth:`to_dict` output."""
        return cls(
            label=str(data["label"]),
            heading=str(data["heading"]),
            level=int(data["level"]),
            section=data.get("section"),
        )


@frozen
class Footnote:
    """A note such as ``①The "National Agricultural …"`` moved out of the body."""

    marker: str
    text: str

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict."""
        return {"marker": self.marker, "text": self.text}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Footnote:
        """Build a footnote from :meth:`to_dict` output."""
        return cls(marker=str(data["marker"]), text=str(data["text"]))


@frozen
class Document:
    """One document of the corpus, with its provenance and its history."""

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
    language: str | None = None
    """ISO 639-1 code, ``"und"`` when undecidable, ``None`` before tagging."""
    edits: tuple[Edit, ...] = field(default=(), converter=_tuple)
    """Every change so far, step after step (see :class:`Edit`)."""
    toc: tuple[TocEntry, ...] = field(default=(), converter=_tuple)
    footnotes: tuple[Footnote, ...] = field(default=(), converter=_tuple)

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

    def to_dict(self) -> dict[str, JSON]:
        """Return a JSON-ready dict; :meth:`from_dict` gives back an equal document."""
        return {
            "id": self.id,
            "title": self.title,
            "text": self.text,
            "raw": self.raw,
            "language": self.language,
            "origin": self.origin.to_dict(),
            "metadata": self.metadata.to_dict(),
            "sections": [s.to_dict() for s in self.sections],
            "toc": [t.to_dict() for t in self.toc],
            "footnotes": [f.to_dict() for f in self.footnotes],
            "edits": [e.to_dict() for e in self.edits],
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Document:
        """Build a document from :meth:`to_dict` output.

        Raises:
            KeyError: a required key (``id``, ``text``, ``raw``, ``origin``) is missing.
        """
        return cls(
            id=str(data["id"]),
            title=data.get("title"),
            text=str(data["text"]),
            raw=str(data["raw"]),
            language=data.get("language"),
            origin=Origin.from_dict(data["origin"]),
            metadata=Metadata.from_dict(data.get("metadata") or {}),
            sections=tuple(Section.from_dict(s) for s in data.get("sections", ())),
            toc=tuple(TocEntry.from_dict(t) for t in data.get("toc", ())),
            footnotes=tuple(Footnote.from_dict(f) for f in data.get("footnotes", ())),
            edits=tuple(Edit.from_dict(e) for e in data.get("edits", ())),
        )
