"""Measure the cleaners: fix rate per cleaner on the golden pairs, false-positive rate on clean sentences.

Run from the repository root::

    python benchmarks/cleaner_quality.py            # quality figures
    python benchmarks/cleaner_quality.py --tune     # the dev-set table on the tuning half
    python benchmarks/cleaner_quality.py --speed    # also time the default pipeline against ftfy.fix_text

The golden files are ``tests/data/cleaners/<rule>.txt`` (``### title`` / damaged
input / ``---`` / expected); the clean sentences are
``tests/data/negative/<lang>.txt``, one per line. The development set is
``tests/data/dev/<kind>.jsonl`` (built by ``benchmarks/devset/build.py``); its
table is printed for the ``test`` half unless ``--tune`` is given.
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from povcorpus.cleaners import CleanerChain, clean_text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from golden import DATA, read_golden, read_negative  # noqa: E402  (the tests' reader, after the path)


def quality() -> None:
    """Print the fix rate per cleaner and the false-positive rate."""
    print("Fix rate (cleaner alone on its golden pairs)")
    total_fixed = total = 0
    for path in sorted((DATA / "cleaners").glob("*.txt")):
        cases = read_golden(path)
        fixed = 0
        failures = []
        for case in cases:
            got = clean_text(case.input, lang=case.lang, cleaners=[case.rule], options=case.options).text
            if got == case.expected:
                fixed += 1
            else:
                failures.append(case.title)
        total_fixed += fixed
        total += len(cases)
        print(f"  {path.stem:<18} {fixed:>3}/{len(cases):<3} {fixed / len(cases):7.1%}")
        for title in failures:
            print(f"      not fixed: {title}")
    print(f"  {'all':<18} {total_fixed:>3}/{total:<3} {total_fixed / total:7.1%}")

    print("\nFalse positives (default pipeline on clean sentences; changed / total)")
    changed_by_lang: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    rules: dict[str, int] = defaultdict(int)
    for path in sorted((DATA / "negative").glob("*.txt")):
        for sentence in read_negative(path):
            for lang in (path.stem, None):
                result = clean_text(sentence, lang=lang, cleaners=CHAIN)
                counts = changed_by_lang[path.stem]
                counts[1] += 1
                if result.text != sentence:
                    counts[0] += 1
                    for edit in result.edits:
                        rules[edit.rule] += 1
    changed = sum(count[0] for count in changed_by_lang.values())
    runs = sum(count[1] for count in changed_by_lang.values())
    for lang, (bad, count) in sorted(changed_by_lang.items()):
        print(f"  {lang:<4} {bad:>3}/{count:<3}")
    print(f"  all  {changed:>3}/{runs:<3} {changed / runs:7.1%}  (each sentence with and without its lang)")
    if rules:
        print("  edits by rule:", dict(rules))


_FOLD = str.maketrans({"’": "'", "‘": "'", "′": "'", "´": "'", "`": "'"})
NEGATIVE_KINDS = {"clean": "clean unchanged", "honest_gambling": "honest gambling unchanged"}


def run_item(kind: str, text: str, lang: str | None) -> str:
    """The library's output for one dev-set input: the document pipeline for ``chrome``, else the cleaners."""
    if kind == "chrome":
        import povcorpus

        doc = next(iter(povcorpus.load(io.StringIO(text), format="text")))
        options = povcorpus.PipelineOptions(disabled_steps=("structure", "tag"))
        return povcorpus.process(doc, options).text
    return clean_text(text, lang=lang, cleaners=CHAIN).text


CHAIN = CleanerChain.default()


def devset(split: str = "test") -> None:
    """Print the per-kind table of the development set on one half (``test`` unless tuning)."""
    paths = sorted((DATA / "dev").glob("*.jsonl"))
    if not paths:
        print("\nNo development set: run benchmarks/devset/build.py")
        return
    print(f"\nDevelopment set, {split} half (exact / apostrophe-folded match; negatives unchanged)")
    print(f"  {'kind':<20} {'pairs':>6} {'exact':>7} {'folded':>7} {'neg. kept':>10}")
    for path in paths:
        items = [json.loads(line) for line in path.read_text(encoding="utf-8").split("\n") if line]
        items = [item for item in items if item["split"] == split]
        if not items:
            continue
        exact = folded = negatives = kept = 0
        by_script: dict[str, list[int]] = {}
        for item in items:
            got = run_item(item["kind"], item["input"], item["lang"] or None)
            exact += got == item["expected"]
            group = by_script.setdefault("Chinese" if item["lang"] == "zh" else "other scripts", [0, 0])
            group[0] += got == item["expected"]
            group[1] += 1
            folded += got.translate(_FOLD) == item["expected"].translate(_FOLD)
            if item["input"] == item["expected"]:
                negatives += 1
                kept += got == item["input"]
        kind = path.stem
        n = len(items)
        kept_rate = f"{kept / negatives:10.3f}" if negatives else f"{'-':>10}"
        label = NEGATIVE_KINDS.get(kind, kind)
        print(f"  {label:<20} {n:>6} {exact / n:7.3f} {folded / n:7.3f} {kept_rate}")
        if kind == "spam":
            for group, (right, total) in sorted(by_script.items()):
                print(f"    {group:<18} {total:>6} {right / total:7.3f}")


def speed() -> None:
    """Time the default pipeline against ftfy.fix_text on the sample paragraphs."""
    import ftfy  # only needed for the comparison

    from povcorpus.samples import sample_path

    paragraphs = [
        paragraph
        for prefix in ("000", "001", "002", "003", "004")
        for paragraph in sample_path(prefix).read_text(encoding="utf-8").split("\n")
        if paragraph.strip()
    ]
    clean_text("warm up pro-gram", lang="en")

    def best(function: object, repeat: int = 7) -> float:
        timings = []
        for _ in range(repeat):
            start = time.perf_counter()
            for paragraph in paragraphs:
                function(paragraph)  # type: ignore[operator]
            timings.append(time.perf_counter() - start)
        return min(timings)

    ftfy_time = best(ftfy.fix_text)
    ours = best(lambda paragraph: clean_text(paragraph, lang="en"))
    print(f"\nSpeed on {len(paragraphs)} sample paragraphs (best of 7)")
    print(f"  ftfy.fix_text (defaults)   {ftfy_time * 1000:8.1f} ms")
    print(f"  default cleaning pipeline  {ours * 1000:8.1f} ms   ({ftfy_time / ours:.2f}x faster)")


def main(argv: list[str] | None = None) -> int:
    """Print the quality figures (and, with ``--speed``, timings)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0] if __doc__ else None)
    parser.add_argument("--speed", action="store_true", help="also time the pipeline against ftfy")
    parser.add_argument("--tune", action="store_true", help="report the tuning half of the dev set")
    args = parser.parse_args(argv)
    quality()
    devset("tune" if args.tune else "test")
    if args.speed:
        speed()
    return 0


if __name__ == "__main__":
    sys.exit(main())
