"""Dev-set kind ``clean``: correct sentences in sixteen languages that must come back byte-identical.

Hosts: every ``sentence`` and ``paragraph`` item of the shared dev set (sixteen
languages, Chinese and Persian with their own punctuation), the written
sentences, and the clean sentences of ``tests/data/negative``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import ROOT, hosts, record, write

KIND = "clean"
LANGS = ("en", "it", "zh", "fa", "ar", "fr", "es", "de", "ru", "ja", "ur", "pt", "nl", "tr", "ko", "hi")


def build() -> list[dict[str, str]]:
    """Every clean sentence, with ``expected == input``."""
    records = [record(KIND, lang, text, text, source) for lang, text, source in hosts(LANGS)]
    for path in sorted((ROOT / "tests" / "data" / "negative").glob("*.txt")):
        for line in path.read_text(encoding="utf-8").split("\n"):
            if line and not line.startswith("#"):
                records.append(record(KIND, path.stem, line, line, "tests/data/negative"))
    return records


if __name__ == "__main__":
    write(KIND, build())
