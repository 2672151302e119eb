"""The cleaner interface: context, result, protocol and registry.

A cleaner is a named callable ``(text, ctx) -> CleanResult``. It never raises
on any ``str``, changes nothing in text that is already correct, and reports
every change as an :class:`~povcorpus.model.Edit` made through
:mod:`povcorpus.edits`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, Protocol, runtime_checkable

from attrs import field, frozen

from povcorpus._script import dominant_script
from povcorpus.model import Edit
from povcorpus.registry import Registry

__all__ = [
    "CleanContext",
    "CleanResult",
    "Cleaner",
    "CleanerFunction",
    "cleaner_registry",
    "register_cleaner",
]


def _dict(value: Mapping[str, Any]) -> dict[str, Any]:
    return dict(value)


@frozen
class CleanContext:
    """What a cleaner knows about the text it cleans."""

    lang: str | None = None
    """ISO 639-1 code of the text's language when known (``None`` otherwise)."""
    script: str | None = None
    """Dominant script of the text (``"Latin"``, ``"Han"``, ``"Arabic"``…), see :mod:`povcorpus._script`."""
    options: dict[str, Any] = field(factory=dict, converter=_dict)
    """Per-cleaner options, keyed ``"<cleaner>.<option>"``, e.g. ``{"apostrophe.ascii": True}``."""
    vocabulary: frozenset[str] = frozenset()
    """Lower-cased words of the whole document, for rules that consult the document's own usage."""
    field: str = "text"
    """The document field being cleaned, copied into each edit."""
    step: str = ""
    """The pipeline step the cleaner runs in (``"clean"``), copied into each edit; ``""`` outside one."""

    @classmethod
    def for_text(cls, text: str, lang: str | None = None, **kwargs: Any) -> CleanContext:
        """Build a context whose script is read from ``text``."""
        return cls(lang=lang, script=dominant_script(text), **kwargs)

    @property
    def base_lang(self) -> str | None:
        """``lang`` without its region or script, lower-cased (``"zh-CN"`` → ``"zh"``), or ``None``."""
        return self.lang.split("-")[0].lower() if self.lang is not None else None

    def option(self, cleaner: str, name: str, default: Any) -> Any:
        """Return option ``name`` of ``cleaner``, or ``default``."""
        return self.options.get(f"{cleaner}.{name}", default)


@frozen
class CleanResult:
    """The cleaned text and the edits that made it, right to left (see :class:`Edit`)."""

    text: str
    edits: tuple[Edit, ...] = ()


CleanerFunction = Callable[[str, CleanContext], CleanResult]


@runtime_checkable
class Cleaner(Protocol):
    """What the pipeline calls: a name and ``__call__(text, ctx) -> CleanResult``."""

    name: str

    def __call__(self, text: str, ctx: CleanContext) -> CleanResult: ...


class _NamedCleaner:
    """Wraps a plain function so it carries its registered name."""

    def __init__(self, name: str, function: CleanerFunction) -> None:
        self.name = name
        self.function = function
        self.__doc__ = function.__doc__

    def __call__(self, text: str, ctx: CleanContext) -> CleanResult:
        return self.function(text, ctx)

    def __repr__(self) -> str:
        return f"<cleaner {self.name}>"

    def __reduce__(self) -> tuple[Any, ...]:
        return (cleaner_registry.get, (self.name,))


cleaner_registry: Registry[Cleaner] = Registry("cleaner", "povcorpus.cleaners")
"""Every known cleaner by name; plugins come from the ``povcorpus.cleaners`` entry points."""


def register_cleaner(name: str, *, replace: bool = False) -> Callable[[CleanerFunction], Cleaner]:
    """Register a function ``(text, ctx) -> CleanResult`` as the cleaner ``name``.

    The edits it returns should carry ``rule=name``.
    """

    def register(function: CleanerFunction) -> Cleaner:
        named = _NamedCleaner(name, function)
        origin = f"{function.__module__}.{function.__qualname__}"
        cleaner_registry.register(name, named, origin=origin, replace=replace)
        return named

    return register
