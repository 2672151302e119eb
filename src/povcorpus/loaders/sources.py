"""Expand what the user passed to ``load()`` into a list of files, eagerly and with clear errors.

Accepted: a path to a file; a directory (every text file inside, recursively,
sorted, hidden files skipped); a glob pattern; an open text or binary file; or
a list of any of these.
"""

from __future__ import annotations

import glob
import io
import os
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TypeAlias, Union, cast

from povcorpus.errors import EmptySourceError, SourceNotFoundError

__all__ = ["TEXT_SUFFIXES", "Source", "SourceItem", "expand_sources"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".jsonl", ".ndjson"})
"""File suffixes read from a directory; name other files directly to read them."""

SourceItem: TypeAlias = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]
Source: TypeAlias = SourceItem | Iterable[SourceItem]

_GLOB_CHARS = frozenset("*?[")


def expand_sources(source: Source) -> list[Path | IO[str] | IO[bytes]]:
    """Return the files ``source`` names, in a stable order.

    Raises:
        SourceNotFoundError: a path or pattern matches nothing.
        EmptySourceError: a directory holds no text file.
    """
    items: list[SourceItem]
    if isinstance(source, (str, os.PathLike, io.IOBase)) or hasattr(source, "read"):
        items = [cast(SourceItem, source)]
    else:
        items = list(source)
    found: list[Path | IO[str] | IO[bytes]] = []
    for item in items:
        if isinstance(item, (str, os.PathLike)):
            found.extend(_expand_path(os.fspath(item)))
        else:
            found.append(item)
    return found


def _expand_path(name: str) -> list[Path]:
    path = Path(name)
    if path.is_dir():
        # A dangling symbolic link is listed too: reading it then reports it instead of a silent skip.
        files = sorted(
            candidate
            for candidate in path.rglob("*")
            if (candidate.is_file() or (candidate.is_symlink() and not candidate.exists()))
            and candidate.suffix.lower() in TEXT_SUFFIXES
            and not any(part.startswith(".") for part in candidate.relative_to(path).parts)
        )
        if not files:
            suffixes = ", ".join(sorted(TEXT_SUFFIXES))
            msg = f"directory {name} holds no text file ({suffixes}); name other files directly"
            raise EmptySourceError(msg, name)
        return files
    if path.exists():
        return [path]
    if path.is_symlink():
        msg = f"{name} is a dangling symbolic link; check where it points"
        raise SourceNotFoundError(msg, name)
    if _GLOB_CHARS & set(name):
        # glob.glob, not Path.glob: a user's pattern may be absolute.
        matches = sorted(Path(match) for match in glob.glob(name, recursive=True) if Path(match).is_file())  # noqa: PTH207
        if not matches:
            msg = f"the pattern {name} matches no file"
            raise SourceNotFoundError(msg, name)
        return matches
    msg = f"{name} does not exist; check the path"
    raise SourceNotFoundError(msg, name)
