"""Read-only JSON values for frozen records: a mapping that cannot be changed in place.

``Metadata.extra`` holds JSON-ready values that steps add to; a plain ``dict``
there would let ``doc.metadata.extra["k"] = v`` change a frozen document behind
the back of its history. :func:`freeze` turns dicts into :class:`FrozenDict`
and lists into :class:`FrozenList` tuples, all the way down; :func:`thaw` turns them back for JSON.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

__all__ = ["FrozenDict", "FrozenList", "freeze", "thaw"]


class FrozenList(tuple[Any, ...]):
    """A tuple that also equals the list with the same items, so JSON values compare as they read.

    >>> FrozenList([1, 2]) == [1, 2]
    True
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, list):
            return list(self) == other
        return tuple.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    __hash__ = tuple.__hash__

    def __repr__(self) -> str:
        return repr(list(self))

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenList, (tuple(self),))


class FrozenDict(Mapping[str, Any]):
    """A read-only ``str``-keyed mapping; equal to any mapping with the same items.

    >>> extra = FrozenDict({"a": 1})
    >>> extra["a"], extra == {"a": 1}
    (1, True)
    >>> extra["b"] = 2
    Traceback (most recent call last):
    ...
    TypeError: 'FrozenDict' object does not support item assignment
    """

    __slots__ = ("_data",)

    def __init__(self, data: Mapping[str, Any] | None = None) -> None:
        self._data: dict[str, Any] = {str(key): freeze(value) for key, value in (data or {}).items()}

    def __getitem__(self, key: str) -> Any:
        return self._data[key]

    def __iter__(self) -> Iterator[str]:
        return iter(self._data)

    def __len__(self) -> int:
        return len(self._data)

    def __repr__(self) -> str:
        return f"FrozenDict({self._data!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Mapping):
            return self._data == dict(other.items())
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # its values may be unhashable JSON

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (self._data,))


def freeze(value: Any) -> Any:
    """``value`` with every dict made a :class:`FrozenDict` and every list a tuple."""
    if isinstance(value, FrozenDict):
        return value
    if isinstance(value, Mapping):
        return FrozenDict(value)
    if isinstance(value, FrozenList):
        return value
    if isinstance(value, (list, tuple)):
        return FrozenList(freeze(item) for item in value)
    return value


def thaw(value: Any) -> Any:
    """The JSON-ready copy of ``value``: mappings as dicts, sequences as lists."""
    if isinstance(value, Mapping):
        return {str(key): thaw(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [thaw(item) for item in value]
    return value
