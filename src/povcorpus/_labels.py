"""The labels of credit and release lines, read once from ``boilerplate/labels.toml``.

One data file for the boilerplate rules (the ``${<kind>_label}`` defines of every
rule pack) and the structure parser (which must not take a credit line for a
title), so a language's ``Source:`` or ``Editor:`` is written down once.
"""

from __future__ import annotations

import functools
import sys
from importlib import resources

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = ["credit_labels"]


@functools.cache
def credit_labels() -> dict[str, tuple[str, ...]]:
    """The labels by kind (``release``, ``source``, ``editor``, ``update``, ``credit``): regex alternatives.

    >>> "fonte" in credit_labels()["source"]
    True
    """
    text = (resources.files("povcorpus") / "boilerplate" / "labels.toml").read_text(encoding="utf-8")
    return {kind: tuple(labels) for kind, labels in tomllib.loads(text).items()}
