"""Where each edit of a document shows in its final text.

Edits are stored step after step, each with offsets in the text *before* its
step (right to left within a step). To mark them on the final text, every
earlier mark is carried forward through every later edit:

* a mark left of an edit stays put; a mark right of it shifts by the edit's
  change in length;
* a mark that overlaps or touches a later edit merges with it into one mark
  that lists both edits, so nothing is lost and marks never overlap;
* a deletion leaves a zero-width mark where the text was.

A maximal run of edits each lying left of (or touching) the previous one is
equivalent to applying them all at once to the text before the run, so the
work is done run by run with one sorted sweep each, not edit by edit.
"""

from __future__ import annotations

from collections.abc import Sequence

from attrs import frozen

from povcorpus.model import Edit

__all__ = ["Highlight", "highlight_edits"]


@frozen
class Highlight:
    """A span of the final text made or touched by edits."""

    start: int
    end: int
    """End (exclusive); equal to ``start`` where text was only deleted."""
    edits: tuple[int, ...]
    """Indexes into ``Document.edits`` of the edits behind this span, in the order they were made."""


def _runs(indexed: Sequence[tuple[int, Edit]]) -> list[list[tuple[int, Edit]]]:
    runs: list[list[tuple[int, Edit]]] = []
    for item in indexed:
        edit = item[1]
        if runs and edit.end <= runs[-1][-1][1].start:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def _apply_run(marks: list[Highlight], run: list[tuple[int, Edit]]) -> list[Highlight]:
    """Carry ``marks`` through one run of edits applied at once; returns the new marks."""
    # (start, end, is_edit, order, payload)
    items: list[tuple[int, int, int, int, tuple[int, ...], int]] = []
    for order, mark in enumerate(marks):
        items.append((mark.start, mark.end, 0, order, mark.edits, 0))
    for order, (index, edit) in enumerate(reversed(run)):
        delta = len(edit.after) - (edit.end - edit.start)
        items.append((edit.start, edit.end, 1, order, (index,), delta))
    items.sort(key=lambda item: (item[0], item[1], item[3]))
    result: list[Highlight] = []
    shift = 0
    group: list[tuple[int, int, int, int, tuple[int, ...], int]] = []
    group_end = -1
    edit_end = -1

    def close() -> None:
        nonlocal shift
        if not group:
            return
        start = group[0][0]
        delta = sum(item[5] for item in group)
        indexes = tuple(sorted({i for item in group for i in item[4]}))
        result.append(Highlight(start + shift, group_end + shift + delta, indexes))
        shift += delta

    for item in items:
        start, end, is_edit = item[0], item[1], item[2]
        joins = bool(group) and (start < group_end or (start == group_end and (is_edit or edit_end == start)))
        if not joins:
            close()
            group = []
            group_end = start
            edit_end = -1
        group.append(item)
        group_end = max(group_end, end)
        if is_edit:
            edit_end = max(edit_end, end)
    close()
    return result


def highlight_edits(edits: Sequence[Edit], field: str = "text") -> tuple[Highlight, ...]:
    """Marks on the final text of ``field`` for every edit of that field.

    Args:
        edits: a document's edits, in the order they were made.
        field: which string's edits to place (``"text"``, ``"title"``…).

    Returns:
        Non-overlapping marks sorted by position; every edit of ``field`` is
        listed in exactly one of them.
    """
    indexed = [(index, edit) for index, edit in enumerate(edits) if edit.field == field]
    marks: list[Highlight] = []
    for run in _runs(indexed):
        marks = _apply_run(marks, run)
    return tuple(marks)
