"""povcorpus: clean, structured, language-tagged documents from a damaged corpus."""

from povcorpus._version import __version__
from povcorpus.model import Document, Edit, Footnote, Metadata, Origin, Paragraph, Section, Table, TocEntry

__all__ = [
    "Document",
    "Edit",
    "Footnote",
    "Metadata",
    "Origin",
    "Paragraph",
    "Section",
    "Table",
    "TocEntry",
    "__version__",
]
