"""The default backend: langdetect, made deterministic and faster.

langdetect draws random n-grams from the text, so unseeded it can answer
differently on each run. This backend

* seeds every detection with the same seed (``seed=0``); langdetect reseeds
  its generator at the start of each detection, so an answer depends only on
  the text, never on what was detected before or in which process;
* loads the language profiles in sorted order (not directory order), once
  per process and per candidate set, and keeps them;
* builds, per script, a detector that knows only the languages written in it
  (:data:`~povcorpus.language.scripts.SCRIPT_LANGUAGES`), which makes each
  update cheaper (its cost grows with the number of languages) and removes
  impossible answers.

What it leaves alone: langdetect's detector code, n-gram profiles, smoothing
and number of trials (7), so its probabilities are exactly langdetect's for
the same seed and languages. Long text is sampled before it gets here
(:func:`povcorpus.language.sample_text`).
"""

from __future__ import annotations

import json
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from povcorpus.language.guess import normalize_code

__all__ = ["LangdetectBackend"]

_lock = threading.Lock()
_profiles: dict[str, Any] = {}


def _import() -> tuple[Any, Any, Any]:
    # Imported here, not at module level, so that importing povcorpus stays cheap.
    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    return DetectorFactory, LangProfile, PROFILES_DIRECTORY


def _load_profiles() -> dict[str, Any]:
    """Every langdetect profile by its code, read once per process in sorted order."""
    with _lock:
        if not _profiles:
            _, lang_profile, directory = _import()
            for path in sorted(Path(directory).iterdir()):
                if path.name.startswith(".") or not path.is_file():
                    continue
                data = json.loads(path.read_text(encoding="utf-8"))
                profile = lang_profile(**data)
                _profiles[profile.name] = profile
        return _profiles


class LangdetectBackend:
    """langdetect with a fixed seed, profiles cached per process and per script.

    Args:
        seed: seed of langdetect's random n-gram sampling.
        n_trial: number of sampling runs averaged (langdetect's default is 7).
        languages: langdetect codes to consider (default: all 55 profiles).
    """

    name = "langdetect"

    def __init__(self, seed: int = 0, n_trial: int = 7, languages: Sequence[str] | None = None) -> None:
        factory_class, _, _ = _import()
        self.seed = seed
        self.n_trial = n_trial
        self._factory_class = factory_class
        known = sorted(_load_profiles())
        self.languages: tuple[str, ...] = (
            tuple(sorted(set(languages) & set(known))) if languages else tuple(known)
        )
        self._factories: dict[frozenset[str], Any] = {}
        self._lock = threading.Lock()

    def _factory(self, codes: frozenset[str]) -> Any:
        factory = self._factories.get(codes)
        if factory is not None:
            return factory
        with self._lock:
            factory = self._factories.get(codes)
            if factory is None:
                profiles = _load_profiles()
                factory = self._factory_class()
                factory.seed = self.seed
                ordered = sorted(codes)
                for index, code in enumerate(ordered):
                    factory.add_profile(profiles[code], index, len(ordered))
                self._factories[codes] = factory
        return factory

    def _codes_for(self, candidates: frozenset[str] | None) -> frozenset[str]:
        if candidates:
            chosen = frozenset(code for code in self.languages if normalize_code(code) in candidates)
            if len(chosen) >= 2:
                return chosen
            # langdetect needs two profiles; a single candidate is decided by the caller.
        return frozenset(self.languages)

    def rank(self, text: str, candidates: frozenset[str] | None = None) -> list[tuple[str, float]]:
        """Rank the languages of ``text`` with langdetect's probabilities, best first."""
        factory = self._factory(self._codes_for(candidates))
        detector = factory.create()
        detector.n_trial = self.n_trial
        detector.append(text)
        try:
            detector.get_probabilities()
        except Exception:  # langdetect raises LangDetectException on text without features
            return []
        probabilities = detector.langprob or []
        ranked = [
            (code, float(p)) for code, p in zip(factory.langlist, probabilities, strict=True) if p > 0.0
        ]
        ranked.sort(key=lambda item: (-item[1], item[0]))
        return ranked
