"""The scripts in examples/ run as-is, and the custom-loader plugin installs and loads by name.

Each script runs in a subprocess, from a temporary working directory, exactly
as a user would run it; the tests check what it printed and wrote against the
library run in this process. The plugin package is installed with pip into a
temporary folder put on ``PYTHONPATH`` of a subprocess, so the test
environment itself is left unchanged (and the registry of this process, which
has read its entry points already, is not involved).
"""

from __future__ import annotations

import collections
import importlib.metadata
import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import povcorpus
from povcorpus.samples import sample_path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
PLUGIN = EXAMPLES / "custom_loader"
BULLETINS = PLUGIN / "data" / "bulletins.txt"


def run_python(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run this interpreter with ``args``; fail with its stderr if it fails; return its stdout."""
    result = subprocess.run(
        [sys.executable, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, f"{args[0]} exited {result.returncode}:\n{result.stderr}"
    return result.stdout


def run_script(name: str, *args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    """Run ``examples/<name>`` with this interpreter; fail with its stderr if it fails; return stdout."""
    return run_python(str(EXAMPLES / name), *args, cwd=cwd, env=env)


def test_every_example_script_is_tested() -> None:
    """No script is added to examples/ without a test here that runs it."""
    scripts = {path.name for path in EXAMPLES.glob("*.py")}
    tested = {"quickstart.py", "clean_corpus.py", "audit_edits.py", "scale_out.py"}
    assert scripts == tested


def test_quickstart(tmp_path: Path) -> None:
    """quickstart.py loads the five 002 records and cleans the third, whose ”s apostrophes get repaired."""
    out = run_script("quickstart.py", cwd=tmp_path)
    assert "loaded 5 documents from 002_" in out
    assert "(format: source-delimited)" in out
    title = next(line for line in out.splitlines() if line.startswith("title:"))
    assert "consolidating poverty alleviation gains" in title
    assert "”s" not in title
    assert "language: en" in out
    assert "undo_edits(doc.text, doc.edits) == doc.raw" in out


def test_clean_corpus_writes_jsonl_that_loads_back(tmp_path: Path) -> None:
    """clean_corpus.py writes all 29 sample documents, tagged it/en/fa, as JSONL that loads back equal."""
    out = run_script("clean_corpus.py", "-o", "clean.jsonl", cwd=tmp_path)
    assert out.startswith("wrote 29 documents to clean.jsonl")
    written = list(povcorpus.load(tmp_path / "clean.jsonl"))
    assert len(written) == 29
    assert collections.Counter(doc.language for doc in written) == {"it": 22, "en": 6, "fa": 1}
    expected = [povcorpus.process(doc) for doc in povcorpus.load(povcorpus.samples.sample_paths())]
    assert written == expected
    assert all(povcorpus.undo_edits(doc.text, doc.edits) == doc.raw for doc in written)
    total_edits = sum(len(doc.edits) for doc in written)
    listed = sum(int(line.split()[-1]) for line in out.split("edits per rule:\n")[1].splitlines())
    assert listed == total_edits


def test_audit_edits_lists_every_rule_of_the_document(tmp_path: Path) -> None:
    """audit_edits.py on 002 record 2 prints a section for each rule that edited it, with the right count."""
    out = run_script("audit_edits.py", "002", "2", cwd=tmp_path)
    doc = povcorpus.process(list(povcorpus.load(sample_path("002")))[2])
    counts = collections.Counter(edit.rule for edit in doc.edits)
    assert counts, "the pipeline changes this record (its ”s apostrophes at least)"
    for rule, count in counts.items():
        assert f"\n{rule}: {count} edit" in out
    assert f"{len(doc.edits)} edits" in out.splitlines()[1]


def test_scale_out_engines_agree(tmp_path: Path) -> None:
    """scale_out.py gets the same documents from one process, a pool and (if installed) Dask."""
    out = run_script("scale_out.py", cwd=tmp_path)
    assert "one process                  29 documents" in out
    assert "multiprocessing, 2 workers   29 documents" in out
    if importlib.util.find_spec("dask") is not None:
        assert "dask.bag, 2 processes        29 documents" in out
    assert out.rstrip().endswith("every engine gave the same documents")


@pytest.fixture(scope="module")
def plugin_env(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """An environment whose PYTHONPATH holds the custom_loader plugin, installed there with pip."""
    site = tmp_path_factory.mktemp("plugin") / "site"
    command = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--target", str(site)]
    if importlib.util.find_spec("hatchling") is not None:
        command += ["--no-build-isolation", "--no-index"]  # offline: build with the hatchling we have
    result = subprocess.run([*command, str(PLUGIN)], capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode == 0, f"pip install of {PLUGIN.name} failed:\n{result.stderr}"
    assert (site / "povcorpus_kvrecords" / "__init__.py").is_file()
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(site), env.get("PYTHONPATH")]))
    return env


_LOAD_BY_NAME = """
import json, sys
import povcorpus
docs = list(povcorpus.load(sys.argv[1], format="kv-records"))
print(json.dumps([doc.to_dict() for doc in docs]))
"""


def test_plugin_loads_a_file_by_name(plugin_env: dict[str, str], tmp_path: Path) -> None:
    """format="kv-records" finds the plugin through its entry point and reads each record."""
    output = run_python("-c", _LOAD_BY_NAME, str(BULLETINS), cwd=tmp_path, env=plugin_env)
    docs = [povcorpus.Document.from_dict(data) for data in json.loads(output)]
    assert [doc.title for doc in docs] == [
        "Think tank report on China poverty alleviation experience",
        "Una cooperativa nel Tibet",
        None,
    ]
    assert [doc.origin.format for doc in docs] == ["kv-records"] * 3
    assert [(doc.origin.line_start, doc.origin.line_end) for doc in docs] == [(1, 7), (9, 13), (16, 16)]
    first, second, third = docs
    assert first.metadata.date is not None
    assert first.metadata.date.isoformat() == "2025-07-11"
    assert (first.metadata.source, first.metadata.extra) == ("Xinhua", {"lang": "en"})
    assert (second.metadata.source, second.metadata.date, second.metadata.extra) == (
        "CRI",
        None,
        {"lang": "it"},
    )
    assert first.text.startswith("The report was officially launched")
    assert second.text.startswith("Una cooperativa per alleviare")
    assert third.text.startswith("Il villaggio povero di Shibadong")
    assert not third.edits
    decoded = BULLETINS.read_text(encoding="utf-8")
    for doc in docs:
        assert decoded[doc.origin.char_start : doc.origin.char_end] == doc.raw
        assert povcorpus.undo_edits(doc.text, doc.edits) == doc.raw
        assert "---" not in doc.raw


def test_plugin_format_works_in_the_cli(plugin_env: dict[str, str], tmp_path: Path) -> None:
    """`povcorpus inspect --input-format kv-records` lists the three records of the sample file."""
    command = ("-m", "povcorpus", "inspect", "--json", "--input-format", "kv-records", str(BULLETINS))
    record = json.loads(run_python(*command, cwd=tmp_path, env=plugin_env))
    assert record["format"] == "kv-records"
    assert [doc["title"] for doc in record["documents"]][:2] == [
        "Think tank report on China poverty alleviation experience",
        "Una cooperativa nel Tibet",
    ]


def test_without_the_plugin_the_name_is_unknown(tmp_path: Path) -> None:
    """Without the plugin, format="kv-records" is an UnknownNameError that lists the known formats."""
    try:
        importlib.metadata.distribution("povcorpus-kvrecords")
    except importlib.metadata.PackageNotFoundError:
        pass
    else:
        pytest.skip("povcorpus-kvrecords is installed in this environment")
    with pytest.raises(
        povcorpus.errors.UnknownNameError, match=r"unknown loader 'kv-records'; known: .*jsonl"
    ):
        povcorpus.load(BULLETINS, format="kv-records")
