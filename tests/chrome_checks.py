"""What the hand-written chrome rounds' tests share: the benchmark harness and a body to put lines around."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
BENCHMARK = ROOT / "benchmarks" / "chrome_round2.py"
DATA = ROOT / "tests" / "data" / "boilerplate"
BODY = (
    "The county built forty kilometres of road last year, linking twelve villages to the market town.\n\n"
    "Farmers now sell vegetables in the town every morning, and their incomes have risen by a third."
)
"""Two paragraphs of prose: a chrome line put before or after them must leave exactly them."""


def chrome_benchmark() -> ModuleType:
    """``benchmarks/chrome_round2.py``, the harness every round runs (loaded from its file)."""
    spec = importlib.util.spec_from_file_location("chrome_round2", BENCHMARK)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def lines_of(*names: str) -> set[str]:
    """The lines (chrome and honest) of the round files ``names`` in :data:`DATA`: what a new round
    must not repeat."""
    module = chrome_benchmark()
    return {line for name in names for _, _, line in module.items(DATA / name)}
