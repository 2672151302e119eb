"""A second, independent check of the Chinese spam heads: our own names, tails and hosts.

Run from the repository root::

    python benchmarks/chinese_spam_check.py            # rates on both halves
    python benchmarks/chinese_spam_check.py --misses   # and every miss of the tune half

The dev set's Chinese spam (``tests/data/dev/spam.jsonl``) was built with one
set of brand names; this script injects *other* names, written for it, of the
kinds that spam uses (made-up names, names that are ordinary words such as
凤凰 or 长城, names ending in 国际 or 会, Latin names and digits, traditional
characters) with the usual tails (体育官网, APP下载, 真人娱乐…) at seeded
random places of honest Chinese sentences: those of
``tests/data/gambling/honest_zh.txt`` and the Chinese sentences of the
language-ID dev set that the spam dev set's test half does not use. Items are
split into a tune and a test half by a hash of the host and the name. The
honest sentences themselves must come back unchanged.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import random
import sys
from pathlib import Path

from _spam_sets import read_jsonl, text_lines

from povcorpus.boilerplate import strip_spam

ROOT = Path(__file__).resolve().parent.parent
HONEST = ROOT / "tests" / "data" / "gambling" / "honest_zh.txt"
LANGID_DEV = ROOT.parent / "shared" / "data" / "langid-dev.jsonl"

#: Names of the kinds Chinese gambling spam uses; none is a name of the dev set's lists.
NAMES = (
    "凤凰",
    "长城",
    "东方",
    "金鹰",
    "天天",
    "好运",
    "大唐",
    "红星",
    "王者",
    "传奇",
    "新世纪",
    "黄金城",
    "鑫利",
    "博乐",
    "豪赢",
    "宝盈",
    "金博",
    "永发",
    "必赢",
    "金樽",
    "澳亚",
    "盈丰",
    "汇赢",
    "博发",
    "金鼎国际",
    "宝利国际",
    "富豪国际",
    "东方国际",
    "富贵会",
    "星河会",
    "利来会",
    "金龙会",
    "博乐汇",
    "金碧辉煌",
    "财神到",
    "大富豪",
    "旺财",
    "多宝",
    "赢家",
    "乐彩",
    "bob",
    "OD",
    "KY",
    "365",
    "8868",
    "jd88",
    "v9",
    "鑫利體育",
    "寶盈",
    "豐盛",
    "鳳凰",
)
#: Tails: what follows the name.
TAILS = (
    "体育官网",
    "体育APP下载",
    "下载APP",
    "APP下载",
    "真人娱乐注册送彩金",
    "在线赌场官网",
    "彩票注册",
    "棋牌游戏下载",
    "官方网站",
    "体育投注官网入口",
    "电竞投注APP",
    "娱乐城官网",
    "手机版下载",
    "老虎机下载APP",
    "百家乐官网",
    "彩票APP下载",
    "体育在线投注",
    "官网登录",
    "娱乐官网",
    "真人视讯",
    "體育官網",
    "下載APP",
    "娛樂城官網",
    "彩票註冊",
)


def honest_sentences() -> list[str]:
    """The honest Chinese sentences written for this check (comments and blank lines skipped)."""
    return text_lines(HONEST)


def hosts() -> list[str]:
    """Host sentences: the honest set, and langid-dev Chinese sentences the spam test half does not use."""
    found = honest_sentences()
    if LANGID_DEV.exists():
        dev = ROOT / "tests" / "data" / "dev" / "spam.jsonl"
        records = read_jsonl(dev)
        held = {record["expected"] for record in records if record["split"] == "test"}
        for line in LANGID_DEV.read_text(encoding="utf-8").split("\n"):
            if not line:
                continue
            record = json.loads(line)
            if record["lang"] == "zh" and record["kind"] == "sentence" and record["text"] not in held:
                found.append(record["text"])
    return found


def _han(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff"


def pairs() -> list[tuple[str, str, str]]:
    """``(split, damaged, clean)`` items: one name and tail at a seeded place between two Han characters."""
    rng = random.Random(14)
    items = []
    for host in hosts():
        places = [i for i in range(1, len(host)) if _han(host[i - 1]) and _han(host[i])]
        if not places:
            continue
        for _ in range(2):
            name, tail, place = rng.choice(NAMES), rng.choice(TAILS), rng.choice(places)
            key = hashlib.sha1(f"{host}|{name}".encode()).digest()[0]
            split = "tune" if key % 2 == 0 else "test"
            items.append((split, host[:place] + name + tail + host[place:], host))
    return items


def main(argv: list[str] | None = None) -> int:
    """Print the repair rate per half, the host characters lost, and the honest sentences changed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", action="store_true", help="print the tune half's misses")
    args = parser.parse_args(argv)
    for split in ("tune", "test"):
        items = [(damaged, clean) for name, damaged, clean in pairs() if name == split]
        fixed = lost = 0
        for damaged, clean in items:
            got = strip_spam(damaged).text
            fixed += got == clean
            lost += len(got) < len(clean) or (got != clean and not all(c in got for c in clean))
            if args.misses and split == "tune" and got != clean:
                print(f"  miss: {damaged}\n     -> {got}")
        rate = fixed / len(items)
        print(f"{split}: {fixed}/{len(items)} = {rate:.3f} repaired; host characters lost in {lost}")
    honest = honest_sentences()
    changed = [s for s in honest if strip_spam(s).text != s]
    print(f"honest Chinese sentences unchanged: {len(honest) - len(changed)}/{len(honest)}")
    for sentence in changed:
        print(f"  changed: {sentence}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
