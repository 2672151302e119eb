"""Chinese topic stacks joined by middle dots (``真人视讯·电子游艺·体育投注``): a casino site's menu.

Three short Han phrases or more joined by ``·`` (spaced or not), each holding a gambling, product,
site or download word and two of them a gambling word, are a site's menu of games: SEO spam
wherever it stands. The run rules see each phrase alone, and a product word alone (``捕鱼``) or
two gambling words with nothing else are no spam to them.

The stack's inner phrases go whole. An outer phrase goes to a space, a mark or the line's edge
when one comes within a short phrase; else only to its last (or from its first) lexicon word, as
Chinese has no spaces to tell where the host's words begin. Left alone: a stack with fewer than two
gambling words (``教育·医疗·养老·就业``, ``彩票·体育·文化``), names joined by ``·`` (``约翰·史密斯``).
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _CORE, _DOWNLOAD, _MODIFIER, _SPAMMY

#: A short Han phrase (letters and digits may be glued: ``PG电子``), and a middle dot between two.
_PHRASE = r"[\u3400-\u9fffA-Za-z0-9]{2,8}"
_DOT = r"[ \t]*·[ \t]*"
#: Three phrases or more, the outer ones reaching as far as the Han letters go.
_STACK = re.compile(rf"[\u3400-\u9fffA-Za-z0-9]+(?:{_DOT}{_PHRASE}){{1,}}{_DOT}[\u3400-\u9fffA-Za-z0-9]+")
#: The longest outer phrase that goes whole; a longer one is cut at a lexicon word within this reach.
_OUTER = 8
#: The words a phrase of a stack holds.
_WORDS = (_CORE, _MODIFIER, _SPAMMY, _DOWNLOAD)


def _lexical(phrase: str) -> bool:
    """Whether ``phrase`` holds a gambling, product, site or download word."""
    return any(pattern.search(phrase) for pattern in _WORDS)


def _outer_start(phrase: str) -> int | None:
    """Where in the stack's first phrase the stack begins: 0 if short, else at a lexicon word near its end."""
    if len(phrase) <= _OUTER:
        return 0 if _lexical(phrase) else None
    found = [m.start() for pattern in _WORDS for m in pattern.finditer(phrase, len(phrase) - _OUTER)]
    return min(found, default=None)


def _outer_end(phrase: str) -> int | None:
    """Where in the stack's last phrase it ends: its end if short, else after a lexicon word near it."""
    if len(phrase) <= _OUTER:
        return len(phrase) if _lexical(phrase) else None
    found = [m.end() for pattern in _WORDS for m in pattern.finditer(phrase[:_OUTER])]
    return max(found, default=None)


def dot_stacks(line: str) -> list[tuple[int, int]]:
    """The spans of the gambling topic stacks joined by middle dots in ``line``.

    >>> line = "村卫生室配备了新的血压计 棋牌游戏·捕鱼达人·百家乐 和血糖仪。"
    >>> [line[start:end] for start, end in dot_stacks(line)]
    ['棋牌游戏·捕鱼达人·百家乐']
    """
    if "·" not in line:
        return []
    spans = []
    for match in _STACK.finditer(line):
        phrases = re.split(_DOT, match.group())
        if len(phrases) < 3 or not all(_lexical(phrase) for phrase in phrases[1:-1]):
            continue
        if sum(1 for phrase in phrases if _CORE.search(phrase)) < 2:
            continue
        head, tail = _outer_start(phrases[0]), _outer_end(phrases[-1])
        if head is not None and tail is not None:
            spans.append((match.start() + head, match.end() - len(phrases[-1]) + tail))
    return spans
