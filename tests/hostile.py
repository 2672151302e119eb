"""A hostile corpus, generated: every kind of bad file and bad record, with what must come out of it.

Each file is listed with what a run must do with it: write its good records
(counted per file, and by id where the records carry one), report the file
as failed, or report each bad line by number. The corpus is built fresh in a
temporary folder because some of its files (a name that is not UTF-8, a
dangling link, a file without read permission) cannot live in git.
"""

from __future__ import annotations

import codecs
import json
import os
from pathlib import Path

from attrs import define, field

__all__ = ["Hostile", "build_hostile_corpus"]


@define
class Hostile:
    """The corpus folder and what a run over it must give."""

    root: Path
    documents: dict[str, int] = field(factory=dict)
    """Documents each file must give, by file path relative to ``root`` (as written in ``origin.path``)."""
    ids: set[str] = field(factory=set)
    """Ids that must appear exactly once (records that carry their own id)."""
    failed_files: set[str] = field(factory=set)
    """Files that must be reported as failed, whole."""
    bad_lines: dict[str, set[int]] = field(factory=dict)
    """Lines that must be reported as bad records, by file."""


def _jsonl(records: list[object]) -> str:
    return "".join((item if isinstance(item, str) else json.dumps(item)) + "\n" for item in records)


def build_hostile_corpus(root: Path) -> Hostile:
    """Write the hostile corpus under ``root`` (at least 25 files) and return its expectations."""
    root.mkdir(parents=True, exist_ok=True)
    corpus = Hostile(root=root)

    def good(name: str, data: bytes | str, documents: int, ids: tuple[str, ...] = ()) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        corpus.documents[name] = documents
        corpus.ids.update(ids)

    def failed(name: str, data: bytes) -> None:
        (root / name).write_bytes(data)
        corpus.failed_files.add(name)

    sentence = "Poverty fell by half in the mountain villages of the province last year."
    good(
        "good.jsonl",
        _jsonl([{"id": f"good-{n}", "text": f"{sentence} Record {n}."} for n in range(5)]),
        5,
        tuple(f"good-{n}" for n in range(5)),
    )
    mixed = [
        {"id": "mixed-1", "text": sentence},
        '{"id": "mixed-bad", "text": "unterminated',
        {"id": "mixed-3", "text": "La povertà è diminuita nei villaggi."},
        "[1, 2, 3]",
        {"id": "mixed-5", "text": "Бедность сократилась вдвое."},
        '{"id": "no-text", "body": "where is the text?"}',
        {"id": "mixed-7", "text": "贫困人口减少了一半。"},
        '{"text": 42}',
    ]
    good("mixed_bad.jsonl", _jsonl(mixed), 4, ("mixed-1", "mixed-3", "mixed-5", "mixed-7"))
    corpus.bad_lines["mixed_bad.jsonl"] = {2, 4, 6, 8}
    good(
        "surrogate.jsonl",
        '{"id": "sur-1", "text": "lone \\ud800 x and \\udfff y"}\n'
        '{"id": "sur-2", "title": "\\udc80", "text": "A title that was a lone surrogate."}\n',
        2,
        ("sur-1", "sur-2"),
    )
    deep = [{"id": "deep-1", "text": sentence}, "[" * 100_000, {"id": "deep-3", "text": "ok."}]
    good("deep.jsonl", _jsonl(deep), 2, ("deep-1", "deep-3"))
    corpus.bad_lines["deep.jsonl"] = {2}
    nested = '{"id": "deep-object", "text": "nested", "extra": ' + "[" * 50_000 + "]" * 50_000 + "}"
    good(
        "deep_object.jsonl",
        _jsonl([nested, {"id": "after-deep-object", "text": sentence}]),
        1,
        ("after-deep-object",),
    )
    corpus.bad_lines["deep_object.jsonl"] = {1}
    big_value = {"id": "huge-value", "text": (sentence + " ") * 12_000, "meta": {"list": list(range(20_000))}}
    good("huge_value.jsonl", _jsonl([big_value]), 1, ("huge-value",))
    good("bad_only.jsonl", "{not json}\n\n{]\n", 0)
    corpus.bad_lines["bad_only.jsonl"] = {1, 3}
    good("no_final_newline.jsonl", '{"id": "tail", "text": "The last line has no newline."}', 1, ("tail",))
    failed("truncated_utf8.txt", f"{sentence}\nProgrès réel à la fin \u20ac".encode()[:-2])
    failed("latin1.txt", "Città più bella.\nUn'altra riga è qui.\n".encode("latin-1"))
    failed("nul_bytes.txt", b"text\x00with\x00NULs\x00" * 20)
    failed("binary.txt", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    good("empty.txt", b"", 0)
    good("blank.txt", "  \n\n\t\n", 0)
    good("one_enormous_line.txt", (sentence + " ") * 15_000, 1)
    # Long runs of plain and odd spaces where the cleaners' patterns look past a hyphen, a comma or a
    # decimal point: a pattern that backtracks quadratically there would run into the time limit.
    runs = "pro-" + "\u00a0 " * 200_000 + "—gram, a,"
    runs += "\u3000 " * 100_000 + "五、b 12." + " \u00a0" * 100_000
    good("space_runs.txt", f"{sentence} {runs}8万人\n", 1)
    good("utf16_bom.txt", codecs.BOM_UTF16_LE + f"{sentence}\nSecond line of it.\n".encode("utf-16-le"), 2)
    good("utf8_bom.md", codecs.BOM_UTF8 + f"# Title\n\n{sentence}\n".encode(), 1)
    good("crlf.txt", f"{sentence}\r\nLa pobreza bajó a la mitad.\r\n", 2)
    good("controls.txt", f"Bell\x07 and escape\x1b[0m inside {sentence}\n", 1)
    good("rtl_marks.txt", "\u200fفقر در روستاها به نصف رسید.\u200e\n\u202eTEXT reversed\u202c here.\n", 1)
    good("combining.txt", "Ze" + "\u0301\u0308\u0323" * 300 + "algo text with combining marks.\n", 1)
    good("zero_width.txt", f"Zero\u200bwidth\u200d joiners\ufeff {sentence}\n", 1)
    good("lines.txt", f"{sentence}\nLa povertà è diminuita.\nArmut ging zurück.\nLa pauvreté a reculé.\n", 4)
    good(
        "source.txt", "A title\nBody of the first one.\nSource: Xinhua\nSecond title\nIts body.\nSource:\n", 2
    )
    good("sub/dir/nested.txt", f"{sentence}\n", 1)
    (root / ".hidden.txt").write_text("hidden files are not read\n", encoding="utf-8")
    (root / "data.bin").write_bytes(b"\x00" * 10)  # not a text suffix: not read from a folder
    odd_name = os.fsdecode(b"caf\xe9-not-utf8.txt")
    good(odd_name, f"{sentence}\n", 1)
    corpus.documents[odd_name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")] = (
        corpus.documents.pop(odd_name)
    )
    locked = root / "no_read_permission.txt"
    locked.write_text(f"{sentence}\n", encoding="utf-8")
    locked.chmod(0)
    if os.access(locked, os.R_OK):  # root reads it anyway: then it must be written like any file
        corpus.documents["no_read_permission.txt"] = 1
    else:
        corpus.failed_files.add("no_read_permission.txt")
    (root / "dangling.txt").symlink_to(root / "nowhere" / "gone.txt")
    corpus.failed_files.add("dangling.txt")
    return corpus
