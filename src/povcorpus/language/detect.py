"""``detect_language``: script fast paths first, then a statistical backend on a bounded sample."""

from __future__ import annotations

import re
import threading
from collections import Counter
from collections.abc import Iterable

from povcorpus.language.backends import LanguageBackend, get_backend
from povcorpus.language.guess import UNDETERMINED, LanguageGuess, normalize_code
from povcorpus.language.scripts import (
    SCRIPT_LANGUAGES,
    keep_script,
    script_counts,
    script_fast_path,
    script_shares,
    weighted_letters,
)

__all__ = [
    "DEFAULT_BACKEND",
    "FIRST_PASS_BACKEND",
    "FIRST_PASS_CHARS",
    "MAX_CHARS",
    "MIN_LETTERS",
    "detect_counted",
    "detect_language",
    "first_pass",
    "normalize_languages",
    "sample_text",
]

DEFAULT_BACKEND = "fasttext+langdetect"
"""The backend used when none is named: fastText, and langdetect where fastText is unsure.

Both are small core dependencies. ``"fasttext+lingua"`` is a little more accurate on short text
and needs the ``lingua`` extra (a heavy backend: about 100 MB installed, 260 MiB per process);
see ``docs/language.md`` for the measurements behind the choice.
"""

FIRST_PASS_BACKEND = "fasttext"
"""The backend of :func:`first_pass`: the fastest, and sure of itself on document-length text."""

FIRST_PASS_CHARS = 400
"""Characters of a document that :func:`first_pass` reads, in four evenly spaced slices.

fastText's cost grows with the text (about 0.3 µs a character); 400 characters in four places tell
a document's language as well as the whole text does, for about 150 µs.
"""

_FIRST_PASS_WINDOWS = 4

MIN_LETTERS = 3
"""Fewer weighted letters than this (a CJK character weighs 3) and the answer is ``"und"``."""

MAX_CHARS = 2000
"""Longer text is sampled down to about this many characters before a backend sees it."""

_WINDOWS = 8
_SURROGATE = re.compile("[\ud800-\udfff]")


def sample_text(text: str, max_chars: int = MAX_CHARS, windows: int = _WINDOWS) -> str:
    """Return ``text``, or for longer text ``windows`` evenly spaced slices totalling about ``max_chars``.

    The slices are cut at spaces where there are any, so no word is split,
    and joined by newlines. The sample depends only on the text: the same
    text always gives the same sample, so detection stays deterministic,
    and it covers the whole text rather than only its beginning (a title
    page or table of contents is not the language of the body).

    >>> sample_text("a b c", max_chars=100)
    'a b c'
    >>> len(sample_text("word " * 10_000)) <= 2000
    True
    """
    if len(text) <= max_chars or windows < 1:
        return text
    size = max(1, max_chars // windows)
    step = (len(text) - size) / max(1, windows - 1)
    pieces: list[str] = []
    for index in range(windows):
        start = int(index * step)
        piece = text[start : start + size]
        first = piece.find(" ")
        last = piece.rfind(" ")
        if 0 <= first < last:
            piece = piece[first + 1 : last]
        pieces.append(piece.strip())
    return "\n".join(piece for piece in pieces if piece)


def detect_language(
    text: str,
    backend: str | LanguageBackend = DEFAULT_BACKEND,
    *,
    min_letters: int = MIN_LETTERS,
    max_chars: int = MAX_CHARS,
    languages: Iterable[str] | None = None,
) -> LanguageGuess:
    """Tell the language of ``text`` as an ISO 639-1 code.

    Script fast paths decide first, without any model: Han with kana is
    ``ja``, Han alone ``zh``, Hangul ``ko``, Arabic script ``ur``/``fa``/``ar``
    by the letters only each uses, Greek ``el``, Thai ``th``… (see
    :mod:`povcorpus.language.scripts`). Text in a script many languages share
    (Latin, Cyrillic, Devanagari) goes to the backend, restricted to the
    letters of its dominant script, to the languages written in that script,
    and to a sample of at most about ``max_chars`` characters. Mixed scripts
    are decided by the dominant one and reported in ``scripts``.

    ``languages`` (a corpus's languages, see :func:`learn_languages`) narrows
    the backend's choice further, to those of the script's languages that
    are in it; when exactly one is, it is the answer (method ``"prior"``).
    When none is, the script's languages stand: text in an unexpected
    script is never forced into an impossible language. The script fast
    paths are not affected.

    Args:
        text: any string; never raises on a ``str``.
        backend: a registered backend name or a :class:`LanguageBackend`.
        min_letters: below this many weighted letters the answer is ``"und"``.
        max_chars: sample size for long text.
        languages: ISO 639-1 codes the text is expected to be in (a prior).

    Returns:
        The guess; ``code == "und"`` when the text is too short, has no
        letters, or the backend has no answer.

    Raises:
        UnknownNameError: ``backend`` names no registered backend.
        MissingExtraError: the backend's optional dependency is not installed.

    >>> detect_language("减贫是中国的重要任务").code
    'zh'
    >>> detect_language("12:30 — ...").code
    'und'
    """
    return detect_counted(
        text, script_counts(text), backend, min_letters=min_letters, max_chars=max_chars, languages=languages
    )


def detect_counted(
    text: str,
    counts: Counter[str],
    backend: str | LanguageBackend = DEFAULT_BACKEND,
    *,
    min_letters: int = MIN_LETTERS,
    max_chars: int = MAX_CHARS,
    languages: Iterable[str] | None = None,
) -> LanguageGuess:
    """:func:`detect_language` of ``text`` whose letters the caller has already counted.

    Args:
        text: any string.
        counts: ``script_counts(text)``, or the same counts added up from pieces of
            ``text`` that hold all its letters (a document's lines): counted once
            for the document and its units instead of twice.
        backend: as for :func:`detect_language`.
        min_letters: as for :func:`detect_language`.
        max_chars: as for :func:`detect_language`.
        languages: as for :func:`detect_language`.
    """
    shares = script_shares(counts)
    weighted = weighted_letters(counts)
    if sum(counts.values()) < 2 or sum(weighted.values()) < min_letters:
        return LanguageGuess(UNDETERMINED, 0.0, "none", shares)
    code, script = script_fast_path(text, counts)
    if script is None:  # pragma: no cover - text with letters always has a dominant script
        return LanguageGuess(UNDETERMINED, 0.0, "none", shares)
    if code is not None:
        return LanguageGuess(code, _share_of(script, shares), "script", shares)
    model = get_backend(backend) if isinstance(backend, str) else backend
    candidates = SCRIPT_LANGUAGES.get(script)
    prior = normalize_languages(languages) if languages is not None else ()
    if prior:
        expected = frozenset(prior) & candidates if candidates is not None else frozenset()
        if len(expected) == 1:
            return LanguageGuess(next(iter(expected)), _share_of(script, shares), "prior", shares)
        if expected:
            candidates = expected
            model = _restricted(model, prior)
    body = sample_text(text, max_chars)
    if len(shares) > 1:
        body = keep_script(body, script)
    # Lone surrogates are a valid str but not encodable; backends written in Rust or C refuse them.
    body = _SURROGATE.sub(" ", body)
    ranked = model.rank(body, candidates)
    merged: dict[str, float] = {}
    allowed: dict[str, float] = {}
    for raw_code, probability in ranked:
        normal = normalize_code(raw_code)
        if normal is None or normal == UNDETERMINED:
            continue
        merged[normal] = merged.get(normal, 0.0) + probability
        if candidates is None or normal in candidates:
            allowed[normal] = allowed.get(normal, 0.0) + probability
    scores = allowed or merged
    if not scores:
        return LanguageGuess(UNDETERMINED, 0.0, model.name, shares)
    best = min(scores, key=lambda name: (-scores[name], name))
    return LanguageGuess(best, round(min(1.0, max(0.0, scores[best])), 4), model.name, shares)


def first_pass(
    text: str,
    backend: str | LanguageBackend = FIRST_PASS_BACKEND,
    *,
    max_chars: int = FIRST_PASS_CHARS,
    languages: Iterable[str] | None = None,
) -> LanguageGuess:
    """A cheap guess at a whole document's language and script, before it is cleaned.

    Reads at most about ``max_chars`` characters, in evenly spaced slices
    (:func:`sample_text`), so its cost does not grow with the document: the
    script check and one fastText prediction, about 100 µs. The
    answer depends only on the text (no state, no randomness), so it is the
    same in every process and worker. ``guess.script`` is the dominant
    script of the sample.

    Args:
        text: the document's text (raw or cleaned); never raises on a ``str``.
        backend: the backend for text a script does not decide (default fastText).
        max_chars: how much of the text to read.
        languages: the corpus's languages, a prior (see :func:`detect_language`).

    Returns:
        The guess; ``"und"`` for text with too few letters.

    >>> first_pass("La povertà assoluta è stata sconfitta nelle aree rurali.").code
    'it'
    """
    sample = sample_text(text, max_chars, _FIRST_PASS_WINDOWS)
    return detect_language(sample, backend, max_chars=max_chars, languages=languages)


def normalize_languages(languages: Iterable[str]) -> tuple[str, ...]:
    """ISO 639-1 codes of ``languages``, normalised, without duplicates, in their given order.

    Codes without an ISO 639-1 form are dropped, as is ``"und"``.

    >>> normalize_languages(["EN", "zh-CN", "it", "en", "vec"])
    ('en', 'zh', 'it')
    """
    seen: dict[str, None] = {}
    for code in [languages] if isinstance(languages, str) else languages:
        normal = normalize_code(str(code))
        if normal is not None and normal != UNDETERMINED:
            seen.setdefault(normal, None)
    return tuple(seen)


_restricted_lock = threading.Lock()
_restricted_cache: dict[tuple[int, tuple[str, ...]], tuple[LanguageBackend, LanguageBackend]] = {}


def _restricted(model: LanguageBackend, languages: tuple[str, ...]) -> LanguageBackend:
    """``model`` told the corpus's languages, when it can use them (``restrict``), built once per process."""
    restrict = getattr(model, "restrict", None)
    if restrict is None:
        return model
    key = (id(model), tuple(sorted(languages)))
    with _restricted_lock:
        cached = _restricted_cache.get(key)
        # The model is kept in the value, so its id cannot be reused while the entry lives.
        if cached is None or cached[0] is not model:
            cached = (model, restrict(languages))
            _restricted_cache[key] = cached
    return cached[1]


def _share_of(script: str, shares: tuple[tuple[str, float], ...]) -> float:
    wanted = {"Han", "Kana"} if script in {"Han", "Kana"} else {script}
    return round(min(1.0, sum(share for name, share in shares if name in wanted)), 4)
