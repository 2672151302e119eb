"""Format ``jsonl``: one JSON object per line.

Lines written by ``povcorpus clean`` (``Document.to_dict()``) load back into
equal documents. Other JSONL corpora load too: an object with a ``text`` key
(and optionally ``title``, ``id``, ``language``) becomes a new document whose
``raw`` is that text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

import attrs

from povcorpus._decode import Line, TextFile
from povcorpus.errors import FormatError
from povcorpus.loaders.base import make_document, register_loader
from povcorpus.model import Document

__all__ = ["load_jsonl"]

_OWN_KEYS = frozenset({"id", "text", "raw", "origin"})


@register_loader("jsonl")
def load_jsonl(file: TextFile) -> Iterator[Document]:
    """Yield one document per non-blank line.

    Raises:
        FormatError: a line is not a JSON object with a ``text`` string.
    """
    index = 0
    for line in file.lines():
        if not line.text.strip():
            continue
        try:
            data = json.loads(line.text)
        except json.JSONDecodeError as error:
            msg = f"line {line.number} of {file.name} is not valid JSON ({error.msg} at column {error.colno})"
            raise FormatError(msg, file.name) from None
        if not isinstance(data, dict) or not isinstance(data.get("text"), str):
            msg = f'line {line.number} of {file.name} is not a JSON object with a "text" string'
            raise FormatError(msg, file.name)
        if data.keys() >= _OWN_KEYS:
            try:
                yield Document.from_dict(data)
            except (KeyError, TypeError, ValueError) as error:
                msg = f"line {line.number} of {file.name} is not a povcorpus document: {error!r}"
                raise FormatError(msg, file.name) from None
        else:
            yield _foreign(file, index, line, data)
        index += 1


def _foreign(file: TextFile, index: int, line: Line, data: dict[str, object]) -> Document:
    """A document from someone else's JSONL: ``raw`` is its text, the span is its line."""
    text = str(data["text"])
    document = make_document(
        file, index, [Line(number=line.number, text=text, start=0, newline=False)], format="jsonl"
    )
    title = data.get("title")
    language = data.get("language") or data.get("lang")
    return document.evolve(
        id=str(data["id"]) if data.get("id") is not None else document.id,
        title=str(title) if title else None,
        language=str(language) if language else None,
        origin=attrs.evolve(document.origin, char_start=line.start, char_end=line.end),
    )
