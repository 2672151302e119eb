"""Reading Chinese text: the characters names are never made of, and the word model that segments it.

The model (``wordfreq``'s Chinese list and its traditional-to-simplified map) prices a
segmentation; from it come whether a Han name is made up, whether the host closes up
into a word across a cut, and whether a run's last word is the front of a longer word.
"""

from __future__ import annotations

import gzip
import math
import re
from functools import lru_cache

from povcorpus.boilerplate.gambling._lexicon import _HAN


def _made_up(name: str) -> bool:
    """Whether a Han name of two to four characters reads as made up: no common word, nor made of words.

    ``東金`` is; ``王朝``, ``教育部``, ``国家统计局`` (two words) and any name with Latin letters or digits
    are not (a body's site in brackets is its credit: ``（教育部官网）``).
    """
    model = _han_model()
    if model is None or not 2 <= len(name) <= 4 or not all(_HAN.match(char) for char in name):
        return False
    costs, mapping = model
    simplified = name.translate(mapping)
    rare = costs.get(simplified, math.inf) > _RARE_NAME
    return rare and len(_segment(simplified, costs)[1]) == len(simplified)


#: Cost over which a word of the model is rare enough to be a made-up name too (東金 7.9; 王朝 5.0).
_RARE_NAME = 6.5


def _closes_up(line: str, left: int, right: int) -> bool:
    """Whether the Han text ending at ``left`` and the Han text from ``right`` read as one word across.

    The cheapest segmentation of up to four characters each side, joined, has no word boundary where
    they meet (``合作社带`` + ``动了`` reads ``带动``).
    """
    model = _han_model()
    if model is None:
        return False
    before = left
    while before > 0 and left - before < 4 and _HAN.match(line[before - 1]):
        before -= 1
    after = right
    while after < len(line) and after - right < 4 and _HAN.match(line[after]):
        after += 1
    if before == left or after == right:
        return False
    costs, mapping = model
    text = (line[before:left] + line[right:after]).translate(mapping)
    return left - before not in _segment(text, costs)[1]


#: Han characters that follow a number as its unit or measure (2023年, 188个, 365天, 3000多): digits
#: before one of them make a quantity, never a name.
_MEASURE = frozenset(
    "年月日号號个個位名人户戶家所座条條项項次届屆岁歲天元万萬亿億多余餘种種件只隻辆輛台臺层層级級期批本张張"
    "部米度倍成分秒里斤吨噸亩畝千百十点點周週"
)
#: A digit or a Chinese numeral: a unit after one (五千元, 3个) is no name's first character.
_NUMERAL = re.compile(r"[0-9〇零一二两三四五六七八九十百千万亿兩萬億]")


#: Han characters a brand never holds (function words): a head stops before them.
_NOT_IN_HEAD = frozenset(
    "的了是在和与與及对對把被也都就而从從向于於为為以"  # function words
    "他她它我你您们們这這那该該此其每各自"  # pronouns, demonstratives, 自 (from)
    "很还還又再才只请請到去让讓给給买買"  # adverbs and verbs that take the text after them
    "反防禁"  # against (反诈, 防诈, 禁毒 APP): a campaign's app, never a gambling name
    "由"  # by (由中央厨房配送): a preposition that takes the text after it
)
#: Cost (negative log10 frequency) of one character no word of the model holds.
_UNKNOWN_CHAR = 7.0
#: Last characters of the names of public bodies (局, 部, 院, 校, 馆…): before a lone site word such
#: a name is the body's, never a gambling name (县文旅局官网, 博物馆官网).
_BODY_ENDS = frozenset("局部委院厅廳办辦处處所馆館署府校台臺报報社站")
#: Characters that start a clause on their own (conjunctions, adverbs): never a name's first character.
_CLAUSE_HAN = frozenset("但并並且或若如因所即便仍已曾正均共另亦故乃则則虽雖又还還再才更最凡既而")

#: Han characters read each side of a run to weigh a head.
_HEAD_LEFT = 8
_HEAD_RIGHT = 4


def _han_before(line: str, at: int) -> int:
    """Where the Han characters right before ``line[at]`` start, reading at most :data:`_HEAD_LEFT`."""
    left = at
    while left > 0 and at - left < _HEAD_LEFT and _HAN.match(line[left - 1]):
        left -= 1
    return left


def _han_after(line: str, at: int) -> int:
    """Where the Han characters from ``line[at]`` on end, reading at most :data:`_HEAD_RIGHT`."""
    right = at
    while right < len(line) and right - at < _HEAD_RIGHT and _HAN.match(line[right]):
        right += 1
    return right


@lru_cache(maxsize=1)
def _han_model() -> tuple[dict[str, float], dict[int, str]] | None:
    """Word costs of Chinese (``wordfreq``'s list, words of 1-4 Han characters) and a traditional map.

    The map (``wordfreq``'s own, character to simplified character) lets traditional text find its words.

    ``None`` without ``wordfreq``: then no head is weighed and only the run itself goes.
    """
    try:
        from wordfreq import get_frequency_dict
    except ImportError:  # pragma: no cover - the wordfreq extra is not installed
        return None
    costs = {
        word: -math.log10(frequency)
        for word, frequency in get_frequency_dict("zh").items()
        if frequency > 0 and len(word) <= 4 and all("\u3400" <= char <= "\u9fff" for char in word)
    }
    mapping: dict[int, str] = {}
    try:
        import msgpack  # type: ignore[import-untyped]  # a dependency of wordfreq
        from wordfreq.util import data_path

        with gzip.open(data_path("_chinese_mapping.msgpack.gz")) as handle:
            loaded = msgpack.load(handle, raw=False, strict_map_key=False)
        mapping = {int(key): str(value) for key, value in loaded.items()}
    except (ImportError, OSError, ValueError, TypeError, AttributeError):
        mapping = {}  # the map only helps traditional text; simplified text still finds its words
    return costs, mapping


def _segment(text: str, costs: dict[str, float]) -> tuple[float, frozenset[int]]:
    """The cheapest segmentation of ``text`` into known words and unknown single characters.

    Returns its cost and the offsets where its words start (a head must start on one).
    """
    best = [0.0] + [math.inf] * len(text)
    back = [0] * (len(text) + 1)
    for end in range(1, len(text) + 1):
        for start in range(max(0, end - 4), end):
            cost = costs.get(text[start:end])
            if cost is None:
                if end - start > 1:
                    continue
                cost = _UNKNOWN_CHAR
            if best[start] + cost < best[end]:
                best[end], back[end] = best[start] + cost, start
    starts = set()
    position = len(text)
    while position > 0:
        position = back[position]
        starts.add(position)
    return best[-1], frozenset(starts)


def _segment_cost(text: str, costs: dict[str, float]) -> float:
    """The cost of the cheapest segmentation of ``text`` into known words and unknown single characters."""
    return _segment(text, costs)[0]


#: Characters after a download word that make it a verb of its sentence (下载后, 下载完成) or a count
#: (下载安装量).
_AFTER_VERB = frozenset("后後完好量")


def _fused_end(line: str, last: tuple[int, int, str]) -> bool:
    """Whether the last word of a run makes a longer word with the Han characters after it (下载量)."""
    model = _han_model()
    if model is None or not _HAN.match(line[last[1] : last[1] + 1]):
        return False
    costs, mapping = model
    word = line[last[0] : last[1]]
    if last[2] == "download" and line[last[1]] in _AFTER_VERB:
        return True  # 下载后, 下载完: the download word is a verb of the sentence
    if word.endswith("版") and line[last[1]] == "本":
        return True  # 最新版|本: 版本 (a version) is the sentence's word
    return any(
        (word + line[last[1] : last[1] + extra]).translate(mapping) in costs
        for extra in (1, 2)
        if last[1] + extra <= len(line) and _HAN.match(line[last[1] + extra - 1])
    )


#: Closing marks for the brackets that set a Chinese spam phrase apart.
_CLOSING = {"(": ")", "[": "]", "（": "）", "【": "】", "「": "」", "〔": "〕"}
_NAME_CHAR = re.compile(r"[\u3400-\u9fffA-Za-z0-9]")


def _cjk(char: str) -> bool:
    """Whether ``char`` is Han or a full-width mark (Chinese text puts no space next to either)."""
    return bool(_HAN.match(char)) or "\u3000" < char <= "\u303f" or "\uff00" <= char <= "\uffef"
