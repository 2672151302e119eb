"""Loaders on the real sample corpus: counts, titles, formats and exact provenance."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

import povcorpus
from povcorpus.edits import undo_edits
from povcorpus.samples import sample_path

EXPECTED = {
    "000": ("lines", 9),
    "001": ("lines", 13),
    "002": ("source-delimited", 5),
    "003": ("text", 1),
    "004": ("text", 1),
}


@pytest.mark.parametrize(("prefix", "expected"), EXPECTED.items())
def test_auto_format_and_counts(prefix: str, expected: tuple[str, int]) -> None:
    """Each sample file is detected as its format and yields the expected number of documents."""
    docs = list(povcorpus.load(sample_path(prefix)))
    assert len(docs) == expected[1]
    assert {doc.origin.format for doc in docs} == {expected[0]}


def test_source_delimited_titles_are_raw_first_lines() -> None:
    """The 002 records take their first line, uncleaned, as title; the Persian one included."""
    titles = [doc.title for doc in povcorpus.load(sample_path("002"))]
    assert titles[:4] == [
        "Think tank report on China poverty alleviation experience",
        "China consolidates poverty alleviation achievements",
        "Report on China”s consolidating poverty alleviation gains",
        "Principles of China”s poverty reduction governance model",
    ]
    assert titles[4] is not None
    assert "مازندران" in titles[4]


def test_source_line_leaves_body_but_not_raw() -> None:
    """The title and the Source: line are cut from the body, kept in raw, and recorded as edits."""
    doc = next(iter(povcorpus.load(sample_path("002"))))
    assert doc.raw.startswith("Think tank report")
    assert doc.raw.endswith("Source:")
    assert not doc.text.startswith("Think tank report")
    assert "Source:" not in doc.text
    assert {edit.rule for edit in doc.edits} == {"loader.title", "loader.source"}


@pytest.mark.parametrize("prefix", list(EXPECTED))
def test_origin_spans_point_into_the_decoded_file(prefix: str) -> None:
    """raw equals the slice of the decoded file named by the origin, and its lines are the right lines."""
    path = sample_path(prefix)
    decoded = path.read_text(encoding="utf-8")
    lines = decoded.split("\n")
    for doc in povcorpus.load(path):
        assert decoded[doc.origin.char_start : doc.origin.char_end] == doc.raw
        assert "\n".join(lines[doc.origin.line_start - 1 : doc.origin.line_end]) == doc.raw
        assert undo_edits(doc.text, doc.edits) == doc.raw


def test_lines_are_numbered_from_one(tmp_path: Path) -> None:
    """In a lines file the Nth non-empty line is on line N when there are no blank lines, else later."""
    path = tmp_path / "x.txt"
    path.write_text("Prima frase.\n\nSeconda frase.\nTerza frase.\n", encoding="utf-8")
    docs = list(povcorpus.load(path, format="lines"))
    assert [(doc.text, doc.origin.line_start) for doc in docs] == [
        ("Prima frase.", 1),
        ("Seconda frase.", 3),
        ("Terza frase.", 4),
    ]


def test_trailing_record_without_source_line_is_kept(tmp_path: Path) -> None:
    """A source-delimited file whose last record has no Source: line still yields it."""
    path = tmp_path / "news.txt"
    path.write_text(
        "Title one\nBody one.\nSource: Xinhua\n\nTitle two\nBody two.\nSource:\nTitle three\nBody three.\n"
    )
    docs = list(povcorpus.load(path))
    assert [doc.title for doc in docs] == ["Title one", "Title two", "Title three"]
    assert [doc.text for doc in docs] == ["Body one.", "Body two.", "Body three."]
    assert docs[0].metadata.source == "Xinhua"
    assert docs[1].metadata.source is None


def test_directory_glob_list_and_stream_all_work(tmp_path: Path) -> None:
    """load() accepts a directory, a glob, a list and an open text file."""
    (tmp_path / "a.txt").write_text("Uno.\nDue.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Tre.\nQuattro.\n", encoding="utf-8")
    (tmp_path / "notes.bin").write_bytes(b"\x00\x01")
    assert len(list(povcorpus.load(tmp_path))) == 4
    assert len(list(povcorpus.load(str(tmp_path / "*.txt")))) == 4
    assert len(list(povcorpus.load([tmp_path / "a.txt", tmp_path / "b.txt"]))) == 4
    docs = list(povcorpus.load(io.StringIO("Uno.\nDue.\n")))
    assert [doc.text for doc in docs] == ["Uno.", "Due."]
    assert docs[0].origin.path == "<stream>"


def test_load_is_lazy(tmp_path: Path) -> None:
    """load() opens files only as the iterator advances, so a bad second file fails late."""
    (tmp_path / "a.txt").write_text("Uno.\nDue.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"\x00\x00binary")
    docs = povcorpus.load(tmp_path)
    assert next(docs).text == "Uno."


def test_jsonl_round_trip(tmp_path: Path) -> None:
    """Documents written as JSONL load back equal, through format auto-detection."""
    import json

    docs = list(povcorpus.load(povcorpus.samples.sample_dir()))
    out = tmp_path / "out.jsonl"
    out.write_text(
        "".join(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n" for doc in docs), encoding="utf-8"
    )
    assert list(povcorpus.load(out)) == docs


def test_foreign_jsonl_builds_documents(tmp_path: Path) -> None:
    """A JSONL file of {"text": …} objects from another tool loads as new documents."""
    path = tmp_path / "other.jsonl"
    path.write_text('{"text": "Hello there.", "title": "Hi"}\n{"text": "Second."}\n', encoding="utf-8")
    docs = list(povcorpus.load(path))
    assert [(doc.title, doc.text, doc.origin.line_start) for doc in docs] == [
        ("Hi", "Hello there.", 1),
        (None, "Second.", 2),
    ]
