"""Exact and near-duplicate detection on the samples and on small cases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import povcorpus
from povcorpus.dedupe import (
    DEFAULT_THRESHOLD,
    DuplicateRecord,
    drop_duplicates,
    find_duplicates,
    have_numpy,
    jaccard,
    normalize_text,
    paragraph_spans,
    shingle_hashes,
    shingles,
    token_hashes,
    tokenize,
)
from povcorpus.edits import undo_edits
from povcorpus.errors import MissingExtraError
from povcorpus.model import Document, Origin
from povcorpus.samples import sample_path

needs_numpy = pytest.mark.skipif(not have_numpy(), reason="the dedupe extra (numpy) is not installed")


def make_doc(doc_id: str, text: str) -> Document:
    """A document built by hand, for small cases."""
    return Document(id=doc_id, text=text, raw=text, origin=Origin("test.txt", 1, 1, 0, len(text)))


@pytest.fixture(scope="module")
def docs_002() -> list[Document]:
    """The four write-ups of the think-tank report (and the Persian story) of sample 002."""
    return list(povcorpus.load(sample_path("002")))


def paragraph_records(
    docs: list[Document], threshold: float = DEFAULT_THRESHOLD
) -> dict[str, DuplicateRecord]:
    """Paragraph-level records keyed by the paragraph's text (ref appended when a text repeats)."""
    records = find_duplicates(docs, level="paragraph", threshold=threshold)
    texts = {(doc.id, span.index): span.text for doc in docs for span in paragraph_spans(doc)}
    keyed: dict[str, DuplicateRecord] = {}
    for record in records:
        assert record.paragraph is not None
        text = texts[record.doc_id, record.paragraph]
        keyed[text if text not in keyed else f"{text}@{record.ref}"] = record
    return keyed


def find(keyed: dict[str, DuplicateRecord], *needles: str) -> list[DuplicateRecord]:
    """Records of the paragraphs that contain every needle."""
    return [record for text, record in keyed.items() if all(needle in text for needle in needles)]


def test_002_report_title_paragraphs_form_one_cluster(docs_002: list[Document]) -> None:
    """The three "…was released by Xinhua Institute…" paragraphs (two identical) form one cluster."""
    keyed = paragraph_records(docs_002)
    released = find(keyed, "was released by Xinhua Institute")
    assert len(released) == 3
    assert {record.cluster for record in released} != {None}
    assert len({record.cluster for record in released}) == 1
    canonical = released[0]
    assert canonical.ref == canonical.canonical
    assert not canonical.is_duplicate
    assert all(record.canonical == canonical.ref for record in released)
    # The two later ones both end "…on Friday." and are identical to each other, not to the first.
    assert [record.exact for record in released] == [False, False, False]
    assert all(0.9 < record.similarity < 1.0 for record in released[1:])


def test_002_rewritten_paragraph_pairs_cluster(docs_002: list[Document]) -> None:
    """The "employment and income" and "They include establishing mechanisms" pairs each form a cluster."""
    keyed = paragraph_records(docs_002)
    for needle in (
        "This has been manifested in employment and income",
        "They include establishing mechanisms",
    ):
        pair = find(keyed, needle)
        assert len(pair) == 2
        assert pair[0].cluster is not None
        assert pair[0].cluster == pair[1].cluster
        assert 0.75 <= pair[1].similarity <= 0.8
        assert pair[1].is_duplicate
        assert not pair[0].is_duplicate


def test_002_officially_launched_paragraph_stays_out(docs_002: list[Document]) -> None:
    """The title paragraph that goes on "…was officially launched…" is a different statement."""
    keyed = paragraph_records(docs_002)
    (launched,) = find(keyed, "was officially launched in Chinese and English")
    assert launched.cluster is None
    assert launched.canonical == launched.ref
    assert launched.similarity == 1.0


@pytest.mark.parametrize(
    ("needle", "joins_at"),
    [
        ("The year 2025 marks the final year", 0.6),
        ("the theoretical framework underpinning", 0.45),
    ],
)
def test_002_borderline_pairs_join_as_threshold_drops(
    docs_002: list[Document], needle: str, joins_at: float
) -> None:
    """Borderline rewrites stay apart at the default threshold and join once it is low enough."""
    apart = find(paragraph_records(docs_002), needle)
    assert len(apart) == 2
    assert apart[0].cluster is None or apart[0].cluster != apart[1].cluster
    together = find(paragraph_records(docs_002, threshold=joins_at), needle)
    assert together[0].cluster is not None
    assert together[0].cluster == together[1].cluster


def test_002_officially_launched_joins_only_at_a_low_threshold(docs_002: list[Document]) -> None:
    """At 0.35 the long shared title pulls the "officially launched" paragraph into the title cluster."""
    keyed = paragraph_records(docs_002, threshold=0.35)
    (launched,) = find(keyed, "was officially launched")
    released = find(keyed, "was released by Xinhua Institute")
    assert launched.cluster is not None
    assert {record.cluster for record in released} == {launched.cluster}


def test_000_white_paper_lines_are_different_stories() -> None:
    """The two lines of 000 that begin "Il libro bianco dal titolo" are not duplicates."""
    docs = list(povcorpus.load(sample_path("000")))
    libro = [doc for doc in docs if doc.text.startswith("Il libro bianco dal titolo")]
    assert len(libro) == 2
    for level in ("document", "paragraph"):
        records = find_duplicates(docs, level=level)  # type: ignore[arg-type]
        assert all(record.cluster is None for record in records)


def test_document_level_finds_copies_and_keeps_distinct_documents() -> None:
    """A re-cased, re-punctuated copy is exact, a lightly edited copy is near, others stay alone."""
    base = " ".join(f"word{i}" for i in range(60))
    docs = [
        make_doc("a", "A different story about rural roads and bridges in the mountains of Guizhou."),
        make_doc("b", base),
        make_doc("c", base.upper().replace(" ", " , ")),
        make_doc("d", base.replace("word30", "changed")),
        make_doc("e", "Yet another story, about schools."),
    ]
    records = find_duplicates(docs)
    by_id = {record.doc_id: record for record in records}
    assert by_id["a"].cluster is None
    assert by_id["e"].cluster is None
    assert by_id["b"].cluster == by_id["c"].cluster == by_id["d"].cluster == 0
    assert by_id["c"].exact
    assert by_id["c"].similarity == 1.0
    # One changed word of 60 spoils 5 of 56 five-word shingles: 51 shared of 61 in the union.
    assert not by_id["d"].exact
    assert by_id["d"].similarity == pytest.approx(51 / 61)
    assert by_id["d"].canonical == "b"
    assert [record.doc_id for record in records] == ["a", "b", "c", "d", "e"]


def test_chinese_and_persian_text_is_compared_by_characters_and_words() -> None:
    """Han text without spaces still yields many shingles, so one changed character is a near duplicate."""
    zh = "中国在巩固拓展脱贫攻坚成果方面持续努力，在五年过渡期内守住了不发生规模性返贫的底线。"
    docs = [
        make_doc("zh1", zh),
        make_doc("zh2", zh.replace("持续", "不断")),
        make_doc("zh3", "今天天气很好。"),
    ]
    assert len(tokenize(normalize_text(zh))) > 30
    records = find_duplicates(docs)
    assert records[0].cluster == records[1].cluster == 0
    assert records[2].cluster is None
    fa_a = "به گزارش خبرنگار مهر، استاندار مازندران افزود: در حال حاضر دو منطقه آزاد داریم."
    fa_b = "به گزارش خبرنگار مهر استاندار مازندران افزود در حال حاضر دو منطقه آزاد داریم"
    assert normalize_text(fa_a) == normalize_text(fa_b)


def test_normalization_documented_behaviour() -> None:
    """NFKC, casefold, punctuation to spaces, format characters removed, whitespace collapsed."""
    assert normalize_text("ＡＢＣ  Straße!") == "abc strasse"
    assert normalize_text("mi\u200cshavad — «quoted»\n\tnext") == "mishavad quoted next"
    assert normalize_text("24.7 percent, $5") == "24 7 percent $5"
    assert normalize_text("。，、？") == ""


def test_blank_units_are_never_clustered() -> None:
    """Paragraphs with no words (blank or punctuation only) get no cluster even when repeated."""
    docs = [make_doc("a", "***\nA real paragraph here.\n***"), make_doc("b", "***")]
    records = find_duplicates(docs, level="paragraph")
    assert [(r.ref, r.cluster) for r in records] == [
        ("a#0", None),
        ("a#1", None),
        ("a#2", None),
        ("b#0", None),
    ]


@needs_numpy
@pytest.mark.parametrize("prefix", ["002", "003", "004"])
@pytest.mark.parametrize("threshold", [0.45, 0.7, 0.9])
def test_backends_and_lsh_agree_with_exhaustive_search(prefix: str, threshold: float) -> None:
    """numpy and pure-Python backends give identical records, and LSH misses no pair that all-pairs finds."""
    docs = list(povcorpus.load(sample_path(prefix)))
    exhaustive = find_duplicates(docs, level="paragraph", threshold=threshold, candidates="all")
    assert find_duplicates(docs, level="paragraph", threshold=threshold, backend="numpy") == exhaustive
    assert find_duplicates(docs, level="paragraph", threshold=threshold, backend="python") == exhaustive


def test_missing_numpy_is_reported_or_avoided(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without numpy, backend="numpy" names the extra to install and "auto" falls back to pure Python."""
    import povcorpus.dedupe._find as finder

    monkeypatch.setattr(finder, "have_numpy", lambda: False)
    docs = [make_doc("a", "one two three four five six"), make_doc("b", "One two three four five six!")]
    with pytest.raises(MissingExtraError, match=r"povcorpus\[dedupe\]"):
        find_duplicates(docs, backend="numpy")
    assert [record.exact for record in find_duplicates(docs)] == [False, True]


@pytest.mark.parametrize(
    "kwargs",
    [{"threshold": 0.0}, {"threshold": 1.5}, {"num_perm": 0}, {"shingle": 0}, {"level": "sentence"}],
)
def test_bad_parameters_raise(kwargs: dict[str, object]) -> None:
    """Out-of-range parameters are refused with a ValueError naming them."""
    with pytest.raises(ValueError, match="must be"):
        find_duplicates([make_doc("a", "text")], **kwargs)  # type: ignore[arg-type]


def test_drop_duplicates_document_level() -> None:
    """Document-level dropping keeps canonical members and singletons, in order."""
    text = "the same story about the same village and the same road again"
    docs = [make_doc("a", text), make_doc("b", "something else entirely"), make_doc("c", text + "!")]
    kept = list(drop_duplicates(docs, find_duplicates(docs)))
    assert [doc.id for doc in kept] == ["a", "b"]


def test_drop_duplicates_paragraph_level_records_undoable_edits(docs_002: list[Document]) -> None:
    """Paragraph-level dropping cuts repeated paragraphs out as edits that undo back to the input."""
    records = find_duplicates(docs_002, level="paragraph")
    kept = list(drop_duplicates(docs_002, records))
    assert [doc.id for doc in kept] == [doc.id for doc in docs_002]
    dropped = sum(record.is_duplicate for record in records)
    assert dropped == 5
    removed = [edit for doc in kept for edit in doc.edits if edit.rule == "duplicates"]
    assert len(removed) == dropped
    for before, after in zip(docs_002, kept, strict=True):
        assert undo_edits(after.text, after.edits[len(before.edits) :]) == before.text
        assert "was released by Xinhua Institute" not in after.text or before is docs_002[1]
    assert find_duplicates(kept, level="paragraph") == [
        DuplicateRecord(r.doc_id, r.paragraph, None, r.doc_id, r.paragraph, 1.0, False)
        for r in find_duplicates(kept, level="paragraph")
    ]


words = st.lists(
    st.sampled_from(["alpha", "beta", "gamma", "delta", "eps", "zeta", "eta"]), min_size=1, max_size=30
)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_normalize_is_idempotent(text: str) -> None:
    """Normalising twice changes nothing more than normalising once."""
    once = normalize_text(text)
    assert normalize_text(once) == once


@needs_numpy
@settings(max_examples=150, deadline=None)
@given(st.lists(words, min_size=1, max_size=6), st.integers(min_value=1, max_value=6))
def test_vectorised_shingles_equal_pure_python(units: list[list[str]], size: int) -> None:
    """The numpy shingle hashes are exactly the pure-Python ones, unit by unit."""
    import numpy as np

    from povcorpus.dedupe._minhash import numpy_shingles

    hashes = np.array([h for unit in units for h in token_hashes(unit)], dtype=np.uint64)
    lengths = np.array([len(unit) for unit in units], dtype=np.int64)
    flat, counts = numpy_shingles(hashes, lengths, size)
    position = 0
    for unit, count in zip(units, counts.tolist(), strict=True):
        assert set(flat[position : position + count].tolist()) == shingle_hashes(token_hashes(unit), size)
        position += count


@settings(max_examples=200, deadline=None)
@given(words, words)
def test_jaccard_is_symmetric_and_bounded(first: list[str], second: list[str]) -> None:
    """Jaccard similarity is symmetric, in [0, 1], and 1 exactly for equal shingle sets."""
    a, b = shingles(" ".join(first)), shingles(" ".join(second))
    value = jaccard(a, b)
    assert value == jaccard(b, a)
    assert 0.0 <= value <= 1.0
    assert (value == 1.0) == (a == b)


def test_drop_duplicates_keeps_section_offsets_valid() -> None:
    """Cutting paragraphs from a structured document moves section paragraphs so their offsets still match."""
    doc = povcorpus.process(next(iter(povcorpus.load(sample_path("004")))))
    assert doc.sections
    half = doc.evolve(id="copy", text=doc.text)
    own = find_duplicates([doc], level="paragraph")
    records = find_duplicates([doc, half], level="paragraph")
    kept = list(drop_duplicates([doc, half], records))
    for after in kept:
        for section in after.all_sections():
            for paragraph in section.paragraphs:
                assert after.text[paragraph.start : paragraph.end] == paragraph.text
    # The copy loses every paragraph; the original only its internal repeats (contents lines).
    assert paragraph_spans(kept[1]) == []
    assert len(paragraph_spans(kept[0])) == len(own) - sum(r.is_duplicate for r in own)
    assert undo_edits(kept[1].text, kept[1].edits[len(doc.edits) :]) == doc.text
