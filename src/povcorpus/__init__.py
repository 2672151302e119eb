"""povcorpus: clean, structured, language-tagged documents from a damaged corpus.

>>> import povcorpus
>>> docs = list(povcorpus.load(povcorpus.samples.sample_dir()))
>>> len(docs)
29
"""

from povcorpus import errors, samples
from povcorpus._version import __version__
from povcorpus.edits import apply_edits, undo_edits
from povcorpus.loaders import (
    Loader,
    TextFile,
    load,
    load_file,
    loader_registry,
    make_document,
    register_loader,
)
from povcorpus.model import Document, Edit, Footnote, Metadata, Origin, Paragraph, Section, Table, TocEntry
from povcorpus.pipeline import PipelineOptions, clean, process
from povcorpus.runner import FileFailure, RunStats, process_corpus

__all__ = [
    "Document",
    "Edit",
    "FileFailure",
    "Footnote",
    "Loader",
    "Metadata",
    "Origin",
    "Paragraph",
    "PipelineOptions",
    "RunStats",
    "Section",
    "Table",
    "TextFile",
    "TocEntry",
    "__version__",
    "apply_edits",
    "clean",
    "errors",
    "load",
    "load_file",
    "loader_registry",
    "make_document",
    "process",
    "process_corpus",
    "register_loader",
    "samples",
    "undo_edits",
]
