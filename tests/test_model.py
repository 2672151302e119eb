"""The document model: JSON round-trip, ids and edit replay."""

from __future__ import annotations

import datetime as dt
import json

from hypothesis import given, settings
from hypothesis import strategies as st

import povcorpus
from povcorpus.edits import apply_edits, replace_spans, undo_edits
from povcorpus.loaders import make_id
from povcorpus.model import Document, Edit, Footnote, Metadata, Origin, Paragraph, Section, Table, TocEntry

texts = st.text(max_size=40)
small = st.integers(min_value=0, max_value=10_000)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=10),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=8,
)
edits = st.builds(
    Edit, small, small, texts, texts, st.text(min_size=1, max_size=12), st.sampled_from(["text", "title"])
)
paragraphs = st.builds(Paragraph, texts, small, small, st.none() | st.sampled_from(["en", "zh"]))
tables = st.builds(Table, texts, texts, small, small)
sections = st.recursive(
    st.builds(
        Section,
        texts,
        texts,
        small,
        st.lists(paragraphs, max_size=2),
        st.just(()),
        st.lists(tables, max_size=1),
    ),
    lambda inner: st.builds(
        Section, texts, texts, small, st.lists(paragraphs, max_size=2), st.lists(inner, max_size=2)
    ),
    max_leaves=5,
)
documents = st.builds(
    Document,
    id=st.text(min_size=1, max_size=20),
    text=texts,
    raw=texts,
    origin=st.builds(
        Origin, texts, small, small, small, small, st.sampled_from(["lines", "text"]), st.just("utf-8"), small
    ),
    title=st.none() | texts,
    metadata=st.builds(
        Metadata,
        date=st.none() | st.dates(min_value=dt.date(1900, 1, 1)),
        source=st.none() | texts,
        editor=st.none() | texts,
        url=st.none() | texts,
        extra=st.dictionaries(st.text(max_size=8), json_values, max_size=3),
    ),
    sections=st.lists(sections, max_size=3),
    language=st.none() | st.sampled_from(["en", "it", "fa", "und"]),
    edits=st.lists(edits, max_size=4),
    toc=st.lists(st.builds(TocEntry, texts, texts, small, st.none() | texts), max_size=2),
    footnotes=st.lists(st.builds(Footnote, texts, texts), max_size=2),
)


@settings(max_examples=150)
@given(documents)
def test_to_dict_from_dict_round_trips_through_json(doc: Document) -> None:
    """A document survives to_dict → JSON text → from_dict unchanged."""
    assert Document.from_dict(json.loads(json.dumps(doc.to_dict(), ensure_ascii=False))) == doc


@given(st.text(max_size=60), st.data())
def test_replace_spans_replays_and_undoes(text: str, data: st.DataObject) -> None:
    """Edits from replace_spans replay the change forwards and undo it backwards."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=6)))
    spans = [(cuts[i], cuts[i + 1], data.draw(st.text(max_size=3))) for i in range(0, len(cuts) - 1, 2)]
    new, made = replace_spans(text, spans, "test")
    assert apply_edits(text, made) == new
    assert undo_edits(new, made) == text


def test_ids_are_stable_and_depend_on_content() -> None:
    """An id is the same for the same file, index and text, and changes with any of them."""
    first = make_id("000_file", 2, "Il villaggio")
    assert first == make_id("000_file", 2, "Il villaggio")
    assert first.startswith("000_file-0002-")
    assert first != make_id("000_file", 2, "Il villaggio!")
    assert first != make_id("000_file", 3, "Il villaggio")


def test_loaded_ids_are_the_same_on_every_run() -> None:
    """Loading the samples twice gives identical documents, ids included."""
    once = [doc.id for doc in povcorpus.load(povcorpus.samples.sample_dir())]
    again = [doc.id for doc in povcorpus.load(povcorpus.samples.sample_dir())]
    assert once == again
    assert len(set(once)) == len(once)


@settings(max_examples=200, deadline=None)
@given(documents)
def test_documents_pickle_to_equal_documents(doc: Document) -> None:
    """A document and its edits cross process boundaries unchanged (what workers send back)."""
    import pickle

    for protocol in (2, pickle.HIGHEST_PROTOCOL):
        back = pickle.loads(pickle.dumps(doc, protocol=protocol))
        assert back == doc
        assert [type(edit) for edit in back.edits] == [type(edit) for edit in doc.edits]
        assert [edit.step for edit in back.edits] == [edit.step for edit in doc.edits]


@settings(max_examples=100, deadline=None)
@given(st.integers(), st.integers(), st.text(), st.text(), st.text(), st.text(), st.text())
def test_edits_built_through_their_slots_equal_edits_built_by_attrs(
    start: int, end: int, before: str, after: str, rule: str, field: str, step: str
) -> None:
    """replace_spans' cheaper Edit constructor gives the same record; Edit has nothing it would skip."""
    import attrs

    from povcorpus.edits import _edit

    made = _edit(start, end, before, after, rule, field, step)
    assert made == Edit(start, end, before, after, rule, field, step)
    assert type(made) is Edit
    assert hash(made) == hash(Edit(start, end, before, after, rule, field, step))
    assert all(f.converter is None and f.validator is None for f in attrs.fields(Edit))
    names = [f.name for f in attrs.fields(Edit)]
    assert names == ["start", "end", "before", "after", "rule", "field", "step"]


def _walked(value: object) -> object:
    """``to_json`` as first written: every value visited, one call each (the reference)."""
    import attrs

    from povcorpus._frozen import thaw

    if attrs.has(type(value)):
        return {field.name: _walked(getattr(value, field.name)) for field in attrs.fields(type(value))}
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_walked(item) for item in value]
    if isinstance(value, dict) or hasattr(value, "keys"):
        return thaw(value)  # type: ignore[arg-type]
    return value


@settings(max_examples=150)
@given(documents)
def test_to_dict_equals_the_value_by_value_walk(doc: Document) -> None:
    assert doc.to_dict() == _walked(doc)


def test_to_dict_of_processed_samples_equals_the_value_by_value_walk() -> None:
    for doc in povcorpus.load(povcorpus.samples.sample_path("004")):
        processed = povcorpus.process(doc)
        assert len(processed.edits) > 100  # the fast path for many edits is taken
        assert processed.to_dict() == _walked(processed)


def test_edits_of_a_subclass_or_with_other_values_are_walked_one_by_one() -> None:
    import attrs

    @attrs.frozen
    class NotedEdit(Edit):
        note: tuple[str, ...] = ()

    mixed = (Edit(0, 1, "a", "b", "r"), NotedEdit(1, 2, "c", "d", "r", note=("x",)))
    dated = (Edit(0, 1, "a", "b", "r"), Edit(1, 2, "c", "d", "r", step=dt.date(2020, 1, 2)))  # type: ignore[arg-type]
    for edits in (mixed, dated):
        doc = Document.from_text("abc").evolve(edits=edits)
        assert doc.to_dict() == _walked(doc)
    assert doc.to_dict()["edits"][1]["step"] == "2020-01-02"


def test_document_lines_escape_the_characters_other_splitters_take_for_line_ends() -> None:
    from povcorpus.writers import document_line

    doc = Document.from_text("a\x85b\u2028c\u2029d")
    line = document_line(doc)
    assert line.endswith("\n")
    assert len(line.splitlines()) == 1
    for escape in ("\\u0085", "\\u2028", "\\u2029"):
        assert escape in line
    assert Document.from_dict(json.loads(line)) == doc
