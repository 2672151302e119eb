"""The bundled sample corpus: five real files with the damage this library repairs.

>>> [path.name[:3] for path in sample_paths()]
['000', '001', '002', '003', '004']
"""

from __future__ import annotations

from importlib import resources
from pathlib import Path

__all__ = ["sample_dir", "sample_path", "sample_paths"]


def sample_dir() -> Path:
    """The folder holding the sample files."""
    return Path(str(resources.files(__name__)))


def sample_paths() -> list[Path]:
    """Every sample file, sorted by name."""
    return sorted(sample_dir().glob("*.txt"))


def sample_path(prefix: str) -> Path:
    """The sample file whose name starts with ``prefix`` (``"004"``).

    Raises:
        FileNotFoundError: no sample starts with ``prefix``.
    """
    for path in sample_paths():
        if path.name.startswith(prefix):
            return path
    msg = f"no sample file starts with {prefix!r}; samples: {[p.name for p in sample_paths()]}"
    raise FileNotFoundError(msg)
