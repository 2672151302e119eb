"""The compact form a processed document takes on its way back from a worker process.

A worker sends back every document it processed, and the main process, which also reads the
files, rebuilds them: on two cores that rebuilding competes with the workers. Pickled as it is,
a document costs a Python call and an ``attrs`` ``__init__`` per :class:`~povcorpus.model.Edit`
(a damaged white paper carries thousands) and carries ``raw``, which the main process already
holds. Packed, its edits travel as seven columns and are rebuilt without ``__init__``, and
``raw`` is left out when the pipeline did not replace it (it never does; a user's step may).
About 45 % less pickling in the worker and 20 % less unpickling in the main process.
"""

from __future__ import annotations

import operator
from typing import Any

import attrs

from povcorpus.model import Document, Edit

__all__ = ["Packed", "pack", "unpack"]

Packed = tuple[tuple[Any, ...], str | None, tuple[tuple[Any, ...], ...]] | Document
"""A document's other fields, its ``raw`` (``None``: the one it was sent with) and its edits' columns;
or the document itself when it is of a subclass."""

_EDIT_FIELDS = tuple(item.name for item in attrs.fields(Edit))
_OTHER_FIELDS = tuple(item.name for item in attrs.fields(Document) if item.name not in ("raw", "edits"))
_edit_values = operator.attrgetter(*_EDIT_FIELDS)
_new = object.__new__


def _setter(cls: type, name: str) -> Any:
    """The slot's own setter: a frozen class's ``__setattr__`` refuses, its slot descriptors do not."""
    return cls.__dict__[name].__set__


_SET_EDIT = tuple(_setter(Edit, name) for name in _EDIT_FIELDS)
_SET_OTHER = tuple(_setter(Document, name) for name in _OTHER_FIELDS)
_SET_RAW = _setter(Document, "raw")
_SET_EDITS = _setter(Document, "edits")


def pack(doc: Document, sent: Document) -> Packed:
    """``doc`` (the processed ``sent``) in its compact form; see :func:`unpack`."""
    if type(doc) is not Document:
        return doc  # a subclass may add fields: pickled as it is
    edits = doc.edits
    columns: tuple[tuple[Any, ...], ...] = ()
    if edits:
        if set(map(type, edits)) != {Edit}:  # a subclass keeps its type through pickle
            columns = ((edits,),)
        else:
            columns = tuple(zip(*map(_edit_values, edits), strict=True))
    raw = None if doc.raw is sent.raw else doc.raw
    return tuple(getattr(doc, name) for name in _OTHER_FIELDS), raw, columns


def unpack(packed: Packed, sent: Document) -> Document:
    """The document :func:`pack` packed, equal to the one the worker had (``sent``: what it was sent)."""
    if isinstance(packed, Document):
        return packed
    values, raw, columns = packed
    doc: Document = _new(Document)
    for set_value, value in zip(_SET_OTHER, values, strict=True):
        set_value(doc, value)
    _SET_RAW(doc, sent.raw if raw is None else raw)
    _SET_EDITS(doc, _edits(columns))
    return doc


def _edits(columns: tuple[tuple[Any, ...], ...]) -> tuple[Edit, ...]:
    if not columns:
        return ()
    if len(columns) == 1:
        whole: tuple[Edit, ...] = columns[0][0]
        return whole
    set_start, set_end, set_before, set_after, set_rule, set_field, set_step = _SET_EDIT
    edits: list[Edit] = []
    add = edits.append
    for start, end, before, after, rule, field, step in zip(*columns, strict=True):
        edit: Edit = _new(Edit)
        set_start(edit, start)
        set_end(edit, end)
        set_before(edit, before)
        set_after(edit, after)
        set_rule(edit, rule)
        set_field(edit, field)
        set_step(edit, step)
        add(edit)
    return tuple(edits)
