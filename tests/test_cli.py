"""The command line: inspect, version, and clear errors without tracebacks."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import povcorpus
from povcorpus.cli import main


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    """--version prints the package version."""
    with pytest.raises(SystemExit) as exit_info:
        main(["--version"])
    assert exit_info.value.code == 0
    assert povcorpus.__version__ in capsys.readouterr().out


def test_inspect_sample_lists_formats_and_documents(capsys: pytest.CaptureFixture[str]) -> None:
    """inspect --sample prints each file's detected format and its documents with line spans."""
    assert main(["inspect", "--sample"]) == 0
    out = capsys.readouterr().out
    assert "format=source-delimited" in out
    assert out.count("format=lines") == 2
    assert "lines 47-52" in out  # the Persian record of 002


def test_inspect_json(capsys: pytest.CaptureFixture[str]) -> None:
    """inspect --json prints one JSON object per file with its documents."""
    assert main(["inspect", "--sample", "--json"]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert [record["format"] for record in records] == ["lines", "lines", "source-delimited", "text", "text"]
    assert [len(record["documents"]) for record in records] == [9, 13, 5, 1, 1]


def test_missing_input_is_one_line_on_stderr(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    """A missing path gives exit code 1 and a one-line message, no traceback."""
    assert main(["inspect", str(tmp_path / "missing.txt")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("povcorpus: error:")
    assert "does not exist" in err
    assert "Traceback" not in err


def test_binary_input_through_the_real_executable(tmp_path: Path) -> None:
    """Run as a program, a binary file gives a clear message and a non-zero exit code."""
    path = tmp_path / "blob.txt"
    path.write_bytes(b"\x00\xff" * 64)
    result = subprocess.run(
        [sys.executable, "-m", "povcorpus", "inspect", str(path)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 1
    assert "binary" in result.stderr
    assert "Traceback" not in result.stderr


def test_no_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    """Without a subcommand the CLI prints its help and returns the usage code."""
    assert main([]) == 2
    assert "inspect" in capsys.readouterr().out
