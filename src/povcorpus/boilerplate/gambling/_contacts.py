"""A tipster's contact: a messenger handle, link or number that sells betting tips or gambling links.

Spam sends readers to a Telegram or WhatsApp contact (``Telegram @pronosticos_vip``,
``прогнозы на спорт в Telegram @verniy_prognoz``, ``WhatsApp +33 6 12 34 56 78
pronostics paris foot``). The contact goes, with up to four words of tips or gambling
vocabulary right before or after it in its clause, when its handle or those words are
about betting. Left alone: a contact with no betting word (``Telegram @MinHealth``), a
channel named with no handle, and a contact in a sentence about gambling.
"""

from __future__ import annotations

import re

from povcorpus.boilerplate.gambling._lexicon import _CORE, _DOMAIN
from povcorpus.boilerplate.gambling._shared import _sentence

_CONTACT = re.compile(
    r"(?<![^\W\d_])(?:telegram|whatsapp|viber|wa|tg|تلگرام|واتساب)[ \t]*:?[ \t]*"
    r"(?:@[\w.]*\w|(?:https?://)?t\.me/[\w+/-]*\w|\+\d[\d \t-]{6,16}\d|\(?\d[\d() \t-]{6,16}\d)"
    r"|(?<![\w./])(?:https?://)?t\.me/[\w+/-]+",
    re.IGNORECASE,
)
#: What a tipster's handle or words hold: betting, tips, predictions, signals, odds, football.
_TIPS = re.compile(
    r"bet|tip|pron[oó]st|prognoz|прогноз|tahmin|k[eè]o|sinai|signal|vip|casin|slot|bahis|pishbini|پیش|odds|judi"
    r"|togel|gacor|wett|scommess|apuest|aposta|ставк|foot|f[uú]tbol|calcio|bola|soccer"
    r"|taya|paris|garant|fixed|spin|lott|loto|sabong|b[oô]nus|бонус|kasino|kaszin|caca|sugal",
    re.IGNORECASE,
)
#: Words of a channel or group right before a contact (``grupo de sinais no``, ``کانال``).
_CHANNEL = re.compile(r"canal|channel|kanal|канал|کانال|grupo|group|gruppo|grupa|groupe", re.IGNORECASE)
#: Calls right before a contact (``join Telegram @…``, ``chama no WhatsApp``): the contact's own words.
_CALL = re.compile(
    r"join|únete|rejoins|rejoignez|chama|ligue|contact\w*|hubungi|sumali|schreib\w*|пиши\w*|напиши\w*",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\s.!?;:,()\[\]]+")
_NEAR = 4


def tipster_contacts(line: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of ``line`` (lower-cased: ``lowered``) holding a tipster's contact and its words (see above)."""
    if (
        "telegram" not in lowered
        and "whatsapp" not in lowered
        and "t.me/" not in lowered
        and ("viber" not in lowered and "تلگرام" not in line and "wa " not in lowered and "tg" not in lowered)
    ):
        return []
    found = []
    for match in _CONTACT.finditer(line):
        start, end = match.span()
        before = list(_WORD.finditer(line, max(0, start - 80), start))[-_NEAR:]
        before = [word for word in before if not re.search(r"[.!?;:,()]", line[word.end() : start])]
        tipped = [word for word in before if _TIPS.search(word.group()) or _CORE.fullmatch(word.group())]
        channel = [word for word in before if _CHANNEL.fullmatch(word.group())]
        if before and _CALL.fullmatch(before[-1].group()):
            channel.append(before[-1])
        elif len(before) > 1 and _CALL.fullmatch(before[-2].group()) and len(before[-1].group()) <= 3:
            channel.append(before[-2])  # ``chama no WhatsApp``: a call and its preposition
        after: list[re.Match[str]] = []
        for word in _WORD.finditer(line, end, min(len(line), end + 60)):
            if len(after) == _NEAR or re.search(r"[.!?;:,()]", line[end : word.start()]):
                break
            after.append(word)
        tipped_after = [word for word in after if _TIPS.search(word.group()) or _CORE.fullmatch(word.group())]
        if not (_TIPS.search(match.group()) or tipped or tipped_after):
            continue
        left, right = _sentence(line, start, end)
        if _DOMAIN.search(line[left:start] + " " + line[end:right]) is not None:
            continue  # a sentence about gambling may name an operator's channel
        lead = [*tipped, *channel]
        if lead:
            start = min(word.start() for word in lead)
        if tipped_after:
            end = max(word.end() for word in tipped_after)
        found.append((start, end))
    return found
