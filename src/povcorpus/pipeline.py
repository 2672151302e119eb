"""The document pipeline: named steps, held as data, that turn a loaded document into a processed one.

One document flows forward through these steps (:data:`DEFAULT_STEPS`)::

    load ──► mojibake ──► boilerplate ──► language ──► clean ──► structure ──► tag ──► write

Each step is a small object with a ``name``, a docstring and the ``Edit.rule``
names it writes (``writes``); it takes a :class:`~povcorpus.model.Document`
and the :class:`PipelineOptions` and returns a new document. The order is data
(a :class:`Pipeline`), edited by name like the cleaner chain: ``disable``,
``enable``, ``only``, ``before``, ``after``. A step of your own is registered
with :func:`register_step` (or the ``povcorpus.steps`` entry point group) and
named in ``PipelineOptions(steps=...)``, so worker processes find it too.

Every edit a step makes is stamped with the step's name (``Edit.step``), so
an audit can tell which step changed what, and later steps ask "was this done
already?" by step, never by parsing rule names.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable, Mapping, MutableMapping
from typing import Any, ClassVar, Protocol, runtime_checkable

from attrs import field, frozen

from povcorpus._chain import NamedChain
from povcorpus.model import Document, Edit
from povcorpus.registry import Registry

__all__ = [
    "DEFAULT_OPTIONS",
    "DEFAULT_STEPS",
    "Pipeline",
    "PipelineOptions",
    "Step",
    "process",
    "register_step",
    "step_registry",
]

DEFAULT_STEPS: tuple[str, ...] = ("mojibake", "boilerplate", "language", "clean", "structure", "tag")
"""The built-in steps in the order :meth:`Pipeline.default` runs them."""


def _pairs(value: Mapping[str, Any] | Iterable[tuple[str, Any]]) -> tuple[tuple[str, Any], ...]:
    items = value.items() if isinstance(value, Mapping) else value
    return tuple(sorted((str(key), _hashable(item)) for key, item in items))


def _hashable(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


def _names(value: Iterable[str]) -> tuple[str, ...]:
    if isinstance(value, str):
        return (value,)
    return tuple(value)


def _optional_names(value: Iterable[str] | None) -> tuple[str, ...] | None:
    return None if value is None else _names(value)


@frozen
class PipelineOptions:
    """What the pipeline runs and how; frozen and hashable, so it can be sent to worker processes.

    >>> PipelineOptions(disabled_steps=("tag",)).pipeline().names
    ('mojibake', 'boilerplate', 'language', 'clean', 'structure')
    """

    steps: tuple[str, ...] | None = field(default=None, converter=_optional_names)
    """Step names in order; ``None`` for :data:`DEFAULT_STEPS`. Name your own registered steps here."""
    disabled_steps: tuple[str, ...] = field(default=(), converter=_names)
    """Steps to leave out, e.g. ``("structure", "tag")``."""
    cleaners: tuple[str, ...] | None = field(default=None, converter=_optional_names)
    """Cleaner names in order for the ``clean`` step; ``None`` for the default cleaner chain."""
    disabled_cleaners: tuple[str, ...] = field(default=(), converter=_names)
    """Cleaners to leave out, e.g. ``("dehyphenate",)``."""
    cleaner_options: tuple[tuple[str, Any], ...] = field(default=(), converter=_pairs)
    """Options for cleaners, keyed ``"<cleaner>.<option>"`` (a dict is accepted)."""
    disabled_rules: tuple[str, ...] = field(default=(), converter=_names)
    """Boilerplate rules (or whole packs) to leave out, by name."""
    language_backend: str = "fasttext+langdetect"
    """Name of the language backend (see :mod:`povcorpus.language`; its ``DEFAULT_BACKEND``)."""
    languages: tuple[str, ...] | None = field(default=None, converter=_optional_names)
    """Languages the corpus may contain; short segments are decided among them (``None``: any)."""
    structure_formats: tuple[str, ...] = field(default=("text", "source-delimited"), converter=_names)
    """Formats whose documents get a structure (one-line summaries do not need one)."""

    def pipeline(self) -> Pipeline:
        """The :class:`Pipeline` these options describe.

        Raises:
            UnknownNameError: a step name is not registered.
        """
        return _pipeline(self.steps, self.disabled_steps, step_registry.version)

    def check(self) -> None:
        """Look up every name these options use, so a typo fails before any work starts.

        Call it in the main process before spawning workers or opening output.

        Raises:
            UnknownNameError: a step, cleaner, rule or language backend is not registered.
            MissingExtraError: the language backend's optional dependency is not installed.
            OptionError: a cleaner option has a value its cleaner does not accept.
        """
        from povcorpus.boilerplate import RuleSet
        from povcorpus.cleaners import CleanerChain
        from povcorpus.cleaners.dehyphenate import wordlist_option
        from povcorpus.language import get_backend

        wordlist_option(dict(self.cleaner_options))

        steps = self.pipeline()
        steps.check()
        chain = CleanerChain.default() if self.cleaners is None else CleanerChain.from_names(self.cleaners)
        chain.disable(*self.disabled_cleaners).check()
        if self.disabled_rules:
            RuleSet.default().disable(*self.disabled_rules)
        if "tag" in steps.names or "language" in steps.names:
            get_backend(self.language_backend)


DEFAULT_OPTIONS = PipelineOptions()


@runtime_checkable
class Step(Protocol):
    """What the pipeline calls: a name, the rules it writes, and ``__call__(doc, options) -> Document``."""

    name: str
    writes: str
    """The ``Edit.rule`` names it writes, for people: e.g. ``"structure.*"``."""

    def __call__(self, doc: Document, options: PipelineOptions) -> Document: ...


StepFunction = Callable[[Document, PipelineOptions], Document]

step_registry: Registry[Step] = Registry("step", "povcorpus.steps")
"""Every known document step by name; plugins come from the ``povcorpus.steps`` entry points."""


class FunctionStep:
    """A function ``(doc, options) -> Document`` with a name, usable as a pipeline step."""

    __slots__ = ("function", "name", "writes")

    def __init__(self, name: str, function: StepFunction, writes: str = "") -> None:
        self.name = name
        self.function = function
        self.writes = writes or f"{name}.*"

    @property
    def doc(self) -> str:
        """The step's docstring: what it does and why."""
        return self.function.__doc__ or ""

    def __call__(self, doc: Document, options: PipelineOptions) -> Document:
        return self.function(doc, options)

    def __repr__(self) -> str:
        return f"<step {self.name}>"

    def __reduce__(self) -> tuple[Any, ...]:
        if step_registry.view().get(self.name) is self:
            return (step_registry.get, (self.name,))
        return (FunctionStep, (self.name, self.function, self.writes))


def register_step(name: str, *, writes: str = "", replace: bool = False) -> Callable[[StepFunction], Step]:
    """Register a function ``(doc, options) -> Document`` as the document step ``name``.

    >>> @register_step("shout", writes="shout")
    ... def shout(doc, options):
    ...     '''Upper-case the body (an example).'''
    ...     return doc.evolve(text=doc.text.upper())
    >>> "shout" in Pipeline.default().append("shout")
    True

    Args:
        name: the step's name, used in ``PipelineOptions.steps`` and ``Edit.step``.
        writes: the ``Edit.rule`` names it writes (default ``"<name>.*"``).
        replace: replace a step already registered under ``name``.
    """

    def register(function: StepFunction) -> Step:
        step = FunctionStep(name, function, writes)
        origin = f"{function.__module__}.{function.__qualname__}"
        step_registry.register(name, step, origin=origin, replace=replace)
        return step

    return register


def _resolve_step(name: str) -> Step:
    if name not in step_registry:
        import povcorpus.steps  # noqa: F401  registers the built-in steps
    return step_registry.get(name)


class Pipeline(NamedChain[Step]):
    """The ordered document steps; immutable, edited by name.

    >>> Pipeline.default().disable("structure", "tag").names
    ('mojibake', 'boilerplate', 'language', 'clean')

    Args:
        steps: registered step names or step objects, in order.
        disabled: names of steps that are present but turned off.
    """

    __slots__ = ()
    kind: ClassVar[str] = "step"

    @classmethod
    def _as_part(cls, step: Any) -> tuple[str, Step | None]:
        if isinstance(step, str):
            return step, None
        name = getattr(step, "name", None)
        if isinstance(name, str) and callable(step):
            return name, step
        msg = f"a pipeline step must be a registered step name or a Step with a .name, not {step!r}"
        raise TypeError(msg)

    @classmethod
    def _lookup(cls, name: str) -> Step:
        return _resolve_step(name)

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in steps in :data:`DEFAULT_STEPS`."""
        return cls(DEFAULT_STEPS)

    def steps(self) -> tuple[Step, ...]:
        """The enabled steps, resolved from the registry."""
        return self.parts()

    def __call__(
        self,
        doc: Document,
        options: PipelineOptions = DEFAULT_OPTIONS,
        *,
        timings: MutableMapping[str, float] | None = None,
    ) -> Document:
        """Run every enabled step on ``doc``, stamping each new edit with its step's name.

        Args:
            doc: the document.
            options: what each step reads (cleaners, rules, backend…).
            timings: when given, each step's seconds are added to it under the step's name.
        """
        for step in self.parts():
            before = len(doc.edits)
            started = time.perf_counter() if timings is not None else 0.0
            doc = step(doc, options)
            if timings is not None:
                timings[step.name] = timings.get(step.name, 0.0) + time.perf_counter() - started
            if len(doc.edits) > before:
                doc = _stamp(doc, before, step.name)
        return doc


def _stamp(doc: Document, first: int, name: str) -> Document:
    edits = doc.edits
    if all(edit.step for edit in edits[first:]):
        return doc
    # Built directly: attrs.evolve reads the class's fields for every copy, ten times the cost.
    stamped = tuple(
        edit
        if edit.step
        else Edit(edit.start, edit.end, edit.before, edit.after, edit.rule, edit.field, name)
        for edit in edits[first:]
    )
    return doc.evolve(edits=edits[:first] + stamped)


@functools.lru_cache(maxsize=32)
def _pipeline(steps: tuple[str, ...] | None, disabled: tuple[str, ...], generation: int) -> Pipeline:
    pipeline = Pipeline.default() if steps is None else Pipeline(steps)
    return pipeline.disable(*disabled) if disabled else pipeline


def process(
    doc: Document,
    options: PipelineOptions = DEFAULT_OPTIONS,
    *,
    timings: MutableMapping[str, float] | None = None,
) -> Document:
    """Run the whole document pipeline on one document and return the new document.

    Pure and deterministic: the same document and options give the same result
    in any process, which is what makes parallel runs identical. Running it on
    its own result changes nothing.

    >>> import povcorpus
    >>> doc = povcorpus.Document.from_text("China”s rural poverty、hunger.\\n\\nHomepage >> Recommended news")
    >>> povcorpus.process(doc).text
    'China’s rural poverty, hunger.'

    Args:
        doc: a document, e.g. from :func:`povcorpus.load` or :meth:`Document.from_text`.
        options: which steps run and how.
        timings: when given, each step's seconds are added to it (see ``povcorpus process --profile``).

    Raises:
        UnknownNameError: options name a step, cleaner or backend that is not registered.
    """
    return options.pipeline()(doc, options, timings=timings)
