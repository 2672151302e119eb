"""Record what the cleaners make of the golden files, the samples and the dev set, as hashes.

Run from the repository root before changing how a cleaner looks for its
matches (a speed change must not change any output)::

    python benchmarks/record_cleaner_outputs.py

It writes ``tests/data/cleaners/outputs.json``: for every golden case (its
cleaner alone), every sample (the whole chain but ``spam``, each sample's language and no
language) and every dev-set input (the same chain; keyed by a hash of its
language and input), the SHA-256 of the output text and its edits.
``tests/test_cleaners_outputs.py`` recomputes them and fails on any difference.
Re-record only for a change meant to alter outputs, and say so in the commit.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from golden import DATA, read_golden  # noqa: E402  (the tests' reader, after the path)
from povcorpus.cleaners import CleanerChain, CleanResult, clean_text  # noqa: E402
from povcorpus.samples import sample_path  # noqa: E402

OUTPUTS = DATA / "cleaners" / "outputs.json"
SAMPLE_LANGS = {"000": "it", "001": "it", "002": "en", "003": "en", "004": "en"}


def digest(result: CleanResult) -> str:
    """The first 16 hex digits of the SHA-256 of a result's text and edits."""
    edits = [[e.start, e.end, e.before, e.after, e.rule] for e in result.edits]
    payload = json.dumps([result.text, edits], ensure_ascii=False)
    return hashlib.sha256(payload.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def outputs() -> Iterator[tuple[str, str]]:
    """``(key, digest)`` for every recorded input."""
    chain = CleanerChain.default().disable("spam")  # spam: the boilerplate rules, recorded elsewhere
    for path in sorted((DATA / "cleaners").glob("*.txt")):
        for case in read_golden(path):
            result = clean_text(case.input, lang=case.lang, cleaners=[case.rule], options=case.options)
            yield f"golden/{case.rule}/{case.title}", digest(result)
    for prefix, lang in SAMPLE_LANGS.items():
        text = sample_path(prefix).read_text(encoding="utf-8")
        for language in (lang, None):
            yield f"sample/{prefix}/{language}", digest(clean_text(text, lang=language, cleaners=chain))
    for path in sorted((DATA / "dev").glob("*.jsonl")):
        if path.stem in {"chrome", "spam", "honest_gambling"}:
            continue  # boilerplate kinds: not the cleaners' own
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line:
                item = json.loads(line)
                result = clean_text(item["input"], lang=item["lang"] or None, cleaners=chain)
                key = hashlib.sha256(f"{item['lang']}\0{item['input']}".encode()).hexdigest()[:16]
                yield f"dev/{path.stem}/{key}", digest(result)


def main(argv: list[str] | None = None) -> int:
    """Write the hashes (``--help`` only explains, ``--check`` compares without writing)."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the recording, write nothing")
    args = parser.parse_args(argv)
    recorded = dict(outputs())
    if args.check:
        kept = json.loads(OUTPUTS.read_text(encoding="utf-8"))
        changed = sorted(key for key in kept.keys() | recorded.keys() if kept.get(key) != recorded.get(key))
        print(f"{len(changed)} of {len(recorded)} outputs differ from the recording", *changed[:20], sep="\n")
        return 1 if changed else 0
    text = json.dumps(recorded, indent=0, sort_keys=True, ensure_ascii=False)
    OUTPUTS.write_text(text + "\n", encoding="utf-8")
    print(f"{len(recorded)} outputs recorded in {OUTPUTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
