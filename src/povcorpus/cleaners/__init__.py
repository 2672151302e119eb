"""Cleaners with provenance: every change is an :class:`~povcorpus.model.Edit`.

Built-in cleaners, one module each, registered under the module's name:
``mojibake``, ``apostrophe``, ``spaced_apostrophe``, ``mt_punctuation``,
``dehyphenate``, ``whitespace`` (``spam`` comes from :mod:`povcorpus.boilerplate`).
:func:`clean_text` runs a :class:`CleanerChain` of them on one string; the
document :class:`~povcorpus.Pipeline` runs one on every text field of a document
in its ``clean`` step.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from povcorpus.cleaners import apostrophe as _apostrophe
from povcorpus.cleaners import chinese_web as _chinese_web
from povcorpus.cleaners import dehyphenate as _dehyphenate
from povcorpus.cleaners import italian_accent as _italian_accent
from povcorpus.cleaners import mojibake as _mojibake
from povcorpus.cleaners import mt_punctuation as _mt_punctuation
from povcorpus.cleaners import persian_zwnj as _persian_zwnj
from povcorpus.cleaners import spaced_apostrophe as _spaced_apostrophe
from povcorpus.cleaners import whitespace as _whitespace
from povcorpus.cleaners._common import word_vocabulary
from povcorpus.cleaners.base import (
    CleanContext,
    Cleaner,
    CleanerFunction,
    CleanResult,
    cleaner_registry,
    register_cleaner,
)
from povcorpus.cleaners.chain import DEFAULT_ORDER, CleanerChain, FunctionCleaner, resolve_cleaner

__all__ = [
    "DEFAULT_ORDER",
    "CleanContext",
    "CleanResult",
    "Cleaner",
    "CleanerChain",
    "CleanerFunction",
    "FunctionCleaner",
    "clean_text",
    "cleaner_registry",
    "context_for",
    "register_cleaner",
    "resolve_cleaner",
    "word_vocabulary",
]

_BUILT_INS = (
    _apostrophe,
    _chinese_web,
    _dehyphenate,
    _italian_accent,
    _mojibake,
    _mt_punctuation,
    _persian_zwnj,
    _spaced_apostrophe,
    _whitespace,
)

_default_chain: CleanerChain | None = None


def _chain(cleaners: CleanerChain | Sequence[str] | None) -> CleanerChain:
    global _default_chain  # one cached default chain
    if cleaners is None:
        if _default_chain is None:
            _default_chain = CleanerChain.default()
        return _default_chain
    if isinstance(cleaners, CleanerChain):
        return cleaners
    if isinstance(cleaners, str):
        return CleanerChain.from_names((cleaners,))
    return CleanerChain.from_names(list(cleaners))


def context_for(
    text: str,
    lang: str | None = None,
    options: Mapping[str, Any] | None = None,
    vocabulary: frozenset[str] = frozenset(),
    field: str = "text",
) -> CleanContext:
    """Build the :class:`CleanContext` for ``text``, measuring its script quickly.

    Args:
        text: the text that will be cleaned.
        lang: its ISO 639-1 language code, when known.
        options: per-cleaner options, keyed ``"<cleaner>.<option>"``.
        vocabulary: lower-cased words of the whole document (empty: each cleaner
            that needs it measures the text).
        field: the document field being cleaned, copied into each edit.

    Returns:
        The context.
    """
    return CleanContext.for_text(text, lang, options=dict(options or {}), vocabulary=vocabulary, field=field)


def clean_text(
    text: str,
    lang: str | None = None,
    cleaners: CleanerChain | Sequence[str] | None = None,
    options: Mapping[str, Any] | None = None,
) -> CleanResult:
    """Clean one string and report every change.

    >>> result = clean_text("China”s pro-gram、 and the nation' s  program", lang="en")
    >>> result.text
    "China’s program, and the nation's program"

    Args:
        text: the text to clean.
        lang: its ISO 639-1 language code, when known (guides ``dehyphenate``,
            ``spaced_apostrophe`` and ``whitespace``).
        cleaners: ``None`` for :meth:`CleanerChain.default`, a :class:`CleanerChain`, or
            a sequence of registered cleaner names to run in that order.
        options: per-cleaner options, e.g. ``{"apostrophe.ascii": True}``.

    Returns:
        The cleaned text and its edits; ``apply_edits(text, result.edits)``
        gives ``result.text`` and ``undo_edits(result.text, result.edits)``
        gives ``text`` back.

    Raises:
        UnknownNameError: a cleaner name is not registered.
    """
    chain = _chain(cleaners)
    return chain(text, context_for(text, lang, options))
