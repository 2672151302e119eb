"""MinHash signatures and LSH band keys, in pure Python and vectorised with numpy.

Both backends compute exactly the same numbers (tests check it), so the
candidate pairs, and therefore the clusters, do not depend on whether numpy is
installed; numpy only makes it faster (see ``docs/duplicates.md`` for figures).

The hash family is multiply-add-shift on 64 bits: ``h_i(x) = ((a_i * x + b_i)
mod 2**64) >> 32`` for the low 32 bits ``x`` of a shingle hash, with odd
``a_i``; it is 2-universal, needs no modulo, and wraps the same way in numpy's
``uint64`` as in masked Python integers.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from attrs import frozen

from povcorpus.dedupe._text import _FOLD, _MIX1, _MIX2, MASK64, _mix

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt

__all__ = [
    "LshParams",
    "choose_params",
    "have_numpy",
    "python_band_keys",
]

_SEED = 0x5EED


@frozen
class LshParams:
    """How a signature of ``bands * rows`` values is cut into LSH bands."""

    bands: int
    rows: int

    @property
    def num_perm(self) -> int:
        """Length of the signature actually used."""
        return self.bands * self.rows


def _integrate(function: Callable[[float], float], low: float, high: float, steps: int = 200) -> float:
    """Midpoint rule; enough to rank band/row choices."""
    width = (high - low) / steps
    total: float = sum(function(low + (i + 0.5) * width) for i in range(steps))
    return total * width


@lru_cache(maxsize=64)
def choose_params(threshold: float, num_perm: int, fn_weight: float = 0.8) -> LshParams:
    """Pick bands and rows minimising the weighted false-positive and false-negative areas.

    False negatives weigh more by default (``fn_weight=0.8``): a pair LSH
    misses is lost, while a false candidate only costs one exact Jaccard check.
    """
    best: tuple[float, int, int] | None = None
    for bands in range(1, num_perm + 1):
        rows = num_perm // bands
        if rows == 0:
            break

        def prob(s: float, b: int = bands, r: int = rows) -> float:
            return 1.0 - (1.0 - s**r) ** b

        false_positive = _integrate(prob, 0.0, threshold)
        false_negative = _integrate(lambda s: 1.0 - prob(s), threshold, 1.0)
        error = (1.0 - fn_weight) * false_positive + fn_weight * false_negative
        if best is None or error < best[0] - 1e-12:
            best = (error, bands, rows)
    assert best is not None  # num_perm >= 1
    return LshParams(bands=best[1], rows=best[2])


@lru_cache(maxsize=16)
def permutations(num_perm: int) -> tuple[tuple[int, ...], tuple[int, ...]]:
    """The ``(a, b)`` coefficients of the hash family, fixed by a seed."""
    rng = random.Random(_SEED)
    a = tuple(rng.getrandbits(64) | 1 for _ in range(num_perm))
    b = tuple(rng.getrandbits(64) for _ in range(num_perm))
    return a, b


@lru_cache(maxsize=16)
def band_multipliers(rows: int) -> tuple[int, ...]:
    """Odd 64-bit multipliers that fold the ``rows`` values of a band into one key."""
    rng = random.Random(_SEED + 1)
    return tuple(rng.getrandbits(64) | 1 for _ in range(rows))


def python_signature(shingles: Sequence[int], num_perm: int) -> list[int]:
    """MinHash signature of a non-empty shingle set, in pure Python."""
    a_list, b_list = permutations(num_perm)
    xs = [value & 0xFFFFFFFF for value in shingles]
    return [min(((a * x + b) & MASK64) >> 32 for x in xs) for a, b in zip(a_list, b_list, strict=True)]


def python_band_keys(signature: Sequence[int], params: LshParams) -> list[int]:
    """One 64-bit key per band; equal keys put two units in the same bucket."""
    multipliers = band_multipliers(params.rows)
    keys = []
    for band in range(params.bands):
        value = band
        for row, multiplier in enumerate(multipliers):
            value = (value + signature[band * params.rows + row] * multiplier) & MASK64
        keys.append(_mix(value))
    return keys


def have_numpy() -> bool:
    """Whether the vectorised backend can run."""
    try:
        import numpy  # noqa: F401
    except ImportError:
        return False
    return True


def numpy_shingles(
    token_hashes: npt.NDArray[np.uint64], lengths: npt.NDArray[np.int64], size: int
) -> tuple[npt.NDArray[np.uint64], npt.NDArray[np.int64]]:
    """Shingle hashes of many units at once, equal to :func:`~._text.shingle_hashes`.

    Args:
        token_hashes: the token hashes of all units, concatenated.
        lengths: number of tokens of each unit (each at least 1).
        size: shingle size in tokens.

    Returns:
        The sorted, de-duplicated shingle hashes of all units, concatenated, and
        the number of them per unit.
    """
    import numpy as np

    units = len(lengths)
    widths = np.minimum(lengths, size)
    counts = lengths - widths + 1
    starts = np.zeros(units, dtype=np.int64)
    np.cumsum(lengths[:-1], out=starts[1:])
    total = int(counts.sum())
    owner = np.repeat(np.arange(units), counts)
    shingle_starts = np.zeros(units, dtype=np.int64)
    np.cumsum(counts[:-1], out=shingle_starts[1:])
    first = starts[owner] + (np.arange(total) - shingle_starts[owner])
    width = widths[owner]
    value = np.zeros(total, dtype=np.uint64)
    fold = np.uint64(_FOLD)
    for k in range(size):
        active = k < width
        index = np.where(active, first + k, 0)
        step = value * fold + token_hashes[index]
        value = np.where(active, step, value)
    value ^= value >> np.uint64(30)
    value *= np.uint64(_MIX1)
    value ^= value >> np.uint64(27)
    value *= np.uint64(_MIX2)
    value ^= value >> np.uint64(31)
    # Sort within each unit (owner is the primary key) and drop repeats.
    order = np.lexsort((value, owner))
    value = value[order]
    owner = owner[order]
    keep = np.ones(total, dtype=bool)
    keep[1:] = (value[1:] != value[:-1]) | (owner[1:] != owner[:-1])
    value = value[keep]
    unique_counts = np.bincount(owner[keep], minlength=units).astype(np.int64)
    return value, unique_counts


def numpy_band_keys(
    shingles: npt.NDArray[np.uint64], counts: npt.NDArray[np.int64], params: LshParams
) -> npt.NDArray[np.uint64]:
    """Band keys of many units, equal to :func:`python_signature` + :func:`python_band_keys`.

    Args:
        shingles: shingle hashes of all units, concatenated (each unit non-empty).
        counts: number of shingles per unit.
        params: the band layout.

    Returns:
        An array of shape ``(units, bands)``.
    """
    import numpy as np

    a_list, b_list = permutations(params.num_perm)
    a = np.array(a_list, dtype=np.uint64)
    b = np.array(b_list, dtype=np.uint64)
    xs = shingles & np.uint64(0xFFFFFFFF)
    offsets = np.zeros(len(counts), dtype=np.int64)
    np.cumsum(counts[:-1], out=offsets[1:])
    # One row per permutation, so that each unit's shingles are contiguous for reduceat;
    # in-place steps and 32-bit minima halve the memory traffic.
    hashed = np.multiply.outer(a, xs)
    hashed += b[:, None]
    hashed >>= np.uint64(32)
    signature = np.minimum.reduceat(hashed.astype(np.uint32), offsets, axis=1).T.astype(np.uint64)
    multipliers = np.array(band_multipliers(params.rows), dtype=np.uint64)
    grid = signature.reshape(len(counts), params.bands, params.rows) * multipliers[None, None, :]
    keys = grid.sum(axis=2, dtype=np.uint64) + np.arange(params.bands, dtype=np.uint64)[None, :]
    keys ^= keys >> np.uint64(30)
    keys *= np.uint64(_MIX1)
    keys ^= keys >> np.uint64(27)
    keys *= np.uint64(_MIX2)
    keys ^= keys >> np.uint64(31)
    result: npt.NDArray[np.uint64] = keys
    return result


def recall(similarity: float, params: LshParams) -> float:
    """Probability that a pair of this Jaccard similarity becomes a candidate."""
    return 1.0 - (1.0 - similarity**params.rows) ** params.bands
