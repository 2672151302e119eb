"""One JSON round trip for every record of :mod:`povcorpus.model`, read off the attrs fields.

``to_json`` walks an attrs instance field by field (dates as ISO strings, tuples
as lists, mappings as dicts); ``from_json`` builds one back from the field
types, so a new field needs no hand-written code and cannot be forgotten.
Missing keys take the field's default; unknown keys are ignored, so files
written by other versions still load.
"""

from __future__ import annotations

import datetime as _dt
import functools
import operator
import types
import typing
from collections.abc import Callable, Mapping
from itertools import chain, repeat
from typing import Any, TypeVar

import attrs

from povcorpus._frozen import thaw

__all__ = ["from_json", "to_json"]

T = TypeVar("T")


_PLAIN = frozenset({str, int, float, bool, type(None)})
"""Types ``to_json`` returns as they are: a record's values of these types are copied without a call."""


def to_json(value: Any) -> Any:
    """A JSON-ready copy of ``value`` (an attrs record, a date, a sequence, a mapping or a scalar)."""
    kind = type(value)
    if attrs.has(kind):
        names, values = _reader(kind)
        return {
            name: item if type(item) in _PLAIN else to_json(item)
            for name, item in zip(names, values(value), strict=True)
        }
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        if len(value) > 1:
            rows = _plain_rows(value)
            if rows is not None:
                return rows
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return thaw(value)
    return value


def _plain_rows(records: list[Any] | tuple[Any, ...]) -> list[dict[str, Any]] | None:
    """The dicts of ``records`` when all are of one attrs class and hold plain values only, else ``None``.

    A document's edits (thousands in a damaged white paper) are read column by column in C,
    with one check of all their values' types, instead of one call per value.
    """
    kinds = set(map(type, records))
    if len(kinds) != 1:
        return None
    (kind,) = kinds
    if not attrs.has(kind):
        return None
    names, values = _reader(kind)
    rows = list(map(values, records))
    if not _PLAIN.issuperset(map(type, chain.from_iterable(rows))):
        return None
    return list(map(dict, map(zip, repeat(names), rows)))


@functools.lru_cache(maxsize=256)
def _reader(kind: type) -> tuple[tuple[str, ...], Callable[[Any], tuple[Any, ...]]]:
    """The field names of an attrs class, and a C-level reader of an instance's values in their order."""
    names = tuple(field.name for field in attrs.fields(kind))
    if len(names) > 1:
        return names, operator.attrgetter(*names)
    if names:
        one = operator.attrgetter(names[0])
        return names, lambda value: (one(value),)
    return names, lambda value: ()


@functools.cache
def _field_types(cls: type) -> tuple[tuple[str, Any, bool], ...]:
    hints = typing.get_type_hints(cls)
    return tuple(
        (field.name, hints[field.name], field.default is attrs.NOTHING) for field in attrs.fields(cls)
    )


def from_json(cls: type[T], data: Mapping[str, Any]) -> T:
    """Build a ``cls`` record from :func:`to_json` output.

    Raises:
        KeyError: a field without a default is missing.
    """
    values: dict[str, Any] = {}
    for name, hint, required in _field_types(cls):  # type: ignore[arg-type]
        if name in data:
            values[name] = _convert(hint, data[name])
        elif required:
            raise KeyError(name)
    return cls(**values)


def _convert(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        options = [arg for arg in typing.get_args(hint) if arg is not type(None)]
        return _convert(options[0], value) if len(options) == 1 else value
    if origin is tuple:
        (item, *_) = typing.get_args(hint)
        return tuple(_convert(item, element) for element in value)
    if isinstance(hint, type):
        if attrs.has(hint):
            return from_json(hint, value)
        if hint is _dt.date:
            return _dt.date.fromisoformat(value)
        if hint in (int, float, str, bool):
            return hint(value)
    return value
