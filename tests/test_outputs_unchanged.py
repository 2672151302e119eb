"""Speed work changes no document: ``process`` gives the recorded digest on samples and dev text.

The digests were recorded before any speed change. Re-record only for a change meant to alter
outputs (say so in the commit)::

    PYTHONPATH=src python tests/test_outputs_unchanged.py --record
"""

from __future__ import annotations

import hashlib
import importlib.util
import json
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import povcorpus
from povcorpus.model import Document
from povcorpus.samples import sample_paths

ROOT = Path(__file__).resolve().parents[1]
RECORDING = ROOT / "tests" / "data" / "outputs" / "process_digests.json"
DEV = ROOT / "tests" / "data" / "dev"
LANGID_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "langid-dev.jsonl"
LANGID_STRIDE = 7
"""Every seventh line of the shared language-ID dev set: a slice of clean text in many languages."""


def digest(doc: Document) -> str:
    """The first 16 hex digits of the SHA-256 of a processed document, every field included.

    ``origin.path`` counts by its file name only: the samples' absolute path depends on where
    the package is installed.
    """
    data = doc.to_dict()
    origin = data["origin"]
    assert isinstance(origin, dict)
    origin["path"] = str(origin["path"]).replace("\\", "/").rsplit("/", 1)[-1]
    payload = json.dumps(data, ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def _key(kind: str, text: str) -> str:
    return f"{kind}/" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def documents() -> Iterator[tuple[str, Document]]:
    """``(key, raw document)`` for every sample record, dev-set input and langid-dev slice line."""
    for path in sample_paths():
        for doc in povcorpus.load(path):
            yield f"sample/{path.name}/{doc.id}", doc
    for path in sorted(DEV.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line:
                text = json.loads(line)["input"]
                yield _key(f"dev-{path.stem}", text), Document.from_text(text)
    if LANGID_DEV.exists():
        lines = [line for line in LANGID_DEV.read_text(encoding="utf-8").split("\n") if line]
        for line in lines[::LANGID_STRIDE]:
            text = json.loads(line)["text"]
            yield _key("langid", text), Document.from_text(text)


def outputs() -> dict[str, str]:
    """The digest of ``process`` on every document of :func:`documents`."""
    return {key: digest(povcorpus.process(doc)) for key, doc in documents()}


@pytest.mark.slow
@pytest.mark.skipif(importlib.util.find_spec("wordfreq") is None, reason="recorded with wordfreq installed")
def test_processed_documents_match_the_recording() -> None:
    """Every sample document and dev input is processed into exactly the recorded document."""
    recorded = json.loads(RECORDING.read_text(encoding="utf-8"))
    current = outputs()
    if not LANGID_DEV.exists():
        recorded = {key: value for key, value in recorded.items() if not key.startswith("langid/")}
    changed = sorted(key for key in recorded if current.get(key) != recorded[key])
    assert not changed, f"{len(changed)} of {len(recorded)} documents changed, e.g. {changed[:5]}"


def test_recording_covers_samples_and_dev_sets() -> None:
    """The recording holds every sample file, every dev-set kind and a langid-dev slice."""
    recorded = json.loads(RECORDING.read_text(encoding="utf-8"))
    files = {key.split("/")[1] for key in recorded if key.startswith("sample/")}
    assert files == {path.name for path in sample_paths()}
    kinds = {key.split("/")[0] for key in recorded if key.startswith("dev-")}
    assert kinds == {f"dev-{path.stem}" for path in DEV.glob("*.jsonl")}
    assert sum(key.startswith("langid/") for key in recorded) >= 300


if __name__ == "__main__" and sys.argv[1:] == ["--record"]:
    RECORDING.write_text(json.dumps(outputs(), indent=0, sort_keys=True) + "\n", encoding="utf-8")


SPACEY = st.text(alphabet=st.sampled_from(list("a. ,;:!?\t\r\n\u00a0\u2009\u3000\ufeff  ")), max_size=40)


@settings(max_examples=500, deadline=None)
@given(SPACEY)
def test_whitespace_candidates_are_those_of_the_full_scan(text: str) -> None:
    """The whitespace cleaner's pre-located candidate runs are exactly those of a full regex scan."""
    from povcorpus.cleaners import whitespace

    fast = [match.span() for match in whitespace._candidates(text)]
    assert fast == [match.span() for match in whitespace._CANDIDATE.finditer(text)]


PIECES = st.sampled_from(
    [
        "bet",
        "Bet365",
        "casino",
        "casinò",
        "app",
        "apps",
        "(bet)",
        "bet,",
        "“slot”",
        "x-bet",
        "bet_",
        "²bet",
        "ⅷbet",
        "赌场bet",
        "bet…",
        "–sky",
        "hill.",
        ",",
        " ",
        "\n",
        "é",
        "казино",
        "бонус",
        "ставкиказино",
        "«бонус»",
        "скачать",
        "жbet",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=30).map("".join))
def test_trigger_words_of_a_long_text_are_those_of_the_full_scan(text: str) -> None:
    """The token-by-token word reading of long texts finds exactly the trigger words a full scan finds."""
    from povcorpus.boilerplate import rules
    from povcorpus.boilerplate.spam import default_rules

    triggers = default_rules().inline_triggers
    assert triggers is not None
    lowered = (text + " " * rules._LONG).lower()
    expected = triggers.words.intersection(rules._WORD.findall(lowered))
    assert rules._present_words(lowered, triggers.words) == expected
    # Mostly another script (more than 1.5 UTF-8 bytes a character): the words are read by a regex.
    for padding in ("。", "ж", "ж "):
        lowered = (text + padding * rules._LONG).lower()
        expected = triggers.words.intersection(rules._WORD.findall(lowered))
        assert rules._present_words(lowered, triggers.words) == expected


ENUMERATED = st.lists(
    st.sampled_from(
        [
            "一、",
            "（二）",
            "三是",
            "十二、",
            "一二三四",
            "（",
            "）",
            " ",
            "\u3000",
            "\n",
            ". ",
            "。",
            "，",
            "Poverty",
            "a",
            "5",
        ]
    ),
    max_size=25,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(ENUMERATED)
def test_enumerators_are_those_of_the_full_scan(text: str) -> None:
    """The machine-translation cleaner's enumerator search finds exactly the matches of a full scan."""
    from povcorpus.cleaners import mt_punctuation

    fast = [match.span() for match in mt_punctuation._enumerators(text)]
    assert fast == [match.span() for match in mt_punctuation._ENUMERATOR.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from([*"ab,、" * 12, *" \n\t\u00a0\u3000\u2028\x85"]), min_size=1, max_size=240
    ),
    st.data(),
)
def test_comma_token_is_the_whitespace_delimited_run(text: str, data: st.DataObject) -> None:
    """The machine-translation cleaner's token is the run between the nearest spaces or full-width marks."""
    from povcorpus.cleaners._common import Protected
    from povcorpus.cleaners.mt_punctuation import _Commas

    position = data.draw(st.integers(0, len(text) - 1))
    spaces = [index for index, char in enumerate(text) if char.isspace() or char in "、，。；：！？（）"]
    start = max((index + 1 for index in spaces if index < position), default=0)
    end = min((index for index in spaces if index >= position), default=len(text))
    assert _Commas(text, Protected(text), english=True).token(position) == text[start:end]
