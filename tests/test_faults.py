"""Faults: fuzzed input never escapes as an untyped error, and killed runs resume to identical output."""

from __future__ import annotations

import contextlib
import io
import json
import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcorpus
from povcorpus.cli import main
from povcorpus.edits import undo_edits
from povcorpus.errors import PovcorpusError
from povcorpus.pipeline import process
from povcorpus.samples import sample_paths

FORMATS = st.sampled_from(["auto", "jsonl", "lines", "text", "source-delimited"])
SUFFIXES = st.sampled_from([".txt", ".jsonl", ".md"])
FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

_json_line = st.one_of(
    st.builds(lambda text: json.dumps({"text": text}), st.text(max_size=40)),
    st.builds(
        lambda text, ident: json.dumps({"id": ident, "text": text}), st.text(max_size=20), st.text(max_size=5)
    ),
    st.builds(lambda depth: "[" * depth, st.integers(min_value=0, max_value=5000)),
    st.text(max_size=30),
)
jsonl_text = st.lists(_json_line, max_size=6).map("\n".join)
"""JSONL-shaped text: good objects (lone surrogates included), deep nesting and junk lines."""


def _load_all(path: Path, format: str, errors: str = "strict") -> list[povcorpus.Document]:
    """Every document of ``path``, or an empty list when a typed error says why there are none."""
    try:
        return list(povcorpus.load(path, format=format, errors=errors))
    except PovcorpusError:
        return []


@FUZZ
@given(data=st.binary(max_size=400), format=FORMATS, suffix=SUFFIXES)
def test_load_arbitrary_bytes_yields_documents_or_a_typed_error(
    tmp_path: Path, data: bytes, format: str, suffix: str
) -> None:
    """Whatever bytes a file holds, load yields documents or raises a PovcorpusError, nothing else."""
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for doc in _load_all(path, format, errors="replace"):
        assert undo_edits(doc.text, doc.edits) == doc.raw


@FUZZ
@given(text=st.one_of(st.text(max_size=200), jsonl_text), format=FORMATS, suffix=SUFFIXES)
def test_load_and_process_arbitrary_text(tmp_path: Path, text: str, format: str, suffix: str) -> None:
    """Any text (lone surrogates too) loads or fails typed; process never raises and raw stays undoable."""
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    documents = _load_all(path, format)
    with contextlib.suppress(PovcorpusError):
        documents += list(povcorpus.load(io.StringIO(text), format="lines" if format == "auto" else format))
    for doc in documents:
        result = process(doc)
        assert undo_edits(result.text, result.edits) == result.raw
        result.raw.encode("utf-8")  # no lone surrogate survives loading


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    data=st.one_of(
        st.binary(max_size=300), jsonl_text.map(lambda text: text.encode("utf-8", "surrogatepass"))
    )
)
def test_cli_output_is_utf8_json_on_every_line(tmp_path: Path, data: bytes) -> None:
    """Whatever the input, clean exits 0 or 3 and every output line is valid UTF-8 JSON."""
    source = tmp_path / "in.jsonl"
    source.write_bytes(data)
    out = tmp_path / "out.jsonl"
    out.unlink(missing_ok=True)
    code = main(["process", str(source), "-o", str(out), "--workers", "1", "-q"])
    assert code in {0, 3}
    for line in out.read_bytes().decode("utf-8").splitlines():
        assert isinstance(json.loads(line)["id"], str)


def _kill_corpus(root: Path) -> Path:
    """About 3 MB of one-sentence-per-line files cut from the samples, deterministically."""
    corpus = root / "corpus"
    corpus.mkdir()
    lines = [line for path in sample_paths() for line in path.read_text(encoding="utf-8").splitlines()]
    lines = [line for line in lines if len(line) > 60 and line.rstrip().endswith(".")]
    pick = random.Random(13)
    for index in range(60):
        body = "\n".join(pick.choice(lines) for _ in range(150)) + "\n"
        (corpus / f"{index:03d}.txt").write_text(body, encoding="utf-8")
    return corpus


def _command(corpus: Path, out: Path, *extra: str) -> list[str]:
    return [sys.executable, "-m", "povcorpus", "process", str(corpus), "-o", str(out), "--workers", "2",
            "--no-tag", "-q", *extra]  # fmt: skip


def _group_is_gone(group: int) -> bool:
    """Whether no process of the group (the run and its workers) is left, within a few seconds."""
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:
        try:
            os.killpg(group, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.1)
    return False


def _end_group(group: int) -> None:
    """Kill whatever is left of a process group."""
    try:
        os.killpg(group, signal.SIGKILL)
    except ProcessLookupError:
        return
    _group_is_gone(group)


@pytest.fixture(scope="module")
def kill_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, bytes, float]:
    """The generated corpus, its output from an uninterrupted run, and how long that run took."""
    root = tmp_path_factory.mktemp("kill")
    corpus = _kill_corpus(root)
    reference = root / "reference.jsonl"
    started = time.monotonic()
    subprocess.run(_command(corpus, reference), check=True, timeout=300)
    return corpus, reference.read_bytes(), time.monotonic() - started


@pytest.mark.slow
@pytest.mark.skipif(os.name != "posix", reason="signals and process groups are POSIX")
@pytest.mark.parametrize(
    ("signum", "code"), [(signal.SIGTERM, 143), (signal.SIGINT, 130), (signal.SIGKILL, -9)]
)
def test_killed_run_resumes_to_identical_output(
    tmp_path: Path, kill_corpus: tuple[Path, bytes, float], signum: int, code: int
) -> None:
    """A run stopped at a random point leaves no orphan and no complete-looking file; --resume finishes it."""
    corpus, reference, duration = kill_corpus
    out = tmp_path / "out.jsonl"
    checkpoint = tmp_path / "out.jsonl.partial"
    with subprocess.Popen(_command(corpus, out), stderr=subprocess.PIPE, start_new_session=True) as run:
        try:
            while not checkpoint.exists() and run.poll() is None:
                time.sleep(0.02)
            time.sleep(random.Random(signum).uniform(0.1, 0.4) * duration)
            assert run.poll() is None, "the run finished before it could be stopped; make the corpus larger"
            run.send_signal(signum)
            assert run.wait(timeout=60) == code
            assert _group_is_gone(run.pid), "a worker process outlived the run"
        finally:
            _end_group(run.pid)  # nothing survives the test, whatever happened
        assert run.stderr is not None
        err = run.stderr.read().decode()
    assert "Traceback" not in err
    assert not out.exists()  # nothing that could pass for a complete output
    assert checkpoint.exists()
    if signum != signal.SIGKILL:
        assert "--resume" in err
        kept = checkpoint.read_bytes()
        assert kept.endswith(b"\n")
        assert all(json.loads(line)["id"] for line in kept.splitlines())
    subprocess.run(_command(corpus, out, "--resume"), check=True, timeout=300)
    assert out.read_bytes() == reference
    assert not checkpoint.exists()
