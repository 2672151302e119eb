"""Make, replay and undo :class:`~povcorpus.model.Edit` records.

Every step that changes text goes through :func:`replace_spans`, so offsets
are computed in one place.
A step's edits are stored right to left: each edit's offsets are valid both
in the text before the step and in the text as it is just before that edit,
which makes replay and undo a simple loop.
"""

from __future__ import annotations

import operator
from collections.abc import Iterable, Sequence

from povcorpus.model import Edit

__all__ = [
    "apply_edits",
    "replace_spans",
    "undo_edits",
]


_span_key = operator.itemgetter(0, 1)
"""Sort key of a span: its offsets only, so equal offsets keep the order they were given in."""

_SET_START, _SET_END, _SET_BEFORE, _SET_AFTER, _SET_RULE, _SET_FIELD, _SET_STEP = (
    vars(Edit)[name].__set__ for name in ("start", "end", "before", "after", "rule", "field", "step")
)
_new_record = object.__new__


def _edit(start: int, end: int, before: str, after: str, rule: str, field: str, step: str) -> Edit:
    """``Edit(start, end, before, after, rule, field, step)``, a third cheaper.

    :class:`Edit` has no converter or validator: its ``__init__`` only sets its slots, one
    ``object.__setattr__`` call each; the slots' own setters do the same with less overhead,
    which counts for the cleaners that make thousands of edits per document.
    """
    edit: Edit = _new_record(Edit)
    _SET_START(edit, start)
    _SET_END(edit, end)
    _SET_BEFORE(edit, before)
    _SET_AFTER(edit, after)
    _SET_RULE(edit, rule)
    _SET_FIELD(edit, field)
    _SET_STEP(edit, step)
    return edit


def replace_spans(
    text: str,
    spans: Iterable[tuple[int, int, str]],
    rule: str,
    field: str = "text",
    step: str = "",
) -> tuple[str, tuple[Edit, ...]]:
    """Replace non-overlapping ``(start, end, new)`` spans of ``text``.

    Spans that change nothing are skipped; each edit carries ``rule``, ``field`` and ``step``.
    Returns the new text and the edits, right to left. One walk builds both, so a step that
    makes thousands of edits pays for each only a slice, a comparison and the :class:`Edit` itself.

    Raises:
        ValueError: two spans overlap or a span lies outside ``text``.
    """
    ordered = sorted(spans, key=_span_key)
    pieces: list[str] = []
    edits: list[Edit] = []
    add_piece = pieces.append
    add_edit = edits.append
    size = len(text)
    position = 0
    for start, end, new in ordered:
        if start < position or end < start or end > size:
            msg = f"span ({start}, {end}) overlaps another or lies outside the text"
            raise ValueError(msg)
        old = text[start:end]
        if old == new:
            continue
        add_piece(text[position:start])
        add_piece(new)
        position = end
        add_edit(_edit(start, end, old, new, rule, field, step))
    if not edits:
        return text, ()
    add_piece(text[position:])
    edits.reverse()
    return "".join(pieces), tuple(edits)


def apply_edits(text: str, edits: Sequence[Edit], field: str = "text") -> str:
    """Replay ``edits`` (those of ``field``) on ``text``, in order."""
    for edit in edits:
        if edit.field != field:
            continue
        if text[edit.start : edit.end] != edit.before:
            msg = f"edit {edit.rule!r} at {edit.start} does not match the text"
            raise ValueError(msg)
        text = text[: edit.start] + edit.after + text[edit.end :]
    return text


def undo_edits(text: str, edits: Sequence[Edit], field: str = "text") -> str:
    """Undo ``edits`` (those of ``field``) on ``text``, last first; gives the original back."""
    for edit in reversed(edits):
        if edit.field != field:
            continue
        end = edit.start + len(edit.after)
        if text[edit.start : end] != edit.after:
            msg = f"edit {edit.rule!r} at {edit.start} does not match the text"
            raise ValueError(msg)
        text = text[: edit.start] + edit.before + text[end:]
    return text
