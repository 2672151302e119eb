"""Two backends in sequence: a fast first pass, and a second opinion where it is unsure.

fastText answers most text in tens of microseconds and is right on nearly
every sentence, but on short lines its best guess is often a language the
text is not in (``ca`` for an Italian fragment, ``no`` for Danish, ``et``…).
lingua is the most accurate identifier on short text but costs about a
hundred times more, and 17 MiB of memory per language it loads.
:class:`ArbiterBackend` takes the first pass's answer when its top
probability reaches ``threshold``. Otherwise the second backend decides,
among the first pass's ``top`` best languages that are in the arbiter's
pool of languages (:data:`ARBITER_LANGUAGES`, or a corpus's languages), or
among the whole pool when fewer than two of them are.

The pool bounds memory: the second backend never loads a model outside it,
so a process holds at most the pool's models whatever text it sees.

What it leaves alone: confident first-pass answers are returned unchanged,
with the first pass's probabilities.
"""

from __future__ import annotations

from collections.abc import Iterable

from povcorpus.language.backends import LanguageBackend, get_backend
from povcorpus.language.guess import normalize_code

__all__ = ["ARBITER_LANGUAGES", "THRESHOLD", "TOP", "ArbiterBackend"]

THRESHOLD = 0.9
"""First-pass probability at or above which the second opinion is not asked."""

TOP = 3
"""How many of the first pass's best languages the second opinion chooses among."""

ARBITER_LANGUAGES = frozenset({"de", "en", "es", "fr", "it", "nl", "pt", "tr"})
"""Languages the second opinion may choose when no corpus languages are given.

The twelve languages with the most web content among those a script does
not decide on its own (Latin, Cyrillic, Devanagari), with Hindi for
Devanagari. Twelve keeps lingua's high-accuracy models under about 210 MiB,
so a process stays under 300 MiB. Text in a language outside the pool is
still answered by the first pass whenever it is confident.
"""


class ArbiterBackend:
    """The first backend's answer when confident, else the second's among the first's best candidates.

    Args:
        first: the fast backend (a name or an instance), asked about every text.
        second: the accurate backend, asked only when ``first`` is unsure.
        threshold: first-pass probability from which its answer stands.
        top: how many of the first pass's languages the second chooses among.
        languages: the pool of languages the second opinion may choose (default
            :data:`ARBITER_LANGUAGES`).
        name: the backend's name, as reported in ``LanguageGuess.method``.
    """

    def __init__(
        self,
        first: str | LanguageBackend = "fasttext",
        second: str | LanguageBackend = "lingua",
        *,
        threshold: float = THRESHOLD,
        top: int = TOP,
        languages: Iterable[str] = ARBITER_LANGUAGES,
        name: str | None = None,
    ) -> None:
        self._first = get_backend(first) if isinstance(first, str) else first
        self._second = get_backend(second) if isinstance(second, str) else second
        self.threshold = threshold
        self.top = max(2, top)
        self.languages = frozenset(code for code in map(normalize_code, languages) if code)
        self.name = name or f"{self._first.name}+{self._second.name}"

    @property
    def first(self) -> LanguageBackend:
        """The fast backend asked about every text."""
        return self._first

    def restrict(self, languages: Iterable[str]) -> ArbiterBackend:
        """The same arbiter whose second opinion chooses among ``languages`` (a corpus's languages)."""
        return ArbiterBackend(
            self._first,
            self._second,
            threshold=self.threshold,
            top=self.top,
            languages=languages,
            name=self.name,
        )

    def rank(self, text: str, candidates: frozenset[str] | None = None) -> list[tuple[str, float]]:
        """Rank the languages of ``text``: the first pass's ranking, or the second's where it is unsure."""
        scores: dict[str, float] = {}
        for code, probability in self._first.rank(text, candidates):
            normal = normalize_code(code)
            if normal is not None and (not candidates or normal in candidates):
                scores[normal] = scores.get(normal, 0.0) + probability
        best = sorted(scores, key=lambda code: (-scores[code], code))
        first = [(code, scores[code]) for code in best]
        if best and scores[best[0]] >= self.threshold:
            return first
        pool = self.languages & candidates if candidates else self.languages
        shortlist = frozenset(best[: self.top]) & pool
        if len(shortlist) < 2:
            shortlist = pool
        if len(shortlist) < 2:
            return first
        opinion = self._second.rank(text, shortlist)
        second = [(code, p) for code, p in opinion if normalize_code(code) in shortlist]
        return second or first
