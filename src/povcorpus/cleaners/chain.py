"""The :class:`CleanerChain`: an ordered, immutable chain of string cleaners, edited by name.

Not to be confused with the document :class:`~povcorpus.Pipeline`, whose ``clean``
step runs a cleaner chain on every text field of a document. The order is data
(see :mod:`povcorpus._chain`); names are looked up in
:data:`~povcorpus.cleaners.base.cleaner_registry` when the chain first runs, so a
chain pickles as a tuple of names and can be sent to worker processes.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, ClassVar

import attrs

from povcorpus._chain import NamedChain
from povcorpus._script import dominant_script
from povcorpus.cleaners.base import CleanContext, Cleaner, CleanResult, cleaner_registry
from povcorpus.model import Edit

__all__ = ["DEFAULT_ORDER", "CleanerChain", "FunctionCleaner"]

DEFAULT_ORDER: tuple[str, ...] = (
    "mojibake",
    "spam",
    "italian_accent",
    "apostrophe",
    "spaced_apostrophe",
    "chinese_web",
    "mt_punctuation",
    "dehyphenate",
    "persian_zwnj",
    "whitespace",
)
"""The built-in cleaners in the order :meth:`CleanerChain.default` runs them."""

_MOJIBAKE = "mojibake"
_REPAIR_ROUNDS = 2
_ZERO_WIDTH = "\ufeff"
"""How many times ``mojibake`` reads a chain's output again (each time only if the rest changed it)."""

# Cleaners registered by modules that the cleaners package does not import
# itself (to avoid import cycles): imported on first use of the name.
_PROVIDERS: dict[str, str] = {"spam": "povcorpus.boilerplate"}


class FunctionCleaner:
    """A plain function ``(text, ctx) -> CleanResult`` with a name, usable as a chain step.

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


def resolve_cleaner(name: str) -> Cleaner:
    """The registered cleaner ``name``, importing the module that provides it if needed.

    Raises:
        UnknownNameError: no cleaner has that name; the message lists the known ones.
    """
    if name not in cleaner_registry and name in _PROVIDERS:
        importlib.import_module(_PROVIDERS[name])
    return cleaner_registry.get(name)


class CleanerChain(NamedChain[Cleaner]):
    """An immutable, ordered chain of cleaners, each ``(text, ctx) -> CleanResult``.

    >>> chain = CleanerChain.default().disable("dehyphenate")
    >>> "dehyphenate" in chain.names
    False

    Args:
        steps: cleaners or registered cleaner names, in order.
        disabled: names of steps that are present but turned off.
    """

    __slots__ = ()
    kind: ClassVar[str] = "cleaner"

    @classmethod
    def _as_part(cls, step: Any) -> tuple[str, Cleaner | None]:
        if isinstance(step, str):
            return step, None
        name = getattr(step, "name", None)
        if isinstance(name, str) and callable(step):
            return name, step
        function_name = getattr(step, "__name__", None)
        if callable(step) and isinstance(function_name, str):
            return function_name, FunctionCleaner(function_name, step)
        msg = f"a cleaner chain step must be a cleaner name or a cleaner with a .name, not {step!r}"
        raise TypeError(msg)

    @classmethod
    def _lookup(cls, name: str) -> Cleaner:
        return resolve_cleaner(name)

    @classmethod
    def default(cls) -> CleanerChain:
        """The built-in cleaners in :data:`DEFAULT_ORDER`."""
        for module in set(_PROVIDERS.values()):
            importlib.import_module(module)
        return cls(DEFAULT_ORDER)

    @classmethod
    def from_names(cls, names: tuple[str, ...] | list[str]) -> CleanerChain:
        """A chain of registered cleaners, in the given order.

        Raises:
            UnknownNameError: a name is not registered.
        """
        chain = cls(tuple(names))
        chain.check()
        return chain

    def cleaners(self) -> tuple[Cleaner, ...]:
        """The enabled cleaners, resolved from the registry."""
        return self.parts()

    def __call__(self, text: str, ctx: CleanContext) -> CleanResult:
        """Run every enabled cleaner in order.

        When the chain holds ``mojibake`` and a cleaner after it changed the text, ``mojibake``
        reads the result again: a repair can hand ftfy a context it newly reads as mojibake (a
        soft hyphen removed from ``\\xadÂ€`` leaves ``Â€``). What it repairs is cleaned again,
        as the document pipeline's ``clean`` step does, so cleaning twice changes nothing more.
        For the same reason a text holding a zero-width no-break space (U+FEFF, which ``whitespace``
        removes) is read once more by the whole chain when it changed.

        Returns:
            The final text and the edits of all steps, step after step (each
            step's edits right to left), so :func:`~povcorpus.edits.apply_edits`
            replays them on ``text``.
        """
        edits: list[Edit] = []
        parts = self.parts()
        names = self.names
        repair = names.index(_MOJIBAKE) if _MOJIBAKE in names[:-1] else None
        given = text
        text, changed_after, ctx = self._run(parts, repair, text, ctx, edits)
        for _ in range(_REPAIR_ROUNDS):
            if repair is None or not changed_after:
                break
            repaired = parts[repair](text, ctx)
            if not repaired.edits:
                break
            edits.extend(repaired.edits)
            ctx = _rescripted(ctx, text, repaired.text)
            text, changed_after, ctx = self._run(parts, repair, repaired.text, ctx, edits)
        if _ZERO_WIDTH in given and text != given:
            # A removed U+FEFF brings together what it kept apart (``A”\ufeffs``): the cleaners
            # before the one that removed it read the text again, as a second cleaning would.
            text, _, _ = self._run(parts, None, text, ctx, edits)
        return CleanResult(text, tuple(edits))

    @staticmethod
    def _run(
        parts: tuple[Cleaner, ...], repair: int | None, text: str, ctx: CleanContext, edits: list[Edit]
    ) -> tuple[str, bool, CleanContext]:
        """Run ``parts`` once; the text, whether a part after index ``repair`` changed it, the context.

        When the encoding repair (the part at ``repair``) changes the text, a script that the
        context measured on the damaged text is measured again on the repaired one.
        """
        changed_after = False
        for index, cleaner in enumerate(parts):
            result = cleaner(text, ctx)
            if result.edits:
                edits.extend(result.edits)
                if repair is not None and index > repair:
                    changed_after = True
                elif index == repair:
                    ctx = _rescripted(ctx, text, result.text)
            text = result.text
        return text, changed_after, ctx


def _rescripted(ctx: CleanContext, before: str, after: str) -> CleanContext:
    """``ctx`` with its script read from ``after``, when it was the one read from ``before``.

    The context's script is measured on the text as given; mojibake counts as letters of
    another script (``AÂ\x80中`` reads as Latin, the repaired ``A€中`` as Han), so the cleaners
    after the repair must read the repaired text's script, or cleaning again finds more to do.
    A script the caller set by hand (one that differs from the damaged text's) is kept.
    """
    if ctx.script is None or ctx.script != dominant_script(before):
        return ctx
    script = dominant_script(after)
    return ctx if script == ctx.script else attrs.evolve(ctx, script=script)
