"""Format ``jsonl``: one JSON object per line.

Lines written by ``povcorpus process`` (``Document.to_dict()``) load back into
equal documents. Other JSONL corpora load too: an object with a ``text`` key
(and optionally ``title``, ``id``, ``language``) becomes a new document whose
``raw`` is that text.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import attrs

from povcorpus._decode import FileLine, TextFile, replace_surrogates
from povcorpus.loaders.base import make_document, register_loader, skip_record
from povcorpus.model import Document

__all__ = ["load_jsonl"]

_OWN_KEYS = frozenset({"id", "text", "raw", "origin"})


@register_loader("jsonl")
def load_jsonl(file: TextFile) -> Iterator[Document]:
    """Yield one document per non-blank line; a bad line goes to :func:`skip_record`.

    A line is bad when it is not JSON, nests deeper than the parser allows,
    is not an object with a ``text`` string, or is a povcorpus document that
    does not load (or holds a lone surrogate, which povcorpus never writes).

    Raises:
        FormatError: a bad line, unless ``file.on_bad_record`` takes it.
    """
    index = 0
    for line in file.lines():
        if not line.text.strip():
            continue
        data, reason = _parse(line.text)
        if data is None:
            skip_record(file, line.number, reason)
            index += 1  # the next records keep their ids once this line is fixed
            continue
        if data.keys() >= _OWN_KEYS:
            try:
                document = Document.from_dict(data)
            except (KeyError, TypeError, ValueError, AttributeError, RecursionError) as error:
                skip_record(
                    file, line.number, f"is not a povcorpus document ({type(error).__name__}: {error})"
                )
                index += 1
                continue
            if replace_surrogates(document.raw)[1] or replace_surrogates(document.text)[1]:
                skip_record(file, line.number, "is a povcorpus document holding a lone surrogate")
                index += 1
                continue
            yield document
        else:
            yield _foreign(file, index, line, data)
        index += 1


def _parse(text: str) -> tuple[dict[str, Any] | None, str]:
    """The line's JSON object, or ``None`` and why it is not one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return None, f"is not valid JSON ({error.msg}; column {error.colno})"
    except RecursionError:
        return None, "is JSON nested too deeply to read"
    if not isinstance(data, dict):
        return None, f"is JSON but not an object (a {type(data).__name__})"
    if not isinstance(data.get("text"), str):
        return None, 'is a JSON object without a "text" string'
    return data, ""


def _foreign(file: TextFile, index: int, line: FileLine, data: dict[str, Any]) -> Document:
    """A document from someone else's JSONL: ``raw`` is its text, the span is its line.

    Lone surrogates (``\\ud800`` escapes) in the text become U+FFFD, recorded as
    ``decode.surrogate`` edits; in the id, title and language they become U+FFFD.
    """
    text, replaced = replace_surrogates(data["text"])
    document = make_document(
        file,
        index,
        [FileLine(number=line.number, text=text, start=0, newline=False, replaced=replaced)],
        format="jsonl",
    )
    title = data.get("title")
    language = data.get("language") or data.get("lang")
    return document.evolve(
        id=_label(data["id"]) if data.get("id") is not None else document.id,
        title=_label(title) if title else None,
        language=_label(language) if language else None,
        origin=attrs.evolve(document.origin, char_start=line.start, char_end=line.end),
    )


def _label(value: object) -> str:
    """A short field (id, title, language) as text, lone surrogates as U+FFFD."""
    try:
        text = str(value)
    except RecursionError:  # a deeply nested JSON value
        text = "\ufffd"
    return replace_surrogates(text)[0]
