"""Corpus-level priors: the languages a corpus contains, learnt from a first pass over its documents.

Short lines are where every identifier errs, and its errors go mostly to
languages the corpus does not contain at all (Catalan for an Italian
fragment, Estonian or Afrikaans for a few English words). A corpus is
usually in a handful of languages; once they are known,
``tag(doc, languages=...)`` decides short text among them. This module
learns them from the documents themselves: the document-level first pass
(:func:`~povcorpus.language.first_pass`) on each, counted, keeping the
languages that hold a document of their own often enough not to be noise.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

from povcorpus.language.backends import LanguageBackend
from povcorpus.language.detect import FIRST_PASS_BACKEND, first_pass
from povcorpus.language.guess import UNDETERMINED
from povcorpus.model import Document

__all__ = ["MIN_DOCUMENTS", "MIN_SHARE", "learn_languages"]

MIN_SHARE = 0.01
"""Share of the determined documents a language needs to be kept."""

MIN_DOCUMENTS = 1
"""Documents a language needs to be kept (raise it for large corpora with stray misdetections)."""


def learn_languages(
    docs: Iterable[Document | str],
    backend: str | LanguageBackend = FIRST_PASS_BACKEND,
    *,
    min_share: float = MIN_SHARE,
    min_documents: int = MIN_DOCUMENTS,
) -> tuple[str, ...]:
    """The languages of a corpus, most frequent first, from a first pass over its documents.

    Each document counts once, by the language of
    :func:`~povcorpus.language.first_pass` on its text (a document whose
    ``language`` is already set counts by that). A language is kept when at
    least ``min_documents`` documents and ``min_share`` of the determined
    ones are in it. The result depends only on the documents' texts and
    languages, not on their order.

    Args:
        docs: documents or plain strings (read once; a generator is fine).
        backend: the first pass's backend.
        min_share: share of the determined documents a language needs.
        min_documents: number of documents a language needs.

    Returns:
        ISO 639-1 codes, most documents first, ties by code; empty when no
        document has a determined language.

    >>> learn_languages(["The rural poor gained access to clean water.", "Il reddito medio è cresciuto."])
    ('en', 'it')
    """
    counts: Counter[str] = Counter()
    for doc in docs:
        if isinstance(doc, str):
            code = first_pass(doc, backend).code
        elif doc.language and doc.language != UNDETERMINED:
            code = doc.language
        else:
            code = first_pass(doc.text, backend).code
        if code != UNDETERMINED:
            counts[code] += 1
    total = sum(counts.values())
    kept = [code for code, n in counts.items() if n >= min_documents and n / total >= min_share]
    return tuple(sorted(kept, key=lambda code: (-counts[code], code)))
