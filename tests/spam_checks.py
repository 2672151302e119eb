"""What the spam tests share: their data files, read one way, and the check that a cut is the expected one."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

import pytest

from povcorpus import undo_edits
from povcorpus.boilerplate import strip_spam
from povcorpus.cleaners import clean_text

GAMBLING = Path(__file__).resolve().parent / "data" / "gambling"
"""The spam check sets, their host files and the honest sentences."""


def text_lines(path: Path) -> list[str]:
    """The sentences of a one-a-line file (blank lines and ``#`` comments skipped)."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [line for line in lines if line and not line.startswith("#")]


def jsonl(path: Path) -> list[dict[str, str]]:
    """The items of a JSONL check set."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def held_out(path: Path) -> list[dict[str, str]]:
    """The items of a check set's held-out half."""
    return [record for record in jsonl(path) if record["split"] == "test"]


def hashed_half(path: Path, half: str = "test") -> list[dict[str, str]]:
    """The items of a hand-written check set (``lang``, ``damaged``, ``clean``) in one half, as check items.

    The half is not stored: an item is ``tune`` when the first byte of its host's SHA-1 is even, else
    ``test`` (as ``benchmarks/_spam_sets.split_of`` splits); items come back with ``input`` and
    ``expected`` keys, so :func:`repaired_share` reads them.
    """
    found = []
    for record in jsonl(path):
        even = hashlib.sha1(record["clean"].encode()).digest()[0] % 2 == 0
        if ("tune" if even else "test") == half:
            found.append({"lang": record["lang"], "input": record["damaged"], "expected": record["clean"]})
    return found


def repaired_share(records: list[dict[str, str]], lang: str | None = None) -> float:
    """The share of ``records`` that ``clean_text`` gives back exactly as their host.

    Each item is cleaned with ``lang``, or with its own ``lang`` when none is given.
    """
    fixed = sum(
        clean_text(record["input"], lang=lang or record["lang"]).text == record["expected"]
        for record in records
    )
    return fixed / len(records)


def assert_cut(text: str, expected: str, *, needs_wordfreq: bool = True) -> None:
    """``strip_spam(text)`` gives ``expected`` and its edits undo to ``text``.

    Most rules tell names from words with the ``wordfreq`` extra; without it such tests skip.
    """
    if needs_wordfreq:
        pytest.importorskip("wordfreq")
    result = strip_spam(text)
    assert result.text == expected
    assert undo_edits(result.text, result.edits) == text


def changed_by_cleaning(sentences: list[str], lang: str | None = None) -> list[str]:
    """The honest sentences that ``strip_spam`` or ``clean_text`` changes (each must come back as it is)."""
    return [s for s in sentences if strip_spam(s).text != s or clean_text(s, lang=lang).text != s]


def hosts_found_elsewhere(path: Path) -> list[str]:
    """The hosts of the hand-written set at ``path`` that stand in another gambling or dev set."""
    hosts = {record["clean"] for record in jsonl(path)}
    others = "\n".join(
        other.read_text(encoding="utf-8")
        for folder in (GAMBLING, GAMBLING.parent / "dev")
        for other in sorted(folder.glob("*.jsonl"))
        if other != path
    )
    return [host for host in hosts if json.dumps(host, ensure_ascii=False)[1:-1] in others]


def assert_hosts_clean_and_inside(path: Path) -> None:
    """Each item's host comes back unchanged from ``clean_text`` and is its damaged text less one span
    (and at most one space around it)."""
    for record in jsonl(path):
        damaged, clean = record["damaged"], record["clean"]
        assert clean_text(clean, lang=record["lang"]).text == clean
        head = 0
        while head < len(clean) and damaged[head] == clean[head]:
            head += 1
        tail = 0
        while tail < len(clean) - head and damaged[-1 - tail] == clean[-1 - tail]:
            tail += 1
        assert head + tail >= len(clean) - 1, clean
