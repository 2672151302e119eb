"""The compact form documents take on their way back from a worker process (``povcorpus._wire``)."""

from __future__ import annotations

import pickle

import attrs
from hypothesis import given, settings

import povcorpus
from povcorpus._wire import pack, unpack
from povcorpus.model import Document, Edit
from povcorpus.samples import sample_paths
from test_model import documents


def _through_a_pipe(doc: Document, sent: Document) -> Document:
    return unpack(pickle.loads(pickle.dumps(pack(doc, sent), protocol=pickle.HIGHEST_PROTOCOL)), sent)


def test_processed_samples_come_back_equal_with_their_edits_in_order() -> None:
    """Every processed sample document, thousands of edits included, comes back equal after packing."""
    for path in sample_paths():
        for sent in povcorpus.load(path):
            processed = povcorpus.process(sent)
            back = _through_a_pipe(processed, sent)
            assert back == processed
            assert back.raw is sent.raw  # raw was not sent back: the main process's own is reused
            assert povcorpus.undo_edits(back.text, back.edits) == back.raw


@settings(max_examples=150, deadline=None)
@given(documents, documents)
def test_any_document_comes_back_equal_whatever_it_was_sent_as(doc: Document, sent: Document) -> None:
    """A document whose ``raw`` differs from the one sent (a user's step replaced it) keeps its own."""
    back = _through_a_pipe(doc, sent)
    assert back == doc
    assert back.raw == doc.raw
    assert type(back) is Document
    assert all(type(edit) is Edit for edit in back.edits)


class _NotedEdit(Edit):
    """An edit subclass a user might make."""


@attrs.frozen
class _TaggedDocument(Document):
    """A document subclass with a field of its own."""

    tag: str = ""


def test_subclasses_keep_their_type_and_fields() -> None:
    """Edits and documents of user subclasses are sent as they are, not rebuilt as the base class."""
    sent = Document.from_text("a b")
    noted = sent.evolve(edits=(_NotedEdit(0, 1, "a", "A", "rule"),))
    assert type(_through_a_pipe(noted, sent).edits[0]) is _NotedEdit
    tagged = _TaggedDocument(id="x", text="a", raw="a", origin=sent.origin, tag="kept")
    back = _through_a_pipe(tagged, sent)
    assert isinstance(back, _TaggedDocument)
    assert back.tag == "kept"
