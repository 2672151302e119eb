"""The same cleaning job three ways: one process, a multiprocessing pool, and a Dask bag if installed.

Run it::

    python examples/scale_out.py

``povcorpus.process`` is pure and picklable, so any engine that can map a
function over documents can run the pipeline, and every engine gives the same
documents. Here each task is one file: a worker loads it and processes its
documents, so only paths travel to the workers and only results travel back.
"""

from __future__ import annotations

import functools
import importlib.util
import multiprocessing
import time
from collections.abc import Callable
from pathlib import Path

import povcorpus
from povcorpus.samples import sample_paths


def clean_file(path: Path, options: povcorpus.PipelineOptions) -> list[povcorpus.Document]:
    """Load one file and run the pipeline on each of its documents (runs in a worker)."""
    return [povcorpus.process(doc, options) for doc in povcorpus.load(path)]


def timed(label: str, job: Callable[[], list[povcorpus.Document]]) -> list[povcorpus.Document]:
    """Run ``job``, print how long it took, and return its documents."""
    started = time.perf_counter()
    docs = job()
    seconds = time.perf_counter() - started
    print(f"{label:<26} {len(docs):>4} documents in {seconds:6.2f} s")
    return docs


def main() -> int:
    """Run the job each way and check that every way gives the same documents."""
    paths = sample_paths()
    options = povcorpus.PipelineOptions()
    task = functools.partial(clean_file, options=options)

    serial = timed("one process", lambda: [doc for path in paths for doc in task(path)])

    def pool_job() -> list[povcorpus.Document]:
        with multiprocessing.get_context("spawn").Pool(processes=2) as pool:
            return [doc for docs in pool.imap(task, paths) for doc in docs]  # imap keeps input order

    assert timed("multiprocessing, 2 workers", pool_job) == serial

    if importlib.util.find_spec("dask") is not None:
        from povcorpus.integrations.dask import clean_bag

        bag = clean_bag(paths, options)  # one partition per file: workers read the files themselves
        dask_docs = timed("dask.bag, 2 processes", lambda: bag.compute(scheduler="processes", num_workers=2))
        assert dask_docs == serial
    else:
        print("dask is not installed; pip install 'povcorpus[dask]' to run the Dask version too")

    print("every engine gave the same documents")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
