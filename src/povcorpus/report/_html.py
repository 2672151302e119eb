"""The report as one self-contained HTML page: inline CSS, hand-written inline SVG charts, no script.

A Content-Security-Policy ``default-src 'none'`` forbids every network fetch,
so the page looks the same offline and cannot leak what it shows.
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

from povcorpus.model import Edit
from povcorpus.report._build import Counts, DocumentView, Report

__all__ = ["bar_chart", "render_html", "write_report"]

_PALETTE = ("#ffe08a", "#b5e3ff", "#c9f2c0", "#ffc9de", "#e2d1ff", "#ffd8b0", "#d0f0ef", "#f4f0a8")

_CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:0 auto;max-width:1100px;padding:1em 2em;color:#222}
h1{font-size:1.6em}h2{border-bottom:1px solid #ccc;margin-top:1.6em}
.grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(480px,1fr));gap:1em}
.summary{background:#f6f6f6;padding:.6em 1em;white-space:pre-wrap;font-family:ui-monospace,monospace}
table{border-collapse:collapse}td,th{padding:2px 8px;border-bottom:1px solid #eee;text-align:left}
.doc{border:1px solid #ddd;margin:.6em 0;padding:.3em .8em}
.doc summary{cursor:pointer}
.text{white-space:pre-wrap;font-family:Georgia,serif;line-height:1.6}
mark{border-radius:2px;padding:0 1px;cursor:help}
mark.del::before{content:"\\232B";color:#b00;font-size:.8em}
.muted{color:#777}.legend span{display:inline-block;padding:0 6px;margin:2px;border-radius:2px}
svg text{font:12px system-ui,sans-serif;fill:#333}
"""


def _colour(rule: str, order: dict[str, int]) -> str:
    return _PALETTE[order.setdefault(rule, len(order)) % len(_PALETTE)]


def bar_chart(title: str, items: Counts, width: int = 480) -> str:
    """A horizontal bar chart as an inline ``<svg>`` element (labels cut to 26 characters)."""
    rows = list(items)[:30]
    bar_height, label_width, top = 20, 190, 26
    height = top + bar_height * max(1, len(rows)) + 8
    biggest = max((count for _, count in rows), default=0) or 1
    span = width - label_width - 50
    parts = [
        f'<svg class="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">',
        f'<text x="0" y="16" style="font-weight:bold">{escape(title)}</text>',
    ]
    if not rows:
        parts.append(f'<text x="0" y="{top + 14}" class="muted">none</text>')
    for i, (label, count) in enumerate(rows):
        y = top + i * bar_height
        shown = label if len(label) <= 26 else label[:25] + "…"
        length = max(1.0, span * count / biggest)
        parts.append(
            f'<text x="{label_width - 6}" y="{y + 14}" text-anchor="end"><title>{escape(label)}</title>'
            f"{escape(shown)}</text>"
            f'<rect x="{label_width}" y="{y + 3}" width="{length:.1f}" height="{bar_height - 6}" '
            'fill="#4a7ebb"/>'
            f'<text x="{label_width + length + 4:.1f}" y="{y + 14}">{count:,}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _edit_title(edit: Edit) -> str:
    return f"{edit.rule}: {edit.before!r} → {edit.after!r}"


def _view_html(view: DocumentView, colours: dict[str, int], open_: bool) -> str:
    text = view.text
    pieces: list[str] = []
    position = 0
    for mark in view.highlights:
        pieces.append(escape(text[position : mark.start]))
        edits = [view.edits[i] for i in mark.edits]
        title = "\n".join(_edit_title(edit) for edit in edits)
        rules = " ".join(sorted({edit.rule for edit in edits}))
        css = "del" if mark.start == mark.end else "edit"
        colour = _colour(edits[-1].rule, colours)
        pieces.append(
            f'<mark class="{css}" data-rules="{escape(rules)}" style="background:{colour}" '
            f'title="{escape(title)}">{escape(text[mark.start : mark.end])}</mark>'
        )
        position = mark.end
    pieces.append(escape(text[position:]))
    other = [edit for edit in view.edits if edit.field != "text"]
    note = (
        "" if view.consistent else '<p class="muted">The edits do not replay on this text; no highlights.</p>'
    )
    others = ""
    if other:
        rows = "".join(
            f"<tr><td>{escape(e.field)}</td><td>{escape(e.rule)}</td>"
            f"<td>{escape(repr(e.before))}</td><td>{escape(repr(e.after))}</td></tr>"
            for e in other
        )
        others = f"<table><tr><th>field</th><th>rule</th><th>before</th><th>after</th></tr>{rows}</table>"
    heading = escape(view.title or view.text.split("\n", 1)[0][:80] or view.doc_id)
    return (
        f'<details class="doc" id="{escape(view.doc_id)}"{" open" if open_ else ""}>'
        f"<summary><b>{heading}</b> <span class='muted'>{escape(view.doc_id)} · "
        f"{escape(view.language or 'untagged')} · {len(view.text):,} chars · {len(view.edits)} edits</span>"
        f"</summary>{note}{others}<div class='text'>{''.join(pieces)}</div></details>"
    )


def render_html(report: Report, title: str = "povcorpus report") -> str:
    """The whole report as one HTML page with no external resources."""
    colours: dict[str, int] = {}
    for rule, _ in report.edits_per_rule:
        _colour(rule, colours)
    charts = [
        bar_chart("Documents per file", tuple((Path(p).name, c) for p, c in report.files)),
        bar_chart("Languages", report.languages),
        bar_chart("Length (characters)", report.length_histogram),
        bar_chart("Publication month", report.dates),
        bar_chart("Edits per rule", report.edits_per_rule),
        bar_chart("Boilerplate removed (characters)", tuple((r, c) for r, _, c in report.boilerplate)),
        bar_chart(
            "Duplicate cluster sizes",
            tuple((f"{cluster.level} #{cluster.id}", len(cluster.members)) for cluster in report.clusters),
        ),
    ]
    legend = "".join(
        f'<span style="background:{_colour(rule, colours)}">{escape(rule)}</span>'
        for rule, _ in report.edits_per_rule
    )
    cluster_rows = "".join(
        f"<tr><td>{escape(cluster.level)} #{cluster.id}</td><td><a href='#{escape(m.ref.split('#')[0])}'>"
        f"{escape(m.ref)}</a>{' (canonical)' if i == 0 else ''}</td><td>{m.similarity:.2f}"
        f"{' exact' if m.exact else ''}</td><td>{escape(m.preview)}</td></tr>"
        for cluster in report.clusters
        for i, m in enumerate(cluster.members)
    )
    views = "".join(_view_html(view, colours, i == 0) for i, view in enumerate(report.views))
    return (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>"
        "<meta http-equiv='Content-Security-Policy' content=\"default-src 'none'; "
        "style-src 'unsafe-inline'; img-src data:\">"
        "<meta name='viewport' content='width=device-width, initial-scale=1'>"
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body>"
        f"<h1>{escape(title)}</h1><div class='summary'>{escape(report.summary())}</div>"
        f"<h2>Charts</h2><div class='grid'>{''.join(charts)}</div>"
        "<h2>Duplicate clusters</h2>"
        + (
            f"<table><tr><th>cluster</th><th>member</th><th>similarity</th><th>text</th></tr>{cluster_rows}</table>"
            if cluster_rows
            else "<p class='muted'>none</p>"
        )
        + "<h2>Documents</h2><p class='muted'>Every edit is highlighted; hover for rule, before and after."
        f" ⌫ marks deleted text.</p><p class='legend'>{legend}</p>{views}</body></html>"
    )


def write_report(report: Report, directory: str | Path, title: str = "povcorpus report") -> tuple[Path, Path]:
    """Write ``report.json`` and ``report.html`` into ``directory`` (created if needed).

    Returns:
        The paths of the JSON and the HTML file.
    """
    folder = Path(directory)
    folder.mkdir(parents=True, exist_ok=True)
    json_path = folder / "report.json"
    html_path = folder / "report.html"
    json_path.write_text(json.dumps(report.to_dict(), ensure_ascii=False, indent=1), encoding="utf-8")
    html_path.write_text(render_html(report, title), encoding="utf-8")
    return json_path, html_path
