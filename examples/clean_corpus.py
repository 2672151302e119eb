"""Clean a corpus into JSONL and print a summary: the main job, written out in Python.

Run it on the bundled samples, or on your own files::

    python examples/clean_corpus.py                       # writes clean.jsonl
    python examples/clean_corpus.py corpus/ -o out.jsonl

The output loads back into equal documents with ``povcorpus.load("out.jsonl")``.
The command ``povcorpus process`` does the same job with worker processes,
failure isolation and an atomic write.
"""

from __future__ import annotations

import argparse
import collections
import json
import time
from collections.abc import Sequence
from pathlib import Path

import povcorpus
from povcorpus.samples import sample_paths


def main(argv: Sequence[str] | None = None) -> int:
    """Load, clean, structure and tag every document, write JSONL, print a summary."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("inputs", nargs="*", help="files, directories or globs (default: the samples)")
    parser.add_argument("-o", "--output", default="clean.jsonl", help="output file (default: clean.jsonl)")
    args = parser.parse_args(argv)

    options = povcorpus.PipelineOptions()  # every step on, default cleaners, default language backend
    started = time.perf_counter()
    languages: collections.Counter[str] = collections.Counter()
    rules: collections.Counter[str] = collections.Counter()
    count = chars_in = chars_out = 0
    output = Path(args.output)
    with output.open("w", encoding="utf-8") as out:
        for doc in povcorpus.load(args.inputs or sample_paths()):  # lazy: one file open at a time
            doc = povcorpus.process(doc, options)
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            count += 1
            chars_in += len(doc.raw)
            chars_out += len(doc.text)
            languages[doc.language or "none"] += 1
            rules.update(edit.rule for edit in doc.edits)
    seconds = time.perf_counter() - started

    print(f"wrote {count} documents to {output} in {seconds:.2f} s")
    print(f"characters: {chars_in} raw -> {chars_out} clean")
    print("languages: " + ", ".join(f"{lang}={n}" for lang, n in languages.most_common()))
    print("edits per rule:")
    for rule, n in rules.most_common():
        print(f"  {rule:<28} {n:>6}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
