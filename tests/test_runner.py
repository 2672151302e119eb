"""The corpus runner: order, parallelism, failure isolation, atomic output and resume."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import povcorpus
from povcorpus import RunStats, runner
from povcorpus import process_corpus as run
from povcorpus.cli import main
from povcorpus.pipeline import DEFAULT_STEPS, PipelineOptions
from povcorpus.samples import sample_dir, sample_paths
from povcorpus.writers import JsonlWriter, document_line

LIGHT = PipelineOptions(disabled_steps=DEFAULT_STEPS)


def _bad_corpus(root: Path) -> Path:
    """A folder mixing good files, a binary file, an empty file and a Latin-1 file."""
    corpus = root / "corpus"
    corpus.mkdir()
    for path in sample_paths()[:3]:
        (corpus / path.name).write_bytes(path.read_bytes())
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "latin1.txt").write_bytes("Città più bella.\nUn'altra riga è qui.\n".encode("latin-1"))
    return corpus


def test_runner_yields_every_document_in_order() -> None:
    """With every step off, the runner yields exactly what load() yields, in order."""
    assert list(run(sample_dir(), LIGHT, workers=1)) == list(povcorpus.load(sample_dir()))


def test_two_workers_equal_one_worker() -> None:
    """Two worker processes give the same documents, in the same order, as one, language tags included."""
    options = PipelineOptions()
    assert list(run(sample_dir(), options, workers=2)) == list(run(sample_dir(), options, workers=1))


def test_bad_files_are_reported_and_skipped(tmp_path: Path) -> None:
    """Binary and undecodable files are reported by name; no document of the good files is lost."""
    corpus = _bad_corpus(tmp_path)
    stats = RunStats()
    docs = list(run(corpus, LIGHT, stats=stats))
    expected = [doc for path in sample_paths()[:3] for doc in povcorpus.load(corpus / path.name)]
    assert [doc.id for doc in docs] == [doc.id for doc in expected]
    failed = {Path(failure.path).name: failure.reason for failure in stats.failures}
    assert set(failed) == {"binary.txt", "latin1.txt"}
    assert "binary" in failed["binary.txt"]
    assert "latin-1" in failed["latin1.txt"]


def test_fail_fast_raises_the_first_error(tmp_path: Path) -> None:
    """With fail_fast the first bad file stops the run with its typed error."""
    corpus = _bad_corpus(tmp_path)
    with pytest.raises(povcorpus.errors.NotTextError):
        list(run(corpus, LIGHT, fail_fast=True))


def test_cli_exit_code_says_some_files_failed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """povcorpus process returns 3 when files were skipped, and names them on stderr."""
    corpus = _bad_corpus(tmp_path)
    out = tmp_path / "out.jsonl"
    code = main(["process", str(corpus), "-o", str(out), "--workers", "1", "--no-tag"])
    err = capsys.readouterr().err
    assert code == 3
    assert "binary.txt" in err
    assert "latin1.txt" in err
    assert "files failed   2" in err
    assert len(out.read_text(encoding="utf-8").splitlines()) == 27


def test_cli_output_loads_back_equal(tmp_path: Path) -> None:
    """The clean command's JSONL output loads back into documents equal to the processed ones."""
    out = tmp_path / "out.jsonl"
    assert main(["process", "--sample", "-o", str(out), "--workers", "1", "-q"]) == 0
    assert list(povcorpus.load(out)) == list(run(sample_dir(), PipelineOptions(), workers=1))


def test_resume_skips_documents_already_written(tmp_path: Path) -> None:
    """--resume keeps the existing output and adds only documents it does not hold yet."""
    out = tmp_path / "out.jsonl"
    first = sample_paths()[0]
    assert main(["process", str(first), "-o", str(out), "-q", "--workers", "1", "--no-tag"]) == 0
    before = out.read_text(encoding="utf-8").splitlines()
    assert main(["process", "--sample", "-o", str(out), "-q", "--workers", "1", "--resume", "--no-tag"]) == 0
    after = out.read_text(encoding="utf-8").splitlines()
    assert after[: len(before)] == before
    ids = [json.loads(line)["id"] for line in after]
    assert len(ids) == len(set(ids)) == 29


def test_killed_run_leaves_only_a_checkpoint(tmp_path: Path) -> None:
    """A run killed half way leaves OUT.partial for --resume, never an OUT that looks complete."""
    corpus = tmp_path / "big"
    corpus.mkdir()
    line = (sample_paths()[0].read_text(encoding="utf-8").splitlines()[0] + "\n") * 2000
    for index in range(40):
        (corpus / f"{index:03d}.txt").write_text(line, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    checkpoint = tmp_path / "out.jsonl.partial"
    process = subprocess.Popen(
        [sys.executable, "-m", "povcorpus", "process", str(corpus), "-o", str(out), "--workers", "1", "-q"],
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 60
    while not checkpoint.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)
    assert process.poll() is None, "the run finished before it could be interrupted"
    process.send_signal(signal.SIGKILL if os.name == "posix" else signal.SIGTERM)
    assert process.wait(timeout=30) != 0  # killed while still running, not finished
    assert checkpoint.exists()  # it had started writing
    assert not out.exists()


def test_resume_drops_a_line_cut_short(tmp_path: Path) -> None:
    """--resume keeps the whole lines of a checkpoint, cuts a last line left half written, and finishes."""
    out = tmp_path / "out.jsonl"
    assert main(["process", "--sample", "-o", str(out), "-q", "--workers", "1", "--no-tag"]) == 0
    complete = out.read_bytes()
    lines = complete.splitlines(keepends=True)
    checkpoint = tmp_path / "out.jsonl.partial"
    checkpoint.write_bytes(b"".join(lines[:10]) + lines[10][:50])
    out.unlink()
    assert main(["process", "--sample", "-o", str(out), "-q", "--workers", "2", "--no-tag", "--resume"]) == 0
    assert out.read_bytes() == complete
    assert not checkpoint.exists()


def test_resume_counts_repeated_ids() -> None:
    """A mapping of skip_ids skips as many documents with an id as it counts, no more."""
    first, second = (json.dumps({"id": "same", "text": text}) for text in ("Uno.", "Due."))
    source = io.StringIO(f"{first}\n{second}\n")
    source.name = "twice.jsonl"
    docs = list(run(source, LIGHT, format="jsonl", skip_ids={"same": 1}))
    assert [doc.text for doc in docs] == ["Due."]


def test_a_bad_record_costs_only_itself(tmp_path: Path) -> None:
    """A malformed JSONL line is reported with its file and line; the file's other lines are processed."""
    path = tmp_path / "mixed.jsonl"
    path.write_text('{"text": "Uno."}\nnot json\n{"text": "Tre."}\n', encoding="utf-8")
    stats = RunStats()
    seen: list[povcorpus.FileFailure] = []
    docs = list(run(path, LIGHT, stats=stats, on_failure=seen.append))
    assert [doc.text for doc in docs] == ["Uno.", "Tre."]
    (failure,) = stats.failures
    assert seen == [failure]
    assert (failure.line, failure.path) == (2, path.as_posix())
    assert "not valid JSON" in failure.reason


@pytest.mark.parametrize("workers", [1, 2])
def test_a_pipeline_failure_costs_only_its_document(monkeypatch: pytest.MonkeyPatch, workers: int) -> None:
    """A document on which the pipeline raises is reported as a bug with its place; the others go on."""
    real = runner.process

    def flaky(doc: povcorpus.Document, options: PipelineOptions, **kwargs: Any) -> povcorpus.Document:
        if doc.origin.index == 1:
            raise ZeroDivisionError("boom")
        return real(doc, options, **kwargs)

    monkeypatch.setattr(runner, "process", flaky)
    stats = RunStats()
    docs = list(run(sample_paths()[0], LIGHT, workers=workers, stats=stats))
    assert len(docs) == len(list(povcorpus.load(sample_paths()[0]))) - 1
    (failure,) = stats.failures
    assert "ZeroDivisionError: boom" in failure.reason
    assert failure.line is not None
    with pytest.raises(ZeroDivisionError):
        list(run(sample_paths()[0], LIGHT, workers=workers, fail_fast=True))


def test_a_dead_worker_is_a_typed_error(monkeypatch: pytest.MonkeyPatch) -> None:
    """A worker process that dies (as when killed for memory) gives WorkerError, not a hang or a traceback."""
    if runner._context().get_start_method() != "fork":
        pytest.skip("the patched function reaches the workers only through fork")

    main_process = os.getpid()
    real = runner.process

    def die(doc: povcorpus.Document, options: PipelineOptions, **kwargs: Any) -> povcorpus.Document:
        if os.getpid() != main_process:  # the option check runs it once in the main process
            os._exit(9)
        return real(doc, options, **kwargs)

    monkeypatch.setattr(runner, "process", die)
    with pytest.raises(povcorpus.errors.WorkerError, match="died"):
        list(run(sample_paths()[0], LIGHT, workers=2))


@pytest.mark.parametrize(
    ("options", "kind"),
    [
        (PipelineOptions(disabled_cleaners=("nosuch",)), "UnknownNameError"),
        (PipelineOptions(disabled_rules=("nosuch",)), "UnknownNameError"),
        (PipelineOptions(language_backend="nosuch"), "UnknownNameError"),
    ],
)
def test_bad_options_raise_at_once_in_this_process(options: PipelineOptions, kind: str) -> None:
    """Unknown cleaner, rule or backend names raise when process_corpus is called, before any worker."""
    with pytest.raises(povcorpus.errors.PovcorpusError) as caught:
        run(sample_dir(), options, workers=2)  # not iterated: the check is eager
    assert type(caught.value).__name__ == kind


@pytest.mark.parametrize(
    "settings",
    [{"workers": 0}, {"workers": -1}, {"encoding": "nonsense-enc"}, {"errors": "ignore"}, {"format": "csv"}],
)
def test_bad_run_settings_raise_at_once(settings: dict[str, object]) -> None:
    """Workers below 1, unknown encodings, error modes and formats raise a typed error before any reading."""
    with pytest.raises(povcorpus.errors.PovcorpusError):
        run(sample_dir(), LIGHT, **settings)  # type: ignore[arg-type]


def test_dedupe_marks_the_repeated_report_paragraphs(tmp_path: Path) -> None:
    """--dedupe marks paragraph clusters of the 002 write-ups in the output, deleting nothing."""
    out = tmp_path / "out.jsonl"
    assert main(["process", "--sample", "-o", str(out), "-q", "--workers", "1", "--dedupe", "--no-tag"]) == 0
    docs = list(povcorpus.load(out))
    assert len(docs) == 29
    marked = {doc.id: doc.metadata.extra["duplicates"] for doc in docs if "duplicates" in doc.metadata.extra}
    assert marked
    assert all(doc_id.startswith("002_") for doc_id in marked)
    clusters = {record["cluster"] for entry in marked.values() for record in entry["paragraphs"]}
    assert len(clusters) >= 3


def test_dedupe_threshold_out_of_range_is_refused(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """clean --dedupe with a threshold outside (0, 1] stops before any work, naming the flag."""
    out = tmp_path / "out.jsonl"
    assert main(["process", "--sample", "-o", str(out), "--dedupe", "--dedupe-threshold", "1.5"]) == 2
    assert "--dedupe-threshold must be in (0, 1]" in capsys.readouterr().err
    assert not out.exists()


@pytest.mark.skipif(os.name != "posix", reason="the checkpoint lock is POSIX flock")
def test_two_runs_cannot_share_an_output(tmp_path: Path) -> None:
    """While one run writes OUT.partial, a second writer on OUT is refused and the first's lines stay."""
    out = tmp_path / "out.jsonl"
    doc = next(iter(povcorpus.load(sample_paths()[0])))
    first = JsonlWriter(out)
    first.write(doc)
    with pytest.raises(povcorpus.errors.OutputError, match="another run"):
        JsonlWriter(out)
    first.commit()
    assert out.read_text(encoding="utf-8") == document_line(doc)


def test_corpus_languages_learnt_or_given_reach_every_worker() -> None:
    """languages="auto" learns the samples' languages first; given or learnt, 1 and 2 workers agree."""
    options = PipelineOptions(disabled_steps=("structure",))
    learnt = list(run(sample_dir(), options, workers=1, languages="auto"))
    given = list(run(sample_dir(), options, workers=2, languages=("it", "en", "fa")))
    assert [doc.language for doc in learnt] == [doc.language for doc in given]
    assert {doc.language for doc in learnt} == {"it", "en", "fa"}
    assert [doc.text for doc in learnt] == [doc.text for doc in given]


def test_warm_up_builds_the_lazy_state_workers_inherit() -> None:
    """The warm-up text reaches the gambling detector's windows, which are built on first use."""
    from povcorpus._warm import warm_up
    from povcorpus.boilerplate.gambling import _hits

    _hits._latin_windows.cache_clear()
    _hits._lower_windows.cache_clear()
    warm_up(PipelineOptions())
    assert _hits._latin_windows.cache_info().currsize == 1
    assert _hits._lower_windows.cache_info().currsize == 1


def test_warm_up_never_raises(monkeypatch: pytest.MonkeyPatch) -> None:
    """A step that fails on the warm-up text is left to fail, and be reported, on the real documents."""
    from povcorpus import _warm

    def broken(doc: povcorpus.Document, options: PipelineOptions) -> povcorpus.Document:
        raise ZeroDivisionError("boom")

    monkeypatch.setattr(_warm, "process", broken)
    _warm.warm_up(PipelineOptions())


def test_a_forking_pool_warms_up_once_in_the_main_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """With fork, the lazy state is built once before the workers start, with the run's options."""
    if runner._context().get_start_method() != "fork":
        pytest.skip("spawned workers inherit nothing: each builds its own state")
    calls: list[tuple[int, PipelineOptions]] = []
    monkeypatch.setattr(runner, "warm_up", lambda options: calls.append((os.getpid(), options)))
    docs = list(run(sample_paths()[0], LIGHT, workers=2))
    assert docs == list(run(sample_paths()[0], LIGHT, workers=1))
    assert calls == [(os.getpid(), LIGHT)]


def test_a_small_corpus_needs_no_worker(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """The first documents are processed in the main process; a corpus of a few needs no worker at all."""

    def no_pool(*args: object) -> None:
        raise AssertionError("a worker pool was started")

    corpus = tmp_path / "few.txt"
    corpus.write_text("La povertà è diminuita.\nPoverty fell in the villages.\n", encoding="utf-8")
    expected = list(run(corpus, workers=1))
    monkeypatch.setattr(runner, "_Pool", no_pool)
    assert list(run(corpus, workers=2)) == expected


def test_the_leading_documents_are_bounded() -> None:
    """At most a few documents, and about a hundred thousand characters, go before the workers start."""
    docs = list(povcorpus.load(sample_dir()))
    leading, rest = runner._leading(iter(docs))
    assert 1 <= len(leading) <= runner._IN_PARENT_DOCUMENTS
    assert sum(len(doc.text) for doc in leading) <= runner._IN_PARENT_CHARS
    assert leading + list(rest) == docs


def test_a_large_first_document_is_left_to_the_workers() -> None:
    """A document over the budget is not processed in the main process while the workers wait."""
    docs = list(povcorpus.load(sample_dir()))
    big = docs[0].evolve(text="x" * (runner._IN_PARENT_CHARS + 1))
    leading, rest = runner._leading(iter([big, *docs]))
    assert leading == []
    assert list(rest) == [big, *docs]
