"""Accuracy and speed of language detection, per backend, on labelled real text.

Reads JSON lines ``{"text", "lang", "kind"[, "source"]}``: the development set
``../shared/data/langid-dev.jsonl`` (relative to the project root; ``--data``)
and the project's own labelled set ``tests/data/language/*.jsonl`` (the
corpus's kinds of text: Italian summaries, English news and white papers,
machine-translated English, Persian, short headings). For every backend it
prints markdown tables of accuracy per kind and per language, and items per
second, through :func:`povcorpus.language.detect_language` (script fast
paths + backend) and, with ``--raw``, the backend alone. ``--tagging`` also
times :func:`povcorpus.language.tag` on the bundled samples against
``ftfy.fix_text``, as a stand-in for the rest of the pipeline.

Usage::

    python benchmarks/langid.py [--data FILE] [--backend NAME ...] [--raw] [--tagging]
"""

from __future__ import annotations

import argparse
import functools
import json
import resource
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from pathlib import Path

from povcorpus.errors import MissingExtraError
from povcorpus.language import detect_language, get_backend, normalize_code

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = ROOT / ".." / "shared" / "data" / "langid-dev.jsonl"
OWN_DATA = ROOT / "tests" / "data" / "language"
KINDS = ("short", "sentence", "paragraph")


def load(paths: Sequence[Path]) -> list[dict[str, str]]:
    """Read labelled items from JSON-lines files, tagging each with its file's stem as ``set``."""
    items: list[dict[str, str]] = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                item["set"] = "dev" if path.name == "langid-dev.jsonl" else "own"
                items.append(item)
    return items


def raw_detector(name: str) -> Callable[[str], str]:
    """The backend alone: its best answer with an ISO 639-1 code, or ``und``."""
    backend = get_backend(name)

    def detect(text: str) -> str:
        for code, _ in backend.rank(text):
            normal = normalize_code(code)
            if normal:
                return normal
        return "und"

    return detect


def _code(text: str, backend: str) -> str:
    return detect_language(text, backend).code


def evaluate(detect: Callable[[str], str], items: list[dict[str, str]]) -> tuple[list[str], float]:
    """Answers for every item and the items per second."""
    start = time.perf_counter()
    answers = [detect(item["text"]) for item in items]
    return answers, len(items) / (time.perf_counter() - start)


def table(title: str, rows: dict[str, dict[str, tuple[int, int]]], columns: Sequence[str]) -> list[str]:
    """A markdown table of accuracy (``right/total`` as percent) per row and column."""
    lines = [f"| {title} | " + " | ".join(columns) + " |", "|---|" + "---:|" * len(columns)]
    for row, cells in rows.items():
        shown = []
        for column in columns:
            right, total = cells.get(column, (0, 0))
            shown.append(f"{100 * right / total:.1f}" if total else "")
        lines.append(f"| {row} | " + " | ".join(shown) + " |")
    return lines


def report(results: dict[str, tuple[list[str], float]], items: list[dict[str, str]]) -> list[str]:
    """Markdown tables: overall and per kind; per language; speed."""
    out: list[str] = []
    names = list(results)
    by_kind: dict[str, dict[str, tuple[int, int]]] = {}
    by_lang: dict[str, dict[str, tuple[int, int]]] = defaultdict(dict)
    for name, (answers, _) in results.items():
        kind_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        lang_counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for item, answer in zip(items, answers, strict=True):
            right = int(answer == item["lang"])
            for key in (f"{item['set']}: {item['kind']}", f"{item['set']}: all"):
                kind_counts[key][0] += right
                kind_counts[key][1] += 1
            lang_counts[item["lang"]][0] += right
            lang_counts[item["lang"]][1] += 1
        for key, (right, total) in sorted(kind_counts.items()):
            by_kind.setdefault(key, {})[name] = (right, total)
        for lang, (right, total) in sorted(lang_counts.items()):
            by_lang[lang][name] = (right, total)
    out += ["### Accuracy (%) per set and kind", "", *table("set: kind", by_kind, names), ""]
    out += ["### Accuracy (%) per language (all kinds)", "", *table("lang", dict(by_lang), names), ""]
    out += ["### Speed", "", "| backend | items/s |", "|---|---:|"]
    out += [f"| {name} | {speed:,.0f} |" for name, (_, speed) in results.items()]
    return out


def confusions(answers: list[str], items: list[dict[str, str]], limit: int = 12) -> list[str]:
    """The most frequent (gold → answer) errors."""
    counts = Counter(
        (item["lang"], answer) for item, answer in zip(items, answers, strict=True) if answer != item["lang"]
    )
    return [f"{gold}→{answer}: {n}" for (gold, answer), n in counts.most_common(limit)]


def tagging_time() -> list[str]:
    """Time ``tag`` on the bundled samples against the rest of the pipeline (or ``ftfy.fix_text``)."""
    import ftfy

    import povcorpus
    from povcorpus.language import tag
    from povcorpus.samples import sample_paths

    documents = [doc for path in sample_paths() for doc in povcorpus.load(path)]
    chars = sum(len(doc.text) for doc in documents)
    lines = ["### Tagging the samples", ""]
    try:
        from povcorpus.pipeline import PipelineOptions, process

        start = time.perf_counter()
        prepared = [process(doc, PipelineOptions(tag=False)) for doc in documents]
        rest_seconds = time.perf_counter() - start
        rest = "the rest of the pipeline (boilerplate, cleaners, structure)"
    except Exception as error:  # the pipeline is assembled elsewhere; fall back to ftfy alone
        lines.append(f"(pipeline not usable here: {error!r}; comparing with ftfy.fix_text)")
        prepared = documents
        start = time.perf_counter()
        for doc in documents:
            ftfy.fix_text(doc.text)
        rest_seconds = time.perf_counter() - start
        rest = "ftfy.fix_text"
    start = time.perf_counter()
    for doc in prepared:
        tag(doc)
    tag_seconds = time.perf_counter() - start
    lines.append(
        f"{len(documents)} documents, {chars:,} characters: tag {tag_seconds * 1000:.0f} ms "
        f"({chars / tag_seconds / 1e6:.2f} MB/s); {rest} {rest_seconds * 1000:.0f} ms; "
        f"tagging share of the total = {tag_seconds / (tag_seconds + rest_seconds):.0%}"
    )
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    """Run the benchmark and print markdown; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA, help="labelled JSON lines (dev set)")
    parser.add_argument("--own", type=Path, default=OWN_DATA, help="folder of the project's labelled sets")
    parser.add_argument("--backend", action="append", help="backend(s) to run (default: all registered)")
    parser.add_argument("--raw", action="store_true", help="also run each backend without the fast paths")
    parser.add_argument("--tagging", action="store_true", help="also time tag() on the samples")
    parser.add_argument("--errors", action="store_true", help="list the most frequent confusions")
    args = parser.parse_args(argv)
    paths = [args.data] if args.data.exists() else []
    if not paths:
        print(f"note: {args.data} not found; using the project's own set only", file=sys.stderr)
    paths += sorted(args.own.glob("*.jsonl"))
    items = load(paths)
    results: dict[str, tuple[list[str], float]] = {}
    notes: list[str] = []
    for name in args.backend or ["langdetect", "py3langid", "lingua"]:
        try:
            start = time.perf_counter()
            backend = get_backend(name)
            # Load every model the items need (lingua loads per language, lazily) before timing.
            for text in {item["lang"]: item["text"] for item in items}.values():
                detect_language(text, name)
                backend.rank(text)
            load_seconds = time.perf_counter() - start
        except MissingExtraError as error:
            notes.append(f"- {name}: skipped ({error})")
            continue
        results[name] = evaluate(functools.partial(_code, backend=name), items)
        if args.raw:
            results[f"{name} (raw)"] = evaluate(raw_detector(name), items)
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        notes.append(f"- {name}: loaded in {load_seconds:.1f} s; peak RSS so far {rss:,.0f} MB")
    print(f"{len(items)} items ({', '.join(str(p.name) for p in paths)})\n")
    print("\n".join(report(results, items)))
    print("\n" + "\n".join(notes))
    if args.errors:
        for name, (answers, _) in results.items():
            print(f"\n{name} errors: " + ", ".join(confusions(answers, items)))
    if args.tagging:
        print("\n" + "\n".join(tagging_time()))
    return 0


if __name__ == "__main__":
    sys.exit(main())
