"""Corpora where they live: compressed files, fsspec URLs and a real S3 API (moto's server, on 127.0.0.1)."""

from __future__ import annotations

import bz2
import gzip
import importlib.util
import io
import lzma
import os
import shutil
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

import povcorpus
from povcorpus import _io
from povcorpus.cli import main
from povcorpus.errors import MissingExtraError, SourceError, SourceNotFoundError
from povcorpus.loaders import TextFile
from povcorpus.samples import sample_path
from povcorpus.writers import JsonlWriter, read_ids


def _zstd(data: bytes) -> bytes:
    zstandard = pytest.importorskip("zstandard", reason="the zstd extra is not installed")
    return bytes(zstandard.ZstdCompressor().compress(data))


COMPRESSORS: dict[str, Callable[[bytes], bytes]] = {
    ".gz": gzip.compress,
    ".bz2": bz2.compress,
    ".xz": lzma.compress,
    ".zst": _zstd,
}


def _plain(sample: str = "002") -> bytes:
    return sample_path(sample).read_bytes()


def _texts(docs: list[povcorpus.Document]) -> list[tuple[str, str]]:
    return [(doc.raw, doc.text) for doc in docs]


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_compressed_input_reads_like_the_plain_file(tmp_path: Path, suffix: str) -> None:
    """A .gz/.bz2/.xz/.zst file gives the documents of its plain text, origin.path keeps the name given."""
    plain = tmp_path / "corpus.txt"
    plain.write_bytes(_plain())
    packed = tmp_path / f"corpus.txt{suffix}"
    packed.write_bytes(COMPRESSORS[suffix](_plain()))
    expected = list(povcorpus.load(plain))
    found = list(povcorpus.load(packed))
    assert _texts(found) == _texts(expected)
    assert [doc.id for doc in found] == [doc.id for doc in expected]  # the id ignores the compression
    assert {doc.origin.path for doc in found} == {packed.as_posix()}


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_compression_is_sniffed_from_magic_bytes(tmp_path: Path, suffix: str) -> None:
    """A compressed file whose name does not say so is recognised by its first bytes."""
    disguised = tmp_path / "corpus.txt"
    disguised.write_bytes(COMPRESSORS[suffix](_plain("000")))
    assert _io.sniff_compression(disguised.read_bytes()) == _io.COMPRESSION_SUFFIXES[suffix]
    assert _texts(list(povcorpus.load(disguised))) == _texts(list(povcorpus.load(sample_path("000"))))


def test_plain_text_is_not_taken_for_compressed_data() -> None:
    """Text that merely starts with letters of a magic number ('BZh…') is read as text."""
    assert _io.sniff_compression(b"BZ is a postcode") is None
    assert _io.sniff_compression(b"Bzh") is None
    assert _io.compression_of("notes.gzip.txt") is None


def test_compressed_input_is_streamed_not_decompressed_whole(tmp_path: Path) -> None:
    """Lines of a gzip file come out before its damaged end is reached: it is read as a stream."""
    body = "".join(f"line {number} of a long corpus\n" for number in range(200_000)).encode()
    packed = gzip.compress(body)
    damaged = tmp_path / "long.txt.gz"
    damaged.write_bytes(packed[: len(packed) // 2])
    lines = TextFile(damaged).lines()
    assert next(lines).text == "line 0 of a long corpus"
    with pytest.raises(SourceError, match="gzip data is damaged or truncated"):
        for _ in lines:
            pass


def test_damaged_compressed_file_is_skipped_with_a_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The CLI reports a truncated .gz as a skipped file (exit 3) and still writes the good files."""
    (tmp_path / "good.txt.gz").write_bytes(gzip.compress(_plain("003")))
    (tmp_path / "bad.txt.gz").write_bytes(gzip.compress(_plain("002"))[:200])
    out = tmp_path / "out.jsonl"
    code = main(["process", str(tmp_path / "good.txt.gz"), str(tmp_path / "bad.txt.gz"), "-o", str(out)])
    assert code == 3
    err = capsys.readouterr().err
    assert "bad.txt.gz" in err
    assert "Traceback" not in err
    assert len(list(povcorpus.load(out))) == len(list(povcorpus.load(sample_path("003"))))


def test_directory_walk_includes_compressed_text_files(tmp_path: Path) -> None:
    """A directory's .txt.gz and .jsonl.zst files are text files; a .tar.gz and a bare .gz are not."""
    (tmp_path / "a.txt.gz").write_bytes(gzip.compress(_plain("003")))
    (tmp_path / "b.txt").write_bytes(_plain("004"))
    (tmp_path / "c.tar.gz").write_bytes(gzip.compress(b"not read"))
    (tmp_path / "d.gz").write_bytes(gzip.compress(b"not read"))
    names = [Path(os.fspath(item)).name for item in povcorpus.loaders.expand_sources(tmp_path)]  # type: ignore[arg-type]
    assert names == ["a.txt.gz", "b.txt"]


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_cli_writes_compressed_output(tmp_path: Path, suffix: str) -> None:
    """`-o out.jsonl<suffix>` writes that compression, which load() reads back to the plain output."""
    if suffix == ".zst":
        pytest.importorskip("zstandard", reason="the zstd extra is not installed")
    plain, packed = tmp_path / "out.jsonl", tmp_path / f"out.jsonl{suffix}"
    assert main(["process", str(sample_path("003")), "-o", str(plain), "-q", "--workers", "1"]) == 0
    assert main(["process", str(sample_path("003")), "-o", str(packed), "-q", "--workers", "1"]) == 0
    assert packed.read_bytes() != plain.read_bytes()
    assert _io.sniff_compression(packed.read_bytes()) == _io.COMPRESSION_SUFFIXES[suffix]
    with _io.open_input(str(packed)) as stream:
        assert stream.read() == plain.read_bytes()


def test_compressed_output_is_deterministic_and_resumable(tmp_path: Path) -> None:
    """Two runs give the same .gz bytes (no timestamp), and --resume on a .gz keeps its documents."""
    first, second = tmp_path / "1.jsonl.gz", tmp_path / "2.jsonl.gz"
    for out in (first, second):
        assert main(["process", str(sample_path("004")), "-o", str(out), "-q", "--workers", "1"]) == 0
    assert first.read_bytes() == second.read_bytes()
    args = ["clean", str(sample_path("004")), str(sample_path("003")), "-o", str(first), "-q", "--resume"]
    assert main([*args, "--workers", "1"]) == 0
    ids, kept = list(read_ids(first)), list(read_ids(second))
    assert len(ids) == len(set(ids)) > len(kept)
    assert ids[: len(kept)] == kept


def test_output_honours_the_umask(tmp_path: Path) -> None:
    """The committed output has the permissions the umask allows, not mkstemp's private 0600."""
    out = tmp_path / "out.jsonl"
    with JsonlWriter(out):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask


# -- fsspec URLs -------------------------------------------------------------------------------


@pytest.fixture
def memory() -> Iterator[object]:
    """fsspec's in-memory file system, emptied after the test."""
    fsspec = pytest.importorskip("fsspec", reason="the remote extra is not installed")
    filesystem = fsspec.filesystem("memory")
    yield filesystem
    filesystem.store.clear()
    filesystem.pseudo_dirs[:] = [""]


def _put(filesystem: object, key: str, data: bytes) -> None:
    filesystem.pipe(key, data)  # type: ignore[attr-defined]


def test_memory_urls_load_files_directories_and_globs(memory: object) -> None:
    """memory:// files, folders (text files only, hidden ones skipped) and globs load like local ones."""
    _put(memory, "/corpus/a.txt.gz", gzip.compress(_plain("003")))
    _put(memory, "/corpus/b.txt", _plain("004"))
    _put(memory, "/corpus/.hidden/c.txt", b"hidden")
    _put(memory, "/corpus/image.png", b"\x89PNG")
    local = _texts(list(povcorpus.load([sample_path("003"), sample_path("004")])))
    assert _texts(list(povcorpus.load("memory://corpus"))) == local
    assert _texts(list(povcorpus.load("memory://corpus/*.txt*"))) == local
    single = list(povcorpus.load("memory://corpus/a.txt.gz"))
    assert {doc.origin.path for doc in single} == {"memory://corpus/a.txt.gz"}


def test_missing_url_raises_at_once(memory: object) -> None:
    """A URL or pattern that names nothing raises SourceNotFoundError before iteration."""
    with pytest.raises(SourceNotFoundError, match="does not exist"):
        povcorpus.load("memory://nowhere/a.txt")
    with pytest.raises(SourceNotFoundError, match="matches no file"):
        povcorpus.load("memory://nowhere/*.txt")


def test_memory_output_is_atomic_and_resumable(memory: object) -> None:
    """Output to memory:// appears only on commit, an abort leaves the old output, and --resume adds to it."""
    _put(memory, "/in/a.txt", _plain("003"))
    _put(memory, "/in/b.txt", _plain("004"))
    target = "memory://out/clean.jsonl.gz"
    writer = JsonlWriter(target)
    writer.write(next(iter(povcorpus.load("memory://in/a.txt"))))
    assert not _io.exists(target)
    writer.abort()
    assert [key for key in memory.find("/") if key.startswith("/out")] == []  # type: ignore[attr-defined]
    assert main(["process", "memory://in/a.txt", "-o", target, "-q", "--workers", "1"]) == 0
    first = list(read_ids(target))
    assert main(["process", "memory://in/", "-o", target, "-q", "--workers", "1", "--resume"]) == 0
    both = list(read_ids(target))
    assert both[: len(first)] == first
    assert len(both) == len(set(both)) > len(first)
    assert [key for key in memory.find("/out") if ".partial" in key] == []  # type: ignore[attr-defined]


def test_file_urls_are_local_paths(tmp_path: Path) -> None:
    """A file:// URL reads the local file and keeps the URL as origin.path."""
    (tmp_path / "a.txt").write_bytes(_plain("003"))
    url = (tmp_path / "a.txt").as_uri()
    docs = list(povcorpus.load(url))
    assert _texts(docs) == _texts(list(povcorpus.load(tmp_path / "a.txt")))
    assert {doc.origin.path for doc in docs} == {url}


def test_url_without_fsspec_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without fsspec a URL raises MissingExtraError naming povcorpus[remote]."""
    monkeypatch.setitem(sys.modules, "fsspec", None)
    with pytest.raises(MissingExtraError, match=r"povcorpus\[remote\]"):
        povcorpus.load("s3://bucket/corpus/*.txt")


# -- a real S3 API, served by moto on 127.0.0.1 -------------------------------------------------


@pytest.fixture
def s3_endpoint(monkeypatch: pytest.MonkeyPatch) -> Iterator[str]:
    """moto's S3 server on a free local port, with fake credentials; stopped after the test."""
    for module in ("moto", "s3fs", "flask"):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{module} is not installed (pip install -e '.[test]')")
    from moto.server import ThreadedMotoServer

    monkeypatch.setenv("AWS_ACCESS_KEY_ID", "testing")
    monkeypatch.setenv("AWS_SECRET_ACCESS_KEY", "testing")
    monkeypatch.setenv("AWS_DEFAULT_REGION", "us-east-1")
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    endpoint = f"http://{host}:{port}"
    monkeypatch.setenv("AWS_ENDPOINT_URL", endpoint)
    import s3fs

    s3fs.S3FileSystem.clear_instance_cache()
    try:
        yield endpoint
    finally:
        s3fs.S3FileSystem.clear_instance_cache()
        server.stop()


@pytest.mark.slow
def test_s3_compressed_corpus_in_and_output_back(s3_endpoint: str, tmp_path: Path) -> None:
    """The CLI reads a compressed corpus from a bucket with 2 workers, writes .jsonl.gz back, and resumes."""
    import s3fs

    store = s3fs.S3FileSystem()
    store.mkdir("corpus-bucket")
    store.pipe("corpus-bucket/corpus/003.txt.gz", gzip.compress(_plain("003")))
    store.pipe("corpus-bucket/corpus/004.txt.xz", lzma.compress(_plain("004")))
    store.pipe("corpus-bucket/corpus/notes.csv", b"not,a,text,file")
    local = tmp_path / "local.jsonl"
    shutil.copy(sample_path("003"), tmp_path / "003.txt")
    shutil.copy(sample_path("004"), tmp_path / "004.txt")
    inputs = [str(tmp_path / "003.txt"), str(tmp_path / "004.txt")]
    assert main(["process", *inputs, "-o", str(local), "-q"]) == 0
    target = "s3://corpus-bucket/out/clean.jsonl.gz"
    assert main(["process", "s3://corpus-bucket/corpus/", "-o", target, "-q", "--workers", "2"]) == 0
    assert store.ls("corpus-bucket/out") == ["corpus-bucket/out/clean.jsonl.gz"]  # no temporary key left
    remote = list(povcorpus.load(target))
    assert _texts(remote) == _texts(list(povcorpus.load(local)))
    assert main(["process", "s3://corpus-bucket/corpus/*.txt.*", "-o", target, "-q", "--resume"]) == 0
    assert list(read_ids(target)) == [doc.id for doc in remote]


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_truncated_compressed_file_is_an_error_not_a_short_file(tmp_path: Path, suffix: str) -> None:
    """A file cut in the middle of its compressed stream raises SourceError, never loses its end quietly."""
    packed = COMPRESSORS[suffix](_plain() * 20)
    cut = tmp_path / f"cut.txt{suffix}"
    cut.write_bytes(packed[: len(packed) // 2])
    with pytest.raises(SourceError, match="damaged or truncated"):
        list(povcorpus.load(cut))


@pytest.mark.parametrize("suffix", list(COMPRESSORS))
def test_concatenated_and_empty_compressed_files(tmp_path: Path, suffix: str) -> None:
    """Two compressed streams one after the other read as one text; a 0-byte file is an empty file."""
    twice = tmp_path / f"twice.txt{suffix}"
    twice.write_bytes(COMPRESSORS[suffix](b"first line\n") + COMPRESSORS[suffix](b"second line\n"))
    assert TextFile(twice).read() == "first line\nsecond line\n"
    empty = tmp_path / f"empty.txt{suffix}"
    empty.write_bytes(b"")
    assert TextFile(empty).read() == ""


def test_zst_without_zstandard_names_the_extra(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Reading or writing .zst without zstandard raises MissingExtraError naming povcorpus[zstd]."""
    packed = tmp_path / "a.txt.zst"
    packed.write_bytes(_zstd(b"text\n"))
    monkeypatch.setitem(sys.modules, "zstandard", None)
    with pytest.raises(MissingExtraError, match=r"povcorpus\[zstd\]"):
        list(povcorpus.load(packed))
    with pytest.raises(MissingExtraError, match=r"povcorpus\[zstd\]"):
        JsonlWriter(tmp_path / "out.jsonl.zst")
    assert not list(tmp_path.glob(".out.jsonl.zst.*"))  # no temporary file left behind


def test_parquet_output_goes_to_a_url_atomically(memory: object) -> None:
    """`--format parquet -o memory://…` writes the Parquet file through a temporary key, then moves it."""
    pyarrow_parquet = pytest.importorskip("pyarrow.parquet", reason="the pandas extra is not installed")
    _put(memory, "/in/004.txt", _plain("004"))
    target = "memory://pq/out.parquet"
    assert (
        main(["process", "memory://in/004.txt", "-o", target, "--format", "parquet", "-q", "--workers", "1"])
        == 0
    )
    assert memory.find("/pq") == ["/pq/out.parquet"]  # type: ignore[attr-defined]
    with _io.open_input(target) as stream:
        table = pyarrow_parquet.read_table(io.BytesIO(stream.read()))
    assert table.num_rows == len(list(povcorpus.load(sample_path("004"))))


@pytest.fixture
def web_folder(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    """A folder served over HTTP on 127.0.0.1 by the standard library's server, stopped after the test."""
    pytest.importorskip("aiohttp", reason="the remote extra is not installed")
    import functools
    import http.server
    import threading

    class Quiet(http.server.SimpleHTTPRequestHandler):
        def log_message(self, format: str, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), functools.partial(Quiet, directory=str(tmp_path))
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield tmp_path, f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def test_http_urls_read_compressed_files(web_folder: tuple[Path, str]) -> None:
    """An http:// URL of a .txt.gz file loads like the local file; a missing page is SourceNotFoundError."""
    folder, base = web_folder
    (folder / "news.txt.gz").write_bytes(gzip.compress(_plain("003")))
    docs = list(povcorpus.load(f"{base}/news.txt.gz"))
    assert _texts(docs) == _texts(list(povcorpus.load(sample_path("003"))))
    assert {doc.origin.path for doc in docs} == {f"{base}/news.txt.gz"}
    with pytest.raises(SourceNotFoundError):
        povcorpus.load(f"{base}/missing.txt")
