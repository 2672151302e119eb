"""Precision and recall of the built-in boilerplate rules on the hand-made set in tests/data/boilerplate.

Run this file directly (``python tests/test_boilerplate_precision.py``) to print the figures.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from povcorpus.boilerplate import strip_chrome, strip_spam

DATA = Path(__file__).parent / "data" / "boilerplate"


def _cases(name: str) -> list[str]:
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    return [line.replace("\\n", "\n") for line in lines if line and not line.startswith("#")]


def _clean(text: str) -> str:
    return strip_spam(strip_chrome(text).text).text


def _chrome_cases() -> list[tuple[str, str]]:
    cases = []
    for case in _cases("chrome.txt"):
        source, _, expected = case.partition(" => ")
        cases.append((source, expected))
    return cases


HONEST = _cases("honest.txt")
CHROME = _chrome_cases()


def measure() -> dict[str, float]:
    """Count removals on both sets; return precision, recall and the counts."""
    true_pos = sum(_clean(source) == expected for source, expected in CHROME)
    false_neg = len(CHROME) - true_pos
    false_pos = sum(_clean(case) != case for case in HONEST)
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    return {
        "precision": precision,
        "recall": true_pos / len(CHROME),
        "true_positives": true_pos,
        "false_negatives": false_neg,
        "false_positives": false_pos,
        "honest": len(HONEST),
        "chrome": len(CHROME),
    }


def test_set_sizes() -> None:
    """The precision set holds at least 60 honest cases and 40 chrome cases."""
    assert len(HONEST) >= 60
    assert len(CHROME) >= 40


@pytest.mark.parametrize("case", HONEST)
def test_honest_line_survives(case: str) -> None:
    """An honest line that merely looks like chrome comes back byte-identical."""
    assert _clean(case) == case


@pytest.mark.parametrize(("source", "expected"), CHROME)
def test_chrome_case_removed(source: str, expected: str) -> None:
    """A chrome line goes entirely; an inline spam phrase goes and its sentence is mended."""
    assert _clean(source) == expected


@pytest.mark.parametrize(("source", "expected"), [c for c in CHROME if not c[1]])
def test_chrome_line_between_paragraphs(source: str, expected: str) -> None:
    """A chrome line between two paragraphs goes with its line breaks; the paragraph break stays."""
    text = f"First paragraph of the body.\n\n{source}\n\nSecond paragraph of the body."
    assert _clean(text) == "First paragraph of the body.\n\nSecond paragraph of the body."


def test_precision_and_recall() -> None:
    """No honest case is touched (precision 1.0) and every chrome case goes (recall 1.0)."""
    figures = measure()
    assert figures["precision"] == 1.0
    assert figures["recall"] == 1.0


if __name__ == "__main__":
    for key, value in measure().items():
        print(f"{key}: {value:.3f}" if isinstance(value, float) else f"{key}: {value}")
