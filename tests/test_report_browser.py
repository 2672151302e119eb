"""The HTML report opened in a real headless browser (Debian's chromium)."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

import povcorpus
from povcorpus.report import build_report, write_report
from povcorpus.samples import sample_path

CHROMIUM = next((found for name in ("chromium", "chromium-browser") if (found := shutil.which(name))), None)

pytestmark = pytest.mark.skipif(
    CHROMIUM is None, reason="no chromium binary on PATH (apt-get install chromium; .ci/run installs it)"
)

FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--enable-logging=stderr",
    "--v=0",
)


def chromium(page: Path, profile: Path, *extra: str) -> tuple[str, list[str]]:
    """Run chromium on ``page``; returns stdout and the console messages it logged."""
    assert CHROMIUM is not None
    done = subprocess.run(
        [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, page.as_uri()],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    console = [line for line in done.stderr.splitlines() if ":CONSOLE" in line]
    return done.stdout, console


def test_console_check_catches_a_broken_page(tmp_path: Path) -> None:
    """The console check is real: a page with a script error is reported."""
    page = tmp_path / "broken.html"
    page.write_text(
        "<!DOCTYPE html><html><body><script>notDefined()</script></body></html>", encoding="utf-8"
    )
    _, console = chromium(page, tmp_path / "profile", "--dump-dom")
    assert any("notDefined" in line for line in console)


def test_report_renders_without_errors_with_charts_and_highlights(tmp_path: Path) -> None:
    """The page renders with no console message, seven SVG charts and every edit marked; screenshot saved."""
    docs = [
        povcorpus.process(doc) for prefix in ("002", "003") for doc in povcorpus.load(sample_path(prefix))
    ]
    report = build_report(docs)
    _, page = write_report(report, tmp_path / "report")
    dom, console = chromium(page, tmp_path / "profile", "--dump-dom")
    assert console == []
    assert len(re.findall(r"<svg[^>]*class=\"chart\"", dom)) == 7
    assert len(re.findall(r"<rect ", dom)) >= 7
    marks = re.findall(r"<mark [^>]*title=\"([^\"]*)\"", dom)
    assert len(marks) == sum(len(view.highlights) for view in report.views) > 0
    assert any(title.startswith("apostrophe: ") and " → " in title for title in marks)
    shot = tmp_path / "report.png"
    _, console = chromium(page, tmp_path / "profile", f"--screenshot={shot}", "--window-size=1280,1600")
    assert console == []
    assert shot.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert shot.stat().st_size > 20_000
