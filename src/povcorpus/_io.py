"""Where bytes come from and go to: local files, compressed files and fsspec URLs.

Inputs are opened as one decompressed binary stream, never decompressed
whole in memory: ``.gz``, ``.bz2`` and ``.xz`` through the standard library,
``.zst`` through ``zstandard`` (the ``zstd`` extra). Compression is known from
the name's suffix or, failing that, from the first bytes (magic numbers), so a
gzip file named ``corpus.txt`` is read too. A name with a scheme
(``s3://``, ``memory://``, ``https://`` …) is opened through ``fsspec`` (the
``remote`` extra); ``file://`` URLs are plain local paths.

Outputs are atomic: lines go to a temporary name beside the target (a
temporary key on object storage) and are moved into place by
:meth:`AtomicOutput.commit`, so an interrupted run never leaves a file that
looks complete. The output is compressed when the target's suffix says so.
"""

from __future__ import annotations

import bz2
import contextlib
import gzip
import io
import lzma
import os
import secrets
import tempfile
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO, Any, cast
from urllib.parse import unquote, urlsplit

from povcorpus.errors import MissingExtraError, SourceError, SourceNotFoundError

__all__ = [
    "COMPRESSION_SUFFIXES",
    "AtomicOutput",
    "compression_of",
    "exists",
    "is_url",
    "local_path",
    "open_input",
    "read_lines",
    "sniff_compression",
    "strip_compression",
    "url_filesystem",
]

COMPRESSION_SUFFIXES: dict[str, str] = {".gz": "gzip", ".bz2": "bz2", ".xz": "xz", ".zst": "zstd"}
"""Name suffixes read (and written) compressed, and the compression each names."""

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x1f\x8b", "gzip"),
    (b"BZh", "bz2"),
    (b"\xfd7zXZ\x00", "xz"),
    (b"(\xb5/\xfd", "zstd"),
)
_BUFFER = 1024 * 1024


def is_url(name: str) -> bool:
    """Whether ``name`` has a URL scheme (``s3://``, ``memory://`` …), not a local path.

    A one-letter scheme is a Windows drive (``C:\\``), not a URL.
    """
    scheme, separator, _ = name.partition("://")
    return bool(separator) and len(scheme) > 1 and scheme.replace("+", "").replace("-", "").isalnum()


def local_path(name: str) -> str | None:
    """The local path of a plain path or a ``file://`` URL; ``None`` for any other URL."""
    if not is_url(name):
        return name
    parts = urlsplit(name)
    if parts.scheme != "file" or parts.netloc not in {"", "localhost"}:
        return None
    return unquote(parts.path)


def compression_of(name: str) -> str | None:
    """The compression the name's suffix announces (``"gzip"``, ``"bz2"``, ``"xz"``, ``"zstd"``)."""
    path = urlsplit(name).path if is_url(name) else name
    return COMPRESSION_SUFFIXES.get(PurePosixPath(path).suffix.lower())


def sniff_compression(head: bytes) -> str | None:
    """The compression whose magic number starts ``head``, if any."""
    for magic, compression in _MAGIC:
        if head.startswith(magic):
            return compression
    return None


def strip_compression(name: str) -> str:
    """``name`` without a compression suffix: ``corpus.txt.gz`` → ``corpus.txt``."""
    for suffix in COMPRESSION_SUFFIXES:
        if name.lower().endswith(suffix):
            return name[: -len(suffix)]
    return name


def _fsspec() -> Any:
    try:
        import fsspec
    except ImportError as error:
        feature = "reading or writing a URL"
        raise MissingExtraError(feature, "fsspec", "remote") from error
    return fsspec


def url_filesystem(url: str) -> tuple[Any, str]:
    """fsspec's file system and path for ``url``, with an install hint when its driver is missing."""
    fsspec = _fsspec()
    try:
        return cast(tuple[Any, str], fsspec.core.url_to_fs(url))
    except ImportError as error:
        scheme = url.partition("://")[0]
        msg = f"the {scheme}:// file system needs a package that is not installed ({error}); "
        msg += "install it with: pip install 'povcorpus[remote]'"
        raise SourceError(msg, url) from None


def _unreadable(name: str, error: BaseException) -> SourceError:
    if isinstance(error, FileNotFoundError):
        return SourceNotFoundError(f"{name} does not exist; check the path", name)
    if isinstance(error, IsADirectoryError):
        msg = f"{name} is a directory; pass it to povcorpus.load() to read the text files inside"
        return SourceError(msg, name)
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
    return SourceError(f"cannot read {name}: {reason or type(error).__name__}", name)


def _open_raw(name: str, mode: str = "rb") -> IO[bytes]:
    """The bytes of a local path or URL as stored (not decompressed)."""
    local = local_path(name)
    try:
        if local is not None:
            return cast(IO[bytes], Path(local).open(mode))
        filesystem, path = url_filesystem(name)
        try:
            return cast(IO[bytes], filesystem.open(path, mode))
        except FileNotFoundError:
            # Asked only now: on http(s) a directory test downloads the page to list its links.
            if mode == "rb" and filesystem.isdir(path):
                raise IsADirectoryError(name) from None
            raise
    except SourceError:
        raise
    except (OSError, ValueError) as error:
        raise _unreadable(name, error) from None


def _decompression_errors() -> tuple[type[BaseException], ...]:
    errors: list[type[BaseException]] = [OSError, EOFError, zlib.error, lzma.LZMAError]
    try:
        import zstandard

        errors.append(zstandard.ZstdError)
    except ImportError:
        pass
    return tuple(errors)


class _Guarded(io.RawIOBase):
    """A readable stream whose read and decompression failures become :class:`SourceError`."""

    def __init__(self, inner: IO[bytes], name: str, compression: str | None) -> None:
        self._inner = inner
        self._name = name
        self._compression = compression
        self._errors = _decompression_errors()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        try:
            return cast(int, self._inner.readinto(buffer))  # type: ignore[attr-defined]
        except self._errors as error:
            if self._compression is None:
                raise _unreadable(self._name, error) from None
            msg = f"cannot read {self._name}: its {self._compression} data is damaged or truncated ({error})"
            raise SourceError(msg, self._name) from None

    def close(self) -> None:
        if not self.closed:
            self._inner.close()
        super().close()


def _zstandard(feature: str) -> Any:
    """The ``zstandard`` module, or an error naming the extra that brings it."""
    try:
        import zstandard
    except ImportError as error:
        raise MissingExtraError(feature, "zstandard", "zstd") from error
    return zstandard


def _decompressor(raw: IO[bytes], compression: str) -> IO[bytes]:
    if compression == "gzip":
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb"))
    if compression == "bz2":
        return cast(IO[bytes], bz2.BZ2File(raw, "rb"))
    if compression == "xz":
        return cast(IO[bytes], lzma.LZMAFile(raw, "rb"))
    reader = (
        _zstandard("reading .zst files")
        .ZstdDecompressor()
        .stream_reader(cast(IO[bytes], _ZstdFrames(raw)), read_across_frames=True)
    )
    return cast(IO[bytes], reader)


class _ZstdFrames:
    """Passes a zstd file's bytes through and follows its frame and block headers as they go by.

    ``zstandard``'s stream reader, which keeps memory flat, returns end-of-file at
    a truncated frame without a word, which would drop the end of a damaged file
    silently; this reader raises ``EOFError`` when the input ends inside a frame.
    Only headers are parsed (a few bytes per block of up to 128 KiB).
    """

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self._state = "magic"
        self._want = 4  # header bytes still needed in this state
        self._header = bytearray()
        self._skip = 0  # content bytes to pass over before the next header
        self._checksum = False

    def read(self, size: int = -1) -> bytes:
        chunk = self._raw.read(size)
        if not chunk:
            if self._state != "magic" or self._header or self._skip:
                msg = "the file ends inside a zstd frame"
                raise EOFError(msg)
            return chunk
        self._follow(chunk)
        return chunk

    def _follow(self, chunk: bytes) -> None:
        position = 0
        while position < len(chunk) and self._state != "unknown":
            if self._skip:
                step = min(self._skip, len(chunk) - position)
                self._skip -= step
                position += step
                continue
            step = min(self._want - len(self._header), len(chunk) - position)
            self._header += chunk[position : position + step]
            position += step
            if len(self._header) == self._want:
                header = bytes(self._header)
                self._header.clear()
                self._next(header)

    def _next(self, header: bytes) -> None:
        """Move on from a complete header of the current state."""
        value = int.from_bytes(header, "little")
        if self._state == "magic":
            if value == 0xFD2FB528:
                self._state, self._want = "descriptor", 1
            elif value & 0xFFFFFFF0 == 0x184D2A50:  # a skippable frame
                self._state, self._want = "skippable", 4
            else:
                self._state = "unknown"  # not zstd: the decompressor says so itself
        elif self._state == "skippable":
            self._skip, self._state, self._want = value, "magic", 4
        elif self._state == "descriptor":
            single_segment = (value >> 5) & 1
            self._checksum = bool((value >> 2) & 1)
            content_size = (single_segment, 2, 4, 8)[value >> 6]
            self._skip = (1 - single_segment) + (0, 1, 2, 4)[value & 3] + content_size
            self._state, self._want = "block", 3
        elif self._state == "block":
            kind, size = (value >> 1) & 3, value >> 3
            self._skip = 1 if kind == 1 else size
            if value & 1:  # the last block of the frame
                self._skip += 4 if self._checksum else 0
                self._state, self._want = "magic", 4


def open_input(name: str, compression: str | None = None) -> IO[bytes]:
    """Open a local path or URL for reading, decompressed, as a buffered binary stream.

    Args:
        name: a path or URL, as the user gave it.
        compression: ``None`` to go by the first bytes (magic numbers), then by the suffix; or a
            compression name.

    Raises:
        SourceNotFoundError: nothing is stored under ``name``.
        SourceError: it cannot be opened; later reads raise it for damaged compressed data.
        MissingExtraError: a URL without ``fsspec``, a ``.zst`` file without ``zstandard``.
    """
    raw = _open_raw(name)
    if compression is None:
        # The first bytes decide; the suffix only names what damaged or unknown bytes were meant to be.
        head = raw.read(8)
        compression = sniff_compression(head) or (compression_of(name) if head else None)
        try:
            raw.seek(0)
        except (OSError, ValueError):  # a stream that cannot rewind: open it again
            raw.close()
            raw = _open_raw(name)
    stream: IO[bytes] = raw
    if compression is not None:
        try:
            stream = cast(IO[bytes], _Closing(_decompressor(raw, compression), raw))
        except BaseException:
            raw.close()
            raise
    return cast(IO[bytes], io.BufferedReader(_Guarded(stream, name, compression), _BUFFER))


class _Closing(io.RawIOBase):
    """A decompressor that also closes the stored stream under it."""

    def __init__(self, stream: IO[bytes], raw: IO[bytes]) -> None:
        self._stream = stream
        self._raw = raw

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        return cast(int, self._stream.readinto(buffer))  # type: ignore[attr-defined]

    def close(self) -> None:
        if not self.closed:
            try:
                self._stream.close()
            finally:
                self._raw.close()
        super().close()


def exists(name: str) -> bool:
    """Whether a file is stored under the local path or URL ``name``."""
    local = local_path(name)
    if local is not None:
        return Path(local).is_file()
    filesystem, path = url_filesystem(name)
    return bool(filesystem.isfile(path))


def read_lines(name: str) -> Iterator[str]:
    """The decoded UTF-8 lines of a (possibly compressed, possibly remote) file, streaming."""
    with io.TextIOWrapper(open_input(name), encoding="utf-8", newline="\n") as handle:
        yield from handle


def _compressor(raw: IO[bytes], compression: str | None) -> IO[bytes]:
    if compression is None:
        return raw
    if compression == "gzip":
        # mtime=0 and no file name in the header: the same documents give the same bytes.
        return cast(IO[bytes], gzip.GzipFile(filename="", fileobj=raw, mode="wb", mtime=0))
    if compression == "bz2":
        return cast(IO[bytes], bz2.BZ2File(raw, "wb"))
    if compression == "xz":
        return cast(IO[bytes], lzma.LZMAFile(raw, "wb"))
    compressor = _zstandard("writing .zst files").ZstdCompressor()
    return cast(IO[bytes], compressor.stream_writer(raw, closefd=False))


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


class AtomicOutput:
    """A text output written under a temporary name and moved into place on :meth:`commit`.

    Args:
        name: the target, a local path or URL; compressed when its suffix says so.
        keep_existing: start with the lines already stored under ``name`` (for ``--resume``).
        compress: compress as the suffix says; false for formats that compress themselves (Parquet).

    Raises:
        MissingExtraError: a URL without ``fsspec``, a ``.zst`` target without ``zstandard``.
    """

    def __init__(self, name: str, *, keep_existing: bool = False, compress: bool = True) -> None:
        self.name = name
        local = local_path(name)
        self._commit: Callable[[], None]
        self._discard: Callable[[], None]
        if local is not None:
            target = Path(local)
            target.parent.mkdir(parents=True, exist_ok=True)
            descriptor, temp = tempfile.mkstemp(
                prefix=f".{target.name}.", suffix=".partial", dir=target.parent
            )
            Path(temp).chmod(0o666 & ~_umask())  # mkstemp makes 0600; an output honours the umask
            self._raw: IO[bytes] = os.fdopen(descriptor, "wb")
            self._commit = lambda: _move(Path(temp), target)
            self._discard = lambda: Path(temp).unlink(missing_ok=True)
        else:
            filesystem, path = url_filesystem(name)
            parent, _, base = path.rpartition("/")
            temp_key = f"{parent}/.{base}.{secrets.token_hex(8)}.partial" if parent else f".{base}.partial"
            self._raw = cast(IO[bytes], filesystem.open(temp_key, "wb"))
            self._commit = lambda: filesystem.mv(temp_key, path)
            self._discard = lambda: _remove(filesystem, temp_key)
        self._sink = self._raw
        self._open = True
        try:
            self._sink = _compressor(self._raw, compression_of(name) if compress else None)
            if keep_existing and exists(name):
                for line in read_lines(name):
                    if line.strip():
                        self.write(line if line.endswith("\n") else line + "\n")
        except BaseException:
            self.abort()  # nothing of a failed start stays behind
            raise

    @property
    def stream(self) -> IO[bytes]:
        """The binary stream behind the output, for writers that make bytes themselves (Parquet)."""
        return self._sink

    def write(self, text: str) -> None:
        """Append ``text``, encoded as UTF-8."""
        self._sink.write(text.encode("utf-8"))

    def _close(self) -> None:
        self._open = False
        try:
            if self._sink is not self._raw:
                self._sink.close()
        finally:
            self._raw.close()

    def commit(self) -> None:
        """Finish the output and move it into place (once; later calls do nothing)."""
        if not self._open:
            return
        self._close()
        self._commit()

    def abort(self) -> None:
        """Drop the temporary output; whatever was stored under the name stays as it was."""
        if not self._open:
            return
        try:
            self._close()
        finally:
            self._discard()


def _remove(filesystem: Any, key: str) -> None:
    with contextlib.suppress(OSError, ValueError):  # never stored, or already gone
        filesystem.rm(key)


def _move(temp: Path, target: Path) -> None:
    temp.replace(target)
