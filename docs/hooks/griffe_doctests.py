"""Griffe extension for the API page: make reST-flavoured docstrings read well as Markdown.

The library's docstrings are Google style, with two habits from Sphinx that
Markdown would misread:

* doctests at their top level (``>>> …`` lines followed by the expected
  output), which Markdown reads as nested block quotes: each such run of
  lines, up to the next blank line, is wrapped in a ```pycon fence (doctests
  inside an ``Examples:`` section or a fence are left alone);
* roles such as ``:class:`~povcorpus.model.Edit``` or ``:func:`load```: they
  become plain code (``Edit``, ``load``), not links, so a short relative name
  can never break the strict build.
"""

from __future__ import annotations

import re
from typing import Any

import griffe

_ROLE = re.compile(r":(?:class|func|meth|mod|attr|data|exc|obj|const|ref):`(?P<tilde>~?)(?P<target>[^`]+)`")


def _role(match: re.Match[str]) -> str:
    target = match.group("target")
    if match.group("tilde"):
        target = target.rsplit(".", 1)[-1]
    return f"`{target}`"


def fence_doctests(text: str) -> str:
    """Wrap every top-level doctest block of ``text`` in a ```pycon fence."""
    out: list[str] = []
    in_fence = False
    in_doctest = False
    for line in text.split("\n"):
        if line.startswith("```"):
            in_fence = not in_fence
        if not in_fence and not in_doctest and line.startswith(">>>"):
            out.append("```pycon")
            in_doctest = True
        elif in_doctest and not line.strip():
            out.append("```")
            in_doctest = False
        out.append(line)
    if in_doctest:
        out.append("```")
    return "\n".join(out)


def rewrite(text: str) -> str:
    """Fence the doctests of ``text`` and turn its Sphinx roles into code."""
    return _ROLE.sub(_role, fence_doctests(text))


class DoctestFences(griffe.Extension):
    """Rewrite every docstring with :func:`rewrite` (see the module docstring)."""

    def on_object(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        """Rewrite the docstring of each loaded object."""
        if obj.docstring is not None:
            obj.docstring.value = rewrite(obj.docstring.value)

    def on_package(self, *, pkg: griffe.Module, **kwargs: Any) -> None:
        """Rewrite the docstring of the top-level package, which ``on_object`` does not see."""
        if pkg.docstring is not None:
            pkg.docstring.value = rewrite(pkg.docstring.value)
