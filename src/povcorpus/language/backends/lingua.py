"""The ``lingua`` backend: lingua-language-detector (extra ``povcorpus[lingua]``).

lingua is deterministic and the most accurate on short lines, at a cost: in
high-accuracy mode its models take about 1.3 GB of memory and seconds to
load. Models load lazily, per language, on first use, and stay loaded for the
process (the backend instance is cached by :func:`~povcorpus.language.get_backend`).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from povcorpus.errors import MissingExtraError

__all__ = ["LinguaBackend"]


class LinguaBackend:
    """lingua over all its 75 languages, or the ones named.

    Args:
        languages: ISO 639-1 codes to consider (default: all); fewer languages
            load faster and take less memory.
        low_accuracy: use lingua's low-accuracy mode (trigrams only: less
            memory, faster, weaker on short text).

    Raises:
        MissingExtraError: lingua-language-detector is not installed.
        ValueError: ``languages`` names a code lingua does not know.
    """

    name = "lingua"

    def __init__(self, languages: Sequence[str] | None = None, low_accuracy: bool = False) -> None:
        try:
            import lingua
        except ImportError as error:
            feature = "the lingua language backend"
            raise MissingExtraError(feature, "lingua-language-detector", "lingua") from error
        if languages:
            unknown = sorted(
                code for code in set(languages) if not hasattr(lingua.IsoCode639_1, code.upper())
            )
            if unknown:
                msg = f"lingua knows no language {', '.join(unknown)}; use ISO 639-1 codes such as 'en'"
                raise ValueError(msg)
            codes = [getattr(lingua.IsoCode639_1, code.upper()) for code in sorted(set(languages))]
            builder = lingua.LanguageDetectorBuilder.from_iso_codes_639_1(*codes)
        else:
            builder = lingua.LanguageDetectorBuilder.from_all_languages()
        if low_accuracy:
            builder = builder.with_low_accuracy_mode()
        self._detector: Any = builder.build()

    def rank(self, text: str, candidates: frozenset[str] | None = None) -> list[tuple[str, float]]:
        """Rank the languages of ``text`` by lingua's confidence values, best first."""
        values = self._detector.compute_language_confidence_values(text)
        ranked = [(value.language.iso_code_639_1.name.lower(), float(value.value)) for value in values]
        return [(code, p) for code, p in ranked if p > 0.0]
