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

When the first pass's best language lies outside the default pool (``sv``,
``id``, ``hr`` on a short line), a second opinion limited to the pool can
only answer wrong. A second backend that holds every language's model
already (langdetect, the default's: ``widen=True``) then also weighs that
language against the pool's. Before, the default mapped such text into the
pool: on program messages in 22 languages outside it (the ``more`` set of
``benchmarks/langid.py``, test half) it named 50 % right, 79 % now, with the
pool's languages unchanged (98.0 % on the development set). One that loads a
model per language (lingua) keeps to the pool; corpus languages given by
:meth:`restrict` (or ``languages=`` of ``detect_language``) are always a
hard limit.

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
        widen: the second backend holds every language's model at no extra cost, so it may also
            weigh the first pass's best language when that lies outside the default pool.
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
        widen: bool = False,
    ) -> None:
        self._first = get_backend(first) if isinstance(first, str) else first
        self._second = get_backend(second) if isinstance(second, str) else second
        self.threshold = threshold
        self.top = max(2, top)
        self.languages = frozenset(code for code in map(normalize_code, languages) if code)
        self.name = name or f"{self._first.name}+{self._second.name}"
        self.widen = widen

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
            widen=False,  # the corpus's languages are a hard limit
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
        # The first pass's best, when the default pool lacks it and the second backend may weigh it.
        outside = frozenset(best[:1]) - pool if self.widen else frozenset()
        shortlist = frozenset(best[: self.top]) & pool | outside
        if len(shortlist) < 2:
            shortlist = pool | outside
        if len(shortlist) < 2:
            return first
        # With a language from outside the pool, the second backend reads the text against every
        # language it may be in (the candidates, one detector per script) and the shortlist is
        # read off its answer: a detector per shortlist would be built and kept for each.
        opinion = self._second.rank(text, candidates if outside else shortlist)
        second = [(code, p) for code, p in opinion if normalize_code(code) in shortlist]
        return second or first
