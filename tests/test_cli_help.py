"""The command line explains itself: help lists valid values and defaults, flags mean one thing, explain."""

from __future__ import annotations

import argparse
import importlib.util
import json
import subprocess
import sys
from datetime import date
from pathlib import Path
from types import ModuleType

import pytest

import povcorpus
from povcorpus.boilerplate import RuleSet
from povcorpus.boilerplate.chrome import strip_chrome
from povcorpus.cleaners import clean_text
from povcorpus.cleaners.base import cleaner_registry
from povcorpus.cli import build_parser, main
from povcorpus.cli.explain import explain_text
from povcorpus.language.backends import backend_registry
from povcorpus.loaders import loader_registry
from povcorpus.runner import RunStats

ROOT = Path(__file__).resolve().parent.parent


def _reference() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "cli_reference", ROOT / "docs" / "hooks" / "cli_reference.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _subparsers() -> dict[str, argparse.ArgumentParser]:
    return {name: parser for name, (_, parser) in _reference().subcommands(build_parser(width=100)).items()}


def _help(name: str) -> str:
    return " ".join(_subparsers()[name].format_help().split())


def test_cli_reference_page_is_up_to_date() -> None:
    """docs/cli.md is exactly what the generator writes from today's parser (run it after changing a flag)."""
    # In a fresh process: other tests register cleaners and loaders of their own in this one.
    script = ROOT / "docs" / "hooks" / "cli_reference.py"
    result = subprocess.run(
        [sys.executable, str(script), "--check"], capture_output=True, text=True, check=False, timeout=120
    )
    assert result.returncode == 0, result.stderr
    page = (ROOT / "docs" / "cli.md").read_text(encoding="utf-8")
    for name, parser in _subparsers().items():
        section = page.split(f"\n## povcorpus {name}\n", 1)[1].split("\n## ", 1)[0]
        for action in parser._actions:
            for option in action.option_strings:
                assert f"`{option}`" in section, f"{option} of povcorpus {name} is missing from the reference"


@pytest.mark.parametrize("name", ["process", "inspect", "duplicates", "report"])
def test_input_commands_list_formats_and_share_flags(name: str) -> None:
    """Every subcommand that reads files takes --input-format, lists the registered formats, and has -q."""
    text = _help(name)
    assert "--input-format FORMAT" in text
    for format_name in loader_registry.names():
        assert format_name in text
    assert "-q, --quiet" in text


def test_clean_help_lists_values_and_defaults() -> None:
    """clean --help names every cleaner, rule, pack and language backend, and the key flags' defaults."""
    text = _help("process")
    for name in cleaner_registry.names():
        assert name in text
    for rule in RuleSet.default():
        assert rule.name in text
    for backend in backend_registry.names():
        assert backend in text
    assert "(default: strict)" in text
    assert "(default: 0.7)" in text
    assert "(default: one per core)" in text


def test_one_meaning_per_flag() -> None:
    """An option string names the same setting in every subcommand; --format is the output format only."""
    meaning: dict[str, tuple[str, str]] = {}
    for name, parser in _subparsers().items():
        for action in parser._actions:
            for option in action.option_strings:
                if option in {"-h", "--help"}:
                    continue
                first = meaning.setdefault(option, (action.dest, name))
                assert first[0] == action.dest, (
                    f"{option} means {first[0]} in {first[1]} but {action.dest} in {name}"
                )
    clean = _subparsers()["process"]
    (output_format,) = [action for action in clean._actions if "--format" in action.option_strings]
    assert output_format.choices == ["jsonl", "parquet"]
    assert all("--format" not in _help(name).split() for name in ("inspect", "duplicates", "report"))


def test_every_subcommand_has_quiet() -> None:
    """-q/--quiet exists in every subcommand."""
    for name, parser in _subparsers().items():
        assert any("-q" in action.option_strings for action in parser._actions), name


def test_help_lists_a_format_registered_after_import(tmp_path: Path) -> None:
    """Help reads the registries when printed, so a plugin's format shows up."""
    code = (
        "from povcorpus.loaders import register_loader\n"
        "register_loader('my-plugin-format')(lambda file: iter(()))\n"
        "from povcorpus.cli import main\n"
        "main(['inspect', '--help'])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=tmp_path, check=False, timeout=120
    )
    assert "my-plugin-format" in " ".join(result.stdout.split())


def test_old_input_format_flag_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    """`povcorpus inspect --format text` is a usage error: --format no longer means an input format."""
    with pytest.raises(SystemExit) as exit_info:
        main(["inspect", "--format", "text", "--sample"])
    assert exit_info.value.code == 2
    assert "--format" in capsys.readouterr().err


# -- the end-of-run summary --------------------------------------------------------------------


def _busy_stats() -> RunStats:
    stats = RunStats(files=12, documents=3400)
    stats.languages.update(
        {
            code: 100 + index
            for index, code in enumerate(("en", "it", "zh", "fa", "ru", "de", "fr", "es", "ar", "pt", "ja"))
        }
    )
    rules = [f"rule_{index:02d}.with_a_fairly_long_name" for index in range(30)] + [
        "apostrophe",
        "whitespace",
    ]
    stats.edits_per_rule.update({rule: 7 * index + 1 for index, rule in enumerate(rules)})
    return stats


@pytest.mark.parametrize("width", [40, 60, 80, 120])
def test_summary_fits_the_terminal(width: int) -> None:
    """No summary line is wider than the terminal, and the edits table still lists every rule and count."""
    stats = _busy_stats()
    text = stats.summary(width=width)
    assert max(len(line) for line in text.splitlines()) <= width
    cells = " ".join(text.split())
    for rule, count in stats.edits_per_rule.items():
        assert f"{rule} {count}" in cells or f"{rule[: width - 10]}" in text, rule


def test_summary_table_uses_the_width() -> None:
    """A wide terminal gets several columns of rules, so the summary stays short."""
    stats = RunStats()
    stats.edits_per_rule.update({f"rule{index}": index + 1 for index in range(12)})
    assert len(stats.summary(width=120).splitlines()) < len(stats.summary(width=40).splitlines())


# -- duplicates, report and inspect see what clean writes ---------------------------------------


def _near_twins(tmp_path: Path) -> list[str]:
    body = " ".join(
        f"Sentence {index} of the poverty reduction report describes village number {index} in detail."
        for index in range(40)
    )
    (tmp_path / "a.txt").write_text(f"Home > News > Poverty\n{body}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"{body}\n", encoding="utf-8")
    return [str(tmp_path / "a.txt"), str(tmp_path / "b.txt")]


def _exact_in_duplicates(paths: list[str], extra: list[str], capsys: pytest.CaptureFixture[str]) -> bool:
    assert main(["duplicates", *paths, "--json", "--threshold", "0.5", *extra]) == 0
    records = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    return any(record["exact"] for record in records)


def _exact_in_report(paths: list[str], out: Path, extra: list[str]) -> bool:
    assert main(["report", *paths, "-o", str(out), "-q", "--threshold", "0.5", *extra]) == 0
    report = json.loads((out / "report.json").read_text(encoding="utf-8"))
    return any(
        member["exact"]
        for cluster in report["clusters"]
        if cluster["level"] == "document"
        for member in cluster["members"]
    )


def test_duplicates_and_report_agree_on_processed_documents(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Two files that differ only by a breadcrumb are exact duplicates once processed, in both commands."""
    paths = _near_twins(tmp_path)
    assert _exact_in_duplicates(paths, [], capsys) is True
    assert _exact_in_report(paths, tmp_path / "processed", []) is True
    assert _exact_in_duplicates(paths, ["--no-pipeline"], capsys) is False
    assert _exact_in_report(paths, tmp_path / "raw", ["--no-pipeline"]) is False


def test_inspect_tree_reports_the_date_clean_writes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """For every sample document, inspect --tree --json gives the date that clean writes."""
    out = tmp_path / "out.jsonl"
    assert main(["process", "--sample", "-o", str(out), "-q", "--workers", "1"]) == 0
    written = {
        json.loads(line)["id"]: json.loads(line)["metadata"]["date"]
        for line in out.read_text("utf-8").splitlines()
    }
    capsys.readouterr()
    assert main(["inspect", "--sample", "--tree", "--json"]) == 0
    shown = {
        doc["id"]: doc["date"]
        for line in capsys.readouterr().out.splitlines()
        for doc in json.loads(line)["documents"]
    }
    assert shown == written
    assert any(value is not None for value in shown.values())
    assert all(value is None or date.fromisoformat(value) for value in shown.values())


# -- povcorpus explain -------------------------------------------------------------------------

EXPLAIN_CASES = [
    ("Home > News > China\nChina”s pro-gram、 and the nation' s  program.", "en"),
    ("La riduzi-one della povertà è un obiettivo chiave per l”Italia.", "it"),
    ("脱贫攻坚取得了全面胜利，这是一个伟大的成就。", "zh"),
    ("Clean text stays as it is.", None),
]


@pytest.mark.parametrize(("text", "lang"), EXPLAIN_CASES)
def test_explain_steps_replay_to_the_cleaned_text(text: str, lang: str | None) -> None:
    """Each step's edits turn its input into its output, and the last output is what the cleaners make."""
    explanation = explain_text(text, lang)
    current = text
    for step in explanation.steps:
        assert povcorpus.undo_edits(step.text, step.edits) == current, step.name
        current = step.text
    body = strip_chrome(text, RuleSet.default()).text
    assert explanation.text == clean_text(body, lang=explanation.language).text


def test_explain_prints_each_change_with_rule_and_reason(capsys: pytest.CaptureFixture[str]) -> None:
    """The text output names each step that changed something, the rule, its description and the result."""
    assert main(["explain", EXPLAIN_CASES[0][0], "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "language: en (given)" in out
    assert "chrome.breadcrumb" in out
    assert "navigation trail" in out.lower()
    assert "apostrophe: 1 change(s)" in out
    assert "'、' → ','" in out
    assert out.rstrip().endswith("China’s program, and the nation's program.")


def test_explain_quiet_json_and_stdin(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """-q prints only the result; --json is one object with every step; - reads standard input."""
    assert main(["explain", "pro-gram、 done", "--lang", "en", "-q"]) == 0
    assert capsys.readouterr().out == "program, done\n"
    assert main(["explain", "pro-gram、 done", "--lang", "en", "--json"]) == 0
    record = json.loads(capsys.readouterr().out)
    assert record["text"] == "program, done"
    assert [step["name"] for step in record["steps"]][:2] == ["mojibake", "chrome"]  # the pipeline order
    assert {step["name"] for step in record["steps"] if step["edits"]} == {"mt_punctuation", "dehyphenate"}
    monkeypatch.setattr(sys, "stdin", __import__("io").StringIO("Il villaggio” s"))
    assert main(["explain", "-", "-q"]) == 0
    assert capsys.readouterr().out.strip()


def test_explain_leaves_clean_text_alone(capsys: pytest.CaptureFixture[str]) -> None:
    """A clean sentence gets no change in any step and comes back byte-identical."""
    for text in ("Il villaggio di montagna ha una nuova scuola.", "این روستا یک مدرسه\u200cی تازه دارد."):
        explanation = explain_text(text)
        assert explanation.text == text
        assert not any(step.edits for step in explanation.steps)


def test_explain_takes_undecodable_argument_bytes(capsys: pytest.CaptureFixture[str]) -> None:
    """Argument bytes that are not UTF-8 (lone surrogates in argv) become U+FFFD instead of a traceback."""
    assert main(["explain", "caf\udce9 ok", "-q"]) == 0
    assert capsys.readouterr().out == "caf\ufffd ok\n"
