"""Accuracy, speed and memory of language detection, per backend and combination, on labelled text.

Reads JSON lines ``{"text", "lang", "kind"[, "source", "split"]}`` from three sets:

* ``dev``: the development set ``../shared/data/langid-dev.jsonl`` (UD
  treebanks; relative to the project root; ``--data``), on which the
  thresholds were tuned;
* ``gettext``: ``tests/data/language/gettext/langid-gettext.jsonl``, program
  messages translated by people, built from a Debian system's gettext
  catalogs by ``benchmarks/build_langid_gettext.py``; only its ``test`` half
  is reported unless ``--all-splits`` (nothing was tuned on either half);
* ``more``: ``tests/data/language/gettext_more/langid-gettext-more.jsonl``, built the same way
  (``build_langid_gettext.py --more``) in 22 languages outside the arbiter's pool and the other
  sets (Nordic, Central and Eastern European, Baltic, Southeast Asian, Greek, Catalan…); only
  its ``test`` half is reported;
* ``own``: the project's labelled corpus lines ``tests/data/language/*.jsonl``.

Every configuration runs in a fresh process, so its peak RSS is its own:
the script fast paths plus a backend through
:func:`povcorpus.language.detect_language`, and with ``--priors`` also the
default given each set's languages as corpus priors. Markdown tables give
accuracy overall and per kind (``short`` ≤ 25 characters, ``sentence``,
``paragraph``), items per second (after models are loaded) and peak RSS.
``--tagging`` also times :func:`povcorpus.language.first_pass` and
:func:`povcorpus.language.tag` on the bundled samples against
``ftfy.fix_text``.

Usage::

    python benchmarks/langid.py [--config NAME ...] [--priors] [--errors] [--tagging]
"""

from __future__ import annotations

import argparse
import concurrent.futures
import json
import multiprocessing
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from povcorpus.errors import MissingExtraError
from povcorpus.language import DEFAULT_BACKEND, detect_language, get_backend

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "langid-dev.jsonl"
GETTEXT_DATA = ROOT / "tests" / "data" / "language" / "gettext" / "langid-gettext.jsonl"
MORE_DATA = ROOT / "tests" / "data" / "language" / "gettext_more" / "langid-gettext-more.jsonl"
OWN_DATA = ROOT / "tests" / "data" / "language"
KINDS = ("all", "short", "sentence", "paragraph")
CONFIGS = (
    "langdetect",
    "fasttext",
    "py3langid",
    "lingua",
    "fasttext+langdetect",
    "fasttext+lingua",
)
PRIORS = " (corpus priors)"


def load(paths: dict[str, Path], all_splits: bool = False) -> list[dict[str, str]]:
    """Labelled items of every set that exists, each tagged with its set's name as ``set``."""
    items: list[dict[str, str]] = []
    for name, path in paths.items():
        files = sorted(path.glob("*.jsonl")) if path.is_dir() else [path] if path.exists() else []
        for file in files:
            for line in file.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                item = json.loads(line)
                if item.get("split", "test") == "test" or all_splits:
                    item["set"] = name
                    items.append(item)
    return items


def peak_rss_mib() -> float:
    """This process's peak resident memory in MiB.

    Read from ``/proc/self/status`` (``VmHWM``) where there is one: Linux carries ``ru_maxrss``
    over from the parent process across fork and exec, so a child would report its parent's peak.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_config(config: str, items: list[dict[str, str]]) -> dict[str, Any]:
    """Answers, items per second, load time and peak RSS of one configuration (run in a fresh process)."""
    backend = config.removesuffix(PRIORS)
    priors: dict[str, tuple[str, ...]] = {}
    if config.endswith(PRIORS):
        for item in items:
            priors.setdefault(item["set"], ())
            if item["lang"] not in priors[item["set"]]:
                priors[item["set"]] += (item["lang"],)
    try:
        start = time.perf_counter()
        get_backend(backend)
        # Load the models every language needs (lingua loads them lazily) before timing.
        seen: set[tuple[str, str]] = set()
        for item in items:
            if (item["lang"], item["kind"]) not in seen:
                seen.add((item["lang"], item["kind"]))
                detect_language(item["text"], backend, languages=priors.get(item["set"]))
        load_seconds = time.perf_counter() - start
    except MissingExtraError as error:
        return {"skipped": str(error)}
    start = time.perf_counter()
    answers = [
        detect_language(item["text"], backend, languages=priors.get(item["set"])).code for item in items
    ]
    speed = len(items) / (time.perf_counter() - start)
    return {"answers": answers, "speed": speed, "load": load_seconds, "rss": peak_rss_mib()}


def accuracy_rows(items: list[dict[str, str]], results: dict[str, dict[str, Any]]) -> list[str]:
    """A markdown table: one row per configuration, accuracy per set and kind, speed and memory."""
    sets = sorted({item["set"] for item in items}, key=["dev", "gettext", "more", "own"].index)
    columns = [f"{name} {kind}" for name in sets for kind in KINDS]
    lines = [
        "| configuration | " + " | ".join(columns) + " | items/s | peak RSS MiB |",
        "|---|" + "---:|" * (len(columns) + 2),
    ]
    for config, result in results.items():
        if "answers" not in result:
            continue
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for item, answer in zip(items, result["answers"], strict=True):
            for kind in ("all", item["kind"]):
                cell = counts[f"{item['set']} {kind}"]
                cell[0] += answer == item["lang"]
                cell[1] += 1
        cells = [f"{right / total:.3f}" if total else "" for right, total in (counts[c] for c in columns)]
        speed, rss = f"{result['speed']:,.0f}", f"{result['rss']:,.0f}"
        lines.append(f"| {config} | " + " | ".join(cells) + f" | {speed} | {rss} |")
    return lines


def language_rows(items: list[dict[str, str]], results: dict[str, dict[str, Any]]) -> list[str]:
    """A markdown table of accuracy per language (all sets and kinds), one column per configuration."""
    names = [name for name, result in results.items() if "answers" in result]
    lines = ["| lang | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    for lang in sorted({item["lang"] for item in items}):
        cells = []
        for name in names:
            pairs = [
                (item, answer)
                for item, answer in zip(items, results[name]["answers"], strict=True)
                if item["lang"] == lang
            ]
            cells.append(f"{sum(answer == item['lang'] for item, answer in pairs) / len(pairs):.3f}")
        lines.append(f"| {lang} | " + " | ".join(cells) + " |")
    return lines


def confusions(answers: list[str], items: list[dict[str, str]], limit: int = 12) -> list[str]:
    """The most frequent (gold → answer) errors."""
    counts = Counter(
        (item["lang"], answer) for item, answer in zip(items, answers, strict=True) if answer != item["lang"]
    )
    return [f"{gold}→{answer}: {n}" for (gold, answer), n in counts.most_common(limit)]


def tagging_time() -> list[str]:
    """Time ``first_pass`` and ``tag`` on the bundled samples against ``ftfy.fix_text``.

    ``tag`` is timed twice: cold (the first pass over the samples, which loads lingua's models for
    the languages it needs, once per process) and warm.
    """
    import ftfy

    import povcorpus
    from povcorpus.language import first_pass, tag
    from povcorpus.samples import sample_paths

    documents = [doc for path in sample_paths() for doc in povcorpus.load(path)]
    chars = sum(len(doc.text) for doc in documents)
    ftfy.fix_text(documents[0].text)
    first_pass(documents[0].text)
    seconds: dict[str, float] = {}
    for name, step in (
        ("ftfy", lambda doc: ftfy.fix_text(doc.text)),
        ("first_pass", lambda doc: first_pass(doc.text)),
        ("tag cold", tag),
        ("tag warm", tag),
    ):
        start = time.perf_counter()
        for doc in documents:
            step(doc)
        seconds[name] = time.perf_counter() - start
    return [
        "### Tagging the samples",
        "",
        f"{len(documents)} documents, {chars:,} characters: "
        f"first_pass {seconds['first_pass'] / len(documents) * 1e6:.0f} µs per document; "
        f"tag {seconds['tag cold'] * 1000:.0f} ms cold (loading models), "
        f"{seconds['tag warm'] * 1000:.0f} ms warm ({chars / seconds['tag warm'] / 1e6:.2f} MB/s); "
        f"ftfy.fix_text {seconds['ftfy'] * 1000:.0f} ms; warm tag / ftfy = "
        f"{seconds['tag warm'] / seconds['ftfy']:.2f}",
    ]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print markdown; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="the dev set (JSON lines)")
    parser.add_argument("--gettext", type=Path, default=GETTEXT_DATA, help="the second, held-out set")
    parser.add_argument("--more", type=Path, default=MORE_DATA, help="the third set (other languages)")
    parser.add_argument("--own", type=Path, default=OWN_DATA, help="folder of the project's labelled sets")
    parser.add_argument("--config", action="append", help=f"configuration(s) to run (default: {CONFIGS})")
    parser.add_argument("--priors", action="store_true", help="also run the default with corpus priors")
    parser.add_argument("--all-splits", action="store_true", help="report the tune half of sets too")
    parser.add_argument("--tagging", action="store_true", help="also time first_pass() and tag()")
    parser.add_argument("--errors", action="store_true", help="list the most frequent confusions")
    args = parser.parse_args(argv)
    paths = {"dev": args.data, "gettext": args.gettext, "more": args.more, "own": args.own}
    items = load(paths, args.all_splits)
    if not items:
        print("no labelled items found", file=sys.stderr)
        return 1
    configs = list(args.config or CONFIGS)
    if args.priors:
        configs.append(DEFAULT_BACKEND + PRIORS)
    results: dict[str, dict[str, Any]] = {}
    context = multiprocessing.get_context("spawn")
    for config in configs:
        with concurrent.futures.ProcessPoolExecutor(1, mp_context=context) as pool:
            results[config] = pool.submit(run_config, config, items).result()
    counts = Counter(item["set"] for item in items)
    print(f"{len(items)} items: " + ", ".join(f"{name} {n}" for name, n in counts.items()) + "\n")
    print("### Accuracy, speed and peak memory\n")
    print("\n".join(accuracy_rows(items, results)))
    print("\n### Accuracy per language (all sets and kinds)\n")
    print("\n".join(language_rows(items, results)))
    skipped = {name: result["skipped"] for name, result in results.items() if "skipped" in result}
    notes = [f"- {name}: skipped ({reason})" for name, reason in skipped.items()]
    notes += [
        f"- {name}: models loaded in {result['load']:.1f} s"
        for name, result in results.items()
        if "load" in result
    ]
    print("\n" + "\n".join(notes))
    if args.errors:
        for name, result in results.items():
            if "answers" in result:
                print(f"\n{name} errors: " + ", ".join(confusions(result["answers"], items)))
    if args.tagging:
        print("\n" + "\n".join(tagging_time()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
