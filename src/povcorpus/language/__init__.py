"""Language identification and tagging: ``detect_language``, ``first_pass``, ``tag`` and ``learn_languages``.

Script fast paths decide what the script alone can tell; a pluggable,
deterministic statistical backend decides the rest: by default fastText,
and langdetect where fastText is unsure (``"fasttext+langdetect"``). ``first_pass``
is the cheap document-level guess the pipeline makes before cleaning;
``learn_languages`` finds a corpus's languages, which ``tag(...,
languages=...)`` then uses as a prior for short text.
"""

from __future__ import annotations

from povcorpus.language.backends import (
    BackendFactory,
    LanguageBackend,
    backend_registry,
    clear_backend_cache,
    get_backend,
    register_backend,
)
from povcorpus.language.backends.arbiter import ArbiterBackend
from povcorpus.language.detect import (
    DEFAULT_BACKEND,
    FIRST_PASS_BACKEND,
    detect_language,
    first_pass,
    normalize_languages,
    sample_text,
)
from povcorpus.language.guess import UNDETERMINED, LanguageGuess, normalize_code
from povcorpus.language.priors import learn_languages
from povcorpus.language.tagging import tag

__all__ = [
    "DEFAULT_BACKEND",
    "FIRST_PASS_BACKEND",
    "UNDETERMINED",
    "ArbiterBackend",
    "BackendFactory",
    "LanguageBackend",
    "LanguageGuess",
    "backend_registry",
    "clear_backend_cache",
    "detect_language",
    "first_pass",
    "get_backend",
    "learn_languages",
    "normalize_code",
    "normalize_languages",
    "register_backend",
    "sample_text",
    "tag",
]
