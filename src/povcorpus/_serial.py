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
import types
import typing
from collections.abc import Mapping
from typing import Any, TypeVar

import attrs

from povcorpus._frozen import thaw

__all__ = ["from_json", "to_json"]

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A JSON-ready copy of ``value`` (an attrs record, a date, a sequence, a mapping or a scalar)."""
    if attrs.has(type(value)):
        return {field.name: to_json(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, _dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [to_json(item) for item in value]
    if isinstance(value, Mapping):
        return thaw(value)
    return value


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
