"""Benchmark of povcorpus.find_duplicates: paragraphs per second and peak memory.

Usage::

    python benchmarks/duplicates.py                      # 10k, 100k and 1M paragraphs, numpy backend
    python benchmarks/duplicates.py --sizes 10000 --backend python
    python benchmarks/duplicates.py --compare 20000      # datasketch vs this library's numpy path

The corpus is synthetic and deterministic (seeded): paragraphs of 20-60 words
drawn from a Zipf-like vocabulary of 50,000 made-up words, grouped ten to a
document; 5 % of paragraphs are exact copies of an earlier one and 10 % are
near copies (a few words replaced, inserted or dropped). Each size runs in a
fresh subprocess, so its peak RSS (``ru_maxrss``) is its own; the table also
gives the RSS of a process that has only imported everything (``base``).
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import resource
import subprocess
import sys
import time
from collections.abc import Iterator

from povcorpus.model import Document, Origin

WORDS = 50_000
PER_DOC = 10


def vocabulary(seed: int = 7) -> list[str]:
    """Made-up words of 2-12 letters."""
    rng = random.Random(seed)
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choices(letters, k=rng.randint(2, 12))) for _ in range(WORDS)]


def paragraphs(count: int, seed: int = 11) -> Iterator[str]:
    """``count`` deterministic paragraphs, with exact and near copies of earlier ones."""
    rng = random.Random(seed)
    words = vocabulary()
    weights = list(itertools.accumulate(1.0 / (rank + 1) for rank in range(WORDS)))
    recent: list[list[str]] = []
    for _ in range(count):
        roll = rng.random()
        if recent and roll < 0.05:
            tokens = list(rng.choice(recent))
        elif recent and roll < 0.15:
            tokens = list(rng.choice(recent))
            for _ in range(rng.randint(1, 3)):
                position = rng.randrange(len(tokens))
                action = rng.random()
                if action < 0.4:
                    tokens[position] = rng.choices(words, cum_weights=weights)[0]
                elif action < 0.7:
                    tokens.insert(position, rng.choices(words, cum_weights=weights)[0])
                elif len(tokens) > 5:
                    del tokens[position]
        else:
            tokens = rng.choices(words, cum_weights=weights, k=rng.randint(20, 60))
        recent.append(tokens)
        if len(recent) > 5000:
            recent.pop(rng.randrange(len(recent)))
        yield " ".join(tokens).capitalize() + "."


def documents(count: int) -> Iterator[Document]:
    """The paragraphs of :func:`paragraphs`, ten lines to a document, built lazily."""
    stream = paragraphs(count)
    for index in itertools.count():
        chunk = list(itertools.islice(stream, PER_DOC))
        if not chunk:
            return
        text = "\n".join(chunk)
        origin = Origin("synthetic.txt", index * PER_DOC + 1, index * PER_DOC + len(chunk), 0, len(text))
        yield Document(id=f"synthetic-{index:07d}", text=text, raw=text, origin=origin)


def peak_mib() -> float:
    """Peak resident memory of this process so far (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_one(size: int, backend: str) -> dict[str, float]:
    """Time find_duplicates on ``size`` paragraphs in this process."""
    from povcorpus.dedupe import find_duplicates

    # Warm the caches (punctuation table, LSH parameters) outside the timing.
    find_duplicates(documents(20), level="paragraph", backend=backend)  # type: ignore[arg-type]
    base = peak_mib()
    generate = time.perf_counter()
    for _ in documents(size):
        pass
    generate = time.perf_counter() - generate
    start = time.perf_counter()
    records = find_duplicates(documents(size), level="paragraph", backend=backend)  # type: ignore[arg-type]
    seconds = time.perf_counter() - start - generate
    clusters = len({r.cluster for r in records if r.cluster is not None})
    duplicates = sum(r.is_duplicate for r in records)
    return {
        "paragraphs": len(records),
        "seconds": seconds,
        "paragraphs_per_s": len(records) / seconds,
        "clusters": clusters,
        "duplicates": duplicates,
        "base_mib": base,
        "peak_mib": peak_mib(),
    }


def compare(size: int) -> None:
    """datasketch MinHash + MinHashLSH against this library's vectorised path, same paragraphs."""
    from datasketch import MinHash, MinHashLSH

    from povcorpus.dedupe import find_duplicates, normalize_text, tokenize

    texts = list(paragraphs(size))
    docs = list(documents(size))
    start = time.perf_counter()
    shingle_sets = []
    for text in texts:
        tokens = tokenize(normalize_text(text))
        shingle_sets.append({" ".join(tokens[i : i + 5]).encode() for i in range(max(1, len(tokens) - 4))})
    prepared = time.perf_counter() - start
    start = time.perf_counter()
    signatures = MinHash.bulk(shingle_sets, num_perm=128)
    lsh = MinHashLSH(threshold=0.7, num_perm=128)
    with lsh.insertion_session() as session:
        for index, signature in enumerate(signatures):
            session.insert(index, signature)
    candidates = sum(len(lsh.query(signature)) - 1 for signature in signatures)
    datasketch_seconds = time.perf_counter() - start
    start = time.perf_counter()
    find_duplicates(docs, level="paragraph", backend="numpy")
    ours = time.perf_counter() - start
    print(f"{size} paragraphs")
    print(f"  shingling only (shared cost):               {prepared:7.2f} s")
    print(
        f"  datasketch bulk MinHash + LSH insert/query: {datasketch_seconds:7.2f} s "
        f"({candidates} candidate links, no verification)"
    )
    print(f"  povcorpus find_duplicates, numpy, end to end: {ours:7.2f} s")


def main(argv: list[str] | None = None) -> int:
    """Run the benchmark; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    parser.add_argument("--backend", choices=["numpy", "python"], default="numpy")
    parser.add_argument("--one", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--compare", type=int, metavar="N", help="compare with datasketch on N paragraphs")
    args = parser.parse_args(argv)
    if args.one:
        print(json.dumps(run_one(args.one, args.backend)))
        return 0
    if args.compare:
        compare(args.compare)
        return 0
    print(f"backend: {args.backend}")
    header = ("paragraphs", "seconds", "para/s", "clusters", "dups", "base MiB", "peak MiB")
    print(" ".join(f"{name:>10}" for name in header))
    for size in args.sizes:
        output = subprocess.run(
            [sys.executable, __file__, "--one", str(size), "--backend", args.backend],
            check=True,
            capture_output=True,
            text=True,
        ).stdout
        row = json.loads(output)
        print(
            f"{row['paragraphs']:>10,.0f} {row['seconds']:>10.1f} {row['paragraphs_per_s']:>10,.0f} "
            f"{row['clusters']:>10,.0f} {row['duplicates']:>10,.0f} {row['base_mib']:>10.0f} "
            f"{row['peak_mib']:>10.0f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
