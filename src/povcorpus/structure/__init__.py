"""Document structure: title and header metadata, table of contents, sections, tables and footnotes.

* :func:`extract_structure` moves the title, date line, issuer lines, table of
  contents and footnotes (with their ``Notes`` heading) out of
  ``Document.text`` (as edits) and sets ``sections``, ``toc``, ``footnotes``,
  ``title`` and metadata (``extra``: ``date_precision``, ``issuer``,
  ``title_prefix``, ``title_suffix``, ``toc_unmatched``,
  ``footnotes_unresolved``).
* :func:`parse_sections` turns any text into a section tree; it is pure, so
  cleaning can rebuild the outline over the cleaned text.
* :func:`register_heading_style` adds a heading style; :func:`format_outline`
  prints the tree.
"""

from __future__ import annotations

from povcorpus.structure.extract import extract_structure
from povcorpus.structure.footnotes import find_footnotes
from povcorpus.structure.header import parse_date_line
from povcorpus.structure.headings import (
    HeadingMatch,
    HeadingStyle,
    heading_style_registry,
    heading_styles,
    match_heading,
    register_heading_style,
)
from povcorpus.structure.outline import format_outline
from povcorpus.structure.sections import parse_sections
from povcorpus.structure.tables import match_table
from povcorpus.structure.toc import find_toc, match_toc

__all__ = [
    "HeadingMatch",
    "HeadingStyle",
    "extract_structure",
    "find_footnotes",
    "find_toc",
    "format_outline",
    "heading_style_registry",
    "heading_styles",
    "match_heading",
    "match_table",
    "match_toc",
    "parse_date_line",
    "parse_sections",
    "register_heading_style",
]
