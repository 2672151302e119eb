"""What both the Latin and the Chinese rules read: the :class:`Run` record and the sentence around a run."""

from __future__ import annotations

import re

from attrs import frozen

from povcorpus.boilerplate.gambling._lexicon import APP_TALK_HAN

#: How far before a run a name or a preceding word is looked for (keeps long lines linear).
_WINDOW = 120
#: How far each side of a run its sentence is looked for.
_SENTENCE_WINDOW = 400
#: A letter of the Arabic script (Arabic, Persian, Urdu).
ARABIC = re.compile("[\u0600-\u06ff]")
_SENTENCE_END = re.compile(r"[.!?;。！？；](?=\s|$)|[。！？；]")


@frozen
class Run:
    """A run of spam vocabulary in a line: its span and what it holds."""

    start: int
    end: int
    kinds: tuple[str, ...]
    """The lexicon of each word in order: ``brand``, ``name``, ``download``, ``spammy``, ``core``, ``mod``.

    A run led by a name with Latin letters or digits glued to Han text starts with ``glued``.
    """
    rare: bool = False
    """Whether the run's name is only a word rare in every word list (no digit, site or morpheme shape)."""

    @property
    def span(self) -> tuple[int, int]:
        """``(start, end)``."""
        return self.start, self.end


def _app_talk(line: str, start: int, end: int) -> bool:
    """Whether the rest of the sentence of ``line[start:end]`` talks about apps or websites."""
    left, right = _sentence(line, start, end)
    rest = line[left:start] + " " + line[end:right]
    return any(word in rest for word in APP_TALK_HAN)


def _sentence(line: str, start: int, end: int) -> tuple[int, int]:
    """The span of the sentence of ``line`` that holds ``line[start:end]`` (at most a window each side)."""
    left = max(0, start - _SENTENCE_WINDOW)
    for match in _SENTENCE_END.finditer(line, left, start):
        left = match.end()
    found = _SENTENCE_END.search(line, end, end + _SENTENCE_WINDOW)
    return left, found.end() if found else min(len(line), end + _SENTENCE_WINDOW)


def _in_site(line: str, start: int) -> bool:
    """Whether a word at ``start`` is a site's ending or path (``duniawin90.bet``, ``zorvex.win/slots``)."""
    return line[start - 1 : start] in (".", "/") and line[start - 2 : start - 1].isalnum()
