"""Helpers shared by the boilerplate dev-set generators (spam, chrome, honest): hosts, split, output.

Hosts are sentences of the labelled language-ID dev set (Universal
Dependencies treebanks, see its README) found beside the repository as
``shared/data/langid-dev.jsonl``. The split is a hash of the clean text, so
it never depends on the order of generation.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
LANGID_DEV = ROOT.parent / "shared" / "data" / "langid-dev.jsonl"
OUT = ROOT / "tests" / "data" / "dev"
KEYS = ("kind", "lang", "input", "expected", "split", "source")


def split_of(clean: str) -> str:
    """``"tune"`` or ``"test"``, from a hash of the clean text (deterministic)."""
    return "tune" if hashlib.sha256(clean.encode("utf-8")).digest()[0] % 2 == 0 else "test"


def hosts(langs: Iterable[str], min_words: int = 6, min_chars: int = 14) -> Iterator[tuple[str, str, str]]:
    """``(lang, sentence, source)`` of the langid dev set: sentences long enough to host an insertion."""
    wanted = set(langs)
    with LANGID_DEV.open(encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            lang, text = row["lang"], row["text"].strip()
            if lang not in wanted or "\n" in text:
                continue
            if lang in ("zh", "ja"):
                if len(text) < min_chars:
                    continue
            elif len(text.split()) < min_words:
                continue
            yield lang, text, f"langid-dev:{row.get('source', '?')}"


def row(kind: str, lang: str, damaged: str, expected: str, split: str, source: str) -> dict[str, str]:
    """One dev-set record with its keys in the shared order."""
    return dict(zip(KEYS, (kind, lang, damaged, expected, split, source), strict=True))


def write(kind: str, rows: list[dict[str, str]]) -> Path:
    """Write ``rows`` to ``tests/data/dev/<kind>.jsonl``; return the path."""
    OUT.mkdir(parents=True, exist_ok=True)
    path = OUT / f"{kind}.jsonl"
    with path.open("w", encoding="utf-8") as handle:
        for record in rows:
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return path


def read(kind: str) -> list[dict[str, str]]:
    """The records of ``tests/data/dev/<kind>.jsonl`` (empty when the file is absent)."""
    path = OUT / f"{kind}.jsonl"
    if not path.exists():
        return []
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def rng(kind: str) -> random.Random:
    """A random generator seeded by the kind's name, so every run writes the same file."""
    return random.Random(int(hashlib.sha256(kind.encode()).hexdigest()[:8], 16))
