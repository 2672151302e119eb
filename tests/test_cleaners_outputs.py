"""Speed work changes no output: the golden files, the samples and the dev set give the recorded results."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from golden import DATA

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

from record_cleaner_outputs import OUTPUTS, outputs  # noqa: E402  (the recorder, after the path)


@pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None, reason="recorded with wordfreq installed")
def test_outputs_match_the_recording() -> None:
    """Every recorded input still gives the recorded text and edits (re-record only for intended changes)."""
    recorded = json.loads(OUTPUTS.read_text(encoding="utf-8"))
    current = dict(outputs())
    changed = sorted(key for key in recorded.keys() & current.keys() if recorded[key] != current[key])
    assert not changed, f"{len(changed)} outputs changed, e.g. {changed[:5]}"
    assert len(recorded.keys() & current.keys()) >= 0.95 * len(recorded)


def test_recording_covers_golden_samples_and_dev_set() -> None:
    """The recording holds golden cases, the five samples and the development set."""
    recorded = json.loads(OUTPUTS.read_text(encoding="utf-8"))
    kinds = {key.split("/")[0] for key in recorded}
    assert kinds == {"golden", "sample", "dev"}
    assert sum(key.startswith("sample/") for key in recorded) == 10
    assert sum(key.startswith("golden/") for key in recorded) >= len(list((DATA / "cleaners").glob("*.txt")))
