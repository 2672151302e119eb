"""Quickstart: load the bundled samples, process one document, and see what changed.

Run it from anywhere::

    python examples/quickstart.py
"""

from __future__ import annotations

import povcorpus
from povcorpus.samples import sample_path


def main() -> None:
    """Load one sample file, process its third news record and print the result."""
    path = sample_path("002")  # five English and Persian news records, each ended by "Source:"
    docs = list(povcorpus.load(path))
    print(f"loaded {len(docs)} documents from {path.name} (format: {docs[0].origin.format})")

    doc = povcorpus.process(docs[2])  # boilerplate, repairs, structure, language tags
    print(f"id:       {doc.id}")
    print(f"title:    {doc.title}")
    print(f"language: {doc.language}")
    print(f"lines:    {doc.origin.line_start}-{doc.origin.line_end} of {path.name}")
    print(f"edits:    {len(doc.edits)}")
    for edit in doc.edits[:8]:
        print(f"  {edit.step:<11} {edit.rule:<24} {edit.field:<6} {edit.before!r} -> {edit.after!r}")

    # Nothing is lost: undoing the body's edits gives back the exact record read from the file.
    assert povcorpus.undo_edits(doc.text, doc.edits) == doc.raw
    print("undo_edits(doc.text, doc.edits) == doc.raw")


if __name__ == "__main__":
    main()
