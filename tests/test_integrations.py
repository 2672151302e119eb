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
    """The documents `povcorpus process --sample` writes."""
    out = tmp_path_factory.mktemp("cli") / "out.jsonl"
    assert main(["process", "--sample", "-o", str(out), "-q", "--workers", "1"]) == 0
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
    assert main(["process", "--sample", "-o", str(out), "--format", "parquet", "-q", "--workers", "1"]) == 0
    back = pandas.read_parquet(out)
    assert [row_document(row) for row in back.to_dict("records")] == cli_documents


def test_runner_matches_cli(cli_documents: list[povcorpus.Document]) -> None:
    """The Python runner and the CLI produce identical documents."""
    assert list(run(sample_dir(), PipelineOptions(), workers=1)) == cli_documents


# -- Hugging Face datasets as input, Dask over URLs --------------------------------------------


@pytest.fixture
def offline_datasets(monkeypatch: pytest.MonkeyPatch) -> object:
    """The datasets module, with the hub switched off: these tests build their datasets locally."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    return pytest.importorskip("datasets", reason="the datasets extra is not installed")


ROWS = [
    {"id": "r1", "content": "The nation' s programs grow.", "year": 2020},
    {"id": "r2", "content": "Il villaggio ha una nuova scuola e una strada.", "year": 2021},
    {"id": "r3", "content": "", "year": 2022},
]


@pytest.mark.parametrize("iterable", [False, True], ids=["Dataset", "IterableDataset"])
def test_load_reads_a_hf_dataset_row_by_row(offline_datasets: object, iterable: bool) -> None:
    """load(dataset, text_column=...) yields one raw document per row, in order, for both dataset kinds."""
    dataset = offline_datasets.Dataset.from_list(ROWS)  # type: ignore[attr-defined]
    if iterable:
        dataset = dataset.to_iterable_dataset()
    docs = list(povcorpus.load(dataset, text_column="content"))
    assert [doc.raw for doc in docs] == [row["content"] for row in ROWS]
    assert [doc.origin.index for doc in docs] == [0, 1, 2]
    assert {doc.origin.path for doc in docs} == {"<dataset>"}
    assert len({doc.id for doc in docs}) == 3
    processed = povcorpus.process(docs[0])
    assert processed.text == "The nation's programs grow."
    assert povcorpus.undo_edits(processed.text, processed.edits) == processed.raw


def test_hf_dataset_input_is_lazy(offline_datasets: object) -> None:
    """An endless IterableDataset is read one row at a time: the first documents come out."""
    from povcorpus.integrations.datasets import load_dataset_documents

    def endless() -> object:
        index = 0
        while True:
            yield {"text": f"Row {index} about rural roads.", "key": f"k{index}"}
            index += 1

    dataset = offline_datasets.IterableDataset.from_generator(endless)  # type: ignore[attr-defined]
    docs = load_dataset_documents(dataset, id_column="key")
    assert [next(docs).id for _ in range(3)] == ["k0", "k1", "k2"]


def test_hf_dataset_without_the_column_says_which_columns_exist(offline_datasets: object) -> None:
    """A missing text column is an error at once, listing the dataset's columns."""
    dataset = offline_datasets.Dataset.from_list(ROWS)  # type: ignore[attr-defined]
    with pytest.raises(povcorpus.errors.SourceError, match=r"no column 'text'.*content"):
        povcorpus.load(dataset)


def test_dask_bag_reads_urls_inside_the_workers() -> None:
    """clean_bag takes fsspec URLs and gives the documents it gives for the same local files."""
    pytest.importorskip("dask.bag")
    fsspec = pytest.importorskip("fsspec", reason="the remote extra is not installed")
    from povcorpus.integrations.dask import clean_bag

    memory = fsspec.filesystem("memory")
    try:
        for path in sample_paths()[3:]:
            memory.pipe(f"/dask-corpus/{path.name}.gz", __import__("gzip").compress(path.read_bytes()))
        remote = clean_bag("memory://dask-corpus/").compute(scheduler="sync")
    finally:
        memory.rm("/dask-corpus", recursive=True)
    local = clean_bag(sample_paths()[3:]).compute(scheduler="sync")
    assert [doc.text for doc in remote] == [doc.text for doc in local]
    assert [doc.id for doc in remote] == [doc.id for doc in local]
    assert all(doc.origin.path.startswith("memory://") for doc in remote)


def test_dask_bag_refuses_open_streams() -> None:
    """An open stream cannot travel to a worker: clean_bag says so instead of dropping it."""
    pytest.importorskip("dask.bag")
    from povcorpus.integrations.dask import clean_bag

    with sample_paths()[0].open("rb") as stream, pytest.raises(TypeError, match="paths or URLs"):
        clean_bag([stream])
