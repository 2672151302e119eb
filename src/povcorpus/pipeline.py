"""The per-document pipeline: one pure, picklable function that every runner calls.

``process(doc, options)`` runs, in this order:

1. **boilerplate**: page chrome lines leave the body; their metadata (date,
   source, editor) moves to ``doc.metadata`` (:mod:`povcorpus.boilerplate`);
2. **clean**: the cleaner pipeline repairs the body, the title and the
   metadata strings, recording every edit (:mod:`povcorpus.cleaners`);
3. **structure**: title, table of contents, footnotes and the section tree
   of long documents (:mod:`povcorpus.structure`), for the formats named in
   ``PipelineOptions.structure_formats``;
4. **tag**: language of the document, its sections and the paragraphs that
   differ (:mod:`povcorpus.language`).

Structure comes after cleaning so that headings are read from repaired text;
tagging comes last so that mojibake cannot mislead it. ``raw`` never changes.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any

import attrs
from attrs import field, frozen

from povcorpus.cleaners import context_for, word_vocabulary
from povcorpus.model import Document, Edit

__all__ = ["PipelineOptions", "clean", "process"]


def _pairs(value: Mapping[str, Any] | tuple[tuple[str, Any], ...]) -> tuple[tuple[str, Any], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted(items))


def _names(value: Any) -> tuple[str, ...]:
    return tuple(value)


def _optional_names(value: Any) -> tuple[str, ...] | None:
    return None if value is None else tuple(value)


@frozen
class PipelineOptions:
    """Which steps run and how; frozen and hashable, so it can be sent to worker processes."""

    boilerplate: bool = True
    """Strip page chrome lines and keep their metadata."""
    clean: bool = True
    """Run the cleaner pipeline."""
    structure: bool = True
    """Find title, table of contents, footnotes and sections."""
    tag: bool = True
    """Tag languages."""
    cleaners: tuple[str, ...] | None = field(default=None, converter=_optional_names)
    """Cleaner names in order; ``None`` for the default pipeline."""
    disabled_cleaners: tuple[str, ...] = field(default=(), converter=_names)
    """Cleaners to leave out, e.g. ``("dehyphenate",)``."""
    cleaner_options: tuple[tuple[str, Any], ...] = field(default=(), converter=_pairs)
    """Options for cleaners, keyed ``"<cleaner>.<option>"`` (a dict is accepted)."""
    disabled_rules: tuple[str, ...] = field(default=(), converter=_names)
    """Boilerplate rules to leave out, by name."""
    language_backend: str = "langdetect"
    """Name of the language backend (see :mod:`povcorpus.language`)."""
    structure_formats: tuple[str, ...] = field(default=("text", "source-delimited"), converter=_names)
    """Formats whose documents get a structure (one-line summaries do not need one)."""


DEFAULT_OPTIONS = PipelineOptions()


def process(doc: Document, options: PipelineOptions = DEFAULT_OPTIONS) -> Document:
    """Run the whole pipeline on one document and return the new document.

    Pure and deterministic: the same document and options give the same
    result in any process, which is what makes parallel runs identical.
    """
    if options.boilerplate:
        doc = _strip_boilerplate(doc, options)
    if options.clean:
        doc = _clean_fields(doc, options)
    if options.structure and doc.origin.format in options.structure_formats:
        from povcorpus.structure import extract_structure

        doc = extract_structure(doc)
    if options.tag:
        from povcorpus.language import tag

        doc = tag(doc, backend=options.language_backend)
    return doc


def clean(doc: Document, options: PipelineOptions = DEFAULT_OPTIONS) -> Document:
    """Strip boilerplate, repair the text and tag the language of one document.

    Unlike :func:`process` it finds no new structure; a document that already
    has sections gets them rebuilt over its cleaned text. Each step can be
    turned off through ``options``.
    """
    return process(doc, attrs.evolve(options, structure=False))


@functools.lru_cache(maxsize=16)
def _rule_set(disabled: tuple[str, ...]) -> Any:
    from povcorpus.boilerplate import RuleSet

    rules = RuleSet.default()
    return rules.disable(*disabled) if disabled else rules


def _strip_boilerplate(doc: Document, options: PipelineOptions) -> Document:
    """Chrome lines only: inline spam is the ``spam`` cleaner's job in the cleaning step."""
    from povcorpus.boilerplate import strip_boilerplate

    return strip_boilerplate(doc, _rule_set(options.disabled_rules), inline=False)


@functools.lru_cache(maxsize=16)
def _cleaner_pipeline(options: PipelineOptions) -> Any:
    from povcorpus.cleaners.pipeline import Pipeline

    pipeline = Pipeline.default() if options.cleaners is None else Pipeline.from_names(options.cleaners)
    if options.disabled_cleaners:
        pipeline = pipeline.disable(*options.disabled_cleaners)
    return pipeline


def _clean_fields(doc: Document, options: PipelineOptions) -> Document:
    """Clean the body, the title and the metadata strings; rebuild sections if there were any."""
    pipeline = _cleaner_pipeline(options)
    settings = dict(options.cleaner_options)
    if options.disabled_rules:
        settings.setdefault("spam.disable", options.disabled_rules)
    edits: list[Edit] = list(doc.edits)

    @functools.cache
    def document_words() -> frozenset[str]:
        return word_vocabulary(doc.text)

    def vocabulary(text: str, name: str) -> frozenset[str]:
        """The document's words, for a field other than the body that may hold a hyphenated word.

        The body passes none: ``dehyphenate`` reads it from the body itself, and only if needed.
        """
        if name == "text" or ("-" not in text and "‐" not in text):
            return frozenset()
        return document_words()

    def run(text: str, name: str) -> str:
        ctx = context_for(text, doc.language, settings, vocabulary(text, name), name)
        result = pipeline(text, ctx)
        edits.extend(edit if edit.field == name else attrs.evolve(edit, field=name) for edit in result.edits)
        new_text: str = result.text
        return new_text

    text = run(doc.text, "text")
    title = run(doc.title, "title") if doc.title else doc.title
    metadata = doc.metadata
    if metadata.source:
        metadata = attrs.evolve(metadata, source=run(metadata.source, "metadata.source"))
    if metadata.editor:
        metadata = attrs.evolve(metadata, editor=run(metadata.editor, "metadata.editor"))
    toc = tuple(
        attrs.evolve(entry, heading=run(entry.heading, f"toc[{index}].heading"))
        for index, entry in enumerate(doc.toc)
    )
    footnotes = tuple(
        attrs.evolve(note, text=run(note.text, f"footnotes[{index}].text"))
        for index, note in enumerate(doc.footnotes)
    )
    sections = doc.sections
    if sections and text != doc.text:
        from povcorpus.structure import parse_sections

        sections = parse_sections(text)
    return doc.evolve(
        text=text,
        title=title,
        metadata=metadata,
        toc=toc,
        footnotes=footnotes,
        sections=sections,
        edits=tuple(edits),
    )
