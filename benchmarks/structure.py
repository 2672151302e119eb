"""Benchmark of povcorpus.structure: time of ``extract_structure`` on the samples, and the dev-set scores.

Usage::

    python benchmarks/structure.py             # samples timing (min of 7 rounds), dev and held-out scores
    python benchmarks/structure.py --rounds 20

The samples are loaded twice, as whole files (``format="text"``) and split
into documents by the default loader, so both a 340-line white paper and
short news items are timed. The scores come from ``tests/data/structure``:
documents with their expected outlines, checked the way
``tests/test_structure_devset.py`` checks them.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import time
from pathlib import Path

from povcorpus.loaders import load_file
from povcorpus.model import Document
from povcorpus.samples import sample_path
from povcorpus.structure import extract_structure

ROOT = Path(__file__).resolve().parents[1]


def sample_documents() -> list[Document]:
    """Every sample, as one document per file and as the loader splits it."""
    keys = ("000", "001", "002", "003", "004")
    whole = [doc for key in keys for doc in load_file(sample_path(key), format="text")]
    split = [doc for key in keys for doc in load_file(sample_path(key))]
    return whole + split


def best_time(documents: list[Document], rounds: int) -> float:
    """Fastest of ``rounds`` runs of ``extract_structure`` over all ``documents``, in seconds."""
    best = float("inf")
    for _ in range(rounds):
        start = time.perf_counter()
        for doc in documents:
            extract_structure(doc)
        best = min(best, time.perf_counter() - start)
    return best


def main(argv: list[str] | None = None) -> int:
    """Print the timing table and the dev-set scores."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args(argv)
    documents = sample_documents()
    chars = sum(len(doc.text) for doc in documents)
    seconds = best_time(documents, args.rounds)
    print(f"extract_structure: {len(documents)} documents, {chars:,} characters")
    print(f"  best of {args.rounds}: {seconds * 1000:.1f} ms  ({chars / seconds / 1e6:.2f} M chars/s)")
    spec = importlib.util.spec_from_file_location("devset", ROOT / "tests" / "test_structure_devset.py")
    if spec is None or spec.loader is None:
        return 1
    devset = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(devset)
    for name in ("dev", "heldout"):
        right, total, wrong = devset.score(name)
        print(f"{name}: {right}/{total} documents right" + (f"; wrong: {wrong}" if wrong else ""))
    for half in ("tune", "test"):
        right, total, wrong = devset.score_half("heldout2", half)
        found = f"heldout2 {half} half: {right}/{total} documents right"
        print(found + (f"; wrong: {wrong}" if wrong else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
