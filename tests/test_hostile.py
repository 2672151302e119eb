"""The whole hostile corpus through the real executable: nothing good lost, every bad thing named."""

from __future__ import annotations

import collections
import json
import subprocess
import sys
from pathlib import Path

import pytest

from hostile import Hostile, build_hostile_corpus


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Hostile:
    """The generated hostile corpus (fresh for this module)."""
    return build_hostile_corpus(tmp_path_factory.mktemp("hostile") / "corpus")


def _clean(corpus: Hostile, out: Path, workers: int) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "povcorpus", "process", ".", "-o", str(out), "--workers", str(workers)],
        cwd=corpus.root,
        capture_output=True,
        check=False,
        timeout=300,
    )


def test_hostile_corpus_is_large_enough(hostile: Hostile) -> None:
    """The hostile corpus covers at least 25 files, bad files and bad records among them."""
    assert len(hostile.documents) + len(hostile.failed_files) >= 25
    assert len(hostile.failed_files) >= 5
    assert sum(len(lines) for lines in hostile.bad_lines.values()) >= 6


def test_clean_over_the_hostile_corpus(hostile: Hostile, tmp_path: Path) -> None:
    """With 1 and 2 workers: exit 3, no traceback, good records once each, bad ones named, same bytes."""
    outputs = {}
    for workers in (1, 2):
        out = tmp_path / f"out{workers}.jsonl"
        result = _clean(hostile, out, workers)
        err = result.stderr.decode("utf-8", "replace")
        assert result.returncode == 3, err
        assert "Traceback" not in err
        skipped = [line for line in err.splitlines() if line.startswith("povcorpus: skipped")]
        for name in hostile.failed_files:
            assert any(name in line for line in skipped), name
        for name, lines in hostile.bad_lines.items():
            for line in lines:
                assert any(f"line {line} of {name}" in report for report in skipped), (name, line)
        assert len(skipped) == len(hostile.failed_files) + sum(
            len(lines) for lines in hostile.bad_lines.values()
        )
        outputs[workers] = out.read_bytes()
    assert outputs[1] == outputs[2]
    records = [json.loads(line) for line in outputs[1].decode("utf-8").splitlines()]  # strict UTF-8
    per_file = collections.Counter(record["origin"]["path"] for record in records)
    assert dict(per_file) == {name: count for name, count in hostile.documents.items() if count}
    ids = collections.Counter(record["id"] for record in records)
    assert len(ids) == len(records)
    assert hostile.ids <= set(ids)


def test_lone_surrogates_become_recorded_replacement_characters(hostile: Hostile, tmp_path: Path) -> None:
    """A JSON \\ud800 escape comes out as U+FFFD with a decode.surrogate edit that spells the escape."""
    out = tmp_path / "surrogate.jsonl"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "povcorpus",
            "process",
            "surrogate.jsonl",
            "-o",
            str(out),
            "--workers",
            "1",
            "-q",
        ],
        cwd=hostile.root,
        capture_output=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    first, second = (json.loads(line) for line in out.read_text(encoding="utf-8").splitlines())
    assert first["raw"] == "lone \ufffd x and \ufffd y"
    spelled = {edit["before"] for edit in first["edits"] if edit["rule"] == "decode.surrogate"}
    assert spelled == {"\\ud800", "\\udfff"}
    assert second["title"] == "\ufffd"
