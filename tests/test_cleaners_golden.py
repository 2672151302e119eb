"""Golden damaged->expected pairs for every cleaner, and clean sentences that must come back unchanged."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from typing import NamedTuple

import pytest

from povcorpus.cleaners import DEFAULT_ORDER, clean_text
from povcorpus.edits import apply_edits, undo_edits

DATA = Path(__file__).parent / "data"
_ESCAPE = re.compile(r"\\(u[0-9a-fA-F]{4}|n|r|t|\\)")
_SIMPLE = {"n": "\n", "r": "\r", "t": "\t", "\\": "\\"}
HAVE_WORDFREQ = importlib.util.find_spec("wordfreq") is not None


class Case(NamedTuple):
    """One golden pair: a titled damaged input and its expected repair."""

    rule: str
    title: str
    input: str
    expected: str
    lang: str | None
    options: dict[str, bool]


def _decode(text: str) -> str:
    return _ESCAPE.sub(lambda m: _SIMPLE.get(m.group(1)) or chr(int(m.group(1)[1:], 16)), text)


def read_golden(path: Path) -> list[Case]:
    """Parse a golden file: ``### title`` blocks of input, a ``---`` line, expected output."""
    blocks: list[tuple[str, list[str], list[str]]] = []
    part: list[str] | None = None
    for line in path.read_text(encoding="utf-8").split("\n"):
        if line.startswith("### "):
            blocks.append((line[4:], [], []))
            part = blocks[-1][1]
        elif blocks and line == "---" and part is blocks[-1][1]:
            part = blocks[-1][2]
        elif part is not None:
            part.append(line)
    cases = []
    for title, source, expected in blocks:
        while expected and expected[-1] == "":
            expected.pop()
        lang = re.search(r"\[([a-z]{2})\]", title)
        options = {key: value == "true" for key, value in re.findall(r"\[([\w.]+)=(\w+)\]", title)}
        cases.append(
            Case(
                path.stem,
                title,
                _decode("\n".join(source)),
                _decode("\n".join(expected)),
                lang.group(1) if lang else None,
                options,
            )
        )
    return cases


def read_negative(path: Path) -> list[str]:
    """Clean sentences of a negative file: one per line, ``#`` lines are comments."""
    lines = path.read_text(encoding="utf-8").split("\n")
    return [line for line in lines if line and not line.startswith("#")]


GOLDEN = [case for path in sorted((DATA / "cleaners").glob("*.txt")) for case in read_golden(path)]
NEGATIVE = [
    (path.stem, sentence)
    for path in sorted((DATA / "negative").glob("*.txt"))
    for sentence in read_negative(path)
]


def test_golden_files_are_large_enough() -> None:
    """There are at least 150 damaged->expected pairs, covering every built-in cleaner."""
    assert len(GOLDEN) >= 150
    assert {case.rule for case in GOLDEN} == set(DEFAULT_ORDER) - {"spam"}  # spam: see the boilerplate tests
    assert all(case.input != case.expected for case in GOLDEN)


def test_negative_files_are_large_enough() -> None:
    """There are at least 100 clean sentences, in at least seven languages."""
    assert len(NEGATIVE) >= 100
    assert {"en", "it", "fr", "de", "es", "zh", "fa"} <= {lang for lang, _ in NEGATIVE}


@pytest.mark.parametrize("case", GOLDEN, ids=[f"{case.rule}: {case.title}" for case in GOLDEN])
def test_golden_case(case: Case) -> None:
    """The cleaner alone repairs the damaged input into exactly the expected text, with replayable edits."""
    if "[wordfreq]" in case.title and not HAVE_WORDFREQ:
        pytest.skip("needs the optional wordfreq package")
    result = clean_text(case.input, lang=case.lang, cleaners=[case.rule], options=case.options)
    assert result.text == case.expected
    assert apply_edits(case.input, result.edits) == result.text
    assert undo_edits(result.text, result.edits) == case.input
    assert {edit.rule for edit in result.edits} == {case.rule}


@pytest.mark.parametrize(
    ("lang", "sentence"), NEGATIVE, ids=[f"{lang}-{i}" for i, (lang, _) in enumerate(NEGATIVE)]
)
def test_negative_sentence_is_untouched(lang: str, sentence: str) -> None:
    """A correct sentence comes back byte-identical from the default pipeline, with or without its lang."""
    for language in (lang, None):
        result = clean_text(sentence, lang=language)
        assert result.text == sentence
        assert result.edits == ()


def test_negative_files_untouched_as_whole_documents() -> None:
    """Each negative file, cleaned as one multi-line document, comes back byte-identical."""
    for path in sorted((DATA / "negative").glob("*.txt")):
        text = "\n".join(read_negative(path)) + "\n"
        assert clean_text(text, lang=path.stem).text == text, path.name
