"""The :class:`Pipeline`: an ordered, immutable chain of cleaners, edited by name.

The order of the chain is data: a tuple of steps, each a registered cleaner's
name or a cleaner object, enabled or not. Every method returns a new pipeline.
Names are looked up in :data:`~povcorpus.cleaners.base.cleaner_registry` when
the pipeline first runs, so a pipeline pickles as a tuple of names and can be
sent to worker processes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from povcorpus.cleaners.base import CleanContext, Cleaner, CleanResult, cleaner_registry
from povcorpus.errors import UnknownNameError
from povcorpus.model import Edit

__all__ = ["DEFAULT_ORDER", "FunctionCleaner", "Pipeline"]

DEFAULT_ORDER: tuple[str, ...] = (
    "mojibake",
    "spam",
    "apostrophe",
    "spaced_apostrophe",
    "mt_punctuation",
    "dehyphenate",
    "persian_zwnj",
    "whitespace",
)
"""The built-in cleaners in the order :meth:`Pipeline.default` runs them."""

# Cleaners registered by modules that the cleaners package does not import
# itself (to avoid import cycles): imported on first use of the name.
_PROVIDERS: dict[str, str] = {"spam": "povcorpus.boilerplate"}


class FunctionCleaner:
    """A plain function ``(text, ctx) -> CleanResult`` with a name, usable as a pipeline step.

    Picklable when the function is (a module-level function is).
    """

    __slots__ = ("function", "name")

    def __init__(self, name: str, function: Callable[[str, CleanContext], CleanResult]) -> None:
        self.name = name
        self.function = function

    def __call__(self, text: str, ctx: CleanContext) -> CleanResult:
        return self.function(text, ctx)

    def __repr__(self) -> str:
        return f"FunctionCleaner({self.name!r}, {self.function!r})"

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, FunctionCleaner) and other.name == self.name and other.function == self.function
        )

    def __hash__(self) -> int:
        return hash((self.name, self.function))

    def __reduce__(self) -> tuple[Any, ...]:
        return (FunctionCleaner, (self.name, self.function))


Step = str | Cleaner
"""A pipeline step as given by the user: a registered name or a cleaner."""


def _as_step(step: Step | Callable[[str, CleanContext], CleanResult]) -> tuple[str, Cleaner | None]:
    """``(name, cleaner)``; the cleaner is ``None`` for a registered name."""
    if isinstance(step, str):
        return step, None
    name = getattr(step, "name", None)
    if isinstance(name, str) and callable(step):
        return name, step  # type: ignore[return-value]
    function_name = getattr(step, "__name__", None)
    if callable(step) and isinstance(function_name, str):
        return function_name, FunctionCleaner(function_name, step)
    msg = f"a pipeline step must be a cleaner name or a cleaner with a .name, not {step!r}"
    raise TypeError(msg)


def _resolve(name: str) -> Cleaner:
    """The registered cleaner ``name``, importing the module that provides it if needed."""
    if name not in cleaner_registry and name in _PROVIDERS:
        importlib.import_module(_PROVIDERS[name])
    return cleaner_registry.get(name)


class Pipeline:
    """An immutable, ordered chain of cleaners.

    >>> pipeline = Pipeline.default().disable("dehyphenate")
    >>> "dehyphenate" in pipeline.names
    False

    Args:
        steps: cleaners or registered names, in order.
    """

    __slots__ = ("_disabled", "_resolved", "_steps")

    def __init__(self, steps: Iterable[Step] = (), *, _disabled: Iterable[str] = ()) -> None:
        pairs = tuple(_as_step(step) for step in steps)
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                msg = f"cleaner {name!r} appears twice in the pipeline"
                raise ValueError(msg)
            seen.add(name)
        self._steps: tuple[tuple[str, Cleaner | None], ...] = pairs
        self._disabled: frozenset[str] = frozenset(_disabled)
        self._resolved: tuple[Cleaner, ...] | None = None

    # Named constructors -------------------------------------------------------------

    @classmethod
    def default(cls) -> Pipeline:
        """The built-in cleaners in :data:`DEFAULT_ORDER`."""
        for module in set(_PROVIDERS.values()):
            importlib.import_module(module)
        return cls(DEFAULT_ORDER)

    @classmethod
    def from_names(cls, names: Iterable[str]) -> Pipeline:
        """A pipeline of registered cleaners, in the given order.

        Raises:
            UnknownNameError: a name is not registered.
        """
        names = tuple(names)
        for name in names:
            _resolve(name)
        return cls(names)

    # Reading ------------------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the enabled steps, in the order they run."""
        return tuple(name for name, _ in self._steps if name not in self._disabled)

    @property
    def all_names(self) -> tuple[str, ...]:
        """Names of every step, disabled ones included."""
        return tuple(name for name, _ in self._steps)

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __repr__(self) -> str:
        return f"Pipeline({list(self.names)!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Pipeline) and (other._steps, other._disabled) == (
            self._steps,
            self._disabled,
        )

    def __hash__(self) -> int:
        return hash((self._steps, self._disabled))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (tuple(cleaner or name for name, cleaner in self._steps), tuple(self._disabled)))

    # Editing (each returns a new pipeline) ------------------------------------------

    def _check(self, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.all_names:
                kind = "cleaner in this pipeline"
                raise UnknownNameError(kind, name, self.all_names)

    def _with(self, steps: Iterable[Step], disabled: Iterable[str]) -> Pipeline:
        return Pipeline(steps, _disabled=disabled)

    def _step_objects(self) -> list[Step]:
        return [cleaner or name for name, cleaner in self._steps]

    def disable(self, *names: str) -> Pipeline:
        """A copy with the named steps turned off.

        Raises:
            UnknownNameError: a name is not a step of this pipeline; lists the steps.
        """
        self._check(names)
        return self._with(self._step_objects(), self._disabled | set(names))

    def enable(self, *names: str) -> Pipeline:
        """A copy with the named (disabled) steps turned back on.

        Raises:
            UnknownNameError: a name is not a step of this pipeline.
        """
        self._check(names)
        return self._with(self._step_objects(), self._disabled - set(names))

    def only(self, *names: str) -> Pipeline:
        """A copy where exactly the named steps are on, in the pipeline's order.

        Raises:
            UnknownNameError: a name is not a step of this pipeline.
        """
        self._check(names)
        return self._with(self._step_objects(), set(self.all_names) - set(names))

    def _insert(self, anchor: str, step: Step, offset: int) -> Pipeline:
        self._check((anchor,))
        new_name, _ = _as_step(step)
        if new_name in self.all_names:
            msg = f"cleaner {new_name!r} is already in the pipeline; disable it or use another name"
            raise ValueError(msg)
        steps = self._step_objects()
        index = self.all_names.index(anchor) + offset
        steps.insert(index, step)
        return self._with(steps, self._disabled)

    def before(self, name: str, cleaner: Step) -> Pipeline:
        """A copy with ``cleaner`` (a cleaner or a registered name) inserted before step ``name``.

        Raises:
            UnknownNameError: ``name`` is not a step of this pipeline.
            ValueError: the new step's name is already in the pipeline.
        """
        return self._insert(name, cleaner, 0)

    def after(self, name: str, cleaner: Step) -> Pipeline:
        """A copy with ``cleaner`` inserted after step ``name`` (see :meth:`before`)."""
        return self._insert(name, cleaner, 1)

    def append(self, cleaner: Step) -> Pipeline:
        """A copy with ``cleaner`` added at the end.

        Raises:
            ValueError: its name is already in the pipeline.
        """
        new_name, _ = _as_step(cleaner)
        if new_name in self.all_names:
            msg = f"cleaner {new_name!r} is already in the pipeline; disable it or use another name"
            raise ValueError(msg)
        return self._with([*self._step_objects(), cleaner], self._disabled)

    # Running ------------------------------------------------------------------------

    def cleaners(self) -> tuple[Cleaner, ...]:
        """The enabled cleaners, resolved from the registry.

        Raises:
            UnknownNameError: a named step is not registered.
        """
        if self._resolved is None:
            self._resolved = tuple(
                cleaner if cleaner is not None else _resolve(name)
                for name, cleaner in self._steps
                if name not in self._disabled
            )
        return self._resolved

    def __call__(self, text: str, ctx: CleanContext) -> CleanResult:
        """Run every enabled cleaner in order.

        Returns:
            The final text and the edits of all steps, step after step (each
            step's edits right to left), so :func:`~povcorpus.edits.apply_edits`
            replays them on ``text``.
        """
        edits: list[Edit] = []
        for cleaner in self.cleaners():
            result = cleaner(text, ctx)
            if result.edits:
                edits.extend(result.edits)
            text = result.text
        return CleanResult(text, tuple(edits))


def _rebuild(steps: tuple[Step, ...], disabled: tuple[str, ...]) -> Pipeline:
    return Pipeline(steps, _disabled=disabled)
