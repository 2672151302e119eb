"""A Chinese contact call of gambling spam: add a WeChat, QQ, LINE or Telegram handle (加微信bet6699).

Spam on Chinese pages sends readers to a messenger: ``加微信zx8899领首充彩金``,
``代理加盟请加微信bet6699``, ``加LINE:win888``. A call (加, 添加, 联系 and their
traditional forms) with a messenger and a handle of Latin letters or digits goes
when the handle or the words glued after it in its clause are about gambling: a
handle holding bet, win, lucky, casino, slot or vip, or a Han gambling or offer word
(首充, 彩金, 棋牌) right after it. A call that ends its sentence after a comma takes
the comma and the few Han characters before it in its clause (代理加盟请). Left alone:
a call with no gambling word (``报名请加微信abc123``) and a call in a sentence about
gambling or its industry (a news item quoting an operator's contact).
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _DOMAIN, CORE_HAN, SPAMMY_HAN, _han
from povcorpus.boilerplate.gambling._shared import _sentence

_CALL = re.compile(
    r"(?:[请請])?(?:添加|加入|加|联系|聯繫|聯絡)"
    r"(?:微信号?|微信號|QQ群?|qq群?|扣扣|群|TG|tg|Telegram|telegram|LINE|Line|line)"
    r"[：: ]?@?([A-Za-z0-9_@-]{4,20})(?![A-Za-z0-9_@-])"
)
#: What a gambling handle holds.
_HANDLE = re.compile(r"bet|win|lucky|casino|slot|vip|88", re.IGNORECASE)
#: A Han gambling or offer word glued after the handle (领首充彩金).
_GAMBLING_AFTER = re.compile(r"[\u3400-\u9fff]{0,2}" + _han((*CORE_HAN, *SPAMMY_HAN)))
#: Han characters before a call in its clause, after a comma (，代理加盟请|加微信…).
_CLAUSE_BEFORE = re.compile(r"[，,][\u3400-\u9fff]{0,6}\Z")
_SENTENCE_END = re.compile(r"[。！？!?]|\Z")


def han_contacts(line: str) -> list[tuple[int, int]]:
    """Spans of ``line`` holding a Chinese gambling contact call (see above)."""
    found = []
    for match in _CALL.finditer(line):
        start, end = match.span()
        after = _GAMBLING_AFTER.match(line, end)
        if _HANDLE.search(match.group(1)) is None and after is None:
            continue
        left, right = _sentence(line, start, end)
        if _DOMAIN.search(line[left:start] + " " + line[end:right]) is not None:
            continue  # a sentence about gambling may quote an operator's contact
        if after is not None:
            end = after.end()
        clause = _CLAUSE_BEFORE.search(line, max(0, start - 7), start)
        if clause is not None and _SENTENCE_END.match(line, end):
            start = clause.start()  # ，代理加盟请加微信bet6699。: the call is its clause
        found.append((start, end))
    return found
