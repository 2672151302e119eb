"""Properties of the whole document pipeline: idempotent, never raising, edits that undo to raw."""

from __future__ import annotations

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from povcorpus import Document, PipelineOptions, process, undo_edits
from povcorpus.samples import sample_path
from strategies import damaged_text

_SAMPLE_LINES = [
    line
    for prefix in ("000", "001", "002", "003", "004")
    for line in sample_path(prefix).read_text(encoding="utf-8").splitlines()
]

_DAMAGE = [
    "China”s", "nation' s", "pro-gram", "in-put", "poverty、hunger", "era,Building", "。The", "CafÃ©",
    " Sky bet online sports betting APP download ", "Homepage >> Recommended news", "\u00a0", "  ",
    "五、", "Editor: Wang Shiyang", "Release time: 2021-04-06 Source: Xinhua", "برنامهریزیهای",
]  # fmt: skip


@st.composite
def sample_fragments(draw: st.DrawFn) -> str:
    """A window of consecutive sample lines with a few damaged pieces dropped into it."""
    start = draw(st.integers(0, len(_SAMPLE_LINES) - 1))
    lines = _SAMPLE_LINES[start : start + draw(st.integers(1, 12))]
    text = "\n".join(lines)
    for _ in range(draw(st.integers(0, 3))):
        where = draw(st.integers(0, len(text)))
        text = text[:where] + draw(st.sampled_from(_DAMAGE)) + text[where:]
    return text


documents_text = st.one_of(sample_fragments(), damaged_text, st.text(max_size=200))
PROPERTY = settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _same(first: Document, second: Document) -> None:
    assert second.text == first.text
    assert second.title == first.title
    assert second.sections == first.sections
    assert second.metadata == first.metadata
    assert second.language == first.language


@PROPERTY
@given(text=documents_text)
@example("a,Review,the")
@example("China  's practice")
@example("Chin-a Ch-ina")
@example("0\x9b0»0")
@example("A”\ufeffA")  # the zero-width space goes last; the quote between letters is an apostrophe at once
@example("ط\nA！")  # the structure step moves the title out; the script is read with it both times
@example("La riduzi-one della povertà è un obiettivo dei programmi regionali.")
@example(  # "pro-gram" inside a title word that the structure step then removes
    "\nNpro-gramew Progress in Development-oriented Poverty Reduction Program for Rural China\n\n"
    "Updated:pro-gram Nov 16, 2011"
)
def test_process_is_idempotent(text: str) -> None:
    """process(process(doc)) has the same text, title, sections, metadata and language as process(doc)."""
    once = process(Document.from_text(text))
    twice = process(once)
    _same(once, twice)


@PROPERTY
@given(text=documents_text, format=st.sampled_from(["text", "lines", "source-delimited"]))
def test_process_never_raises_and_its_edits_undo_to_raw(text: str, format: str) -> None:
    """For any text, process returns a document whose edits undo its text back to raw."""
    doc = process(Document.from_text(text, format=format), PipelineOptions())
    assert undo_edits(doc.text, doc.edits) == doc.raw
    assert doc.language is not None
