"""The document pipeline as data: named steps, their order, their edits, and the language before cleaning."""

from __future__ import annotations

import pickle

import attrs
import pytest

import povcorpus
from povcorpus import Document, Pipeline, PipelineOptions, process
from povcorpus.boilerplate import pack_registry
from povcorpus.cleaners import CleanContext, CleanResult, register_cleaner
from povcorpus.cleaners.chain import DEFAULT_ORDER
from povcorpus.errors import UnknownNameError
from povcorpus.pipeline import DEFAULT_STEPS, register_step
from povcorpus.samples import sample_path

SEEN_LANGUAGES: list[tuple[str | None, str | None]] = []


@register_cleaner("test_spy_language")
def _spy(text: str, ctx: CleanContext) -> CleanResult:
    """Record the language and script each cleaner is given, change nothing."""
    SEEN_LANGUAGES.append((ctx.lang, ctx.script))
    return CleanResult(text)


@register_step("test_mark", writes="test_mark")
def _mark(doc: Document, options: PipelineOptions) -> Document:
    """Append one visible mark through an edit, as a user step would."""
    from povcorpus.edits import replace_spans

    text, edits = replace_spans(doc.text, [(len(doc.text), len(doc.text), " ✓")], "test_mark")
    return doc.evolve(text=text, edits=(*doc.edits, *edits))


def _load(prefix: str) -> list[Document]:
    return list(povcorpus.load(sample_path(prefix)))


def test_default_pipeline_is_the_documented_order() -> None:
    """The default steps run mojibake, boilerplate, language, clean, structure, tag, in that order."""
    assert Pipeline.default().names == DEFAULT_STEPS
    assert DEFAULT_STEPS == ("mojibake", "boilerplate", "language", "clean", "structure", "tag")
    for step in Pipeline.default().steps():
        assert step.name in DEFAULT_STEPS
        assert step.writes
        assert (step.__doc__ or getattr(step, "doc", "")).strip()


def test_pipeline_is_edited_by_name_and_refuses_unknown_names() -> None:
    """disable, only, before and after work by name; an unknown name lists the known steps."""
    pipeline = Pipeline.default()
    assert pipeline.disable("tag").names == DEFAULT_STEPS[:-1]
    assert pipeline.only("clean", "tag").names == ("clean", "tag")
    assert pipeline.after("clean", "test_mark").names.index("test_mark") == 4
    assert pipeline.before("mojibake", "test_mark").names[0] == "test_mark"
    with pytest.raises(UnknownNameError, match="structure"):
        pipeline.disable("structur")
    with pytest.raises(UnknownNameError, match="tag"):
        PipelineOptions(steps=["nosuch"]).pipeline().check()


def test_every_edit_names_the_step_that_made_it() -> None:
    """Loader, boilerplate, clean and structure edits carry their step; a user step stamps its own."""
    (paper,) = _load("004")
    done = process(paper)
    steps = {edit.step for edit in done.edits}
    assert {"boilerplate", "clean", "structure"} <= steps
    assert all(edit.step for edit in done.edits)
    for edit in done.edits:
        if edit.rule.startswith("structure."):
            assert edit.step == "structure"
    record = _load("002")[0]
    assert {edit.step for edit in record.edits} == {"loader"}
    options = PipelineOptions(steps=Pipeline.default().append("test_mark").names)
    marked = process(record, options)
    assert marked.text.endswith(" ✓")
    assert marked.edits[-1].step == "test_mark"
    assert povcorpus.undo_edits(marked.text, marked.edits) == marked.raw
    outside = povcorpus.clean_text("China”s rural poverty、hunger", "en").edits
    assert outside
    assert {edit.step for edit in outside} == {""}


def test_cleaners_know_the_language_of_italian_documents() -> None:
    """The language step runs first: every Italian sample is cleaned with lang 'it' and Latin script."""
    options = PipelineOptions(cleaners=(*DEFAULT_ORDER, "test_spy_language"), disabled_steps=("tag",))
    for prefix in ("000", "001"):
        for doc in _load(prefix):
            SEEN_LANGUAGES.clear()
            done = process(doc, options)
            assert SEEN_LANGUAGES[0] == ("it", "Latin"), doc.id
            assert done.language == "it"


def test_italian_settings_are_used_for_italian_text() -> None:
    """An Italian document's broken word is joined by the Italian lexicon; English-only rules stay off."""
    text = "La riduzi-one della povertà rurale è un obiettivo dei programmi regionali del paese."
    done = process(Document.from_text(text))
    assert done.language == "it"
    assert "riduzione" in done.text
    for doc in [*_load("000"), *_load("001")]:
        rules = {edit.rule for edit in process(doc).edits}
        assert "spaced_apostrophe" not in rules, doc.id


def test_rule_pack_registered_after_the_first_process_is_honoured() -> None:
    """A pack registered after a first process() is used by the next one (cache keyed on the registry)."""
    doc = Document.from_text("Sponsored links: buy cheap widgets\n\nThe village school opened in May.")
    options = PipelineOptions(disabled_steps=("structure", "tag"))
    assert "Sponsored links" in process(doc, options).text
    pack = {
        "pack": {"name": "test_sponsored", "description": "A test pack."},
        "rules": [
            {
                "name": "sponsored_line",
                "kind": "line",
                "description": "A sponsored-links line.",
                "patterns": ["Sponsored links:.*"],
                "examples": ["Sponsored links: buy cheap widgets"],
                "counterexamples": ["The village school opened in May."],
            }
        ],
    }
    from povcorpus.boilerplate import load_pack

    pack_registry.register("test_sponsored", load_pack(pack))
    done = process(doc, options)
    assert done.text == "The village school opened in May."
    assert any(edit.rule == "test_sponsored.sponsored_line" for edit in done.edits)


def test_options_and_pipelines_pickle_for_workers() -> None:
    """PipelineOptions, Pipeline and CleanerChain survive pickling and run the same after it."""
    options = PipelineOptions(disabled_steps=["tag"], cleaner_options={"apostrophe.ascii": True})
    copy = pickle.loads(pickle.dumps(options))
    assert copy == options
    assert hash(copy) == hash(options)
    pipeline = Pipeline.default().disable("tag").append("test_mark")
    assert pickle.loads(pickle.dumps(pipeline)) == pipeline
    chain = povcorpus.CleanerChain.default().disable("whitespace")
    assert pickle.loads(pickle.dumps(chain)).names == chain.names


def test_documents_are_frozen_all_the_way_down() -> None:
    """metadata.extra cannot be changed in place, hash() says why it is refused, JSON round-trips."""
    (paper,) = _load("004")
    done = process(paper)
    with pytest.raises(TypeError):
        done.metadata.extra["k"] = 1  # type: ignore[index]
    with pytest.raises(AttributeError):
        done.metadata.extra["boilerplate"].append({})
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        done.text = ""  # type: ignore[misc]
    with pytest.raises(TypeError, match=r"doc\.id"):
        hash(done)
    assert Document.from_dict(done.to_dict()) == done
    assert pickle.loads(pickle.dumps(done)) == done


def test_from_text_makes_a_raw_document() -> None:
    """Document.from_text keeps the text as raw with a whole-text origin and a stable id."""
    doc = Document.from_text("Line one\nLine two", title="T")
    assert (doc.raw, doc.text, doc.title) == ("Line one\nLine two", "Line one\nLine two", "T")
    assert (doc.origin.line_start, doc.origin.line_end, doc.origin.char_end) == (1, 2, 17)
    assert doc.id == Document.from_text("Line one\nLine two").id
    assert doc.sections == ()


def test_old_names_warn_and_clean_is_gone() -> None:
    """0.1 names moved out of the facade resolve with a warning; povcorpus.clean says what replaced it."""
    with pytest.warns(DeprecationWarning, match=r"povcorpus\.model"):
        assert povcorpus.Section is not None  # type: ignore[attr-defined]
    with pytest.raises(AttributeError, match="process"):
        povcorpus.clean  # type: ignore[attr-defined]  # noqa: B018
    assert sorted(povcorpus.__all__) == povcorpus.__all__


def test_encoding_repair_is_told_no_script_and_the_cleaners_are() -> None:
    """The mojibake step's context has no script (nothing reads it there); the clean step's has the text's."""
    from povcorpus.cleaners import CleanerChain
    from povcorpus.steps import _clean_fields

    doc = Document.from_text("Россия сократила бедность в сельских районах за последние десять лет.")
    chain = CleanerChain.from_names(("test_spy_language",))
    SEEN_LANGUAGES.clear()
    _clean_fields(doc, chain, {}, "mojibake", scripts=False)
    _clean_fields(doc, chain, {}, "clean")
    assert SEEN_LANGUAGES == [(None, None), (None, "Cyrillic")]
