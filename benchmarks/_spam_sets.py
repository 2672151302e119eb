"""What the spam check-set scripts share: line files, JSONL sets, the tune/test split, host text lost.

Used by ``chinese_spam_check.py``, ``chinese_spam_fresh.py``, ``latin_spam_fresh.py`` and the
hand-written rounds ``handwritten_spam_round{5,6,7}.py``, ``handwritten_spam_round8_latin.py``,
``handwritten_spam_round8_scripts.py``, ``handwritten_spam_round9_latin.py`` and
``handwritten_spam_round10_latin.py`` (run as scripts, so this
module is found beside them).
"""

from __future__ import annotations

import argparse
import difflib
import hashlib
import json
from collections import Counter
from pathlib import Path


def text_lines(path: Path) -> list[str]:
    """The sentences of a one-a-line file (blank lines and ``#`` comments skipped)."""
    return [
        line for line in path.read_text(encoding="utf-8").split("\n") if line and not line.startswith("#")
    ]


def read_jsonl(path: Path) -> list[dict[str, str]]:
    """The items of a JSONL check set."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]


def write_jsonl(path: Path, records: list[dict[str, str]]) -> None:
    """Write a check set, one JSON object a line (UTF-8, not escaped)."""
    path.write_text(
        "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records), encoding="utf-8"
    )


def split_of(host: str) -> str:
    """``tune`` or ``test`` by a hash of the host sentence: every item of one host falls in one half."""
    return "tune" if hashlib.sha1(host.encode()).digest()[0] % 2 == 0 else "test"


def lost_characters(host: str, got: str) -> int:
    """How many characters of ``host`` are not in ``got`` (by a longest common subsequence of blocks)."""
    matcher = difflib.SequenceMatcher(None, host, got, autojunk=False)
    return len(host) - sum(block.size for block in matcher.get_matching_blocks())


def report_round(items: Path, honest: Path, description: str, argv: list[str] | None = None) -> int:
    """Print a hand-written round's repair rate per half (overall, per language), host characters lost
    and honest sentences kept; ``--misses`` also prints every miss of the tune half."""
    from povcorpus.cleaners import clean_text

    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--misses", action="store_true", help="print the tune half's misses")
    args = parser.parse_args(argv)
    halves: dict[str, list[dict[str, str]]] = {"tune": [], "test": []}
    for record in read_jsonl(items):
        halves[split_of(record["clean"])].append(record)
    for split, records in halves.items():
        fixed: Counter[str] = Counter()
        total: Counter[str] = Counter()
        lost = 0
        for record in records:
            got = clean_text(record["damaged"], lang=record["lang"]).text
            total[record["lang"]] += 1
            fixed[record["lang"]] += got == record["clean"]
            lost += lost_characters(record["clean"], got)
            if args.misses and split == "tune" and got != record["clean"]:
                print(f"  miss [{record['lang']}]: {record['damaged']}\n            -> {got}")
        share = sum(fixed.values()) / len(records)
        repaired = f"{sum(fixed.values())}/{len(records)} = {share:.3f}"
        print(f"{split}: {repaired} repaired; host characters lost: {lost}")
        print("  " + "  ".join(f"{lang} {fixed[lang]}/{total[lang]}" for lang in sorted(total)))
    sentences = text_lines(honest)
    changed = [sentence for sentence in sentences if clean_text(sentence).text != sentence]
    print(f"honest sentences unchanged: {len(sentences) - len(changed)}/{len(sentences)}")
    for sentence in changed:
        print(f"  changed: {sentence}")
    return 0
