"""povcorpus.process() and its steps on real documents, and the CLI views of their results."""

from __future__ import annotations

import json
import pickle
import sys
import time
from importlib import metadata
from pathlib import Path

import pytest

import povcorpus
from povcorpus.cli import main
from povcorpus.errors import PluginLoadError
from povcorpus.pipeline import PipelineOptions
from povcorpus.registry import Registry
from povcorpus.samples import sample_path


def _record(prefix: str, index: int = 0) -> povcorpus.Document:
    return list(povcorpus.load(sample_path(prefix)))[index]


NO_STRUCTURE = PipelineOptions(disabled_steps=["structure"])


def test_process_repairs_title_and_body_and_keeps_raw() -> None:
    """process() repairs the apostrophe in a 002 title and body, grows the edits and never touches raw."""
    doc = _record("002", 2)
    cleaned = povcorpus.process(doc, NO_STRUCTURE)
    assert cleaned.raw == doc.raw
    assert cleaned.title == "Report on China’s consolidating poverty alleviation gains"
    assert "China”s" not in cleaned.text
    assert cleaned.edits[: len(doc.edits)] == doc.edits
    assert any(edit.field == "title" and edit.rule == "apostrophe" for edit in cleaned.edits)
    assert povcorpus.undo_edits(cleaned.text, cleaned.edits) == cleaned.raw
    assert cleaned.language == "en"


def test_process_strips_chrome_and_spam_and_can_turn_them_off() -> None:
    """process() removes 004's page chrome and inline spam; turned off by name, both stay."""
    doc = _record("004")
    cleaned = povcorpus.process(doc, NO_STRUCTURE)
    assert "Homepage >>" not in cleaned.text
    assert "sky bet" not in cleaned.text.lower()
    assert cleaned.metadata.source == "Xinhua News Agency"
    kept = povcorpus.process(
        doc, PipelineOptions(disabled_steps=("boilerplate", "structure"), disabled_cleaners=("spam",))
    )
    assert "Homepage >>" in kept.text
    assert kept.text.lower().count("sky bet") == 7


def test_clean_step_rebuilds_sections_over_the_cleaned_text() -> None:
    """A document that has sections gets them rebuilt, with spans into its cleaned text."""
    structured = povcorpus.process(_record("003"), PipelineOptions(disabled_steps=("clean", "tag")))
    assert [section.label or section.heading for section in structured.sections][:2] == ["III", "IV"]
    cleaned = povcorpus.process(structured, PipelineOptions(steps=["clean"]))
    assert cleaned.text != structured.text
    for section in cleaned.all_sections():
        for paragraph in section.paragraphs:
            assert cleaned.text[paragraph.start : paragraph.end] == paragraph.text
    assert "nation' s" not in "".join(p.text for s in cleaned.all_sections() for p in s.paragraphs)


def test_process_is_deterministic_and_picklable() -> None:
    """process() gives equal results twice and its options survive pickling, as worker processes need."""
    options = pickle.loads(pickle.dumps(PipelineOptions(disabled_cleaners=["dehyphenate"])))
    doc = _record("004")
    assert povcorpus.process(doc, options) == povcorpus.process(doc, options)
    assert not any(edit.rule == "dehyphenate" for edit in povcorpus.process(_record("003"), options).edits)


def test_inspect_tree_prints_the_outline(capsys: pytest.CaptureFixture[str]) -> None:
    """inspect --tree prints 004's outline with its labels."""
    assert main(["inspect", str(sample_path("004")), "--tree"]) == 0
    out = capsys.readouterr().out
    for label in ("Preface", "5", "Conclusion", "(3)"):
        assert label in out


def test_clean_to_stdout_with_show_edits(capsys: pytest.CaptureFixture[str]) -> None:
    """clean -o - writes only JSONL to stdout; --show-edits then lists each edit, with its rule, on stderr."""
    path = str(sample_path("003"))
    assert main(["process", path, "-o", "-", "-q", "--workers", "1", "--no-tag", "--show-edits"]) == 0
    captured = capsys.readouterr()
    (line,) = captured.out.splitlines()
    assert json.loads(line)["title"].startswith("New Progress in Development-oriented")
    shown = [row for row in captured.err.splitlines() if "spaced_apostrophe" in row]
    assert len(shown) == 6
    assert all("-' '" in row and "+''" in row for row in shown)


def test_pipeline_survives_bad_files_and_a_fifty_megabyte_line(tmp_path: Path) -> None:
    """A folder with good files, binary, empty, Latin-1 and a 50 MB one-line file: only the bad two fail."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for prefix in ("000", "002"):
        (corpus / sample_path(prefix).name).write_bytes(sample_path(prefix).read_bytes())
    (corpus / "binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    (corpus / "empty.txt").write_bytes(b"")
    (corpus / "latin1.txt").write_bytes("Città più bella.\n".encode("latin-1"))
    sentence = "Rural incomes grew steadily, and the programs reached every village. "
    (corpus / "huge.txt").write_text(sentence * (50_000_000 // len(sentence)), encoding="utf-8")
    stats = povcorpus.RunStats()
    started = time.monotonic()
    docs = list(povcorpus.process_corpus(corpus, PipelineOptions(), workers=1, stats=stats))
    assert time.monotonic() - started < 300
    assert sorted(Path(failure.path).name for failure in stats.failures) == ["binary.txt", "latin1.txt"]
    assert "latin-1" in stats.failures[1].reason
    names = [Path(doc.origin.path).name for doc in docs]
    assert names.count(sample_path("000").name) == 9
    assert names.count(sample_path("002").name) == 5
    assert names.count("huge.txt") == 1


def test_a_plugin_that_fails_to_import_is_named(monkeypatch: pytest.MonkeyPatch) -> None:
    """A loader plugin whose import fails raises PluginLoadError naming the plugin and what to do."""
    broken = metadata.EntryPoint(name="broken", value="no_such_module_xyz:loader", group="povcorpus.loaders")

    def entry_points(group: str) -> list[metadata.EntryPoint]:
        return [broken] if group == "povcorpus.loaders" else []

    monkeypatch.setattr(metadata, "entry_points", entry_points)
    registry: Registry[object] = Registry("loader", "povcorpus.loaders")
    with pytest.raises(PluginLoadError, match=r"'broken'.*no_such_module_xyz.*reinstall or uninstall"):
        registry.get("broken")
    assert sys.modules.get("no_such_module_xyz") is None
