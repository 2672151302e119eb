"""Build the whole development set: run every generator module of this folder.

Run from the repository root::

    python benchmarks/devset/build.py

Each generator (every ``*.py`` here except this file and the ``_`` helpers)
writes ``tests/data/dev/<kind>.jsonl``: one JSON object per line with the keys
``kind, lang, input, expected, split, source``; ``expected == input`` for
negatives; ``split`` (``tune`` or ``test``) is a hash of the clean text. Tune
rules on the ``tune`` half only; ``benchmarks/cleaner_quality.py`` reports the
``test`` half.
"""

from __future__ import annotations

import runpy
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def main() -> int:
    """Run each generator as a script, in name order."""
    sys.path.insert(0, str(HERE))
    for path in sorted(HERE.glob("*.py")):
        if path.name == "build.py" or path.name.startswith("_"):
            continue
        runpy.run_path(str(path), run_name="__main__")
    return 0


if __name__ == "__main__":
    sys.exit(main())
