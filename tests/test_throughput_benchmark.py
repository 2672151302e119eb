"""The throughput benchmark runs: its paired measurement gives positive ratios (no speed is asserted)."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from povcorpus.samples import sample_paths

SCRIPT = Path(__file__).resolve().parents[1] / "benchmarks" / "throughput.py"


@pytest.mark.slow
def test_paired_ratios_are_measured(tmp_path: Path) -> None:
    """``--child paired`` times the cleaning pass and the pipeline against ftfy on a small corpus."""
    for path in sample_paths()[:2]:
        shutil.copy(path, tmp_path / path.name)
    output = subprocess.run(
        [sys.executable, str(SCRIPT), "--child", "paired", "--corpus", str(tmp_path), "--rounds", "1"],
        check=True,
        capture_output=True,
        text=True,
        timeout=300,
    ).stdout
    ratios = json.loads(output.strip().splitlines()[-1])
    assert set(ratios) == {"cleaning", "pipeline"}
    assert all(ratio > 0 for ratio in ratios.values())
