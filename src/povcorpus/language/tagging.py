"""``tag``: the language of a document, of each section, and of paragraphs that differ.

The document is detected once, on a bounded sample of its whole text. Its
paragraphs and headings are then checked with cheap signals, and the model
runs only where one says a unit may differ:

* a unit in another dominant script than the document is detected on its
  own (usually a script fast path, no model);
* headings and lines of at most 25 characters take the document's language
  (every backend is weakest there, so the document is the better prior);
* other paragraphs keep the document's language when their function words
  agree (:mod:`povcorpus.language.function_words`); otherwise the backend is
  asked, and its answer is taken only when confident. With a combined
  backend (:class:`~povcorpus.language.backends.arbiter.ArbiterBackend`,
  the default) these checks ask its fast first pass alone: where it is
  unsure the document's language is the better second opinion, and the
  slow backend's models are not loaded for text that needs none.

The language shares of the units (by weighted letters, see
:data:`~povcorpus.language.scripts.CJK_WEIGHT`) go to
``metadata.extra["languages"]``; ``extra["mixed_language"]`` is true when a
language other than the document's holds at least ``mixed_threshold`` of the
text. The document's language is the one with the largest share.

What it leaves alone: the text, the edits, and any key of ``extra`` other
than those two.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator

import attrs

from povcorpus.language.backends import LanguageBackend, get_backend
from povcorpus.language.backends.arbiter import ArbiterBackend
from povcorpus.language.detect import DEFAULT_BACKEND, detect_counted, normalize_languages
from povcorpus.language.function_words import same_language
from povcorpus.language.guess import UNDETERMINED
from povcorpus.language.scripts import (
    CJK_SCRIPTS,
    CJK_WEIGHT,
    SCRIPT_LANGUAGES,
    language_script,
    script_counts,
    script_fast_path,
    weighted_letters,
)
from povcorpus.model import Document, Paragraph, Section

__all__ = ["MIN_CONFIDENCE", "MIXED_THRESHOLD", "SHORT_LINE", "tag"]

SHORT_LINE = 25
"""Lines of at most this many characters take their document's language."""

MIXED_THRESHOLD = 0.1
"""Share of the text another language needs for the document to be flagged mixed."""

MIN_CONFIDENCE = 0.8
"""Confidence a backend needs to say a paragraph differs from its document."""

_MIN_LETTERS = 3


@attrs.define
class _Tagger:
    backend: str | LanguageBackend
    doc_language: str
    doc_script: str | None
    min_confidence: float
    languages: tuple[str, ...] | None = None
    check_backend: str | LanguageBackend | None = None
    weights: dict[str, int] = attrs.field(factory=dict)

    def language(
        self, text: str, heading: bool = False, counts: Counter[str] | None = None
    ) -> tuple[str | None, int]:
        """The unit's language (``None`` when it has too few letters) and its weight.

        ``counts`` is ``script_counts(text)`` when the caller has it already.
        """
        if counts is None:
            counts = script_counts(text)
        code: str | None = None
        script: str | None
        if len(counts) == 1:
            # One script (most units): its letters, its weight and whether it decides, read directly.
            [(script, letters)] = counts.items()
            weight = letters * CJK_WEIGHT if script in CJK_SCRIPTS else letters
            if letters < 2 or weight < _MIN_LETTERS:
                return None, 0
            if script not in SCRIPT_LANGUAGES:
                code, script = script_fast_path(text, counts)
        else:
            weight = sum(weighted_letters(counts).values())
            if sum(counts.values()) < 2 or weight < _MIN_LETTERS:
                return None, 0
            code, script = script_fast_path(text, counts)
        # A kanji-only line of a Japanese document is still Japanese, not a change of script.
        same_script = script == self.doc_script or (script == "Han" and self.doc_script == "Kana")
        if not same_script:
            guess = detect_counted(text, counts, self.backend, languages=self.languages)
            return (guess.code if guess.is_determined else None), weight
        if heading or len(text.strip()) <= SHORT_LINE:
            return self.doc_language, weight
        if code is not None:
            return (self.doc_language if script == "Han" and code == "zh" else code), weight
        if same_language(text, self.doc_language):
            return self.doc_language, weight
        guess = detect_counted(text, counts, self.check_backend or self.backend, languages=self.languages)
        if (
            guess.is_determined
            and guess.code != self.doc_language
            and guess.confidence >= self.min_confidence
        ):
            return guess.code, weight
        return self.doc_language, weight

    def count(self, code: str | None, weight: int) -> None:
        if code is not None and code != UNDETERMINED and weight:
            self.weights[code] = self.weights.get(code, 0) + weight


@attrs.define
class _SectionResult:
    """A section's effective paragraph languages and its own weights, before the final document language."""

    section: Section
    heading: tuple[str | None, int]
    paragraphs: list[tuple[str | None, int]]
    children: list[_SectionResult]


def tag(
    doc: Document,
    backend: str | LanguageBackend = DEFAULT_BACKEND,
    *,
    mixed_threshold: float = MIXED_THRESHOLD,
    min_confidence: float = MIN_CONFIDENCE,
    languages: Iterable[str] | None = None,
) -> Document:
    """Return ``doc`` with its language, its sections' and its differing paragraphs' set.

    Args:
        doc: the document; it is not changed (a new one is returned).
        backend: a registered backend name or a :class:`LanguageBackend`.
        mixed_threshold: share of another language that makes the document mixed.
        min_confidence: backend confidence needed to give a paragraph its own language.
        languages: the languages the corpus may contain (``("en", "it", "fa", "zh")``),
            e.g. from :func:`~povcorpus.language.learn_languages`. Text a script
            does not decide is then decided among those of them its script
            allows (see :func:`~povcorpus.language.detect_language`). ``None``
            (the default) allows every language.

    Returns:
        A new document with ``language`` set (``"und"`` when nothing can be told),
        every section's ``language`` set, ``Paragraph.language`` set only where it
        differs from the document, and ``metadata.extra["languages"]`` and
        ``["mixed_language"]``.

    Raises:
        UnknownNameError: ``backend`` names no registered backend.
        MissingExtraError: the backend's optional dependency is not installed.
    """
    prior = normalize_languages(languages) if languages is not None else None
    lines: list[tuple[str, Counter[str]]] = []
    if doc.sections:
        counts = script_counts(doc.text)
    else:
        # The lines hold every letter of the text: their counts add up to the document's.
        counts = Counter()
        for line in doc.text.splitlines():
            if line.strip():
                line_counts = script_counts(line)
                counts.update(line_counts)
                lines.append((line, line_counts))
    guess = detect_counted(doc.text, counts, backend, languages=prior)
    doc_script = language_script(counts)
    model = get_backend(backend) if isinstance(backend, str) else backend
    check = model.first if isinstance(model, ArbiterBackend) else model
    tagger = _Tagger(model, guess.code, doc_script, min_confidence, prior or None, check)
    results: list[_SectionResult] = []
    if doc.sections:
        results = [_collect(section, tagger) for section in doc.sections]
    else:
        for line, line_counts in lines:
            tagger.count(*tagger.language(line, counts=line_counts))
    total = sum(tagger.weights.values())
    language = guess.code
    if total:
        language = min(tagger.weights, key=lambda code: (-tagger.weights[code], code != guess.code, code))
    elif not guess.is_determined:
        language = UNDETERMINED
    shares = {code: round(n / total, 3) for code, n in _by_share(tagger.weights)} if total else {}
    if not shares and language != UNDETERMINED:
        shares = {language: 1.0}
    mixed = any(share >= mixed_threshold for code, share in shares.items() if code != language)
    extra = {**doc.metadata.extra, "languages": shares, "mixed_language": mixed}
    sections = tuple(_apply(result, language, language) for result in results) if results else doc.sections
    return doc.evolve(
        language=language,
        sections=sections,
        metadata=attrs.evolve(doc.metadata, extra=extra),
    )


def _by_share(weights: dict[str, int]) -> Iterator[tuple[str, int]]:
    yield from sorted(weights.items(), key=lambda item: (-item[1], item[0]))


def _collect(section: Section, tagger: _Tagger) -> _SectionResult:
    heading = tagger.language(f"{section.label} {section.heading}".strip(), heading=True)
    tagger.count(*heading)
    paragraphs = []
    for paragraph in section.paragraphs:
        found = tagger.language(paragraph.text)
        tagger.count(*found)
        paragraphs.append(found)
    children = [_collect(child, tagger) for child in section.children]
    return _SectionResult(section, heading, paragraphs, children)


def _apply(result: _SectionResult, doc_language: str, parent_language: str) -> Section:
    weights: dict[str, int] = {}
    for code, weight in [result.heading, *result.paragraphs]:
        if code is not None and weight:
            weights[code] = weights.get(code, 0) + weight
    if weights:
        own = min(weights, key=lambda code: (-weights[code], code != doc_language, code))
    else:
        own = parent_language
    paragraphs = tuple(
        _paragraph(paragraph, code, doc_language)
        for paragraph, (code, _) in zip(result.section.paragraphs, result.paragraphs, strict=True)
    )
    children = tuple(_apply(child, doc_language, own) for child in result.children)
    if not weights and children:
        child_weights: dict[str, int] = {}
        for child in children:
            if child.language is not None:
                child_weights[child.language] = child_weights.get(child.language, 0) + 1
        own = min(child_weights, key=lambda code: (-child_weights[code], code != parent_language, code))
    return attrs.evolve(result.section, language=own, paragraphs=paragraphs, children=children)


def _paragraph(paragraph: Paragraph, code: str | None, doc_language: str) -> Paragraph:
    language = code if code is not None and code != doc_language else None
    if language == paragraph.language:
        return paragraph
    return attrs.evolve(paragraph, language=language)
