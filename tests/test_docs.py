"""The documentation is executable and complete.

Every ```python block of every ``docs/*.md`` page and of ``README.md`` runs:
the blocks of one page run in order, in one namespace, in a fresh Python
process (so a page that registers a loader cannot leak it into other tests)
whose working directory is a temporary folder. Every page is in the site's
navigation, and, when MkDocs is installed, ``mkdocs build --strict`` passes.
The CLI reference is checked in ``test_cli_help.py``.
"""

from __future__ import annotations

import contextlib
import importlib.util
import json
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
PAGES = [*sorted(DOCS.glob("*.md")), ROOT / "README.md"]

# Pages with examples of optional extras: skipped, with the reason, when the extra is not installed.
NEEDS_MODULES = {
    "scaling.md": ("dask",),
    "storage.md": ("fsspec", "s3fs", "moto", "flask", "datasets", "dask", "zstandard"),
}


@contextlib.contextmanager
def page_services(page: str) -> Iterator[dict[str, str]]:
    """Environment for a page's examples; storage.md gets a local S3 server (moto) with fake credentials."""
    offline = {"HF_HUB_OFFLINE": "1", "HF_DATASETS_OFFLINE": "1"}
    if page != "storage.md":
        yield offline
        return
    from moto.server import ThreadedMotoServer

    server = ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    try:
        yield {
            **offline,
            "AWS_ENDPOINT_URL": f"http://{host}:{port}",
            "AWS_ACCESS_KEY_ID": "testing",
            "AWS_SECRET_ACCESS_KEY": "testing",
            "AWS_DEFAULT_REGION": "us-east-1",
        }
    finally:
        server.stop()


_FENCE = re.compile(r"^(?P<indent>[ \t]*)```(?P<info>[^\n`]*)$")


def python_blocks(text: str) -> list[tuple[int, str]]:
    """The ```python blocks of a Markdown text, dedented, with the line number each starts on."""
    blocks: list[tuple[int, str]] = []
    lines = text.split("\n")
    index = 0
    while index < len(lines):
        opening = _FENCE.match(lines[index])
        if opening is None:
            index += 1
            continue
        indent = opening.group("indent")
        start = index + 1
        index += 1
        body: list[str] = []
        while index < len(lines) and lines[index].strip() != "```":
            line = lines[index]
            body.append(line[len(indent) :] if line.startswith(indent) else line.lstrip())
            index += 1
        index += 1  # the closing fence
        if opening.group("info").strip().split(" ")[:1] == ["python"]:
            blocks.append((start + 1, "\n".join(body) + "\n"))
    return blocks


_RUNNER = """
import json, sys, traceback
page, blocks = json.load(open(sys.argv[1], encoding="utf-8"))
namespace = {"__name__": "__main__"}
for line, code in blocks:
    try:
        exec(compile(code, f"{page}:{line}", "exec"), namespace)
    except BaseException:
        print(f"the block at {page}:{line} failed:", file=sys.stderr)
        traceback.print_exc()
        sys.exit(1)
"""


def test_block_extraction() -> None:
    """Only ```python fences are taken, whole, dedented, with their first line number; others are left."""
    text = (
        "intro\n```python\nx = 1\n\ny = 2\n```\n```console\n$ ls\n```\n"
        "!!! note\n    ```python\n    z = 3\n    ```\n"
    )
    assert python_blocks(text) == [(3, "x = 1\n\ny = 2\n"), (12, "z = 3\n")]


@pytest.mark.parametrize(
    "page",
    [page for page in PAGES if python_blocks(page.read_text(encoding="utf-8"))],
    ids=lambda page: page.name,
)
def test_page_examples_run(page: Path, tmp_path: Path) -> None:
    """Every python example of the page runs as written, in order, from an empty working directory."""
    for module in NEEDS_MODULES.get(page.name, ()):
        if importlib.util.find_spec(module) is None:
            pytest.skip(f"{page.name} shows the optional {module!r} extra, which is not installed")
    blocks = python_blocks(page.read_text(encoding="utf-8"))
    name = page.relative_to(ROOT).as_posix()
    (tmp_path / "blocks.json").write_text(json.dumps([name, blocks]), encoding="utf-8")
    with page_services(page.name) as environment:
        result = subprocess.run(
            [sys.executable, "-c", _RUNNER, str(tmp_path / "blocks.json")],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=300,
            check=False,
            env={**os.environ, **environment},
        )
    assert result.returncode == 0, result.stderr[-4000:]


def test_every_page_is_in_the_navigation() -> None:
    """mkdocs.yml lists every docs page, and every page it lists exists."""
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    listed = set(re.findall(r"^\s*- [^:\n]+: (\S+\.md)\s*$", config, flags=re.MULTILINE))
    present = {page.name for page in DOCS.glob("*.md")}
    assert listed == present


@pytest.mark.slow
def test_site_builds_strictly(tmp_path: Path) -> None:
    """`mkdocs build --strict` passes: no broken link, no missing page, no docstring it cannot render."""
    if importlib.util.find_spec("mkdocs") is None or importlib.util.find_spec("mkdocstrings") is None:
        pytest.skip("the docs extra is not installed (pip install -e '.[docs]')")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(tmp_path / "site")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    assert (tmp_path / "site" / "cli" / "index.html").is_file()


def test_api_docstrings_read_as_markdown() -> None:
    """The griffe extension fences top-level doctests once and turns Sphinx roles into code."""
    spec = importlib.util.spec_from_file_location("griffe_doctests", DOCS / "hooks" / "griffe_doctests.py")
    if importlib.util.find_spec("griffe") is None:
        pytest.skip("the docs extra is not installed")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text = "Use :meth:`default` or :class:`~povcorpus.model.Edit`.\n\n>>> f(1)\n2\n\n    >>> kept\n"
    expected = "Use `default` or `Edit`.\n\n```pycon\n>>> f(1)\n2\n```\n\n    >>> kept\n"
    assert module.rewrite(text) == expected
    assert module.rewrite(expected) == expected


def test_readme_example_prints_what_the_readme_shows() -> None:
    """The README's ten-line example prints exactly the output printed under it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(
        r"## Ten lines\n\n```python\n(?P<code>.*?)```\n\nprints\n\n```text\n(?P<out>.*?)```", text, re.S
    )
    assert found is not None, "the README lost its example or its output block"
    result = subprocess.run(
        [sys.executable, "-c", found.group("code")], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert result.stdout == found.group("out")
