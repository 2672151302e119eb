"""Expand what the user passed to ``load()`` into a list of files, eagerly and with clear errors.

Accepted: a path to a file; a directory (every text file inside, recursively,
sorted, hidden files skipped); a glob pattern; an open text or binary file; or
a list of any of these. Paths may be URLs that ``fsspec`` knows (``s3://``,
``memory://``, ``https://`` …, with the ``remote`` extra): directories and
globs are expanded on that file system, and the files stay URLs, so a worker
process or a Dask worker opens them itself. Compressed text files
(``corpus.txt.gz``) count as text files in a directory.
"""

from __future__ import annotations

import glob
import io
import os
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import IO, TypeAlias, Union, cast

from povcorpus import _io
from povcorpus.errors import EmptySourceError, SourceNotFoundError

__all__ = ["TEXT_SUFFIXES", "Source", "SourceFile", "SourceItem", "expand_sources"]

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md", ".jsonl", ".ndjson"})
"""File suffixes read from a directory; name other files directly to read them."""

SourceItem: TypeAlias = Union[str, "os.PathLike[str]", IO[str], IO[bytes]]
Source: TypeAlias = SourceItem | Iterable[SourceItem]
SourceFile: TypeAlias = Path | str | IO[str] | IO[bytes]
"""One file found by :func:`expand_sources`: a local path, a URL (``str``) or an open stream."""

_GLOB_CHARS = frozenset("*?[")


def expand_sources(source: Source) -> list[SourceFile]:
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
    found: list[SourceFile] = []
    for item in items:
        if isinstance(item, (str, os.PathLike)):
            name = os.fspath(item)
            local = _io.local_path(name)
            if local is None:
                found.extend(_expand_url(name))
            elif local != name:  # a file:// URL: one file keeps its name, a folder or glob is expanded
                found.extend([name] if Path(local).is_file() else _expand_path(local))
            else:
                found.extend(_expand_path(name))
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
            and _is_text_name(candidate.name)
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


def _is_text_name(name: str) -> bool:
    """Whether a file found in a directory is read: a text suffix, maybe under a compression suffix."""
    return PurePosixPath(_io.strip_compression(name)).suffix.lower() in TEXT_SUFFIXES


def _expand_url(url: str) -> list[str]:
    """The files a URL names on its fsspec file system: one file, a directory's text files, a glob."""
    filesystem, path = _io.url_filesystem(url)
    if _GLOB_CHARS & set(path):
        matches = sorted(match for match in filesystem.glob(path) if filesystem.isfile(match))
        if not matches:
            msg = f"the pattern {url} matches no file"
            raise SourceNotFoundError(msg, url)
        return [filesystem.unstrip_protocol(match) for match in matches]
    web = url.lower().startswith(("http://", "https://"))  # a web page is a file, not a folder to list
    if not web and filesystem.isdir(path):
        root = path.rstrip("/")
        files = sorted(
            found
            for found in filesystem.find(root)
            if _is_text_name(found.rsplit("/", 1)[-1])
            and not any(part.startswith(".") for part in found[len(root) :].split("/"))
        )
        if not files:
            suffixes = ", ".join(sorted(TEXT_SUFFIXES))
            msg = f"directory {url} holds no text file ({suffixes}); name other files directly"
            raise EmptySourceError(msg, url)
        return [filesystem.unstrip_protocol(found) for found in files]
    if filesystem.exists(path):
        return [url]
    msg = f"{url} does not exist; check the URL"
    raise SourceNotFoundError(msg, url)
