"""Where a Chinese spam name starts: the Han name before a run, which no list can know.

Chinese has no spaces, so a made-up name (``九游会``) is found by what it does to its
sentence: the word model weighs a head, a glued lucky number or Latin letters show
where it starts, brackets or spaces set it apart, and where it stands (a clause start,
the end of a sentence) tells a name that is a word.
"""

from __future__ import annotations

import math
import re

from povcorpus.boilerplate.gambling._han_cuts import _SITE_TAIL, _han_attachments
from povcorpus.boilerplate.gambling._han_text import (
    _BODY_ENDS,
    _CLAUSE_HAN,
    _CLOSING,
    _MEASURE,
    _NAME_CHAR,
    _NOT_IN_HEAD,
    _NUMERAL,
    _RARE_NAME,
    _cjk,
    _closes_up,
    _fused_end,
    _han_after,
    _han_before,
    _han_model,
    _made_up,
    _segment,
    _segment_cost,
)
from povcorpus.boilerplate.gambling._lexicon import (
    _DOMAIN,
    _HAN,
    _HAN_BEFORE,
    _HAN_WORDS,
    _PRODUCTS,
    APP_TALK_HAN,
    ARCADE_HAN,
    PRODUCT_TOPIC_HAN,
    SITE_HAN,
    SPAMMY_HEAD_HAN,
    TOPIC_HAN,
    VERSION_HAN,
    _lexicon,
    _lexicon_word,
)
from povcorpus.boilerplate.gambling._shared import _app_talk, _sentence
from povcorpus.boilerplate.gambling._words import _common


def _until_repeat(line: str, words: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """A Han run's words up to a repeat of an earlier word of its phrase, when no gambling word follows.

    Spam put before the host's own site or app words runs into them (``金鹰百家乐官网|官网发布``,
    ``盈丰体育官网|体育APP提供``): a phrase names its site or product once, so the repeat is the
    host's. Not a repeat: words set apart by a separator (a stack: ``…官网 | …官网``), and one
    that a gambling word follows (``御豐體育|體育投注官方網站``: the name ends in 體育), and one that
    no word a site takes follows (``凯发官网官网|耕層``, ``kok体育体育APP下载|父亲``: the spam doubled it).
    """
    seen: set[str] = set()
    for index, (start, end, _) in enumerate(words):
        word = line[start:end]
        glued = index > 0 and start == words[index - 1][1]
        if glued and word in seen and _HAN.match(word) and all(kind != "core" for *_, kind in words[index:]):
            # …平台平台:www.68306.win: a made-up site after the run shows the repeat is the spam's too
            if _SITE_TAIL.match(line, words[-1][1]) or not _followed_as_site(line, words[-1][1]):
                return words  # …官网官网|耕層: a repeat the host's words do not follow is the spam's too
            return words[:index]
        if not glued:
            seen = set()
        seen.add(word)
    return words


def _followed_as_site(line: str, end: int) -> bool:
    """Whether the text at ``end`` follows a site or app word as a host's do (发布, 的, a mark, the end)."""
    after = line[end : end + 1]
    return not _HAN.match(after) or any(line.startswith(word, end) for word in SITE_FOLLOWERS_HAN)


def _han_name(
    line: str, start: int, end: int, words: list[tuple[int, int, str]], kinds: list[str]
) -> int | None:
    """Start of a Han name before a spam-shaped run: one set apart with it, else the head that reads best."""
    lone = kinds == ["spammy"] and line[start:end] in SITE_HAN
    # a lone site or app word in brackets is a credit (（新华社客户端）), not a phrase set apart
    apart = None if lone or kinds == ["download"] else _set_apart(line, start, end)
    if lone:
        apart = _set_apart(line, start, end)
        if apart is not None and not _made_up(line[apart:start]):
            # a word set apart: only when the host closes up into a word across it (带 皇家官网 动)
            apart = apart if _closes_up(line, apart - 1, end + 1) else None
    if apart is not None:
        return apart
    if (
        kinds[0] == "mod"
        and line[start : start + 2] in ("电子", "電子")
        and line[start + 2 : end] in SITE_HAN
    ):
        return None  # 海康电子官网: a company's name ends in 电子, and its site is its own
    head = _han_head(
        line,
        start,
        end,
        first_mod=kinds[0] == "mod" and _HAN.match(line[start]) is not None,  # 爱|游戏, not 诈|APP
        lone=lone,
        bare=(_bare(line, words) or (kinds[0] == "core" and "download" in kinds))
        and not _app_talk(line, start, end),
        framed=_framed(kinds) and not _app_talk(line, start, end),
    )
    product_tail = kinds[0] == "mod" and set(kinds[1:]) == {"spammy"} and _product_first(line, start, kinds)
    if head is not None and product_tail and _common_head(line, head, start, end):
        head = None  # 看病|捕鱼官方网站: a product's site tail needs no name, and a common word is the host's
    if head is None:
        head = _clause_name(line, start, end, kinds)
    return _end_name(line, start, end, kinds) if head is None else head


#: Words before a site at a sentence's end that make it the place the sentence points to (可登录|小米官网。,
#: 公布于|…官网。, 渠道包括|…官网。): the name before the site is then the sentence's own.
SITE_LEADERS_HAN = _lexicon(
    """
    登录 登錄 登陆 登陸 登入 访问 訪問 见 見 查看 浏览 瀏覽 进入 進入 打开 打開 搜索 关注 關注 点击 點擊
    通过 通過 在 于 於 到 至 上 赴 参见 參見 详见 詳見 请 請 或 和 及 与 與 的 了 是 为 為 来自 來自 自 源自
    出自 据 據 包括 含 包含 如 例如 比如 即 等 用 使用 借助 经 經 由 向 往 前往 回 去 下载 下載 转到 轉到
    以 按 按照 根据 根據 参照 參照 对照 對照 关于 關於
    """
)


def _end_name(line: str, start: int, end: int, kinds: list[str]) -> int | None:
    """Start of a name that is a word before a site tail that ends its sentence (``滴灌技术|财神官网。``).

    Honest text names a site at a sentence's end as the place it points to, after
    a verb or a preposition of going there (``可登录小米官网。``, ``公布于…官网。``:
    :data:`SITE_LEADERS_HAN`); spam is put after any word. The name is the last
    word of the text before (two to four characters, or a word and 国际, 集团).
    Left alone: a public body or a news site, a name with function or app words,
    and a sentence that talks about apps.
    """
    if not set(kinds) <= {"spammy"} or not any(word in line[start:end] for word in SITE_HAN):
        return None
    if end < len(line) and line[end] not in "。！？；!?;":
        return None
    model = _han_model()
    left = _han_before(line, start)
    if model is None or start - left < 4:
        return None
    costs, mapping = model
    text = line[left:start].translate(mapping)
    starts = sorted(_segment(text, costs)[1])
    head = starts[-1]
    ending = head > 0 and text[head:] in NAME_ENDS_HAN and len(starts) > 1
    if ending:
        head = starts[-2]  # 天际|国际: a word and a name ending
    name = text[head:]
    if not 2 <= len(name) <= 6 or not (ending or name in costs or _made_up(name)):
        return None
    before = text[:head]
    if (
        len(before) < 2
        or any(before.endswith(word) for word in SITE_LEADERS_HAN)
        or name[-1] in _BODY_ENDS
        or name[-1] in "网網"
        or any(char in _NOT_IN_HEAD for char in name)
        or any(word in name for word in APP_TALK_HAN)
        or _app_talk(line, start, end)
    ):
        return None
    return left + head


#: Words that follow a site or app word when the site or app is the sentence's own (教育部官网显示,
#: 小米官网上, 官方网站的): after one of them a name at a clause start is the sentence's subject.
SITE_FOLLOWERS_HAN = _lexicon(
    """
    的 上 中 里 裡 内 內 和 与 與 及 是 已 将 將 也 还 還 于 於 在 可 都 会 會 能 需 要 被 把 让 讓 给 給
    等 称 稱 对 對 为 為 有 就 即 则 則 并 並 又 仍 均 首页 首頁 显示 顯示 发布 發佈 發布
    公布 数据 數據 信息 資訊
    介绍 介紹 消息 公告 通知 资料 資料 页面 頁面 提供 推出 上线 上線 开通 開通 查询 查詢 列出 写道 寫道
    载明 載明 刊登 刊发 刊發 公示 注明 註明 同步 正式 表示 指出 提示 说明 說明 报道 報道 链接 鏈接 地址
    公开 公開 设在 設在 设有 設有 开放 開放 关闭 關閉 更新 改版 提醒 发出 發出 发文 發文 截图 截圖
    开设 開設 转载 轉載 转发 轉發 推送 发起 發起 举办 舉辦 上传 上傳 收录 收錄 登载 登載 披露 宣布 回应
    回應 声明 聲明 确认 確認 证实 證實 设立 設立 开展 開展 联合 聯合 今天 今日 昨天 昨日 近日 日前 近期
    目前 现在 現在 本周 本週 上周 上週 本月 上月 今年 去年 刚刚 剛剛 最近 再次 首次 率先 专门 專門 同样 同樣
    后 後 时 時 量 次 包 方法 教程 步骤 步驟 流程 即可 完成 成功 过程 過程 服务 服務 系统 系統 平台 平臺
    """
)


def _clause_name(line: str, start: int, end: int, kinds: list[str]) -> int | None:
    """Start of a name that is a word and fills the start of its clause before a site or app tail.

    Spam names are often words (永恒, 天下, 传世), so no head model finds them;
    where they stand tells instead: all the Han text of a clause start (two to
    four characters) before a tail of site or download words that a new clause
    follows with no mark between (``永恒官网入口学前教育普及后``,
    ``传世下载安装家庭医生…``). Left alone: a site or app that is the
    sentence's own, followed by what follows a site (``教育部官网显示``,
    ``小米官网上``, ``微信下载安装后``: :data:`SITE_FOLLOWERS_HAN`), a public
    body (its name ends in 局, 部, 院…), a head with function words, clause
    words or app words, and a sentence that talks about apps.
    """
    product = kinds[0] == "mod" and any(line.startswith(word, start) for word in (*_PRODUCTS, *ARCADE_HAN))
    after = _han_attachments(line, start, end)[1]  # 欢乐|斗牛注册送体验金|医疗…: what the phrase carries
    rest = kinds[1:] if product else kinds
    if not rest or not set(rest) <= {"spammy", "download", "core"} or not _HAN.match(line[after : after + 1]):
        return None
    if product and after == end and "download" not in rest and "core" not in rest:
        return None  # 县城|真人官网|新建的: a product's lone site word is no proof; an offer or an app is
    text = line[start:end]
    if "download" not in kinds and "core" not in kinds and not any(word in text for word in SITE_HAN):
        return None  # 电商|平台注册商家: 平台, 注册, 入口 alone are common words
    left = start
    while left > 0 and start - left <= 4 and _HAN.match(line[left - 1]):
        left -= 1
    head = line[left:start]
    if not 2 <= len(head) <= 4 or (left > 0 and _NAME_CHAR.match(line[left - 1])):
        return None
    if (
        head[-1] in _BODY_ENDS
        or head[-1] in "网網"  # 新华网官网: a news site's own site
        or head[0] in _CLAUSE_HAN
        or any(char in _NOT_IN_HEAD for char in head)
        or any(head.startswith(word) for word in CLAUSE_START_HAN)
        or any(word in head for word in APP_TALK_HAN)
        or any(line.startswith(word, after) for word in SITE_FOLLOWERS_HAN)
        or _fused_end(line, (start, end, kinds[-1]))
        or _app_talk(line, start, end)
        or _closes_up(line, start, after)
    ):
        return None
    model = _han_model()
    if model is None or (head.translate(model[1]) not in model[0] and not _made_up(head)):
        return None  # 屆時發達|老虎機官網|國家: a name is one word or made up, never a phrase of the host's
    return left


def _common_head(line: str, head: int, start: int, end: int) -> bool:
    """Whether the head ``line[head:start]`` is a common word that the host does not close up around."""
    model = _han_model()
    if model is None:
        return False
    costs, mapping = model
    return costs.get(line[head:start].translate(mapping), math.inf) <= _RARE_NAME and not _closes_up(
        line, head, end
    )


#: Latin letters (with digits after them) or a number of two to four digits glued to the Han text
#: (at most four characters) that reaches a run: ``HG鸿运…``, ``8868霸恒…``, ``365…``.
_GLUED = re.compile(r"(?<![A-Za-z0-9.,:/_@&'’-])([A-Za-z]{1,5}[0-9]{0,4}|[0-9]{2,4})([\u3400-\u9fff]{0,6})\Z")
_YEAR = re.compile(r"(?:19|20)[0-9]{2}")
#: A lucky number of two to four digits that is no year, at the start of a brand after Han text.
_LUCKY = re.compile(r"(?!(?:19|20)[0-9]{2}(?![0-9]))[0-9]{2,4}(?![0-9])")


def _glued_name(line: str, start: int, end: int, kinds: list[str]) -> int | None:
    """Start of a gambling name that holds Latin letters or digits, right before a Han run, or ``None``.

    Chinese gambling names glue letters or a lucky number to up to four Han
    characters, six with an ending such as 国际 (``8868霸恒鑽``, ``GEV祥华``,
    ``518兴金盛国际``): no word list knows them, but the glued chunk shows
    where the name starts, so it is cut with the run. The run must hold Han
    text and a gambling, site or download word, or else a gambling product
    (真人, 电竞, 捕鱼, 电子) after a Han part of two characters or more that is
    no word (``9988發贏真人``; not ``CCTV新闻真人秀``). Left alone: a number before a unit or measure
    (``2023年``, ``188个村``, ``365天``), a year, a number of five digits or
    more (``12306官网``), Latin letters right before the run with no Han
    between (left to :func:`_brand_before`), Latin letters that are a word
    (``APP下|必赢``: the injection split 下载), a chunk that is part of a longer
    token (``v1.2``, ``3,000``), and Han text holding function words or app words.
    Han text before a number joins the name when it reads as a head (see
    :func:`_han_head`) and is no word: ``翠贵365体育`` goes whole, ``夏夜|365体育``
    keeps 夏夜 (so a name that is a word, 金沙3983, keeps it too).
    """
    if not _HAN.search(line[start:end]):
        return None
    match = _GLUED.search(line, max(0, start - 14), start)
    if match is None:
        return None
    chunk, han = match.groups()
    if chunk.isdigit() and line[match.start() - 1 : match.start()] in ("双", "雙"):
        return None  # 天猫双11官网: a shopping festival's date (双11, 双12), never a lucky number
    if chunk.isdigit():
        if _YEAR.fullmatch(chunk) or (han and han[0] in _MEASURE) or line[start] in _MEASURE:
            return None
    elif not han:
        return None  # ``bob体育``: a Latin name right before the run is :func:`_brand_before`'s
    elif _lexicon_word(chunk) or (len(chunk) > 3 and _common(chunk.lower())):
        return None  # APP下|必赢…: a word (APP, VIP, the) is the host's or the spam's, never a name's start
    if len(han) > 4 and not any(han.endswith(ending) for ending in NAME_ENDS_HAN if len(ending) == 2):
        return None  # a long name only with a two-character ending: 518兴金盛国际
    if any(char in _NOT_IN_HEAD for char in han) or any(word in han for word in APP_TALK_HAN):
        return None
    if not any(kind in kinds for kind in ("core", "spammy", "download")):
        # 9988发赢真人: only a gambling product after a name that is no word (not CCTV新闻真人秀)
        model = _han_model()
        product = any(word in line[start:end] for word in _PRODUCTS)
        if not product or model is None:
            return None
        if not han and chunk.isdigit() and _HAN.match(line[match.start() - 1 : match.start()]):
            # 星河|9988真人: a Han name before the number (:func:`_number_prefix`) makes it a name too
            prefix = _number_prefix(line, match.start(), end)
            return prefix if prefix < match.start() else None
        if len(han) < 2 or han.translate(model[1]) in model[0]:
            return None
    head = match.start()
    if chunk.isdigit() and (len(han) <= 1 or han in NAME_ENDS_HAN) and _HAN.match(line[head - 1 : head]):
        # 翠贵|365体育, 星河|888: a Han name before the number (see :func:`_number_prefix`)
        head = _number_prefix(line, head, end)
    return head


def _number_prefix(line: str, head: int, end: int) -> int:
    """Start of the Han part of a name before its lucky number at ``head`` (``head`` if there is none).

    Spam names are often a word and a number (``金沙9159``, ``星河888``), so a
    word is no sign that the Han text is the host's. Two Han characters that
    are all the text of their clause (after a mark, a space or the start of the
    line) go: a phrase put before a sentence is far likelier than one put right
    after its first word. Inside a clause, a head that is no word goes when it
    reads as one (:func:`_han_head`: ``政府|翠贵365``), and a word of two to four
    characters goes when the host closes up into a word across the cut
    (``豐收|鴻福888…|節``, ``進|皇家9988…|一步``); a word between two words of
    the host stays (``公布了本期|365…|开奖结果``).
    """
    model = _han_model()
    if model is None:
        return head
    costs, mapping = model
    left = _han_before(line, head)
    text = line[left:head].translate(mapping)
    if any(char in _NOT_IN_HEAD for char in text[-2:]) or any(word in text[-2:] for word in APP_TALK_HAN):
        return head
    if len(text) == 2 and (left == 0 or not _NAME_CHAR.match(line[left - 1])):
        # 赌博|8868體育官網危害家庭: a word of the lexicons is the sentence's subject, never a name
        if line[left:head] in _HAN_WORDS or _subject_kept(line, left, head, end):
            return head
        return left
    before = _han_head(line, head, end)
    if before is not None and line[before:head].translate(mapping) not in costs:
        return before
    right = line[end : _han_after(line, end)].translate(mapping)
    for size in (2, 3, 4):
        word = text[-size:]
        if size >= len(text) or any(char in _NOT_IN_HEAD for char in word) or word not in costs:
            continue
        if len(text) - size not in _segment(text[:-size] + right, costs)[1]:
            return head - size  # the host closes up into a word across the cut: 豐收|節
    return head


#: Characters that never open a clause: particles (夏夜|…|的星空) and adverbs that follow their subject
#: (全村|…|已经实现): after a cut, one of them shows that the word before the cut is the host's.
_NO_CLAUSE_START = frozenset("的之地得了们們着著过過已都也就还還仍均曾却卻亦")


def _subject_kept(line: str, left: int, head: int, end: int) -> bool:
    """Whether the clause-start word ``line[left:head]`` before a number and its run is the host's.

    It is when the host after the cut cannot open a clause (a particle or an adverb that follows its
    subject: ``夏夜|365体育官网|的星空``, ``全村|365彩票APP下载|已经``) or makes one word with it,
    whole (``亚足|365官网登录|联``; not ``久聚|…|在产业``, where 聚在 would take half of it).
    """
    after = _han_attachments(line, head, end)[1]
    if line[after : after + 1] in _NO_CLAUSE_START:
        return True
    model = _han_model()
    if model is None:
        return False
    costs, mapping = model
    word = line[left:head]
    return any(
        _HAN.fullmatch(line[after : after + size]) is not None
        and (word + line[after : after + size]).translate(mapping) in costs
        for size in (1, 2)
    )


def _set_apart(line: str, start: int, end: int) -> int | None:
    """Start of a name that fills, with the Han run after it, a pair of brackets or spaces, or ``None``.

    Spam is often set apart from the Chinese text it sits in: ``（汇龙旺棋牌下载）``,
    ``民 天际客户端下载 看``. One to six name characters (Han, Latin letters,
    digits) between the opening bracket and the run, closed by its bracket, or
    between two spaces that Chinese text would not hold, are the name. Not a
    name: text with function words or app words. The caller asks for more
    than a lone site or app word: ``（新华社客户端）``, ``（教育部官网）`` are credits.
    """
    name = start
    while name > 0 and start - name <= 6 and _NAME_CHAR.match(line[name - 1]):
        name -= 1
    if name == start or start - name > 6 or not _HAN.search(line[name:end]):
        return None
    opener, closer = line[name - 1 : name], line[end : end + 1]
    if opener in _CLOSING:
        if _CLOSING[opener] != closer:
            return None
    elif not (
        opener in " \u3000"
        and closer in (" ", "\u3000")
        and _cjk(line[name - 2 : name - 1])
        and _cjk(line[end + 1 : end + 2])
    ):
        return None
    text = line[name:start]
    if any(char in _NOT_IN_HEAD for char in text) or any(word in text for word in APP_TALK_HAN):
        return None
    return name


#: Price of cutting a head of one (before a modifier word), two, three or four characters: what the
#: characters of an unknown name must cost more than (tuned on the tune half of the dev set).
_HEAD_PRICES = {1: 5.0, 2: 5.5, 3: 9.5, 4: 13.5, 5: 17.5, 6: 21.5}
#: Prices of a head before a *bare* tail (two Han app or modifier words and no gambling word:
#: ``体育官网``, ``娱乐APP下载``): spam puts a name there, honest text seldom an unknown one (tune half).
_BARE_PRICES = {1: 5.0, 2: 4.0, 3: 8.0, 4: 12.5, 5: 16.5, 6: 20.5}
#: Prices of a head before a *framed* phrase (a gambling word and a site, download or offer word:
#: ``体育投注官網``, ``百家乐网址``, ``官网注册送彩金``): a whole spam phrase, which spam puts after a
#: name; honest text names a lottery's or a regulator's site with words it knows (tune halves).
_FRAMED_PRICES = {1: 5.0, 2: 4.5, 3: 9.0, 4: 12.0, 5: 16.5, 6: 20.5}
#: Price of one character before a modifier word that starts the run (爱|游戏): the name is three long.
_ONE_BEFORE_MOD = 2.5
#: Endings of names (会所, 天堂, 国际, 城): a head of three or four characters that is no word and ends
#: in one is cheaper to take.
NAME_ENDS_HAN = _lexicon("会 會 堂 城 国际 國際 汇 匯 宫 宮 阁 閣 集团 集團")
_NAME_END_BONUS = 3.0
#: Two-character endings (国际, 集团): a head ending in one may be five or six characters long.
_LONG_ENDS = frozenset(ending for ending in NAME_ENDS_HAN if len(ending) == 2)
#: What a head saves when the text closes up into a word across the cut (政|府 around 金博官网).
_JOIN_BONUS = 2.0
#: Cost of a head that leaves one Han character alone after a clause start or a function word.
_STRANDED = 4.0
#: Cost of a head that starts inside a word of the text before it.
_SPLIT_WORD = 1.0


def _bare(line: str, words: list[tuple[int, int, str]]) -> bool:
    """Whether a run is a bare Han tail: two or more Han app, site or modifier words, no gambling word.

    ``APP`` glued to a Han download word counts as one of them (``APP下载``, ``下载APP``).
    """
    han = [
        kind
        for start, end, kind in words
        if (_HAN.match(line[start:end]) and line[start:end] not in VERSION_HAN)
        or _glued_app(line, start, end)
    ]
    return "core" not in han and len(han) >= 2 and ("mod" in han or "download" in han)


def _framed(kinds: list[str]) -> bool:
    """Whether a run is a whole spam phrase: a gambling word and a site, download or offer word."""
    return "core" in kinds and ("spammy" in kinds or "download" in kinds)


def _glued_app(line: str, start: int, end: int) -> bool:
    """Whether ``line[start:end]`` is ``app`` glued to Han text on either side."""
    return line[start:end].lower() == "app" and bool(
        _HAN.match(line[start - 1 : start]) or _HAN.match(line[end : end + 1])
    )


#: A small count and its measure word (一户, 两个, 三名, 每人): the host's words, never part of a name.
_COUNTED = re.compile("[一二两兩三四五六七八九几幾每][户戶个個名位口条條次件只隻张張]")

#: Characters a clause does not end in, as they take what follows (的 its noun, 到 and 在 a place, 把 and
#: 给 an object): a word between one of them and a cut that ends its clause is the host's.
_TAKES_OBJECT = frozenset("的到在于於把给給向往对對从從")
#: Marks that end a Chinese clause.
_CLAUSE_MARKS = frozenset("。！？；，、!?;,")

#: Characters that Chinese business and gambling names are made of (wealth, luck, rank, splendour,
#: dragons and phoenixes, places such as 澳, 京, 亚), simplified and traditional: a head that starts with
#: none of them is a host word more often than a name.
NAME_FIRSTS_HAN = frozenset(
    "金鑫鼎盛发發财財富贵貴龙龍凤鳳皇冠博乐樂汇匯银銀宝寶鸿鴻运運星永利恒泰丰豐隆昌兴興旺福禄祿喜吉祥"
    "瑞顺順达達亨嘉豪宏威帝尊御麒麟鹏鵬骏駿瀚璟琪悦悅澳凯凱胜勝赢贏钻鑽辉輝煌荣榮耀腾騰万萬亿億霸泓浩晟"
    "昊煜盈豹锦錦玺璽亚亞京葡沙天久九八宫宮阁閣会會城际際彩美旋新百千大中华華东東太皇王玉云雲海幸开開黄黃红紅"
    "多传傳峰蓝藍信尚飞飛润潤翠德诚誠安康众眾聚臻翔紫岳沣灃欢歡掌风風神半米必雷優优明"
)
#: What a head that starts with a plain character (not in :data:`NAME_FIRSTS_HAN`) costs more.
_PLAIN_FIRST = 2.0


def _han_head(
    line: str,
    start: int,
    end: int,
    first_mod: bool = False,
    bare: bool = False,
    lone: bool = False,
    framed: bool = False,
) -> int | None:
    """Start of a Chinese name right before the Han run ``line[start:end]``, or ``None``.

    A head of 2-4 Han characters is taken when the characters around the run
    segment more cheaply without it plus a fixed price for a name than with
    it: a name no word list knows costs more than that price; a host word
    (``收入``), or a character that makes a word with the text after the run
    (``联|易博…|络``), costs less. When the run starts with a modifier word
    (``first_mod``: 游戏, 体育), a name may end in it, so one character is a
    head too (``爱游戏``). A Latin name or a number of two or three digits
    glued before a head that reaches it belongs to it (``188金宝博``; not ``2010年``).
    Before a ``bare`` tail (see :func:`_bare`) a name is expected, so the
    prices are lower, but never for a head that is all the Han text before
    the run (a sentence's own subject: ``景区官网入口``); before a ``framed`` phrase (a gambling
    word with a site, download or offer word: ``富貴|體育投注官網``) too, unless the head makes
    a word with the phrase (``福利彩票官网``). Before a ``lone``
    site word (官网 alone) a head must be no word (``影城官方网站`` stays).

    A head that starts inside a word of the text before it costs more
    (``金|牛会`` gives ``金牛会``); one after which the text closes up into a
    word costs less (``政|金博官网|府``); one of three or four characters that
    is no word and ends as names end (会, 堂, 国际) costs less; a head of five
    or six characters must end in a two-character ending (``辉海汇国际``).
    Pronouns, function words and app words (扫码) are never part of a head.
    """
    model = _han_model()
    if model is None:
        return None
    costs, mapping = model
    end = _han_attachments(line, start, end)[1]  # the host after an amount or a version (…送88元|通不便)
    left_start = _han_before(line, start)
    left = line[left_start:start].translate(mapping)
    right = line[end : _han_after(line, end)].translate(mapping)
    best, taken, joined = _segment_cost(left + right, costs), 0, False
    word_starts = _segment(left, costs)[1]
    ends_clause = end >= len(line) or line[end] in _CLAUSE_MARKS
    for size in (1, 2, 3, 4, 5, 6) if first_mod else (2, 3, 4, 5, 6):
        if size > len(left) or any(char in _NOT_IN_HEAD for char in line[start - size : start]):
            break
        if ends_clause and line[start - size - 1 : start - size] in _TAKES_OBJECT:
            continue  # 农家的|屋檐…。: a clause does not end in 的, so the word after it is the host's noun
        if size > 4 and left[-2:] not in _LONG_ENDS:
            break  # five or six characters only for a name with a two-character ending (辉海汇国际)
        if any(word in line[start - size : start] for word in APP_TALK_HAN):
            break  # 扫码, 手机: a word about apps is the sentence's, never a name
        if size == 1 and left[-1] in _MEASURE and _NUMERAL.match(line[start - 2 : start - 1]):
            continue  # 一万五千元|体育平台…: a unit after a number is the host's (三|米乐… may be a name)
        if _COUNTED.search(line, start - size, start):
            break  # 不漏一户|真人…: a count and its measure word are the host's, never a name's
        framing = framed and not any(
            left[-size:] + line[start : start + after].translate(mapping) in costs for after in (2, 3, 4)
        )  # 福利|彩票官网: a head that makes a word with the phrase's first word is the host's
        prices = _BARE_PRICES if bare else _FRAMED_PRICES if framing else _HEAD_PRICES
        price = (prices if size < len(left) else _HEAD_PRICES)[size]
        joined_cost, joined_starts = _segment(left[:-size] + right, costs)
        cost = joined_cost + price
        joins = bool(right) and len(left) - size not in joined_starts
        if joins:
            cost -= _JOIN_BONUS  # 政|金博…|府: the text closes up into a word across the cut
        if size == 1:
            across = (
                left[-1:] + right[:1] if right[:1] and right[:1] not in _NOT_IN_HEAD else ""
            )  # not 爱|…|的
            if any(
                costs.get(word, math.inf) <= _RARE_NAME
                for word in (left[-1:] + line[start : start + 2].translate(mapping), across, left[-2:])
            ):
                continue  # 打|麻将, 玩|游戏, 入|…|学, 两旁|…: a word with the modifier or the host
            cost += _ONE_BEFORE_MOD - price
        head_text = left[-size:]
        if size >= 3 and head_text not in costs and any(head_text.endswith(end) for end in NAME_ENDS_HAN):
            cost -= _NAME_END_BONUS  # 金牛会, 乐天堂, 恒达国际: a name ending as names end
        if len(left) - size not in word_starts:
            cost += _SPLIT_WORD  # a name seldom starts inside a word of the text before it (金|牛会)
        if size > 1 and left[-size] not in NAME_FIRSTS_HAN:
            cost += _PLAIN_FIRST  # 岁月|捕鱼下载, 節|凯旋8868: a name seldom starts with a plain character
        if _stranded(line, start - size, end, left_start):
            cost += _STRANDED  # 银|财旺捕鱼官网 at a clause start: one character is no clause of its own
        if cost < best:
            best, taken, joined = cost, size, joins
    if lone and taken and left[-1] in _BODY_ENDS:
        return None  # 县文旅局官网: a public body's own site
    if not taken or (lone and left[-taken:] in costs and not joined):
        # before a lone 官网 the best head is a word: the sentence's subject (影城官方网站), unless
        # the host closes up into a word across the cut (幼|凯旋官方网站|儿园)
        return None
    head = start - taken
    if head == left_start:
        glued = re.search(r"(?:[A-Za-z][A-Za-z0-9]*|[0-9]{2,3})\Z", line[max(0, head - 20) : head])
        before = line[head - len(glued.group()) - 1 : head - len(glued.group())] if glued else ""
        if glued is not None and not (before.isascii() and before.isalnum()):
            head -= len(glued.group())
    return head


def _stranded(line: str, head: int, end: int, left_start: int) -> bool:
    """Whether a head at ``head`` leaves one Han character alone before it (``新|兴凤…``, ``为新|兴凤…``).

    Alone: after the start of the line, a mark, a space or a particle or preposition (see
    :data:`_HAN_BEFORE`), when the Han text read before the run (from ``left_start``) reaches that far.
    After a demonstrative one character is a measure word (``這張|玉皇宮…``); a conjunction or an
    adverb (但, 并, 又) stands alone, and so does a character that makes a word with the host text
    after the run (``村|…|民``).
    """
    alone = line[head - 1 : head]
    if head - left_start < 1 or not _HAN.match(alone) or alone in _NOT_IN_HEAD or alone in _CLAUSE_HAN:
        return False
    model = _han_model()
    after = line[end : end + 2]
    if model is None or any((alone + after[:size]).translate(model[1]) in model[0] for size in (1, 2)):
        return False  # 村|…|民: the character makes a word with the host after the run
    before = line[head - 2 : head - 1]
    if head - 1 > left_start:
        return before in _HAN_BEFORE
    return not before or not (_HAN.match(before) or before.isalnum())  # 2010年|鑫乐…: a unit


def _product_topic(line: str, start: int, end: int, product: str) -> bool:
    """Whether the sentence of ``line[start:end]`` is about ``product`` in its honest sense, or gambling."""
    left, right = _sentence(line, start, end)
    rest = line[left:start] + " " + line[end:right]
    return any(word in rest for word in PRODUCT_TOPIC_HAN.get(product, ())) or bool(_DOMAIN.search(rest))


def _product_name(line: str, start: int, end: int) -> int | None:
    """Start of a made-up name before a lone gambling product (``凤恒威真人``, ``（丰龙电竞）``), or ``None``.

    真人, 电竞 and 捕鱼 alone are honest words, so what surrounds them decides: a
    name set apart with the product in brackets or spaces, or a head of two to
    four characters that reads as a name (:func:`_han_head`) and is no word.
    Left alone: a word before the product (``出海捕鱼``, ``狼队电竞``), a head
    of one character, and any sentence that talks about shows, matches or
    fishing (:data:`PRODUCT_TOPIC_HAN`: ``滔搏电竞战队夺冠``, ``湖区渔民…捕鱼``).
    电子 is left out: company names end in it (``鸿海电子``).
    """
    if _product_topic(line, start, end, line[start:end]):
        return None
    apart = _set_apart(line, start, end)
    if apart is not None:
        return apart
    head = _han_head(line, start, end)
    model = _han_model()
    if head is None or model is None or start - head < 2 or line[head:start].translate(model[1]) in model[0]:
        return None
    return head


def _han_spam_shaped(line: str, start: int, end: int, kinds: list[str]) -> bool:
    """Whether a run reads as the tail of a Chinese spam phrase, so a name before it is looked for."""
    if not _HAN.match(line[start - 1 : start]) or line[start:end] in TOPIC_HAN:
        return False  # a word before a topic word alone makes a compound of the host's: 即开型彩票
    if "core" in kinds or "download" in kinds or kinds.count("spammy") > 1:
        return True
    return any(word in line[start:end] for word in SPAMMY_HEAD_HAN)


def _product_first(line: str, start: int, kinds: list[str]) -> bool:
    """Whether a Han run starts with a gambling product (真人, 电竞) or a gambling word that is no topic."""
    if kinds[0] == "mod":
        return any(line.startswith(word, start) for word in _PRODUCTS)
    return kinds[0] == "core" and not any(line.startswith(word, start) for word in TOPIC_HAN)


#: Words that start a clause (connectives, personal pronouns): a Han run right before one is no
#: subject of the clause, so a run at a sentence start followed by one was put there.
CLAUSE_START_HAN = _lexicon(
    """
    但是 但 如果 因为 因為 所以 虽然 雖然 或者 既然 因此 尽管 儘管 然而 当然 當然 首先 其次 此外 同时 同時
    不过 不過 可是 于是 於是 而且 并且 並且 另外 他们 他們 我们 我們 它们 它們 他 她 我 你
    """
)
