"""Dask, Hugging Face datasets and pandas give the same documents as the CLI."""

from __future__ import annotations

from pathlib import Path

import pytest

import povcorpus
from povcorpus import process_corpus as run
from povcorpus.cli import main
from povcorpus.integrations import document_row, row_document
from povcorpus.pipeline import PipelineOptions
from povcorpus.samples import sample_dir, sample_paths


@pytest.fixture(scope="module")
def cli_documents(tmp_path_factory: pytest.TempPathFactory) -> list[povcorpus.Document]:
    """The documents `povcorpus clean --sample` writes."""
    out = tmp_path_factory.mktemp("cli") / "out.jsonl"
    assert main(["clean", "--sample", "-o", str(out), "-q", "--workers", "1"]) == 0
    return list(povcorpus.load(out))


def test_rows_round_trip(cli_documents: list[povcorpus.Document]) -> None:
    """A flat table row gives back the document it was made from."""
    for doc in cli_documents:
        assert row_document(document_row(doc)) == doc


def test_dask_local_scheduler_matches_cli(cli_documents: list[povcorpus.Document]) -> None:
    """clean_bag computed with the synchronous scheduler equals the CLI's output."""
    pytest.importorskip("dask.bag")
    from povcorpus.integrations.dask import clean_bag

    assert clean_bag(sample_paths()).compute(scheduler="sync") == cli_documents


@pytest.mark.slow
def test_dask_distributed_cluster_matches_cli(cli_documents: list[povcorpus.Document]) -> None:
    """clean_bag on a distributed LocalCluster of two worker processes equals the CLI's output."""
    pytest.importorskip("distributed")
    from distributed import Client, LocalCluster

    from povcorpus.integrations.dask import clean_bag

    with (
        LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster,
        Client(cluster) as client,
    ):
        assert client.compute(clean_bag(sample_paths())).result() == cli_documents


def test_hf_dataset_round_trip(cli_documents: list[povcorpus.Document]) -> None:
    """Documents survive a trip through a Hugging Face Dataset."""
    pytest.importorskip("datasets")
    from povcorpus.integrations.datasets import from_hf_dataset, to_hf_dataset

    dataset = to_hf_dataset(cli_documents)
    assert len(dataset) == 29
    assert from_hf_dataset(dataset) == cli_documents


def test_hf_map_function_cleans_text_rows() -> None:
    """The Dataset.map function repairs a damaged text column and tags its language."""
    datasets = pytest.importorskip("datasets")
    from povcorpus.integrations.datasets import map_function

    rows = datasets.Dataset.from_list(
        [{"text": "The nation' s programs grow."}, {"text": "Ciao a tutti, come state oggi?"}]
    )
    cleaned = rows.map(map_function(PipelineOptions(disabled_steps=["structure"])))
    assert cleaned[0]["text"] == "The nation's programs grow."
    assert cleaned[0]["raw"] == "The nation' s programs grow."
    assert cleaned[1]["language"] == "it"


def test_pandas_and_parquet(tmp_path: Path, cli_documents: list[povcorpus.Document]) -> None:
    """to_pandas has one row per document, and --format parquet writes the same rows."""
    pandas = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    from povcorpus.integrations.pandas import to_pandas

    frame = to_pandas(cli_documents)
    assert list(frame["id"]) == [doc.id for doc in cli_documents]
    out = tmp_path / "out.parquet"
    assert main(["clean", "--sample", "-o", str(out), "--format", "parquet", "-q", "--workers", "1"]) == 0
    back = pandas.read_parquet(out)
    assert [row_document(row) for row in back.to_dict("records")] == cli_documents


def test_runner_matches_cli(cli_documents: list[povcorpus.Document]) -> None:
    """The Python runner and the CLI produce identical documents."""
    assert list(run(sample_dir(), PipelineOptions(), workers=1)) == cli_documents
