"""One generic registry for loaders, cleaners, rule packs and language backends.

A registry validates at registration, names both sides of a clash, and reads
third-party plugins from an entry-point group lazily: only when a name is
looked up that nothing registered yet.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from importlib import metadata as importlib_metadata
from types import MappingProxyType
from typing import Generic, TypeVar

from povcorpus.errors import NameClashError, PluginLoadError, UnknownNameError

__all__ = ["Registry"]

T = TypeVar("T")


class Registry(Generic[T]):
    """Named items of one kind, e.g. every loader.

    Args:
        kind: what the items are, used in messages (``"loader"``).
        entry_point_group: group searched for plugins, e.g. ``"povcorpus.loaders"``.
    """

    def __init__(self, kind: str, entry_point_group: str | None = None) -> None:
        self.kind = kind
        self.entry_point_group = entry_point_group
        self._items: dict[str, T] = {}
        self._origins: dict[str, str] = {}
        self._entry_points_loaded = entry_point_group is None
        self.version = 0
        """Goes up with every registration, so caches built from the registry can tell they are stale."""

    def register(self, name: str, item: T, *, origin: str | None = None, replace: bool = False) -> T:
        """Add ``item`` under ``name``.

        Raises:
            NameClashError: ``name`` is taken and ``replace`` is false.
            ValueError: ``name`` is empty or has spaces.
        """
        if not name or name != name.strip() or " " in name:
            msg = f"{self.kind} name {name!r} must be a non-empty word without spaces"
            raise ValueError(msg)
        where = origin or _describe(item)
        if name in self._items and not replace:
            msg = (
                f"{self.kind} {name!r} is already registered by {self._origins[name]}; "
                f"{where} tries to register it again (choose another name or pass replace=True)"
            )
            raise NameClashError(msg)
        self._items[name] = item
        self._origins[name] = where
        self.version += 1
        return item

    def get(self, name: str) -> T:
        """Return the item called ``name``, loading plugins if needed.

        Raises:
            UnknownNameError: no item has that name; the message lists the known ones.
            PluginLoadError: a plugin of that name failed to import.
        """
        if name not in self._items:
            self.load_entry_points()
        try:
            return self._items[name]
        except KeyError:
            raise UnknownNameError(self.kind, name, self._items) from None

    def names(self) -> tuple[str, ...]:
        """All registered names, plugins included, in registration order."""
        self.load_entry_points()
        return tuple(self._items)

    def view(self) -> Mapping[str, T]:
        """A read-only view of the registered items."""
        return MappingProxyType(self._items)

    def __contains__(self, name: object) -> bool:
        return name in self._items

    def __iter__(self) -> Iterator[str]:
        return iter(self.names())

    def __len__(self) -> int:
        return len(self.names())

    def load_entry_points(self) -> None:
        """Import every plugin of the entry-point group (once)."""
        if self._entry_points_loaded or self.entry_point_group is None:
            return
        self._entry_points_loaded = True
        for entry_point in importlib_metadata.entry_points(group=self.entry_point_group):
            if entry_point.name in self._items:
                continue
            try:
                item = entry_point.load()
            except Exception as error:
                msg = (
                    f"{self.kind} plugin {entry_point.name!r} ({entry_point.value}) failed to import: "
                    f"{error}; reinstall or uninstall the package that provides it"
                )
                raise PluginLoadError(msg) from error
            if entry_point.name not in self._items:
                self.register(entry_point.name, item, origin=f"entry point {entry_point.value}")


def _describe(item: object) -> str:
    module = getattr(item, "__module__", None) or type(item).__module__
    name = getattr(item, "__qualname__", None) or type(item).__qualname__
    return f"{module}.{name}"
