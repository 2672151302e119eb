"""Pluggable statistical language identifiers.

A backend is anything with a ``name`` and a ``rank(text, candidates)``
method (:class:`LanguageBackend`). It is registered as a *factory*, a
callable with no arguments that builds it, so that models load only when a
backend is first used, and then once per process (:func:`get_backend`
caches the instance). Built-ins:

* ``"fasttext+langdetect"`` (default): fastText, and langdetect where fastText
  is unsure (:mod:`povcorpus.language.backends.arbiter`);
* ``"fasttext"``: fastText's ``lid.176.ftz`` run by fasttext-predict
  (:mod:`povcorpus.language.backends.fasttext`);
* ``"fasttext+lingua"``: fastText, and lingua where it is unsure; extra
  ``povcorpus[lingua]``;
* ``"langdetect"``: langdetect, seeded and made faster, see
  :mod:`povcorpus.language.backends.langdetect`;
* ``"lingua"``: lingua-language-detector, extra ``povcorpus[lingua]``;
* ``"py3langid"``: py3langid, extra ``povcorpus[py3langid]``.

Third-party packages add backends through the ``povcorpus.language_backends``
entry-point group (the entry point names a factory); scripts call
:func:`register_backend`.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from typing import Protocol, runtime_checkable

from povcorpus.registry import Registry

__all__ = [
    "BackendFactory",
    "LanguageBackend",
    "backend_registry",
    "clear_backend_cache",
    "get_backend",
    "register_backend",
]


@runtime_checkable
class LanguageBackend(Protocol):
    """What :func:`~povcorpus.language.detect_language` asks a statistical model.

    ``rank`` returns ``(code, probability)`` pairs, best first. Codes may be
    the backend's own (``zh-cn``, ``arz``): they are normalised to ISO 639-1
    afterwards, and codes without one are skipped. An empty sequence means
    "no idea". ``candidates``, when given, is the set of ISO 639-1 codes the
    text's script allows; a backend may use it to go faster or ignore it
    (answers outside it are dropped anyway). ``rank`` must be deterministic
    and must not raise on text with letters.
    """

    name: str

    def rank(self, text: str, candidates: frozenset[str] | None = None) -> Sequence[tuple[str, float]]:
        """Rank the languages ``text`` may be in, best first."""
        ...


BackendFactory = Callable[[], LanguageBackend]
"""A callable with no arguments that builds a backend (usually its class)."""

backend_registry: Registry[BackendFactory] = Registry(
    "language backend", entry_point_group="povcorpus.language_backends"
)
"""Registry of backend factories, by name."""

_instances: dict[str, LanguageBackend] = {}
_lock = threading.RLock()  # reentrant: a combined backend builds its parts through get_backend


def register_backend(name: str, factory: BackendFactory, *, replace: bool = False) -> BackendFactory:
    """Register a backend factory under ``name`` (the name ``detect_language(backend=...)`` takes).

    Raises:
        NameClashError: ``name`` is taken and ``replace`` is false.
    """
    with _lock:
        _instances.pop(name, None)
        return backend_registry.register(name, factory, replace=replace)


def get_backend(name: str) -> LanguageBackend:
    """Return the backend called ``name``, built on first use and then cached for this process.

    Raises:
        UnknownNameError: no backend has that name; the message lists the known ones.
        MissingExtraError: the backend's optional dependency is not installed.
    """
    backend = _instances.get(name)
    if backend is not None:
        return backend
    factory = backend_registry.get(name)
    with _lock:
        backend = _instances.get(name)
        if backend is None:
            backend = factory()
            _instances[name] = backend
    return backend


def clear_backend_cache() -> None:
    """Forget the built backends (their models are loaded again on next use)."""
    with _lock:
        _instances.clear()


def _langdetect() -> LanguageBackend:
    from povcorpus.language.backends.langdetect import LangdetectBackend

    return LangdetectBackend()


def _lingua() -> LanguageBackend:
    from povcorpus.language.backends.lingua import LinguaBackend

    return LinguaBackend()


def _fasttext() -> LanguageBackend:
    from povcorpus.language.backends.fasttext import FasttextBackend

    return FasttextBackend()


def _fasttext_lingua() -> LanguageBackend:
    from povcorpus.language.backends.arbiter import ArbiterBackend

    return ArbiterBackend("fasttext", "lingua")


def _fasttext_langdetect() -> LanguageBackend:
    from povcorpus.language.backends.arbiter import ArbiterBackend

    return ArbiterBackend("fasttext", "langdetect", widen=True)


def _py3langid() -> LanguageBackend:
    from povcorpus.language.backends.py3langid import Py3langidBackend

    return Py3langidBackend()


backend_registry.register("langdetect", _langdetect, origin="povcorpus (built-in)")
backend_registry.register("fasttext", _fasttext, origin="povcorpus (built-in)")
backend_registry.register("fasttext+lingua", _fasttext_lingua, origin="povcorpus (built-in)")
backend_registry.register("fasttext+langdetect", _fasttext_langdetect, origin="povcorpus (built-in)")
backend_registry.register("lingua", _lingua, origin="povcorpus (built-in)")
backend_registry.register("py3langid", _py3langid, origin="povcorpus[py3langid] (built-in)")
