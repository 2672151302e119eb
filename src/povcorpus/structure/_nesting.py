"""Decide how deep each heading sits, from its style's rank and how its numbering runs.

Rules, tried in order for each heading:

1. A heading of a style and rank already open (``(2)`` after ``(1)``, ``1.2``
   after ``1.1``) closes everything down to that heading and becomes its
   sibling. ``1.1.1`` after ``1.1`` is one rank deeper, so it nests.
2. A heading numbered 1 (``1.``, ``(1)``, ``一、``, ``(a)``) of a style not open
   starts a subdivision of the heading above it: ``1.`` under ``III.``,
   ``(1)`` under ``1.``. A top-level number never starts a subdivision of a
   named heading such as ``Preface``.
3. Otherwise headings of the same or a deeper rank, and named headings,
   are closed and the heading goes under what is left. So ``五、`` after
   ``4.`` and its ``(6)`` becomes a sibling of ``4.``: both rank 1, and
   ``Section 2`` after ``Introduction`` is not inside it.

Headings whose label names their level (``Part``, ``Chapter``, ``Section``,
``第一章``, ``第一节``: :data:`SELF_RANKED`) never start a subdivision of a
named heading: ``Chapter 1`` after ``Preface`` is the Preface's sibling.
"""

from __future__ import annotations

from collections.abc import Sequence

from povcorpus.structure.headings import HeadingMatch

__all__ = ["SELF_RANKED", "assign_parents"]

SELF_RANKED = frozenset(
    {"part", "chapter", "section", "chinese_chapter", "chinese_section", "korean_chapter", "korean_section"}
)
"""Styles whose label says which level it is; they never nest under a named heading."""


def assign_parents(headings: Sequence[HeadingMatch]) -> list[int | None]:
    """Return, for each heading, the index of its parent heading (``None`` at the top level)."""
    parents: list[int | None] = []
    stack: list[int] = []
    for index, heading in enumerate(headings):
        same_style = next(
            (
                pos
                for pos in range(len(stack))
                if headings[stack[pos]].style == heading.style and headings[stack[pos]].rank == heading.rank
            ),
            None,
        )
        if same_style is not None:
            del stack[same_style:]
        elif (
            heading.value == 1
            and not heading.named
            and stack
            and _may_subdivide(headings[stack[-1]], heading)
        ):
            pass
        else:
            while stack and (
                headings[stack[-1]].rank >= heading.rank or (headings[stack[-1]].named and not heading.named)
            ):
                stack.pop()
        parents.append(stack[-1] if stack else None)
        stack.append(index)
    return parents


def _may_subdivide(parent: HeadingMatch, child: HeadingMatch) -> bool:
    return not (parent.named and (child.rank <= parent.rank or child.style in SELF_RANKED))
