"""An ordered, immutable chain of named parts, edited by name.

Both chains of povcorpus are built on it: the document :class:`~povcorpus.Pipeline`
(steps that take and return a :class:`~povcorpus.model.Document`) and the
:class:`~povcorpus.cleaners.CleanerChain` (cleaners that take and return a string).
The order is data: a tuple of ``(name, part)`` pairs, where the part is ``None``
for a name that is looked up in the registry when the chain first runs. So a
chain of registered names pickles as a tuple of names and can be sent to worker
processes. Every editing method returns a new chain.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, ClassVar, Generic, TypeVar

from povcorpus.errors import UnknownNameError

__all__ = ["NamedChain"]

T = TypeVar("T")
C = TypeVar("C", bound="NamedChain[Any]")


class NamedChain(Generic[T]):
    """An ordered chain of named parts; subclasses say what a part is.

    Subclasses set :attr:`kind` (used in messages) and implement
    :meth:`_as_part` (turn what a user passes into ``(name, part or None)``)
    and :meth:`_lookup` (a registered part by name).
    """

    __slots__ = ("_disabled", "_names", "_resolved", "_steps")
    kind: ClassVar[str] = "part"

    def __init__(self, steps: Iterable[Any] = (), *, disabled: Iterable[str] = ()) -> None:
        pairs = tuple(self._as_part(step) for step in steps)
        seen: set[str] = set()
        for name, _ in pairs:
            if name in seen:
                msg = f"{self.kind} {name!r} appears twice in the chain"
                raise ValueError(msg)
            seen.add(name)
        disabled = frozenset(disabled)
        unknown = disabled - seen
        if unknown:
            where = f"{self.kind} in this chain"
            raise UnknownNameError(where, sorted(unknown)[0], seen)
        self._steps: tuple[tuple[str, T | None], ...] = pairs
        self._disabled: frozenset[str] = disabled
        self._resolved: tuple[T, ...] | None = None
        self._names = tuple(name for name, _ in pairs if name not in disabled)

    # To be provided by subclasses ----------------------------------------------------

    @classmethod
    def _as_part(cls, step: Any) -> tuple[str, T | None]:
        raise NotImplementedError

    @classmethod
    def _lookup(cls, name: str) -> T:
        raise NotImplementedError

    # Reading ---------------------------------------------------------------------------

    @property
    def names(self) -> tuple[str, ...]:
        """Names of the enabled parts, in the order they run."""
        return self._names

    @property
    def all_names(self) -> tuple[str, ...]:
        """Names of every part, disabled ones included."""
        return tuple(name for name, _ in self._steps)

    @property
    def disabled(self) -> frozenset[str]:
        """Names of the parts turned off."""
        return self._disabled

    def __iter__(self) -> Iterator[str]:
        return iter(self.names)

    def __len__(self) -> int:
        return len(self.names)

    def __contains__(self, name: object) -> bool:
        return name in self.names

    def __repr__(self) -> str:
        return f"{type(self).__name__}({list(self.names)!r})"

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and (other._steps, other._disabled) == (
            self._steps,
            self._disabled,
        )

    def __hash__(self) -> int:
        return hash((type(self), self._steps, self._disabled))

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild, (type(self), tuple(self._step_objects()), tuple(sorted(self._disabled))))

    # Editing (each returns a new chain) --------------------------------------------------

    def _check(self, names: Iterable[str]) -> None:
        for name in names:
            if name not in self.all_names:
                where = f"{self.kind} in this chain"
                raise UnknownNameError(where, name, self.all_names)

    def _step_objects(self) -> list[Any]:
        return [part if part is not None else name for name, part in self._steps]

    def _with(self: C, steps: Iterable[Any], disabled: Iterable[str]) -> C:
        return type(self)(steps, disabled=disabled)

    def disable(self: C, *names: str) -> C:
        """A copy with the named parts turned off.

        Raises:
            UnknownNameError: a name is not in this chain; the message lists the names.
        """
        self._check(names)
        return self._with(self._step_objects(), self._disabled | set(names))

    def enable(self: C, *names: str) -> C:
        """A copy with the named (disabled) parts turned back on.

        Raises:
            UnknownNameError: a name is not in this chain.
        """
        self._check(names)
        return self._with(self._step_objects(), self._disabled - set(names))

    def only(self: C, *names: str) -> C:
        """A copy where exactly the named parts are on, in the chain's order.

        Raises:
            UnknownNameError: a name is not in this chain.
        """
        self._check(names)
        return self._with(self._step_objects(), set(self.all_names) - set(names))

    def _insert(self: C, index: int, step: Any) -> C:
        new_name, _ = self._as_part(step)
        if new_name in self.all_names:
            msg = f"{self.kind} {new_name!r} is already in the chain; disable it or use another name"
            raise ValueError(msg)
        steps = self._step_objects()
        steps.insert(index, step)
        return self._with(steps, self._disabled)

    def before(self: C, name: str, step: Any) -> C:
        """A copy with ``step`` (a part or a registered name) inserted before ``name``.

        Raises:
            UnknownNameError: ``name`` is not in this chain.
            ValueError: the new part's name is already in the chain.
        """
        self._check((name,))
        return self._insert(self.all_names.index(name), step)

    def after(self: C, name: str, step: Any) -> C:
        """A copy with ``step`` inserted after ``name`` (see :meth:`before`)."""
        self._check((name,))
        return self._insert(self.all_names.index(name) + 1, step)

    def append(self: C, step: Any) -> C:
        """A copy with ``step`` added at the end.

        Raises:
            ValueError: its name is already in the chain.
        """
        return self._insert(len(self._steps), step)

    # Running ---------------------------------------------------------------------------

    def parts(self) -> tuple[T, ...]:
        """The enabled parts, looked up in the registry where given by name.

        Raises:
            UnknownNameError: a named part is not registered.
        """
        if self._resolved is None:
            self._resolved = tuple(
                part if part is not None else self._lookup(name)
                for name, part in self._steps
                if name not in self._disabled
            )
        return self._resolved

    def check(self) -> None:
        """Look every enabled part up now, so an unknown name fails before any work starts.

        Raises:
            UnknownNameError: a named part is not registered.
        """
        self.parts()


def _rebuild(cls: type[C], steps: tuple[Any, ...], disabled: tuple[str, ...]) -> C:
    return cls(steps, disabled=disabled)
