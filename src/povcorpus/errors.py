"""Typed errors raised by povcorpus.

Every error derives from :class:`PovcorpusError` and also from the matching
builtin, so ``except FileNotFoundError`` keeps working::

    PovcorpusError(Exception)
    ├── SourceError                              .path
    │   ├── SourceNotFoundError(…, FileNotFoundError)
    │   ├── EmptySourceError(…, ValueError)      a directory or glob with no text files
    │   ├── NotTextError(…, ValueError)          binary data
    │   ├── DecodeError(…, UnicodeError)         .offset .encoding
    │   ├── FormatError(…, ValueError)           a record the chosen format cannot parse (.line)
    │   └── RecordTooLargeError(…, ValueError)   a line beyond ``max_line_bytes``
    ├── OutputError(…, OSError)                  an output path that cannot be written (.path)
    ├── OptionError(…, ValueError)               an option value that cannot work (e.g. ``workers=0``)
    ├── WorkerError(…, RuntimeError)             a worker process died (e.g. killed for memory)
    ├── RulePackError(…, ValueError)             a rule pack that cannot be read (bad TOML, key, pattern)
    ├── RegistryError(…, LookupError)
    │   ├── UnknownNameError                     lists the known names
    │   ├── NameClashError                       names both sides
    │   └── PluginLoadError(…, ImportError)      a plugin that fails to import
    └── MissingExtraError(…, ImportError)        an optional dependency is not installed

Messages say what went wrong, where, and what to do about it. Every error
survives :mod:`pickle` with its message and attributes, so a worker process
can hand it back to the main process.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

__all__ = [
    "DecodeError",
    "EmptySourceError",
    "FormatError",
    "MissingExtraError",
    "NameClashError",
    "NotTextError",
    "OptionError",
    "OutputError",
    "PluginLoadError",
    "PovcorpusError",
    "RecordTooLargeError",
    "RegistryError",
    "RulePackError",
    "SourceError",
    "SourceNotFoundError",
    "UnknownNameError",
    "WorkerError",
]


def _rebuild(kind: type[BaseException], args: tuple[Any, ...], state: dict[str, Any]) -> BaseException:
    """Recreate a pickled error without calling its ``__init__`` (whose signature differs from ``args``)."""
    error = kind.__new__(kind, *args)
    error.args = args
    error.__dict__.update(state)
    return error


class PovcorpusError(Exception):
    """Base class of every error this library raises on purpose."""

    def __reduce__(self) -> tuple[Any, ...]:
        """Pickle as class, message and attributes: subclasses take other ``__init__`` arguments."""
        return (_rebuild, (type(self), self.args, dict(self.__dict__)))


class SourceError(PovcorpusError):
    """An input source cannot be read as text.

    Attributes:
        path: the file or pattern at fault, as the user gave it.
    """

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class SourceNotFoundError(SourceError, FileNotFoundError):
    """The path, directory or glob does not exist."""


class EmptySourceError(SourceError, ValueError):
    """A directory or glob matched no text file."""


class NotTextError(SourceError, ValueError):
    """The file holds binary data, not text."""


class DecodeError(SourceError, UnicodeError):
    """Bytes that the chosen encoding cannot decode.

    Attributes:
        offset: byte offset of the first bad byte in the file.
        encoding: the encoding that was tried.
    """

    def __init__(self, message: str, path: str, offset: int, encoding: str) -> None:
        super().__init__(message, path)
        self.offset = offset
        self.encoding = encoding


class FormatError(SourceError, ValueError):
    """A record that the chosen format cannot parse (e.g. a bad JSON line).

    Attributes:
        line: the record's line number in the file (from 1), when known.
    """

    def __init__(self, message: str, path: str, line: int | None = None) -> None:
        super().__init__(message, path)
        self.line = line


class RecordTooLargeError(SourceError, ValueError):
    """One line is longer than the loader's ``max_line_chars`` guard."""


class OutputError(PovcorpusError, OSError):
    """An output path that cannot be written; checked before any input is read.

    Attributes:
        path: the output path, as the user gave it.
    """

    def __init__(self, message: str, path: str) -> None:
        super().__init__(message)
        self.path = path


class OptionError(PovcorpusError, ValueError):
    """An option value that cannot work, found before the run starts (e.g. ``workers=0``)."""


class WorkerError(PovcorpusError, RuntimeError):
    """A worker process died without an answer (killed, e.g. for lack of memory)."""


class RulePackError(PovcorpusError, ValueError):
    """A rule pack that cannot be read: bad TOML, a missing key, a broken pattern."""


class RegistryError(PovcorpusError, LookupError):
    """A problem with a registry of loaders, cleaners, rules or backends."""


class UnknownNameError(RegistryError):
    """A name that no registered item has."""

    def __init__(self, kind: str, name: str, known: Iterable[str]) -> None:
        known_list = ", ".join(sorted(known)) or "(none)"
        super().__init__(f"unknown {kind} {name!r}; known: {known_list}")
        self.kind = kind
        self.name = name


class NameClashError(RegistryError):
    """Two items registered under one name."""


class PluginLoadError(RegistryError, ImportError):
    """A plugin found through an entry point failed to import."""


class MissingExtraError(PovcorpusError, ImportError):
    """An optional dependency is needed but not installed."""

    def __init__(self, feature: str, package: str, extra: str) -> None:
        super().__init__(
            f"{feature} needs the {package!r} package; install it with: pip install 'povcorpus[{extra}]'"
        )
        self.feature = feature
        self.package = package
        self.extra = extra
