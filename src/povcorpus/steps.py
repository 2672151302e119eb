"""The built-in document steps, in the order :data:`~povcorpus.pipeline.DEFAULT_STEPS` runs them.

========== ======================================================= ============================
step       what it does                                            ``Edit.rule`` it writes
========== ======================================================= ============================
mojibake   repairs encoding damage in every text field, first, so  ``mojibake``
           that no later step reads ``Ã©`` for ``é``
boilerplate removes page-chrome lines; their date, source and       ``<pack>.<rule>``, e.g.
           editor move to ``metadata``                             ``chrome.breadcrumb``
language   a cheap first guess of the language and script, so the  (none: sets ``language``)
           cleaners know what they clean
clean      runs the cleaner chain on every text field              ``<cleaner>``, ``spam.*``
structure  title, date, issuer, contents, footnotes and sections   ``structure.*``
tag        the final language of the document, its sections and   (none)
           the paragraphs that differ
========== ======================================================= ============================

Importing this module registers them in :data:`~povcorpus.pipeline.step_registry`.
"""

from __future__ import annotations

import functools
from typing import Any

import attrs

from povcorpus._script import dominant_script
from povcorpus.cleaners import CleanContext, CleanerChain, word_vocabulary
from povcorpus.model import Document, Edit
from povcorpus.pipeline import PipelineOptions, register_step

__all__ = ["boilerplate", "clean", "language", "mojibake", "structure", "tag"]

FIRST_PASS_KEY = "first_pass_language"
"""``metadata.extra`` key of the ``language`` step's guess: the language the cleaners were told."""

_OWN_STEP_CLEANERS = ("mojibake",)
"""Cleaners that also run as a document step of their own; the ``clean`` step skips them then."""


@functools.lru_cache(maxsize=32)
def _cleaner_chain(
    cleaners: tuple[str, ...] | None, disabled: tuple[str, ...], generation: int
) -> CleanerChain:
    chain = CleanerChain.default() if cleaners is None else CleanerChain.from_names(cleaners)
    return chain.disable(*disabled) if disabled else chain


def cleaner_chain(options: PipelineOptions) -> CleanerChain:
    """The cleaner chain ``options`` ask for (cached until a cleaner is registered)."""
    from povcorpus.cleaners import cleaner_registry

    return _cleaner_chain(options.cleaners, options.disabled_cleaners, cleaner_registry.version)


def _settings(options: PipelineOptions) -> dict[str, Any]:
    settings = dict(options.cleaner_options)
    if options.disabled_rules:
        settings.setdefault("spam.disable", options.disabled_rules)
    return settings


def _clean_fields(
    doc: Document, chain: CleanerChain, settings: dict[str, Any], step: str, *, scripts: bool = True
) -> Document:
    """Run ``chain`` on the body, the title, the metadata strings, the contents and the footnotes.

    Each new edit is made once with its field and ``step`` set, so the pipeline need not stamp a copy.
    With ``scripts=False`` the cleaners are told no script (``ctx.script`` is ``None``): the
    encoding repair does not read it, and counting the letters of a long text in another
    script than Latin costs more than the repair's own scan.
    """
    edits: list[Edit] = list(doc.edits)
    script = None
    if scripts and doc.language is not None:
        script = _head_script(_titled(doc, doc.text[:4000])[:4000])

    known: dict[str, Any] = {}  # what the short fields borrow from the body, read once

    def document_words() -> frozenset[str]:
        if "words" not in known:
            known["words"] = word_vocabulary(doc.text)
        words: frozenset[str] = known["words"]
        return words

    def field_settings() -> dict[str, Any]:
        """The body's machine-translation verdict, for short fields that cannot show it themselves."""
        if "settings" not in known:
            known["settings"] = settings
            if "mt_punctuation.damaged" not in settings and "mt_punctuation" in chain.names:
                from povcorpus.cleaners.mt_punctuation import has_mt_damage

                verdict = has_mt_damage(doc.text, doc.language)
                known["settings"] = {**settings, "mt_punctuation.damaged": verdict}
        chosen: dict[str, Any] = known["settings"]
        return chosen

    def run(text: str, name: str) -> str:
        hyphenated = name != "text" and ("-" in text or "‐" in text)
        if not scripts:
            field_script = None
        elif name == "text" and script is not None:
            field_script = script
        elif name == "text":
            field_script = dominant_script(_titled(doc, text))
        else:
            field_script = dominant_script(text)
        ctx = CleanContext(
            lang=doc.language,
            script=field_script,
            options=settings if name == "text" or "," not in text else field_settings(),
            vocabulary=document_words() if hyphenated else frozenset(),
            field=name,
            step=step,
        )
        result = chain(text, ctx)
        edits.extend(
            edit
            if edit.field == name and edit.step
            else Edit(edit.start, edit.end, edit.before, edit.after, edit.rule, name, edit.step or step)
            for edit in result.edits
        )
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
    if len(edits) == len(doc.edits):
        return doc
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


def _titled(doc: Document, body: str) -> str:
    """``body`` with the document's title before it, the text whose script the body is cleaned with.

    The structure step moves a title line out of the body; a processed document processed again
    must be told the script it was cleaned with, so the title is always read with the body.
    """
    return f"{doc.title}\n{body}" if doc.title else body


@functools.lru_cache(maxsize=8)
def _head_script(head: str) -> str | None:
    """The dominant script of a body's first 4000 characters, read once for the steps that ask."""
    return dominant_script(head)


def _enabled(options: PipelineOptions, cleaner: str) -> bool:
    chain = cleaner_chain(options)
    return cleaner in chain.names


_MOJIBAKE_CHAIN = CleanerChain(("mojibake",))


@register_step("mojibake", writes="mojibake")
def mojibake(doc: Document, options: PipelineOptions) -> Document:
    """Repair encoding damage (mojibake, via ftfy) in every text field before anything reads it.

    Runs when the ``mojibake`` cleaner is part of the cleaner chain; the ``clean``
    step then leaves it out, so it runs once. Its context carries no script
    (``ctx.script`` is ``None``): the script is read after the repair, from the repaired text.
    """
    if not _enabled(options, "mojibake"):
        return doc
    return _clean_fields(doc, _MOJIBAKE_CHAIN, _settings(options), "mojibake", scripts=False)


@functools.lru_cache(maxsize=16)
def _rule_set(disabled: tuple[str, ...], generation: int) -> Any:
    from povcorpus.boilerplate import RuleSet

    rules = RuleSet.default()
    return rules.disable(*disabled) if disabled else rules


@register_step("boilerplate", writes="<pack>.<rule> of line and metadata rules, e.g. chrome.breadcrumb")
def boilerplate(doc: Document, options: PipelineOptions) -> Document:
    """Remove page-chrome lines (breadcrumbs, credit and release lines); keep their facts as metadata.

    Inline spam inside sentences is the ``spam`` cleaner's job in the ``clean`` step.
    The rule set is rebuilt whenever a rule pack is registered.
    """
    from povcorpus.boilerplate import pack_registry, strip_boilerplate

    rules = _rule_set(options.disabled_rules, pack_registry.version)
    return strip_boilerplate(doc, rules, inline=False)


@register_step("language", writes="(none; sets Document.language)")
def language(doc: Document, options: PipelineOptions) -> Document:
    """Guess the document's language cheaply before cleaning, so each cleaner knows what it cleans.

    Script fast paths first, then fastText on about 400 characters of the body
    (:func:`~povcorpus.language.first_pass`, ~100 µs); ``None`` when too few
    letters tell. The ``tag`` step decides the final language later, from the
    cleaned text, with the configured backend.

    The guess is recorded in ``metadata.extra["first_pass_language"]`` (what the
    cleaners were told) and reused when a processed document is processed again,
    so a second run cleans with the same language and changes nothing.
    """
    extra = doc.metadata.extra
    if FIRST_PASS_KEY in extra:  # a processed document: clean it again with the language it was cleaned with
        code = extra[FIRST_PASS_KEY]
        return doc if code == doc.language else doc.evolve(language=code)
    from povcorpus.language import first_pass

    guess = first_pass(doc.text, languages=options.languages)
    code = guess.code if guess.is_determined else None
    metadata = attrs.evolve(doc.metadata, extra={**extra, FIRST_PASS_KEY: code})
    return doc.evolve(metadata=metadata, language=code)


@register_step("clean", writes="<cleaner>, e.g. apostrophe, spam.bookmaker_phrase")
def clean(doc: Document, options: PipelineOptions) -> Document:
    """Run the cleaner chain on every text field, with the document's language and script."""
    chain = cleaner_chain(options)
    own = tuple(name for name in _OWN_STEP_CLEANERS if name in chain.names and name in _steps_on(options))
    if own:
        chain = _without(chain, own)
    if not chain.names:
        return doc
    settings = _settings(options)
    cleaned = _clean_fields(doc, chain, settings, "clean")
    if cleaned.text == doc.text:
        return cleaned
    if own:
        # A repair can hand ftfy a context it newly reads as mojibake ("Â\u2009" made "Â "):
        # repair it now, and clean what that repair changed, so a second run changes nothing.
        repaired = _clean_fields(cleaned, _MOJIBAKE_CHAIN, settings, "clean", scripts=False)
        if repaired is not cleaned:
            cleaned = _clean_fields(repaired, chain, settings, "clean")
    if "boilerplate" not in _steps_on(options):
        return cleaned
    # A repair can complete a chrome line the boilerplate step could not read yet
    # ("Editor:China”s Wang" becomes an editor line once the apostrophe is fixed):
    # look again, so that processing a processed document changes nothing.
    again = boilerplate(cleaned, options)
    if again is cleaned:
        return cleaned
    first = len(cleaned.edits)
    late = tuple(attrs.evolve(edit, step="boilerplate") for edit in again.edits[first:])
    return again.evolve(edits=again.edits[:first] + late)


@functools.lru_cache(maxsize=32)
def _without(chain: CleanerChain, names: tuple[str, ...]) -> CleanerChain:
    """``chain`` with ``names`` disabled, built once (its cleaners are then resolved once too)."""
    return chain.disable(*names)


def _steps_on(options: PipelineOptions) -> tuple[str, ...]:
    return options.pipeline().names


@register_step("structure", writes="structure.*")
def structure(doc: Document, options: PipelineOptions) -> Document:
    """Find title, date, issuer, contents, footnotes and sections of long documents.

    Only for documents whose ``origin.format`` is in ``options.structure_formats``.
    """
    if doc.origin.format not in options.structure_formats:
        return doc
    from povcorpus.structure import extract_structure

    return extract_structure(doc)


@register_step("tag", writes="(none; sets languages)")
def tag(doc: Document, options: PipelineOptions) -> Document:
    """Tag the language of the document, its sections and the paragraphs that differ."""
    from povcorpus.language import tag as tag_languages

    return tag_languages(doc, backend=options.language_backend, languages=options.languages)
