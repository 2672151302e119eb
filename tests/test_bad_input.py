"""Bad input gives a typed error with a helpful message, or loads correctly."""

from __future__ import annotations

import codecs
import resource
import subprocess
import sys
from pathlib import Path

import pytest

import povcorpus
from povcorpus import errors
from povcorpus.registry import Registry


def test_missing_path(tmp_path: Path) -> None:
    """A missing file raises SourceNotFoundError (also a FileNotFoundError) at once."""
    with pytest.raises(errors.SourceNotFoundError, match="does not exist") as caught:
        povcorpus.load(tmp_path / "nope.txt")
    assert isinstance(caught.value, FileNotFoundError)


def test_glob_matching_nothing(tmp_path: Path) -> None:
    """A glob that matches nothing says so."""
    with pytest.raises(errors.SourceNotFoundError, match="matches no file"):
        povcorpus.load(str(tmp_path / "*.txt"))


def test_directory_without_text_files(tmp_path: Path) -> None:
    """A directory with no text file raises EmptySourceError naming it."""
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    with pytest.raises(errors.EmptySourceError, match="holds no text file"):
        povcorpus.load(tmp_path)


def test_binary_file(tmp_path: Path) -> None:
    """A binary file raises NotTextError, not a decode error from deep inside."""
    path = tmp_path / "data.txt"
    path.write_bytes(bytes(range(256)) * 10)
    with pytest.raises(errors.NotTextError, match="binary"):
        list(povcorpus.load(path))


def test_undecodable_bytes_name_file_and_offset(tmp_path: Path) -> None:
    """Latin-1 bytes read as UTF-8 raise DecodeError with the byte offset and a hint."""
    path = tmp_path / "latin.txt"
    path.write_bytes("Città più bella.\n".encode("latin-1"))
    with pytest.raises(errors.DecodeError) as caught:
        list(povcorpus.load(path))
    assert caught.value.offset == 4
    assert "latin.txt" in str(caught.value)
    assert "byte 4" in str(caught.value)
    assert 'errors="replace"' in str(caught.value)
    assert [doc.text for doc in povcorpus.load(path, encoding="latin-1")] == ["Città più bella."]


def test_errors_replace_records_an_edit(tmp_path: Path) -> None:
    """With errors="replace" the bad byte becomes U+FFFD and an edit records the byte."""
    path = tmp_path / "bad.txt"
    path.write_bytes(b"Good line.\nBad \xff byte.\n")
    docs = list(povcorpus.load(path, errors="replace", format="lines"))
    assert docs[1].raw == "Bad \ufffd byte."
    (edit,) = [edit for edit in docs[1].edits if edit.field == "raw"]
    assert (edit.start, edit.before, edit.after, edit.rule) == (4, "\\xff", "\ufffd", "decode.replace")


@pytest.mark.parametrize(
    ("encoding", "bom"),
    [("utf-8", codecs.BOM_UTF8), ("utf-16-le", codecs.BOM_UTF16_LE), ("utf-16-be", codecs.BOM_UTF16_BE)],
)
def test_bom_and_crlf(tmp_path: Path, encoding: str, bom: bytes) -> None:
    """Files with a BOM and CRLF line ends load, with offsets into the decoded, LF-only text."""
    text = "Prima frase.\r\nSeconda frase è qui.\r\n"
    path = tmp_path / "bom.txt"
    path.write_bytes(bom + text.encode(encoding))
    docs = list(povcorpus.load(path))
    decoded = text.replace("\r\n", "\n")
    assert [doc.text for doc in docs] == ["Prima frase.", "Seconda frase è qui."]
    for doc in docs:
        assert decoded[doc.origin.char_start : doc.origin.char_end] == doc.raw
    assert docs[1].origin.line_start == 2


def test_empty_file_gives_no_documents(tmp_path: Path) -> None:
    """An empty (or blank) file yields zero documents and no error."""
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n\n  \n")
    assert list(povcorpus.load(tmp_path)) == []


def test_line_longer_than_the_guard(tmp_path: Path) -> None:
    """A line beyond max_line_bytes raises RecordTooLargeError saying how to raise the limit."""
    path = tmp_path / "long.txt"
    path.write_text("x" * 5000 + ".\n")
    with pytest.raises(errors.RecordTooLargeError, match="max_line_bytes"):
        list(povcorpus.load(path, max_line_bytes=1000))


def test_fifty_megabyte_single_line_stays_within_memory(tmp_path: Path) -> None:
    """A 50 MB one-line file loads in a fresh process whose peak RSS stays within 4× the file size."""
    path = tmp_path / "huge.txt"
    sentence = "Poverty reduction is a long road. "
    path.write_text(sentence * (50_000_000 // len(sentence)) + "\n", encoding="utf-8")
    size = path.stat().st_size
    script = (
        "import resource, sys, povcorpus\n"
        "base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss\n"
        "docs = list(povcorpus.load(sys.argv[1]))\n"
        "assert len(docs) == 1 and len(docs[0].text) > 49_000_000\n"
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - base)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(path)], capture_output=True, text=True, check=True
    )
    grown_bytes = int(result.stdout.strip()) * 1024
    assert grown_bytes < 4 * size
    assert resource.RLIMIT_AS  # the measurement above uses ru_maxrss, in KiB on Linux


def test_unknown_format_lists_known_ones() -> None:
    """An unknown format name raises UnknownNameError listing the registered formats."""
    with pytest.raises(errors.UnknownNameError, match="source-delimited"):
        povcorpus.load(povcorpus.samples.sample_path("000"), format="csv")


def test_name_clash_names_both_sides() -> None:
    """Registering a taken name raises NameClashError naming the first owner and the newcomer."""
    registry: Registry[object] = Registry("thing")
    registry.register("a", object(), origin="first.module")
    with pytest.raises(errors.NameClashError, match=r"first\.module.*second\.module"):
        registry.register("a", object(), origin="second.module")


def _error_classes() -> list[type[errors.PovcorpusError]]:
    """Every PovcorpusError subclass, found by importing every povcorpus module and walking the tree."""
    import importlib
    import pkgutil

    for module in pkgutil.walk_packages(povcorpus.__path__, "povcorpus."):
        if ".integrations." not in module.name and not module.name.endswith("__main__"):  # extras, the CLI
            importlib.import_module(module.name)
    found: list[type[errors.PovcorpusError]] = []
    todo: list[type[errors.PovcorpusError]] = [errors.PovcorpusError]
    while todo:
        kind = todo.pop()
        found.append(kind)
        todo.extend(kind.__subclasses__())
    return found


def _instance(kind: type[errors.PovcorpusError]) -> errors.PovcorpusError:
    """An instance of ``kind`` built from its own signature: strings, numbers and name lists."""
    import inspect

    values: dict[str, object] = {}
    for name, parameter in inspect.signature(kind.__init__).parameters.items():
        if name == "self" or parameter.kind in (parameter.VAR_POSITIONAL, parameter.VAR_KEYWORD):
            continue
        annotation = str(parameter.annotation)
        if "int" in annotation:
            values[name] = 7
        elif "Iterable" in annotation:
            values[name] = ["alpha", "beta"]
        else:
            values[name] = f"{name}-value"
    return kind(**values) if values else kind("a message")


def test_every_error_round_trips_through_pickle() -> None:
    """Every PovcorpusError (walked from the tree) survives pickle with its class, message and attributes."""
    import pickle

    classes = _error_classes()
    assert {errors.UnknownNameError, errors.MissingExtraError, errors.FormatError} <= set(classes)
    for kind in classes:
        error = _instance(kind)
        copy = pickle.loads(pickle.dumps(error))
        assert type(copy) is kind
        assert str(copy) == str(error)
        assert copy.__dict__ == error.__dict__


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-32-le", "utf-16-be"])
def test_utf16_and_utf32_without_bom_load_when_named(tmp_path: Path, encoding: str) -> None:
    """UTF-16/32 text without a BOM loads with its encoding named; unnamed, the binary error hints at it."""
    path = tmp_path / "wide.txt"
    path.write_bytes("Prima frase.\nSeconda frase è qui.\n".encode(encoding))
    assert [doc.text for doc in povcorpus.load(path, encoding=encoding)] == [
        "Prima frase.",
        "Seconda frase è qui.",
    ]
    with pytest.raises(errors.NotTextError, match="utf-16-le"):
        list(povcorpus.load(path))


def test_bad_jsonl_line_names_its_line_and_can_be_skipped(tmp_path: Path) -> None:
    """A malformed JSONL line raises FormatError with its line; with on_bad_record the good lines load."""
    path = tmp_path / "mixed.jsonl"
    path.write_text(
        '{"text": "one"}\n{"text": "two\n[1]\n' + "[" * 100_000 + '\n{"text": "five"}\n', encoding="utf-8"
    )
    with pytest.raises(errors.FormatError) as caught:
        list(povcorpus.load(path))
    assert caught.value.line == 2
    assert "at at" not in str(caught.value)
    bad: list[errors.FormatError] = []
    docs = list(povcorpus.load(path, on_bad_record=bad.append))
    assert [doc.text for doc in docs] == ["one", "five"]
    assert [error.line for error in bad] == [2, 3, 4]
    assert "nested too deeply" in str(bad[2])


def test_lone_surrogates_become_replacement_characters_with_an_edit() -> None:
    """A lone surrogate (from JSON or a text stream) becomes U+FFFD, recorded as decode.surrogate on raw."""
    import io

    line = '{"id": "x", "text": "lone \\ud800 end"}\n'
    (from_json,) = povcorpus.load(io.StringIO(line), format="jsonl")
    (from_stream,) = povcorpus.load(io.StringIO("lone \udfff end"), format="text")
    for doc in (from_json, from_stream):
        assert doc.raw == "lone \ufffd end"
        (edit,) = doc.edits
        assert (edit.rule, edit.field, edit.after, edit.start) == ("decode.surrogate", "raw", "\ufffd", 5)
        assert edit.before.startswith("\\ud")
        doc.raw.encode("utf-8")


def test_dangling_symlink_is_reported_not_skipped(tmp_path: Path) -> None:
    """A dangling symbolic link in a folder is reported as a missing file, naming where it points."""
    (tmp_path / "real.txt").write_text("A real file.\n", encoding="utf-8")
    (tmp_path / "broken.txt").symlink_to(tmp_path / "gone.txt")
    with pytest.raises(errors.SourceNotFoundError, match="dangling symbolic link"):
        list(povcorpus.load(tmp_path))
    with pytest.raises(errors.SourceNotFoundError, match="dangling symbolic link"):
        povcorpus.load(tmp_path / "broken.txt")


def test_file_name_that_is_not_utf8_gives_valid_provenance(tmp_path: Path) -> None:
    """A file name with non-UTF-8 bytes loads; its id and origin spell those bytes as \\xNN."""
    import os

    path = tmp_path / os.fsdecode(b"caf\xe9.txt")
    path.write_text("Un caffè.\n", encoding="utf-8")
    (doc,) = povcorpus.load(path)
    assert doc.origin.path.endswith("caf\\xe9.txt")
    assert doc.id.startswith("caf\\xe9-")
    (doc.id + doc.origin.path).encode("utf-8")
