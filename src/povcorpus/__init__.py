"""povcorpus: clean, structured, language-tagged documents from a damaged corpus.

>>> import povcorpus
>>> docs = list(povcorpus.load(povcorpus.samples.sample_dir()))
>>> len(docs)
29
"""

from povcorpus import errors, samples
from povcorpus._version import __version__
from povcorpus.boilerplate import RuleSet, strip_boilerplate
from povcorpus.cleaners import CleanContext, CleanResult, Pipeline, clean_text, register_cleaner
from povcorpus.dedupe import DuplicateRecord, drop_duplicates, find_duplicates
from povcorpus.edits import apply_edits, undo_edits
from povcorpus.language import LanguageGuess, detect_language, register_backend, tag
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
from povcorpus.report import build_report, write_report
from povcorpus.runner import FileFailure, RunStats, process_corpus
from povcorpus.structure import extract_structure, parse_sections, register_heading_style

__all__ = [
    "CleanContext",
    "CleanResult",
    "Document",
    "DuplicateRecord",
    "Edit",
    "FileFailure",
    "Footnote",
    "LanguageGuess",
    "Loader",
    "Metadata",
    "Origin",
    "Paragraph",
    "Pipeline",
    "PipelineOptions",
    "RuleSet",
    "RunStats",
    "Section",
    "Table",
    "TextFile",
    "TocEntry",
    "__version__",
    "apply_edits",
    "build_report",
    "clean",
    "clean_text",
    "detect_language",
    "drop_duplicates",
    "errors",
    "extract_structure",
    "find_duplicates",
    "load",
    "load_file",
    "loader_registry",
    "make_document",
    "parse_sections",
    "process",
    "process_corpus",
    "register_backend",
    "register_cleaner",
    "register_heading_style",
    "register_loader",
    "samples",
    "strip_boilerplate",
    "tag",
    "undo_edits",
    "write_report",
]
