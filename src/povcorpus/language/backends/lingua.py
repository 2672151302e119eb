"""The ``lingua`` backend: lingua-language-detector.

lingua is deterministic and the most accurate on short lines, at a cost: in
high-accuracy mode each language's models take about 17 MiB of memory (all 75
languages about 1.3 GiB) and load in a fraction of a second each, lazily, on
first use. This backend therefore asks lingua only about the candidate
languages it is given (the script's languages, a corpus's languages, or a
first pass's best guesses; see
:class:`~povcorpus.language.backends.arbiter.ArbiterBackend`), with one small
detector per candidate set. lingua shares loaded models between detectors,
so memory grows with the union of the candidate sets asked, not their number.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from typing import Any

from povcorpus.errors import MissingExtraError

__all__ = ["LinguaBackend"]

_MAX_DETECTORS = 256


class LinguaBackend:
    """lingua over all its 75 languages, or the ones named, restricted per call to the candidates.

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

    def __init__(
        self,
        languages: Sequence[str] | None = None,
        low_accuracy: bool = False,
    ) -> None:
        try:
            import lingua
        except ImportError as error:
            feature = "the lingua language backend"
            raise MissingExtraError(feature, "lingua-language-detector", "lingua") from error
        self._lingua: Any = lingua
        known = {language.iso_code_639_1.name.lower() for language in lingua.Language.all()}
        if languages:
            unknown = sorted(set(languages) - known)
            if unknown:
                msg = f"lingua knows no language {', '.join(unknown)}; use ISO 639-1 codes such as 'en'"
                raise ValueError(msg)
            known = set(languages)
        self.languages: frozenset[str] = frozenset(known)
        self.low_accuracy = low_accuracy
        self._detectors: dict[frozenset[str], Any] = {}
        self._lock = threading.Lock()

    def _detector(self, codes: frozenset[str]) -> Any:
        with self._lock:
            detector = self._detectors.get(codes)
            if detector is None:
                if len(self._detectors) >= _MAX_DETECTORS:
                    self._detectors.clear()
                iso = self._lingua.IsoCode639_1
                builder = self._lingua.LanguageDetectorBuilder.from_iso_codes_639_1(
                    *(getattr(iso, code.upper()) for code in sorted(codes))
                )
                if self.low_accuracy:
                    builder = builder.with_low_accuracy_mode()
                detector = builder.build()
                self._detectors[codes] = detector
            return detector

    def rank(self, text: str, candidates: frozenset[str] | None = None) -> list[tuple[str, float]]:
        """Rank the languages of ``text`` by lingua's confidence values, best first.

        Only the languages in ``candidates`` (when given and at least two of them
        are known to this backend) are considered.
        """
        codes = self.languages & candidates if candidates else self.languages
        if len(codes) < 2:
            codes = self.languages
        values = self._detector(frozenset(codes)).compute_language_confidence_values(text)
        ranked = [(value.language.iso_code_639_1.name.lower(), float(value.value)) for value in values]
        ranked.sort(key=lambda item: (-item[1], item[0]))
        return [(code, p) for code, p in ranked if p > 0.0]
