"""Shared fixtures: paths of the bundled sample corpus."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

from povcorpus.samples import sample_dir, sample_path

# CI runs the same examples every time (a failure there is reproducible, never a flake);
# local runs draw new ones, which is how new bugs are found.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")


@pytest.fixture(scope="session")
def samples() -> Path:
    """The folder of the bundled sample corpus (a copy of the shared corpus)."""
    return sample_dir()


@pytest.fixture(scope="session")
def sample_text() -> dict[str, str]:
    """Decoded text of each sample file, keyed by its three-digit prefix."""
    return {
        prefix: sample_path(prefix).read_text(encoding="utf-8")
        for prefix in ("000", "001", "002", "003", "004")
    }
