"""Read the golden cleaner files (``tests/data/cleaners``) and the clean sentences (``tests/data/negative``).

Shared by the tests and ``benchmarks/cleaner_quality.py`` so both read the files the same way.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import NamedTuple

DATA = Path(__file__).parent / "data"
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|n|r|t|\\)")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}


class Case(NamedTuple):
    """One golden pair: a titled damaged input and its expected repair."""

    rule: str
    title: str
    input: str
    expected: str
    lang: str | None
    options: dict[str, bool]


def _decode(text: str) -> str:
    return _ESCAPE.sub(lambda m: _SIMPLE.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), text)


def read_golden(path: Path) -> list[Case]:
    """Parse a golden file: ``### title`` blocks of input, a ``---`` line, expected output."""
    blocks: list[tuple[str, list[str], list[str]]] = []
    part: list[str] | None = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            blocks.append((line[4:], [], []))
            part = blocks[-1][1]
        elif blocks and line == "---" and part is blocks[-1][1]:
            part = blocks[-1][2]
        elif part is not None:
            part.append(line)
    cases = []
    for title, source, expected in blocks:
        while expected and expected[-1] == "":
            expected.pop()
        lang = re.search(r"\[([a-z]{2})\]", title)
        options = {key: value == "true" for key, value in re.findall(r"\[([\w.]+)=(\w+)\]", title)}
        cases.append(
            Case(
                path.stem,
                title,
                _decode("\n".join(source)),
                _decode("\n".join(expected)),
                lang.group(1) if lang else None,
                options,
            )
        )
    return cases


def read_negative(path: Path) -> list[str]:
    """Clean sentences of a negative file: one per line, ``#`` lines are comments."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [line for line in lines if line and not line.startswith("#")]
