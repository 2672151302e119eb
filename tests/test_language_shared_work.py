"""Work the language steps share instead of repeating gives the answers of doing it again."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus._script import script_counts, script_of
from povcorpus.language.detect import detect_counted, detect_language

# Letters of several scripts (one unlisted: Cherokee), digits, marks, apostrophes, separators of
# every kind, lone surrogates.
ALPHABET = "ab Zé’“—五の가ضپьЖΣ\u0301٣ \u00a0\u2028\u0085\x1c\r\n\t\ud800\udfffᎠª²"
# Mostly one script with a few others: the shape script_counts reads its first script's ranges for.
MOSTLY_ONE = st.builds(
    lambda main, text: main + text,
    st.sampled_from(["Жизнь ", "ضپ ", "五千 ", "Ꭰ", "²é ", "\u0301ь"]),
    st.text(alphabet="ЖьΣ五の ضپéᎠ٣\u0301", max_size=40),
)
texts = st.text(alphabet=ALPHABET, max_size=80) | st.text(max_size=80) | MOSTLY_ONE


def reference_counts(text: str) -> Counter[str]:
    """Letters by script, one :func:`script_of` call per character."""
    return Counter(script for script in map(script_of, text) if script is not None)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_script_counts_match_one_lookup_per_character(text: str) -> None:
    """The C-speed count of letters by script equals a lookup per character, lone surrogates included."""
    assert script_counts(text) == reference_counts(text)


@settings(max_examples=300, deadline=None)
@given(texts)
def test_line_counts_add_up_to_the_text_counts(text: str) -> None:
    """The letters of a text's non-blank lines, added up, are the letters of the text (what tag relies on)."""
    total: Counter[str] = Counter()
    for line in text.splitlines():
        if line.strip():
            total.update(script_counts(line))
    assert total == script_counts(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40))
def test_detect_counted_answers_what_detect_language_answers(text: str) -> None:
    """Detecting with counts made beforehand gives the same guess as counting inside detection."""
    assert detect_counted(text, script_counts(text), "fasttext") == detect_language(text, "fasttext")


def test_fasttext_ranks_a_repeated_text_once_and_alike() -> None:
    """A text asked twice is predicted once, and the second answer equals the first, as a fresh list."""
    from povcorpus.language.backends.fasttext import FasttextBackend

    backend = FasttextBackend()
    calls: list[str] = []
    model = backend._model

    class Counting:
        """The model, counting its predictions."""

        def predict(self, line: str, k: int, threshold: float) -> object:
            """Count the call and pass it on."""
            calls.append(line)
            return model.predict(line, k=k, threshold=threshold)

    backend._model = Counting()
    text = "La povertà assoluta è stata sconfitta nelle aree rurali."
    first = backend.rank(text)
    first.clear()
    second = backend.rank(text)
    assert len(calls) == 1
    assert second == FasttextBackend().rank(text)
    assert second[0][0] == "it"
