"""Language identification and tagging: ``detect_language`` and ``tag``.

Script fast paths decide what the script alone can tell; a pluggable,
deterministic statistical backend (langdetect by default) decides the rest.
"""

from __future__ import annotations

from povcorpus.language.backends import (
    BackendFactory,
    LanguageBackend,
    clear_backend_cache,
    get_backend,
    language_backends,
    register_backend,
)
from povcorpus.language.detect import DEFAULT_BACKEND, detect_language, sample_text
from povcorpus.language.guess import UNDETERMINED, LanguageGuess, normalize_code
from povcorpus.language.tagging import tag

__all__ = [
    "DEFAULT_BACKEND",
    "UNDETERMINED",
    "BackendFactory",
    "LanguageBackend",
    "LanguageGuess",
    "clear_backend_cache",
    "detect_language",
    "get_backend",
    "language_backends",
    "normalize_code",
    "register_backend",
    "sample_text",
    "tag",
]
