"""The corpus report: figures, duplicate clusters and every edit highlighted, as JSON and one HTML page.

>>> from povcorpus import load, process
>>> from povcorpus.samples import sample_path
>>> report = build_report(process(doc) for doc in load(sample_path("002")))
>>> report.documents, len([c for c in report.clusters if c.level == "paragraph"])
(5, 4)
"""

from __future__ import annotations

from povcorpus.report._build import (
    Cluster,
    ClusterMember,
    DocumentView,
    Report,
    boilerplate_packs,
    build_report,
)
from povcorpus.report._highlight import Highlight, highlight_edits
from povcorpus.report._html import bar_chart, render_html, write_report

__all__ = [
    "Cluster",
    "ClusterMember",
    "DocumentView",
    "Highlight",
    "Report",
    "bar_chart",
    "boilerplate_packs",
    "build_report",
    "highlight_edits",
    "render_html",
    "write_report",
]
