"""What the spam check-set scripts share: line files, JSONL sets, the tune/test split, host text lost.

Used by ``chinese_spam_check.py``, ``chinese_spam_fresh.py`` and ``latin_spam_fresh.py``
(run as scripts, so this module is found beside them).
"""

from __future__ import annotations

import difflib
import hashlib
import json
from pathlib import Path


def text_lines(path: Path) -> list[str]:
    """The sentences of a one-a-line file (blank lines and ``#`` comments skipped)."""
    return [
        line for line in path.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")
    ]


def read_jsonl(path: Path) -> list[dict[str, str]]:
    """The items of a JSONL check set."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    """Write a check set, one JSON object a line (UTF-8, not escaped)."""
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8"
    )


def split_of(host: str) -> str:
    """``tune`` or ``test`` by a hash of the host sentence: every item of one host falls in one half."""
    return "tune" if hashlib.sha1(host.encode()).digest()[0] % 2 == 0 else "test"


def lost_characters(host: str, got: str) -> int:
    """How many characters of ``host`` are not in ``got`` (by a longest common subsequence of blocks)."""
    matcher = difflib.SequenceMatcher(None, host, got, autojunk=False)
    return len(host) - sum(block.size for block in matcher.get_matching_blocks())
