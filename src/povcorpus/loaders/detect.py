"""Choose a format for ``format="auto"``, by documented rules.

The rules look at the first 64 KB of the decoded file and at its last
non-blank line, and are tried in this order:

1. ``jsonl``: the file name ends in ``.jsonl`` or ``.ndjson``, or its first
   non-blank line is a JSON object.
2. ``source-delimited``: the last non-blank line is a ``Source:`` line, or at
   least two ``Source:`` lines appear in the head.
3. ``lines``: at least two non-blank lines, no blank line between them, and
   at least 80 % of them end like a sentence (``. ! ? 。 … " ” »``), as
   one-summary-per-line files do.
4. ``text``: anything else (the file is one document).

Plugin formats are never chosen automatically; select them by name.
"""

from __future__ import annotations

import json

from povcorpus._decode import TextFile
from povcorpus.loaders.source_delimited import SOURCE_LINE

__all__ = ["detect_format"]

_SENTENCE_END = tuple('.!?。！？…"”»)')


def detect_format(file: TextFile) -> str:
    """Return the built-in format name that fits ``file``."""
    if file.name.lower().endswith((".jsonl", ".ndjson")):
        return "jsonl"
    head = file.head()
    lines = head.split("\n")
    if head and not head.endswith("\n") and len(lines) > 1:
        lines = lines[:-1]  # the last line of the head may be cut short
    filled = [line for line in lines if line.strip()]
    if not filled:
        return "text"
    if filled[0].lstrip().startswith("{"):
        try:
            if isinstance(json.loads(filled[0]), dict):
                return "jsonl"
        except (json.JSONDecodeError, RecursionError):
            pass  # a bad or too deeply nested first line: "auto" keeps looking
    source_lines = sum(1 for line in filled if SOURCE_LINE.match(line))
    if source_lines >= 2 or SOURCE_LINE.match(file.last_line()):
        return "source-delimited"
    if len(filled) >= 2 and _no_blank_between(lines):
        ends = sum(1 for line in filled if line.rstrip().endswith(_SENTENCE_END))
        if ends >= 0.8 * len(filled):
            return "lines"
    return "text"


def _no_blank_between(lines: list[str]) -> bool:
    filled = [index for index, line in enumerate(lines) if line.strip()]
    return all(lines[index].strip() for index in range(filled[0], filled[-1] + 1))
