"""The answer of language detection, and the normalisation of language codes."""

from __future__ import annotations

import functools
from collections.abc import Sequence

from attrs import field, frozen

__all__ = ["UNDETERMINED", "LanguageGuess", "normalize_code"]

UNDETERMINED = "und"
"""ISO 639-2 code for a language that cannot be told (too short, no letters)."""

# Codes some backends return that have an ISO 639-1 parent (macrolanguage or variant).
_ALIASES: dict[str, str] = {
    "zh-cn": "zh",
    "zh-tw": "zh",
    "zh-hans": "zh",
    "zh-hant": "zh",
    "cmn": "zh",
    "yue": "zh",
    "wuu": "zh",
    "ary": "ar",
    "arz": "ar",
    "arb": "ar",
    "pes": "fa",
    "prs": "fa",
    "uzs": "uz",
    "sdh": "ku",
    "ckb": "ku",
    "gug": "gn",
    "fuv": "ff",
    "zsm": "ms",
    "iw": "he",
    "in": "id",
    "ji": "yi",
}


@functools.lru_cache(maxsize=4096)
def normalize_code(code: str) -> str | None:
    """Return the ISO 639-1 code for a backend's language code, or ``None`` if it has none.

    Region and script suffixes are dropped (``zh-TW`` → ``zh``, ``pt_BR`` →
    ``pt``); Chinese varieties become ``zh``, Arabic dialects ``ar``. Codes
    without a two-letter equivalent (``vec``, ``lij``, ``zxx``) give ``None``.

    >>> normalize_code("zh-TW"), normalize_code("arz"), normalize_code("vec")
    ('zh', 'ar', None)
    """
    lowered = code.strip().lower().replace("_", "-")
    if lowered in _ALIASES:
        return _ALIASES[lowered]
    base = lowered.split("-", 1)[0]
    base = _ALIASES.get(base, base)
    if len(base) == 2 and base.isascii() and base.isalpha():
        return base
    return None


def _shares(value: Sequence[tuple[str, float]]) -> tuple[tuple[str, float], ...]:
    return tuple((str(name), float(share)) for name, share in value)


@frozen
class LanguageGuess:
    """The language of a text, how sure the detector is, and how it decided.

    >>> LanguageGuess("it", 0.99).is_determined
    True
    """

    code: str
    """ISO 639-1 code, or ``"und"`` when the text is too short or has no letters."""
    confidence: float = 0.0
    """Probability-like score in ``[0, 1]``; 0 for ``"und"``."""
    method: str = "none"
    """What decided: ``"script"`` (a fast path), a backend name (``"langdetect"``), or ``"none"``."""
    scripts: tuple[tuple[str, float], ...] = field(default=(), converter=_shares)
    """Weighted share of each script among the letters, largest first: the mixture of the text."""

    @property
    def is_determined(self) -> bool:
        """Whether a language was found (the code is not ``"und"``)."""
        return self.code != UNDETERMINED

    @property
    def script(self) -> str | None:
        """The script with the largest share, ``None`` for text without letters."""
        return self.scripts[0][0] if self.scripts else None
