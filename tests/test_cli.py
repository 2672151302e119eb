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


@pytest.mark.parametrize(
    ("output", "says"),
    [(".", "is a folder"), ("afile/x.jsonl", "is a file, not a folder"), ("missing/dir/x.jsonl", "mkdir -p")],
)
def test_output_path_checked_before_any_input(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    output: str,
    says: str,
) -> None:
    """A bad -o is a one-line error before any input is read (even a missing one), and creates no folder."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "afile").write_text("not a folder\n", encoding="utf-8")
    assert main(["process", "no-such-input.txt", "-o", output]) == 1
    err = capsys.readouterr().err
    assert err.startswith("povcorpus: error:")
    assert says in err
    assert "Traceback" not in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["afile"]


@pytest.mark.parametrize(
    "flags",
    [
        ["--disable", "nosuch"],
        ["--disable-rule", "nosuch"],
        ["--language-backend", "nosuch"],
        ["--input-format", "nosuch"],
        ["--encoding", "nonsense-enc"],
        ["--workers", "0"],
        ["--workers", "-1"],
    ],
)
def test_bad_names_are_one_line_before_the_output_is_touched(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], flags: list[str]
) -> None:
    """Unknown names and bad worker counts: one line, the same for 1 and 2 workers; the output is kept."""
    out = tmp_path / "out.jsonl"
    out.write_text("previous output\n", encoding="utf-8")
    messages = set()
    for workers in (["--workers", "1"], ["--workers", "2"]):
        assert main(["process", "--sample", "-o", str(out), *workers, *flags]) == 1
        err = capsys.readouterr().err
        assert err.count("\n") == 1
        assert err.startswith("povcorpus: error:")
        messages.add(err)
    assert len(messages) == 1
    assert out.read_text(encoding="utf-8") == "previous output\n"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["out.jsonl"]


def test_run_without_documents_keeps_the_previous_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A run that produces no document leaves an existing output as it was, and says so."""
    out = tmp_path / "out.jsonl"
    out.write_text('{"previous": true}\n', encoding="utf-8")
    latin = tmp_path / "latin.txt"
    latin.write_bytes("Città più bella.\n".encode("latin-1"))
    assert main(["process", str(latin), "-o", str(out), "--workers", "1"]) == 3
    err = capsys.readouterr().err
    assert "left as it was" in err
    assert "--encoding" in err  # CLI advice, not encoding="…"
    assert 'encoding="' not in err
    assert out.read_text(encoding="utf-8") == '{"previous": true}\n'
    assert sorted(path.name for path in tmp_path.iterdir()) == ["latin.txt", "out.jsonl"]


def test_output_honours_the_umask(tmp_path: Path) -> None:
    """The output file gets the permissions the umask allows (0644 under 022), not a temporary file's 0600."""
    import os

    out = tmp_path / "out.jsonl"
    previous = os.umask(0o022)
    try:
        assert main(["process", "--sample", "-o", str(out), "--workers", "1", "-q", "--no-tag"]) == 0
    finally:
        os.umask(previous)
    assert out.stat().st_mode & 0o777 == 0o644


def test_stale_checkpoint_is_replaced_with_a_notice(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Without --resume an interrupted run's checkpoint is started over, with a notice saying so."""
    out = tmp_path / "out.jsonl"
    (tmp_path / "out.jsonl.partial").write_text('{"id": "old"}\n', encoding="utf-8")
    assert main(["process", "--sample", "-o", str(out), "--workers", "1", "--no-tag"]) == 0
    assert "use --resume to continue it" in capsys.readouterr().err
    assert not (tmp_path / "out.jsonl.partial").exists()
    assert '"old"' not in out.read_text(encoding="utf-8")


def test_output_to_a_device_writes_through_it(tmp_path: Path) -> None:
    """-o /dev/null writes into the device and never replaces it with a regular file."""
    import stat

    device = Path("/dev/null")
    if not device.exists() or not stat.S_ISCHR(device.stat().st_mode):
        pytest.skip("no /dev/null character device here")
    assert main(["process", "--sample", "-o", str(device), "--workers", "1", "-q", "--no-tag"]) == 0
    assert stat.S_ISCHR(device.stat().st_mode)
    assert not Path("/dev/null.partial").exists()


def test_clean_is_an_alias_of_process_and_profile_prints_steps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """`povcorpus clean` (the 0.1 name) writes what `process` writes; --profile prints every step's time."""
    first, second = tmp_path / "a.jsonl", tmp_path / "b.jsonl"
    assert main(["process", "--sample", "-o", str(first), "--workers", "1", "--profile"]) == 0
    err = capsys.readouterr().err
    assert "time by step" in err
    for step in ("mojibake", "boilerplate", "language", "clean", "structure", "tag"):
        assert f"  {step} " in err
    assert main(["clean", "--sample", "-o", str(second), "--workers", "2", "-q"]) == 0
    assert first.read_bytes() == second.read_bytes()


def test_wordlist_option_reaches_the_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--wordlist small runs the job with the small word lists; an unknown list is a usage error."""
    small = tmp_path / "small.jsonl"
    default = tmp_path / "default.jsonl"
    common = ["--sample", "--workers", "1", "-q", "--no-tag", "--no-structure"]
    assert main(["process", *common, "-o", str(small), "--wordlist", "small"]) == 0
    assert main(["process", *common, "-o", str(default)]) == 0
    assert len(small.read_text(encoding="utf-8").splitlines()) == len(
        default.read_text(encoding="utf-8").splitlines()
    )
    with pytest.raises(SystemExit) as raised:
        main(["process", *common, "-o", str(tmp_path / "x.jsonl"), "--wordlist", "huge"])
    assert raised.value.code == 2
    assert "invalid choice: 'huge'" in capsys.readouterr().err
