"""Language backends: the registry, user backends, entry points, optional extras."""

from __future__ import annotations

import sys
from collections.abc import Iterator, Sequence
from importlib import metadata

import pytest

from povcorpus.errors import MissingExtraError, NameClashError, UnknownNameError
from povcorpus.language import (
    LanguageBackend,
    backend_registry,
    clear_backend_cache,
    detect_language,
    get_backend,
    register_backend,
)
from povcorpus.language.backends.langdetect import LangdetectBackend

ITALIAN = "Il villaggio ha raggiunto la riduzione della povertà attraverso il commercio elettronico."


class AlwaysDutch:
    """A toy backend that answers Dutch, in a code form that needs normalising."""

    name = "always-dutch"

    def rank(self, text: str, candidates: frozenset[str] | None = None) -> Sequence[tuple[str, float]]:
        """Answer nl-BE with certainty."""
        return [("nl-BE", 0.9), ("vec", 0.1)]


@pytest.fixture
def toy_backend() -> Iterator[None]:
    """Register AlwaysDutch for one test and remove it afterwards (the registry has no public removal)."""
    register_backend("always-dutch", AlwaysDutch)
    yield
    _forget("always-dutch")


def _forget(name: str) -> None:
    backend_registry._items.pop(name, None)
    backend_registry._origins.pop(name, None)
    clear_backend_cache()


def test_builtins_are_registered() -> None:
    """langdetect, lingua and py3langid are known by name."""
    assert {"langdetect", "lingua", "py3langid"} <= set(backend_registry.names())


def test_backends_satisfy_the_protocol() -> None:
    """The default backend and a user's plain class both satisfy LanguageBackend."""
    assert isinstance(get_backend("langdetect"), LanguageBackend)
    assert isinstance(AlwaysDutch(), LanguageBackend)


@pytest.mark.usefixtures("toy_backend")
def test_user_backend_is_used_by_name_and_its_codes_normalised() -> None:
    """A registered backend answers by name; nl-BE becomes nl; fast paths still come first."""
    guess = detect_language(ITALIAN, backend="always-dutch")
    assert (guess.code, guess.method, guess.confidence) == ("nl", "always-dutch", 0.9)
    assert detect_language("减贫是中国的重要任务", backend="always-dutch").method == "script"


def test_backend_instance_can_be_passed_directly() -> None:
    """An unregistered backend object can be passed as backend=."""
    assert detect_language(ITALIAN, backend=AlwaysDutch()).code == "nl"


@pytest.mark.usefixtures("toy_backend")
def test_name_clash_is_refused() -> None:
    """Registering a taken name without replace=True names both sides."""
    with pytest.raises(NameClashError, match="always-dutch"):
        register_backend("always-dutch", AlwaysDutch)


def test_unknown_backend_lists_the_known_ones() -> None:
    """An unknown name raises UnknownNameError listing the registered backends."""
    with pytest.raises(UnknownNameError, match="langdetect"):
        detect_language(ITALIAN, backend="no-such-backend")


def test_backend_from_an_entry_point(monkeypatch: pytest.MonkeyPatch) -> None:
    """A backend named in the povcorpus.language_backends entry-point group is loaded on first lookup."""
    point = metadata.EntryPoint(
        name="seeded-langdetect",
        value="povcorpus.language.backends.langdetect:LangdetectBackend",
        group="povcorpus.language_backends",
    )

    def entry_points(group: str) -> list[metadata.EntryPoint]:
        return [point] if group == "povcorpus.language_backends" else []

    monkeypatch.setattr("povcorpus.registry.importlib_metadata.entry_points", entry_points)
    monkeypatch.setattr(backend_registry, "_entry_points_loaded", False)
    try:
        assert detect_language(ITALIAN, backend="seeded-langdetect").code == "it"
    finally:
        _forget("seeded-langdetect")


def test_backends_are_built_once_per_process() -> None:
    """get_backend returns the same cached instance, so profiles load once."""
    assert get_backend("langdetect") is get_backend("langdetect")


def test_langdetect_restricted_to_candidates() -> None:
    """With Cyrillic candidates langdetect answers only among them."""
    ranked = LangdetectBackend().rank("Привет как дела", frozenset({"ru", "uk", "bg", "mk"}))
    assert ranked
    assert {code for code, _ in ranked} <= {"ru", "uk", "bg", "mk"}


@pytest.mark.parametrize(
    ("module", "factory_path"),
    [
        ("lingua", "povcorpus.language.backends.lingua:LinguaBackend"),
        ("py3langid", "povcorpus.language.backends.py3langid:Py3langidBackend"),
    ],
)
def test_missing_extra_says_what_to_install(
    monkeypatch: pytest.MonkeyPatch, module: str, factory_path: str
) -> None:
    """Without the optional package the backend raises MissingExtraError naming the extra."""
    monkeypatch.setitem(sys.modules, module, None)
    monkeypatch.setitem(sys.modules, f"{module}.langid", None)
    module_name, class_name = factory_path.split(":")
    backend_class = getattr(__import__(module_name, fromlist=[class_name]), class_name)
    with pytest.raises(MissingExtraError, match=rf"povcorpus\[{module}\]") as raised:
        backend_class()
    assert isinstance(raised.value, ImportError)


def test_py3langid_backend_detects_italian() -> None:
    """The py3langid extra, when installed, tells Italian from the corpus."""
    pytest.importorskip("py3langid")
    guess = detect_language(ITALIAN, backend="py3langid")
    assert (guess.code, guess.method) == ("it", "py3langid")


def test_lingua_backend_detects_italian_and_persian() -> None:
    """The lingua extra, here on three languages to load fast, tells Italian; Persian stays a fast path."""
    pytest.importorskip("lingua")
    from povcorpus.language.backends.lingua import LinguaBackend

    backend = LinguaBackend(languages=["en", "it", "fr"])
    assert detect_language(ITALIAN, backend=backend).code == "it"
    assert detect_language("گزارش پیشرفت چین در کاهش فقر", backend=backend).code == "fa"
    assert detect_language("\ud800 this is some english text \udfff", backend=backend).code == "en"
    with pytest.raises(ValueError, match="xx"):
        LinguaBackend(languages=["xx"])
