"""Bytes to text, line by line: BOMs, CRLF, ``errors=``, exact offsets.

A :class:`TextFile` streams the lines of one file without reading it whole
(except UTF-16/32, which are decoded in one piece). Compressed files and URLs
are opened through :mod:`povcorpus._io` and streamed decompressed. Offsets count characters
in the decoded text with ``\\r\\n`` turned into ``\\n``; a lone ``\\r`` is kept.
Undecodable bytes raise :class:`~povcorpus.errors.DecodeError` with the byte
offset, or with ``errors="replace"`` become U+FFFD and are reported on the
line as edits of field ``"raw"`` whose ``before`` spells the bytes as ``\\xNN``.
Lone surrogates (from a text stream, or ``\\ud800`` escapes in JSON) cannot be
written as UTF-8: they become U+FFFD the same way, rule ``decode.surrogate``.
"""

from __future__ import annotations

import codecs
import io
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import IO
from urllib.parse import urlsplit

from attrs import frozen

from povcorpus import _io
from povcorpus.errors import (
    DecodeError,
    FormatError,
    NotTextError,
    RecordTooLargeError,
    SourceError,
    SourceNotFoundError,
)
from povcorpus.model import Edit

__all__ = ["DEFAULT_MAX_LINE_BYTES", "FileLine", "TextFile", "printable_name", "replace_surrogates"]

DEFAULT_MAX_LINE_BYTES = 512 * 1024 * 1024
"""Longest line accepted by default (512 MiB); longer lines raise RecordTooLargeError."""

_SNIFF_BYTES = 8192
_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_CONTROL = bytes(sorted(set(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D, 0x1B}))
_SURROGATE = re.compile("[\ud800-\udfff]")
_ONE_READ_BYTES = 32 * 1024 * 1024
"""Files up to this size are decoded in one call; larger ones stream line by line."""


@frozen
class FileLine:
    """One decoded line of a file, as loaders read it (see :meth:`TextFile.lines`).

    Not :class:`povcorpus._lines.Line`, which splits a document's text: a file line
    keeps its line number, whether a ``\n`` followed it and the bytes its decoding replaced.
    """

    number: int
    """Line number in the file, counting from 1."""
    text: str
    """The line without its line break."""
    start: int
    """Offset of the line in the decoded file."""
    newline: bool
    """Whether a ``\\n`` follows the line."""
    replaced: tuple[Edit, ...] = ()
    """Bytes replaced by U+FFFD under ``errors="replace"``, offsets within ``text``."""

    @property
    def end(self) -> int:
        """Offset just past the line's text (before its line break)."""
        return self.start + len(self.text)


def replace_surrogates(text: str) -> tuple[str, tuple[Edit, ...]]:
    """``text`` with each lone surrogate turned into U+FFFD, and the edits (field ``raw``, right to left).

    A lone surrogate is not a character and cannot be encoded as UTF-8, so a
    document holding one could not be written; ``before`` spells it as ``\\udXXX``.
    """
    if text.isascii() or not _SURROGATE.search(text):
        return text, ()
    edits = tuple(
        Edit(
            start=match.start(),
            end=match.start() + 1,
            before=f"\\u{ord(match.group()):04x}",
            after="\ufffd",
            rule="decode.surrogate",
            field="raw",
        )
        for match in reversed(list(_SURROGATE.finditer(text)))
    )
    return _SURROGATE.sub("\ufffd", text), edits


def printable_name(name: str) -> str:
    """A file name as valid text: bytes that are not UTF-8 (surrogates from the OS layer) as ``\\xNN``."""
    if not _SURROGATE.search(name):
        return name
    return name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")


def _is_ascii_compatible(encoding: str) -> bool:
    return codecs.lookup(encoding).name not in {
        "utf-16",
        "utf-16-le",
        "utf-16-be",
        "utf-32",
        "utf-32-le",
        "utf-32-be",
    }


class TextFile:
    """One input file (or open text stream), decoded lazily, line by line.

    Args:
        source: a path or URL (compressed or not; see :mod:`povcorpus._io`), or an open text or
            binary stream (read into memory once, at once).
        encoding: the file's encoding; ``None`` reads a BOM if there is one, else UTF-8.
        errors: ``"strict"`` raises DecodeError; ``"replace"`` writes U+FFFD and records it.
        max_line_bytes: guard against a runaway line.

    Raises:
        SourceNotFoundError: the path does not exist.
        SourceError: the path is a directory or cannot be opened.
        NotTextError: the file holds binary data.
    """

    def __init__(
        self,
        source: str | os.PathLike[str] | IO[str] | IO[bytes],
        encoding: str | None = None,
        errors: str = "strict",
        max_line_bytes: int = DEFAULT_MAX_LINE_BYTES,
    ) -> None:
        if errors not in {"strict", "replace"}:
            msg = f'errors must be "strict" or "replace", not {errors!r}'
            raise ValueError(msg)
        self.errors = errors
        self.max_line_bytes = max_line_bytes
        self.on_bad_record: Callable[[FormatError], None] | None = None
        """Called with each record a loader skips; ``None`` makes loaders raise it instead."""
        self._text: str | None = None  # an open text stream, read once
        self._data: bytes | None = None  # an open binary stream, read once
        self._bom = b""
        self._opener: Callable[[], IO[bytes]] | None = None  # compressed files and URLs
        if isinstance(source, (str, os.PathLike)):
            location = os.fspath(source)
            local = _io.local_path(location)
            self.path: Path | None = Path(local) if local is not None else None
            self.name = printable_name(Path(location).as_posix() if not _io.is_url(location) else location)
            head = self._read_head() if self.path is not None else b""
            if self.path is None or _io.sniff_compression(head) or (head and _io.compression_of(location)):
                self.path = None
                self._opener = lambda: _io.open_input(location)
                head = self._read_head()
        else:
            self.path = None
            self.name = str(getattr(source, "name", "<stream>"))
            if not isinstance(self.name, str) or self.name.startswith("<") or not self.name:
                self.name = "<stream>"
            self.name = printable_name(self.name)
            content = source.read()
            if isinstance(content, str):
                self._text = content
                head = b""
            else:
                self._data = content
                head = content[:_SNIFF_BYTES]
        detected = None
        for bom, bom_encoding in _BOMS:
            if head.startswith(bom):
                self._bom = bom
                detected = bom_encoding
                break
        try:
            given = codecs.lookup(encoding or "utf-8").name
        except LookupError:
            msg = f"unknown encoding {encoding!r} for {self.name}; use a codec name such as utf-8 or latin-1"
            raise SourceError(msg, self.name) from None
        if detected and (encoding is None or given.split("-")[:2] == detected.split("-")[:2]):
            encoding = detected  # the BOM names (or confirms) the encoding and is skipped
        else:
            self._bom = b""  # no BOM, or the caller's encoding says these bytes are text
            encoding = given
        self.encoding = codecs.lookup(encoding).name
        if head and not self._bom and _looks_binary(head, self.encoding):
            msg = (
                f"{self.name} looks like binary data, not text (NUL or control bytes in its first "
                f"{min(len(head), _SNIFF_BYTES)} bytes); pass text files only, or name the encoding of "
                'UTF-16/32 text without a BOM (encoding="utf-16-le")'
            )
            raise NotTextError(msg, self.name)

    def _read_head(self) -> bytes:
        if self._opener is not None:
            with self._opener() as stream:
                return stream.read(_SNIFF_BYTES)
        assert self.path is not None
        try:
            with self.path.open("rb") as handle:
                return handle.read(_SNIFF_BYTES)
        except FileNotFoundError:
            msg = f"{self.name} does not exist; check the path"
            if self.path.is_symlink():
                target = printable_name(self.path.readlink().as_posix())
                msg = f"{self.name} is a dangling symbolic link (to {target})"
            raise SourceNotFoundError(msg, self.name) from None
        except IsADirectoryError:
            msg = f"{self.name} is a directory; pass it to povcorpus.load() to read the text files inside"
            raise SourceError(msg, self.name) from None
        except OSError as error:
            msg = f"cannot read {self.name}: {error.strerror or error}"
            raise SourceError(msg, self.name) from None

    @property
    def stem(self) -> str:
        """The file name without its suffix, used in document ids."""
        if self.path is None and self._opener is None:
            return "stream"
        name = PurePosixPath(urlsplit(self.name).path).name if _io.is_url(self.name) else Path(self.name).name
        return Path(_io.strip_compression(name)).stem

    def _open_binary(self) -> IO[bytes]:
        if self._opener is not None:
            handle = self._opener()
            handle.read(len(self._bom))
            return handle
        if self.path is not None:
            try:
                handle = self.path.open("rb")
            except OSError as error:
                msg = f"cannot read {self.name}: {error.strerror or error}"
                raise SourceError(msg, self.name) from None
            handle.read(len(self._bom))
            return handle
        stream = io.BytesIO(self._data or b"")
        stream.read(len(self._bom))
        return stream

    def lines(self) -> Iterator[FileLine]:
        """Yield the decoded lines of the file, lazily.

        Raises:
            DecodeError: undecodable bytes under ``errors="strict"``.
            RecordTooLargeError: a line longer than ``max_line_bytes``.
        """
        if self._text is not None:
            yield from self._text_stream_lines(io.StringIO(self._text))
            return
        if not _is_ascii_compatible(self.encoding):
            yield from self._whole_lines()
            return
        if self._fits_in_one_read():
            yield from self._lines_in_one_read()
            return
        yield from self._streamed_lines(self._open_binary())

    def _fits_in_one_read(self) -> bool:
        if self._opener is not None:
            return False  # the decompressed size is not known before reading: stream it
        size = self.path.stat().st_size if self.path is not None else len(self._data or b"")
        return size <= min(_ONE_READ_BYTES, self.max_line_bytes)

    def _lines_in_one_read(self) -> Iterator[FileLine]:
        """Decode a small file in one C call and split it; the line-by-line path handles the rest."""
        handle = self._open_binary()
        with handle:
            data = handle.read()
        try:
            text = data.decode(self.encoding, "strict")
        except UnicodeDecodeError as error:
            if self.errors == "strict":
                raise self._decode_error(
                    data[error.start : error.end], len(self._bom) + error.start
                ) from None
            yield from self._streamed_lines(io.BytesIO(data))  # exact replacement edits, line by line
            return
        offset = 0
        pieces = text.split("\n")
        last = len(pieces) - 1
        for index, piece in enumerate(pieces):
            newline = index < last
            if index == last and not piece:
                break
            body = piece[:-1] if newline and piece.endswith("\r") else piece
            yield FileLine(number=index + 1, text=body, start=offset, newline=newline)
            offset += len(body) + 1

    def _streamed_lines(self, handle: IO[bytes]) -> Iterator[FileLine]:
        """Read, check and decode one line at a time: flat memory, exact byte offsets."""
        try:
            decode = codecs.getdecoder(self.encoding)
            number = 0
            char_offset = 0
            byte_offset = len(self._bom)
            limit = self.max_line_bytes
            while True:
                chunk = handle.readline(limit + 1)
                if not chunk:
                    break
                if len(chunk) > limit and not chunk.endswith(b"\n"):
                    msg = (
                        f"line {number + 1} of {self.name} is longer than {limit} bytes; "
                        "pass a larger max_line_bytes if this is intended"
                    )
                    raise RecordTooLargeError(msg, self.name)
                number += 1
                size = len(chunk)
                newline = chunk.endswith(b"\n")
                end = size - 1 if newline else size
                if newline and chunk.endswith(b"\r\n"):
                    end -= 1
                # A view, not a copy: a huge line is held once as bytes and once as text.
                text, replaced = self._decode(decode, memoryview(chunk)[:end], byte_offset)
                del chunk
                yield FileLine(
                    number=number, text=text, start=char_offset, newline=newline, replaced=replaced
                )
                char_offset += len(text) + (1 if newline else 0)
                byte_offset += size
        finally:
            handle.close()

    def _decode(
        self, decode: codecs._Decoder, body: bytes | memoryview, byte_offset: int
    ) -> tuple[str, tuple[Edit, ...]]:
        try:
            return decode(body, "strict")[0], ()
        except UnicodeDecodeError as error:
            if self.errors == "strict":
                raise self._decode_error(body[error.start : error.end], byte_offset + error.start) from None
        pieces: list[str] = []
        edits: list[Edit] = []
        position = 0
        length = 0
        while position < len(body):
            try:
                piece = decode(body[position:], "strict")[0]
            except UnicodeDecodeError as error:
                good = decode(body[position : position + error.start], "strict")[0]
                bad = body[position + error.start : position + error.end]
                pieces.append(good)
                length += len(good)
                edits.append(
                    Edit(
                        start=length,
                        end=length + 1,
                        before="".join(f"\\x{byte:02x}" for byte in bad),
                        after="\ufffd",
                        rule="decode.replace",
                        field="raw",
                    )
                )
                pieces.append("\ufffd")
                length += 1
                position += error.end
                continue
            pieces.append(piece)
            break
        edits.reverse()
        return "".join(pieces), tuple(edits)

    def _decode_error(self, bad: bytes | memoryview, offset: int) -> DecodeError:
        shown = " ".join(f"0x{byte:02x}" for byte in bad[:4])
        msg = (
            f"cannot decode {self.name} as {self.encoding} at byte {offset} ({shown}); "
            'pass encoding="…" with the file\'s real encoding (e.g. latin-1) or errors="replace"'
        )
        return DecodeError(msg, self.name, offset, self.encoding)

    def _whole_lines(self) -> Iterator[FileLine]:
        """Decode a non-ASCII-compatible file (UTF-16/32) in one piece, then split it."""
        handle = self._open_binary()
        with handle:
            data = handle.read()
        text, replaced = self._decode(codecs.getdecoder(self.encoding), data, len(self._bom))
        marks = {edit.start: edit.before for edit in replaced}
        number = 0
        offset = 0
        position = 0
        while position < len(text):
            cut = text.find("\n", position)
            newline = cut >= 0
            stop = cut if newline else len(text)
            body_end = stop - 1 if newline and stop > position and text[stop - 1] == "\r" else stop
            piece = text[position:body_end]
            number += 1
            edits = tuple(
                Edit(
                    start=mark - position,
                    end=mark - position + 1,
                    before=marks[mark],
                    after="\ufffd",
                    rule="decode.replace",
                    field="raw",
                )
                for mark in sorted(marks, reverse=True)
                if position <= mark < body_end
            )
            yield FileLine(number=number, text=piece, start=offset, newline=newline, replaced=edits)
            offset += len(piece) + (1 if newline else 0)
            position = stop + 1 if newline else stop

    def _text_stream_lines(self, stream: io.StringIO) -> Iterator[FileLine]:
        offset = 0
        for number, raw_line in enumerate(stream, start=1):
            newline = raw_line.endswith("\n")
            text = raw_line[:-1] if newline else raw_line
            if newline and text.endswith("\r"):
                text = text[:-1]
            text, replaced = replace_surrogates(text)
            yield FileLine(number=number, text=text, start=offset, newline=newline, replaced=replaced)
            offset += len(text) + (1 if newline else 0)

    def read(self) -> str:
        """The whole decoded text (``\\r\\n`` as ``\\n``)."""
        return "".join(line.text + ("\n" if line.newline else "") for line in self.lines())

    def head(self, max_chars: int = 65536) -> str:
        """The first ``max_chars`` characters or so, for format detection (whole lines).

        Undecodable bytes are replaced here: the loader meets them again and reports them.
        """
        if self._text is not None or not _is_ascii_compatible(self.encoding):
            pieces: list[str] = []
            size = 0
            for line in self.lines():
                pieces.append(line.text + ("\n" if line.newline else ""))
                size += len(line.text)
                if size >= max_chars:
                    break
            return "".join(pieces)
        with self._open_binary() as handle:
            data = handle.read(max_chars * 4)  # the last line may be cut: detection allows for it
        return data.decode(self.encoding, "replace").replace("\r\n", "\n")

    def last_line(self) -> str:
        """The last non-blank line of the file (read from its end when it is a path)."""
        if self.path is None or not _is_ascii_compatible(self.encoding):
            last = ""
            for line in self.lines():
                if line.text.strip():
                    last = line.text
            return last
        size = self.path.stat().st_size
        with self.path.open("rb") as handle:
            handle.seek(max(len(self._bom), size - 4096))
            tail = handle.read().decode(self.encoding, "replace")
        for tail_line in reversed(tail.splitlines()):
            if tail_line.strip():
                return tail_line
        return ""


def _looks_binary(head: bytes, encoding: str) -> bool:
    """NULs or many control characters: in the bytes, or in the decoded text for UTF-16/32."""
    if not _is_ascii_compatible(encoding):
        head = head.decode(encoding, "replace").encode("utf-8", "surrogatepass")
    if b"\x00" in head:
        return True
    controls = len(head) - len(head.translate(None, _CONTROL))
    return controls > max(4, len(head) // 100)
