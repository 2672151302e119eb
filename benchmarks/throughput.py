"""Throughput of the whole pipeline against its floor and against ftfy, at 10 MB and 100 MB.

Usage::

    python benchmarks/throughput.py                 # 10 MB and 100 MB
    python benchmarks/throughput.py --sizes 10      # quicker

Builds a deterministic synthetic corpus from the bundled samples (copies of
the five files, each with its numbers shifted so no two documents are equal),
then reports, each measured in a fresh process so peak RSS is its own:

* the floor: read + decode + split into documents;
* ``ftfy.fix_text`` with its default config, and a light config (encoding
  fixes only), on the same paragraphs;
* the cleaning pass (boilerplate + cleaners + structure, no tagging) and the
  whole pipeline, with 1 and 2 workers;
* the share of each step in a one-process run;

and prints the ratios the project tracks as a Markdown table.
"""

from __future__ import annotations

import argparse
import json
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def build_corpus(root: Path, megabytes: int) -> Path:
    """Write about ``megabytes`` MB of sample-like files under ``root`` (deterministic)."""
    from povcorpus.samples import sample_paths

    target = root / f"corpus-{megabytes}mb"
    if target.exists():
        return target
    target.mkdir(parents=True)
    sources = [(path.name, path.read_text(encoding="utf-8")) for path in sample_paths()]
    wanted = megabytes * 1_000_000
    written = 0
    copy = 0
    while written < wanted:
        for name, text in sources:
            shifted = re.sub(r"\d+", lambda match, c=copy: str(int(match.group()) + c), text)
            path = target / f"{copy:05d}_{name}"
            path.write_text(shifted, encoding="utf-8")
            written += path.stat().st_size
            if written >= wanted:
                break
        copy += 1
    return target


def paragraphs_of(corpus: Path) -> list[str]:
    """Every non-blank line of the corpus: the unit ftfy is measured on."""
    lines: list[str] = []
    for path in sorted(corpus.iterdir()):
        lines.extend(line for line in path.read_text(encoding="utf-8").split("\n") if line.strip())
    return lines


def measure(kind: str, corpus: Path, workers: int = 1) -> dict[str, float]:
    """Run one measurement in a fresh process; returns seconds, bytes and peak RSS (MiB)."""
    output = subprocess.run(
        [sys.executable, __file__, "--child", kind, "--corpus", str(corpus), "--workers", str(workers)],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def child(kind: str, corpus: Path, workers: int) -> None:
    """The body of one measurement (runs in its own process)."""
    import povcorpus
    from povcorpus import process_corpus as run
    from povcorpus.pipeline import PipelineOptions

    size = sum(path.stat().st_size for path in corpus.iterdir())
    if kind in {"cleaning", "pipeline"}:
        # One-time costs (lazy imports such as wordfreq, compiled rule packs, language profiles)
        # are paid before the clock starts, as ftfy's import is for the ftfy rows.
        for doc in povcorpus.load(sorted(corpus.iterdir())[:5]):
            povcorpus.process(doc, PipelineOptions(tag=kind == "pipeline"))
    start = time.perf_counter()
    count = 0
    if kind == "floor":
        count = sum(1 for _ in povcorpus.load(corpus))
    elif kind in {"ftfy-default", "ftfy-light"}:
        import ftfy

        config = (
            ftfy.TextFixerConfig()
            if kind == "ftfy-default"
            else ftfy.TextFixerConfig(
                unescape_html=False,
                remove_terminal_escapes=False,
                fix_latin_ligatures=False,
                fix_character_width=False,
                uncurl_quotes=False,
                fix_line_breaks=False,
                fix_surrogates=False,
                remove_control_chars=False,
                normalization=None,
            )
        )
        paragraphs = paragraphs_of(corpus)
        start = time.perf_counter()
        for paragraph in paragraphs:
            ftfy.fix_text(paragraph, config)
        count = len(paragraphs)
    elif kind == "cleaning":
        count = sum(1 for _ in run(corpus, PipelineOptions(tag=False), workers=workers))
    elif kind == "pipeline":
        count = sum(1 for _ in run(corpus, PipelineOptions(), workers=workers))
    elif kind == "steps":
        print(json.dumps(step_shares(corpus)))
        return
    seconds = time.perf_counter() - start
    peak = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    print(json.dumps({"seconds": seconds, "bytes": size, "units": count, "peak_mib": peak / 1024}))


def step_shares(corpus: Path) -> dict[str, float]:
    """Seconds spent in each step of process(), in one process."""
    import povcorpus
    from povcorpus import pipeline
    from povcorpus.language import tag
    from povcorpus.structure import extract_structure

    options = pipeline.PipelineOptions()
    seconds = {"load": 0.0, "boilerplate": 0.0, "clean": 0.0, "structure": 0.0, "tag": 0.0}
    start = time.perf_counter()
    docs = list(povcorpus.load(corpus))
    seconds["load"] = time.perf_counter() - start
    for doc in docs[:5]:  # one-time costs first, as in the timed runs
        povcorpus.process(doc, options)
    for doc in docs:
        moment = time.perf_counter()
        doc = pipeline._strip_boilerplate(doc, options)
        seconds["boilerplate"] += time.perf_counter() - moment
        moment = time.perf_counter()
        doc = pipeline._clean_fields(doc, options)
        seconds["clean"] += time.perf_counter() - moment
        if doc.origin.format in options.structure_formats:
            moment = time.perf_counter()
            doc = extract_structure(doc)
            seconds["structure"] += time.perf_counter() - moment
        moment = time.perf_counter()
        tag(doc)
        seconds["tag"] += time.perf_counter() - moment
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", default="10,100", help="corpus sizes in MB, comma-separated")
    parser.add_argument("--work", default=None, help="folder for the synthetic corpora (default: a temp dir)")
    parser.add_argument("--child", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", default=None, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child, Path(args.corpus), args.workers)
        return 0
    work = Path(args.work) if args.work else Path(tempfile.mkdtemp(prefix="povcorpus-bench-"))
    try:
        for size in [int(part) for part in args.sizes.split(",")]:
            report(build_corpus(work, size), size)
    finally:
        if not args.work:
            shutil.rmtree(work, ignore_errors=True)
    return 0


def report(corpus: Path, size: int) -> None:
    rows: list[tuple[str, dict[str, float]]] = [
        ("floor (read + decode + split)", measure("floor", corpus)),
        ("ftfy.fix_text, default config", measure("ftfy-default", corpus)),
        ("ftfy.fix_text, encoding fixes only", measure("ftfy-light", corpus)),
        ("cleaning pass, 1 worker", measure("cleaning", corpus, 1)),
        ("cleaning pass, 2 workers", measure("cleaning", corpus, 2)),
        ("whole pipeline, 1 worker", measure("pipeline", corpus, 1)),
        ("whole pipeline, 2 workers", measure("pipeline", corpus, 2)),
    ]
    ftfy_rate = rows[1][1]["bytes"] / rows[1][1]["seconds"]
    print(f"\n### {size} MB corpus\n")
    print("| run | MB/s | docs (or paragraphs)/s | × ftfy default | peak RSS MiB |")
    print("|---|---:|---:|---:|---:|")
    for name, row in rows:
        rate = row["bytes"] / row["seconds"]
        print(
            f"| {name} | {rate / 1e6:.2f} | {row['units'] / row['seconds']:.0f} | {rate / ftfy_rate:.2f} | "
            f"{row['peak_mib']:.0f} |"
        )
    one, two = rows[5][1], rows[6][1]
    print(f"\n2 workers / 1 worker (whole pipeline): {one['seconds'] / two['seconds']:.2f}×")
    shares = json.loads(
        subprocess.run(
            [sys.executable, __file__, "--child", "steps", "--corpus", str(corpus)],
            check=True,
            capture_output=True,
            text=True,
        )
        .stdout.strip()
        .splitlines()[-1]
    )
    total = sum(shares.values())
    print("\n| step | seconds | share |\n|---|---:|---:|")
    for step, seconds in shares.items():
        print(f"| {step} | {seconds:.2f} | {seconds / total:.0%} |")


if __name__ == "__main__":
    sys.exit(main())
