"""povcorpus: clean, structured, language-tagged documents from a damaged corpus.

The facade holds what a user needs; the rest lives in its subpackage
(:mod:`povcorpus.model`, :mod:`povcorpus.loaders`, :mod:`povcorpus.cleaners`,
:mod:`povcorpus.boilerplate`, :mod:`povcorpus.structure`, :mod:`povcorpus.language`,
:mod:`povcorpus.dedupe`, :mod:`povcorpus.report`, :mod:`povcorpus.errors`).

>>> import povcorpus
>>> docs = list(povcorpus.load(povcorpus.samples.sample_dir()))
>>> len(docs)
29
"""

from __future__ import annotations

import importlib
import warnings
from typing import Any

from povcorpus import errors, samples
from povcorpus._version import __version__
from povcorpus.cleaners import CleanerChain, clean_text, register_cleaner
from povcorpus.dedupe import find_duplicates
from povcorpus.edits import apply_edits, undo_edits
from povcorpus.loaders import load, register_loader
from povcorpus.model import Document, Edit
from povcorpus.pipeline import Pipeline, PipelineOptions, process, register_step
from povcorpus.runner import RunStats, process_corpus
from povcorpus.writers import JsonlWriter

__all__ = [
    "CleanerChain",
    "Document",
    "Edit",
    "JsonlWriter",
    "Pipeline",
    "PipelineOptions",
    "RunStats",
    "__version__",
    "apply_edits",
    "clean_text",
    "errors",
    "find_duplicates",
    "load",
    "process",
    "process_corpus",
    "register_cleaner",
    "register_loader",
    "register_step",
    "samples",
    "undo_edits",
]

# Names that 0.1 exported from the top level, and where they live now (see CHANGELOG 0.2.0).
_MOVED: dict[str, str] = {
    **dict.fromkeys(
        ("Footnote", "Metadata", "Origin", "Paragraph", "Section", "Table", "TocEntry"), "povcorpus.model"
    ),
    **dict.fromkeys(("CleanContext", "CleanResult"), "povcorpus.cleaners"),
    **dict.fromkeys(("LanguageGuess", "detect_language", "register_backend", "tag"), "povcorpus.language"),
    **dict.fromkeys(
        ("Loader", "TextFile", "load_file", "loader_registry", "make_document"), "povcorpus.loaders"
    ),
    **dict.fromkeys(("RuleSet", "strip_boilerplate"), "povcorpus.boilerplate"),
    **dict.fromkeys(("extract_structure", "parse_sections", "register_heading_style"), "povcorpus.structure"),
    **dict.fromkeys(("build_report", "write_report"), "povcorpus.report"),
    **dict.fromkeys(("DuplicateRecord", "drop_duplicates"), "povcorpus.dedupe"),
    "FileFailure": "povcorpus.runner",
}


def __getattr__(name: str) -> Any:
    """Old top-level names still resolve for one release, with a warning that says where they went."""
    if name in _MOVED:
        module = _MOVED[name]
        warnings.warn(
            f"povcorpus.{name} moved to {module}.{name} in 0.2.0; import it from there",
            DeprecationWarning,
            stacklevel=2,
        )
        return getattr(importlib.import_module(module), name)
    if name == "clean":
        msg = (
            "povcorpus.clean was removed in 0.2.0: use povcorpus.process(doc) for a document "
            "(PipelineOptions(disabled_steps=['structure']) to skip structure) or "
            "povcorpus.clean_text(text) for a string"
        )
        raise AttributeError(msg)
    msg = f"module 'povcorpus' has no attribute {name!r}"
    raise AttributeError(msg)
