"""Run the pipeline as a Dask bag: one partition per group of files, on any Dask scheduler.

>>> from povcorpus.integrations.dask import clean_bag  # doctest: +SKIP
>>> docs = clean_bag(["corpus/"]).compute()             # doctest: +SKIP
>>> docs = clean_bag("s3://bucket/corpus/*.txt.gz")      # doctest: +SKIP

Only file names travel to the workers, and each worker opens its files itself:
give URLs (``s3://``, ``gs://``, ``https://`` …) and the workers need no shared
file system, only the credentials of the store.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from povcorpus.errors import MissingExtraError
from povcorpus.loaders import expand_sources, load_file
from povcorpus.loaders.sources import SourceItem
from povcorpus.model import Document
from povcorpus.pipeline import DEFAULT_OPTIONS, PipelineOptions, process

__all__ = ["clean_bag"]


def _documents(path: str, format: str, encoding: str | None) -> list[Document]:
    return list(load_file(path, format=format, encoding=encoding))


def clean_bag(
    sources: SourceItem | Sequence[SourceItem],
    options: PipelineOptions = DEFAULT_OPTIONS,
    *,
    format: str = "auto",
    encoding: str | None = None,
    npartitions: int | None = None,
) -> Any:
    """A ``dask.bag.Bag`` of processed documents, in the same order as ``povcorpus process``.

    Files are read inside the workers (only paths and URLs travel), then every
    document goes through :func:`povcorpus.process` with ``options``. Open
    streams cannot travel to other machines and raise ``TypeError``.

    Raises:
        MissingExtraError: Dask is not installed (``pip install 'povcorpus[dask]'``).
    """
    try:
        bag: Any = importlib.import_module("dask.bag")
    except ImportError as error:
        feature = "clean_bag"
        raise MissingExtraError(feature, "dask", "dask") from error
    paths: list[str] = []
    for item in expand_sources(sources):
        if not isinstance(item, (str, Path)):
            msg = "clean_bag reads files inside the workers: pass paths or URLs, not open streams"
            raise TypeError(msg)
        paths.append(item.as_posix() if isinstance(item, Path) else item)
    partitions = npartitions or max(1, min(len(paths), 64))
    return (
        bag.from_sequence(paths, npartitions=partitions)
        .map(_documents, format=format, encoding=encoding)
        .flatten()
        .map(process, options)
    )
