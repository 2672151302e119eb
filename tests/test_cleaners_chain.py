"""The CleanerChain, clean_text and the cleaner registry: order as data, names, pickling, plugins."""

from __future__ import annotations

import pickle

import pytest

from povcorpus.cleaners import (
    DEFAULT_ORDER,
    CleanContext,
    CleanerChain,
    CleanResult,
    clean_text,
    cleaner_registry,
    register_cleaner,
)
from povcorpus.cleaners.mojibake import FTFY_CONFIG
from povcorpus.edits import apply_edits, replace_spans
from povcorpus.errors import UnknownNameError

BUILT_IN = tuple(name for name in DEFAULT_ORDER if name != "spam")  # spam: boilerplate's


def shout(text: str, ctx: CleanContext) -> CleanResult:
    """A user cleaner: upper-cases the word ``poverty``."""
    spans = []
    start = text.find("poverty")
    while start != -1:
        spans.append((start, start + 7, "POVERTY"))
        start = text.find("poverty", start + 7)
    new, edits = replace_spans(text, spans, "shout", ctx.field)
    return CleanResult(new, edits)


def test_built_ins_are_registered_by_name() -> None:
    """Every built-in cleaner is in the registry under its module's name and carries that name."""
    for name in BUILT_IN:
        assert cleaner_registry.get(name).name == name


def test_default_order_is_data() -> None:
    """The default pipeline runs DEFAULT_ORDER, spam included after mojibake."""
    assert CleanerChain.default().names == DEFAULT_ORDER
    assert DEFAULT_ORDER.index("mojibake") < DEFAULT_ORDER.index("spam") < DEFAULT_ORDER.index("apostrophe")


def test_disable_enable_only_return_new_pipelines() -> None:
    """disable, enable and only return new pipelines and leave the original alone."""
    default = CleanerChain.default()
    without = default.disable("dehyphenate", "whitespace")
    assert "dehyphenate" not in without.names
    assert "whitespace" not in without.names
    assert default.names == DEFAULT_ORDER
    assert without.enable("whitespace").names == tuple(n for n in DEFAULT_ORDER if n != "dehyphenate")
    assert default.only("whitespace", "mojibake").names == ("mojibake", "whitespace")


def test_unknown_name_lists_known_ones() -> None:
    """An unknown step name raises UnknownNameError (a LookupError) naming the known steps."""
    with pytest.raises(UnknownNameError, match="whitespace") as error:
        CleanerChain.default().disable("whitespcae")
    assert isinstance(error.value, LookupError)
    with pytest.raises(UnknownNameError, match="mojibake"):
        clean_text("text", cleaners=["nosuchcleaner"])


def test_before_and_after_insert_user_cleaners() -> None:
    """before/after insert a user cleaner next to a named step, and its edits join the others in order."""
    pipeline = CleanerChain.from_names(BUILT_IN).after("apostrophe", shout)
    assert pipeline.names.index("shout") == pipeline.names.index("apostrophe") + 1
    assert CleanerChain.from_names(BUILT_IN).before("mojibake", shout).names[0] == "shout"
    text = "China”s poverty  reduction"
    result = clean_text(text, cleaners=pipeline)
    assert result.text == "China’s POVERTY reduction"
    assert [edit.rule for edit in result.edits] == ["apostrophe", "shout", "whitespace"]
    assert apply_edits(text, result.edits) == result.text
    with pytest.raises(ValueError, match="already"):
        pipeline.after("whitespace", shout)


def test_registered_user_cleaner_is_usable_by_name() -> None:
    """A cleaner registered with the decorator can be named in clean_text."""
    if "test_exclaim" not in cleaner_registry:

        @register_cleaner("test_exclaim")
        def exclaim(text: str, ctx: CleanContext) -> CleanResult:
            new, edits = replace_spans(text, [(len(text), len(text), "!")], "test_exclaim", ctx.field)
            return CleanResult(new, edits)

    assert clean_text("Done", cleaners=["test_exclaim"]).text == "Done!"


def test_pipeline_pickles_for_worker_processes() -> None:
    """A pipeline, with a user cleaner inserted, survives pickling and still runs the same steps."""
    pipeline = CleanerChain.default().disable("dehyphenate").after("whitespace", shout)
    copy = pickle.loads(pickle.dumps(pipeline))
    assert copy == pipeline
    assert copy.names == pipeline.names
    text = "China”s poverty、hunger"
    ctx = CleanContext(script="Latin")
    assert copy(text, ctx) == pipeline(text, ctx)


def test_clean_text_accepts_names_pipeline_or_default() -> None:
    """clean_text takes None, a CleanerChain or a sequence of names, and options reach the cleaners."""
    text = "China”s pro-gram、 poverty program"
    assert clean_text(text, lang="en").text == "China’s program, poverty program"
    assert clean_text(text, cleaners=["apostrophe"]).text == "China’s pro-gram、 poverty program"
    only_punctuation = CleanerChain.from_names(["mt_punctuation"])
    assert clean_text(text, cleaners=only_punctuation).text == "China”s pro-gram, poverty program"
    ascii_result = clean_text(text, cleaners=["apostrophe"], options={"apostrophe.ascii": True})
    assert ascii_result.text == "China's pro-gram、 poverty program"


def test_edits_carry_the_field_of_the_context() -> None:
    """Every edit records the document field given in the context."""
    ctx = CleanContext(script="Latin", field="title")
    result = CleanerChain.from_names(BUILT_IN)("China”s  title", ctx)
    assert {edit.field for edit in result.edits} == {"title"}


def test_mojibake_configuration_cannot_harm_correct_text() -> None:
    """The ftfy configuration keeps curly quotes, full-width punctuation and Persian letters as they are."""
    assert FTFY_CONFIG.uncurl_quotes is False
    assert FTFY_CONFIG.fix_character_width is False
    assert FTFY_CONFIG.normalization is None
    text = "“Quotes” ’ 脱贫，攻坚！ＡＢＣ آ ﻻ ﬁ"
    assert clean_text(text, cleaners=["mojibake"]).text == text


def test_mojibake_edits_are_exact_spans() -> None:
    """Each repaired run of mojibake is its own edit, with the damaged characters as ``before``."""
    result = clean_text("CafÃ© and â€œquotesâ€\x9d here", cleaners=["mojibake"])
    assert result.text == "Café and “quotes” here"
    assert sorted((edit.before, edit.after) for edit in result.edits) == [
        ("Ã©", "é"),
        ("â€\x9d", "”"),
        ("â€œ", "“"),
    ]


def test_chinese_text_is_left_alone_by_mt_punctuation() -> None:
    """In Chinese text the full-width punctuation stays."""
    text = "中国减贫事业，取得了历史性成就。农民、工人（和学生）：好！"
    assert clean_text(text, lang="zh").text == text
