"""Rule packs as data: loading, validation, the registry, disabling by name, self-checks and the CLI."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.boilerplate import (
    RulePack,
    RulePackError,
    RuleSet,
    builtin_pack_names,
    check_pack,
    default_rules,
    load_pack,
    pack_registry,
    rules,
    strip_chrome,
)
from povcorpus.cli import main
from povcorpus.errors import NameClashError, UnknownNameError

MINIMAL = {
    "pack": {"name": "mine", "description": "test pack"},
    "defines": {"word": r"buy\s+now"},
    "rules": [
        {
            "name": "promo",
            "kind": "line",
            "description": "A lone promotion line.",
            "pattern": r"${word}!*",
            "triggers": ["buy"],
            "examples": ["Buy now!!"],
            "counterexamples": ["We did not buy now, the price was too high."],
        }
    ],
}


@pytest.mark.parametrize("name", builtin_pack_names())
def test_builtin_pack_examples(name: str) -> None:
    """Every built-in rule removes its own examples and leaves its counterexamples byte-identical."""
    assert check_pack(load_pack(name)) == []


def test_builtin_packs_registered() -> None:
    """The shipped TOML packs are in the registry, and every rule has a description and examples."""
    assert set(builtin_pack_names()) <= set(pack_registry.names())
    assert {"chrome", "spam"} <= set(builtin_pack_names())
    for rule in default_rules():
        assert rule.description
        assert rule.examples
        assert rule.counterexamples


def test_every_family_is_covered() -> None:
    """The spam rules recognise the family in English, Chinese and Italian, not one string."""
    from povcorpus.boilerplate import strip_spam

    for text in (
        "Growth bet365 poker continued.",
        "Growth Paddy Power online casino continued.",
        "Growth online lottery APP download continued.",
        "增长亚博体育APP下载持续。",
        "Crescita eurobet scommesse online continua.",
    ):
        assert strip_spam(text).text != text


def test_check_pack_reports_failures() -> None:
    """check_pack names an example that is not removed and a counterexample that is changed."""
    pack = RulePack.from_dict(
        {
            "pack": {"name": "t"},
            "rules": [
                {
                    "name": "x",
                    "kind": "line",
                    "pattern": "foo",
                    "examples": ["bar"],
                    "counterexamples": ["foo"],
                }
            ],
        }
    )
    problems = check_pack(pack)
    assert len(problems) == 2
    assert "example not removed: 'bar'" in problems[0]
    assert "counterexample changed" in problems[1]


def test_user_pack_from_dict_and_path(tmp_path: Path) -> None:
    """A user pack from a dict or a TOML file runs with the defaults and names its edits."""
    path = tmp_path / "mine.toml"
    path.write_text(
        '[pack]\nname = "mine"\n[[rules]]\nname = "promo"\nkind = "line"\npattern = "buy now!*"\n'
        'examples = ["Buy now!"]\n',
        encoding="utf-8",
    )
    for source in (MINIMAL, path, str(path)):
        rules = default_rules().with_pack(source)
        result = strip_chrome("Body.\n\nBuy now!!\n\nMore body.", rules)
        assert result.text == "Body.\n\nMore body."
        assert [edit.rule for edit in result.edits] == ["mine.promo"]
    assert check_pack(load_pack(MINIMAL)) == []


def test_disable_by_full_short_and_pack_name() -> None:
    """Rules are disabled by full name, unambiguous short name, or whole pack."""
    rules = default_rules()
    assert "chrome.breadcrumb" not in rules.disable("chrome.breadcrumb").names()
    assert "chrome.breadcrumb" not in rules.disable("breadcrumb").names()
    assert not [name for name in rules.disable("spam").names() if name.startswith("spam.")]
    text = "Homepage >> News\n\nBody."
    assert strip_chrome(text, rules.disable("breadcrumb")).text == text


def test_disable_unknown_name_lists_rules() -> None:
    """An unknown rule name is an error that lists the known rules."""
    with pytest.raises(UnknownNameError, match=r"chrome\.breadcrumb"):
        default_rules().disable("no_such_rule")


def test_rule_name_clash() -> None:
    """Two packs defining the same full rule name clash, naming the rule."""
    with pytest.raises(NameClashError, match=r"mine\.promo"):
        RuleSet.of(MINIMAL, MINIMAL)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"kind": "paragraph"}, "known kinds"),
        ({"pattern": "(unclosed"}, "does not compile"),
        ({"pattern": "${nowhere}"}, "does not define"),
        ({"name": "Bad Name"}, "lower-case word"),
        ({"zone": "middle"}, "known zones"),
        ({"flags": ["NOPE"]}, "unknown flag"),
    ],
)
def test_malformed_rule_rejected(change: dict[str, object], message: str) -> None:
    """A malformed rule is a RulePackError (also a ValueError) saying what is wrong."""
    rule = {**MINIMAL["rules"][0], **change}  # type: ignore[index]
    with pytest.raises(RulePackError, match=message):
        RulePack.from_dict({**MINIMAL, "rules": [rule]})
    assert issubclass(RulePackError, ValueError)


def test_invalid_toml_and_missing_pack_table() -> None:
    """Invalid TOML and a pack without [pack] or [[rules]] are rejected with the origin named."""
    with pytest.raises(RulePackError, match="invalid TOML"):
        RulePack.from_toml("[pack\n", origin="broken.toml")
    with pytest.raises(RulePackError, match=r"\[pack\]"):
        RulePack.from_dict({"rules": []})
    with pytest.raises(RulePackError, match="rules"):
        RulePack.from_dict({"pack": {"name": "empty"}})


def test_cli_lists_rules(capsys: pytest.CaptureFixture[str]) -> None:
    """'povcorpus rules' prints one line per rule with its name, kind and description."""
    assert main(["rules"]) == 0
    out = capsys.readouterr().out
    assert "chrome.breadcrumb" in out
    assert re.search(r"^spam\.bookmaker_phrase +inline +A ", out, re.MULTILINE)


def test_cli_json_disable_pack_and_check(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--json prints records; --disable drops rules; --pack adds a file; --check passes on good packs."""
    path = tmp_path / "mine.toml"
    path.write_text(
        '[pack]\nname = "mine"\n[[rules]]\nname = "promo"\nkind = "line"\ndescription = "Promo."\n'
        'pattern = "buy now!*"\nexamples = ["Buy now!"]\n',
        encoding="utf-8",
    )
    assert main(["rules", "--json", "--disable", "spam", "--pack", str(path), "--check"]) == 0
    records = json.loads(capsys.readouterr().out)
    names = [record["name"] for record in records]
    assert "mine.promo" in names
    assert not [name for name in names if name.startswith("spam.")]
    assert {"name", "kind", "description", "pack"} <= set(records[0])


def test_cli_check_fails_on_bad_example(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--check exits 1 and says which example misbehaved."""
    path = tmp_path / "bad.toml"
    path.write_text(
        '[pack]\nname = "bad"\n[[rules]]\nname = "x"\nkind = "line"\npattern = "foo"\nexamples = ["bar"]\n',
        encoding="utf-8",
    )
    assert main(["rules", "--pack", str(path), "--check"]) == 1
    assert "bad.x: example not removed" in capsys.readouterr().err


def test_cli_unknown_disable_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An unknown --disable name is one error line and exit code 1, not a traceback."""
    assert main(["rules", "--disable", "no_such_rule"]) == 1
    assert capsys.readouterr().err.startswith("povcorpus: error: unknown boilerplate rule")


_LETTERS = rules._WORD.pattern.removesuffix("+")


@settings(max_examples=300, deadline=None)
@given(
    word=st.text(alphabet="ab-é中 ", min_size=1, max_size=4),
    text=st.text(alphabet="ab-é中 1", max_size=30),
)
def test_whole_word_spans_are_those_of_the_lookaround_pattern(word: str, text: str) -> None:
    """The find-and-check scan gives the spans of the word between lookarounds, overlaps and all."""
    pattern = re.compile(f"{re.escape(word)}(?<!{_LETTERS}.{{{len(word)}}})(?!{_LETTERS})")
    expected = [match.span() for match in pattern.finditer(text)]
    assert list(rules._whole_word_spans(word, text)) == expected


def test_whole_word_spans_keep_words_whole() -> None:
    assert list(rules._whole_word_spans("bet", "bet between abet bet")) == [(0, 3), (17, 20)]
    assert list(rules._whole_word_spans("a-a", "a-a-a")) == [(0, 3)]
