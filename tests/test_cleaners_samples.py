"""The cleaners on the bundled sample corpus (issue 3, item 5)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from povcorpus.cleaners import clean_text
from povcorpus.edits import undo_edits

# Every ” of 002, in order: the text just before it and what it must become.
# ’ = it stood for an apostrophe; ” = it is a real closing quote and stays.
QUOTES_002: list[tuple[str, str]] = [
    ("People: China", "’"),
    ("Achievement,", "”"),
    ("introduces China", "’"),
    ("to the nation", "’"),
    ("today wouldn", "’"),
    ("campaign,", "”"),
    ("southwest China", "’"),
    ("developing. We", "’"),
    ("prosperity.", "”"),
    ("expanded China", "’"),
    ("\nMali", "’"),
    ("lead to people", "’"),
    ("and China", "’"),
    ("reference value.", "”"),
    ("underpinning China", "’"),
    ("South countries,", "”"),
    ("Ecuador", "’"),
    ("said that China", "’"),
    ("future, China", "’"),
    ("passive followers", "”"),
    ("co-creators.", "”"),
    ("civilization,", "”"),
    ("exemplary model,", "”"),
    ("studying China", "’"),
    ("People: China", "’"),
    ("Achievement,", "”"),
    ("from Zhejiang", "’"),
    ("Revival Program", "”"),
    ("prosperity, China", "’"),
    ("return to poverty,", "”"),
    ("Report on China", "’"),
    ("expanded China", "’"),
    ("following the nation", "’"),
    ("complete victory", "”"),
    ("People: China", "’"),
    ("Achievement,", "”"),
    ("following China", "’"),
    ("modernization,", "”"),
    ("Principles of China", "’"),
    ("People: China", "’"),
    ("Achievement,", "”"),
    ("Party of China", "’"),
    ("underpinning China", "’"),
    ("rooted in China", "’"),
    ("relevant value,", "”"),
]


def records_002(text: str) -> list[str]:
    """The records of 002: the text between ``Source:`` lines."""
    return [record for record in re.split(r"(?m)^Source:\n?", text) if record.strip()]


def test_all_45_quotes_of_002_end_up_right(sample_text: dict[str, str]) -> None:
    """Each of the 45 ” in 002 becomes ’ when it stood for an apostrophe and stays when it is a quote."""
    text = sample_text["002"]
    positions = [match.start() for match in re.finditer("”", text)]
    assert len(positions) == len(QUOTES_002) == 45
    result = clean_text(text, lang="en", cleaners=["apostrophe"])
    changed = {edit.start: edit.after for edit in result.edits}
    for position, (before, outcome) in zip(positions, QUOTES_002, strict=True):
        assert text[:position].endswith(before), (position, before)
        assert changed.get(position, "”") == outcome, (position, before)
    assert sum(1 for _, outcome in QUOTES_002 if outcome == "’") == 28


def test_no_apostrophe_quote_left_in_002(sample_text: dict[str, str]) -> None:
    """After default cleaning no ” or “ is left between two letters in 002."""
    cleaned = clean_text(sample_text["002"], lang="en").text
    assert re.search(r"[^\W\d_][”“][^\W\d_]", cleaned) is None
    assert "“complete victory”" in cleaned
    assert "“passive followers” in" in cleaned


def test_persian_record_of_002_is_untouched_but_for_lost_zwnj(sample_text: dict[str, str]) -> None:
    """The Persian record of 002 keeps every letter and mark; only lost ZWNJs come back, in known words."""
    persian = [record for record in records_002(sample_text["002"]) if "مازندران" in record]
    assert len(persian) == 1
    for lang in ("fa", None):
        result = clean_text(persian[0], lang=lang)
        assert {edit.rule for edit in result.edits} == {"persian_zwnj"}
        assert all((edit.before, edit.after) == ("", "\u200c") for edit in result.edits)
        assert result.text.replace("\u200c", "") == persian[0]
        words = set(result.text.split())
        assert {"می\u200cشود", "پیگیری\u200cها", "برنامه\u200cریزی\u200cهای", "می\u200cتوانند"} <= words
        assert {"میان", "میزهای"} <= words  # words that only begin like a prefix stay
    whole = clean_text(sample_text["002"], lang="en").text
    assert whole.replace("\u200c", "").count(persian[0]) == 1


@pytest.mark.parametrize("lang", ["en", None])
def test_no_spaced_possessive_left_in_003(sample_text: dict[str, str], lang: str | None) -> None:
    """The six ``' s`` of 003 are joined and plural possessives stay."""
    text = sample_text["003"]
    assert text.count("' s ") == 6
    cleaned = clean_text(text, lang=lang).text
    assert "' s " not in cleaned
    for word in ("nation's", "women's", "China's"):
        assert word in cleaned


def test_broken_words_of_003_joined_compounds_kept(sample_text: dict[str, str]) -> None:
    """pro-gram(s), in-put and govern-mental of 003 are joined; its real compounds stay."""
    text = sample_text["003"]
    cleaned = clean_text(text, lang="en").text
    for broken in ("pro-gram", "in-put", "govern-mental"):
        assert broken in text
        assert broken not in cleaned
    for joined in ("programs and methods", "average input for", "governmental support"):
        assert joined in cleaned
    assert re.findall(r"\w+-\w+", cleaned).count("poverty-stricken") == text.count("poverty-stricken")
    for compound in ("high-school", "post-quake", "well-off", "co-sponsored", "per-capita"):
        assert cleaned.count(compound) == text.count(compound) > 0


@pytest.mark.parametrize(
    ("prefix", "compounds"),
    [
        ("002", ("self-reliance", "co-creators", "high-level")),
        ("004", ("one-fifth", "well-off", "people-centered")),
    ],
)
def test_real_compounds_stay(sample_text: dict[str, str], prefix: str, compounds: tuple[str, ...]) -> None:
    """Real hyphenated compounds of 002 and 004 keep their hyphen."""
    text = sample_text[prefix]
    cleaned = clean_text(text, lang="en").text
    for compound in compounds:
        assert cleaned.count(compound) == text.count(compound) > 0


@pytest.mark.parametrize("prefix", ["002", "003", "004"])
def test_no_chinese_punctuation_in_english_documents(sample_text: dict[str, str], prefix: str) -> None:
    """No 、 or 。 is left in the English documents, except after a Chinese numeral heading (五、)."""
    cleaned = clean_text(sample_text[prefix], lang="en").text
    assert "。" not in cleaned
    leftovers = [match.start() for match in re.finditer("、", cleaned)]
    assert all(cleaned[position - 1] in "一二三四五六七八九十" for position in leftovers)


def test_every_comma_before_a_letter_in_004_has_a_space(sample_text: dict[str, str]) -> None:
    """Every comma of 004 before a letter or an opening quote gets a space; numbers keep theirs."""
    cleaned = clean_text(sample_text["004"], lang="en").text
    assert re.search(r",[^\W\d_“\"]", cleaned) is None
    assert re.search(r",[“\"]", cleaned) is None
    assert "2,000 years" in cleaned
    assert "new era, China" in cleaned or ", China" in cleaned


def test_chinese_numeral_headings_of_004_become_latin(sample_text: dict[str, str]) -> None:
    """The heading ``五、Work together…`` of 004 is numbered ``5.`` like the document's other headings."""
    headings = [line for line in sample_text["004"].split("\n") if "五、" in line]
    assert len(headings) == 2
    lines = clean_text(sample_text["004"], lang="en").text.split("\n")
    for heading in headings:
        assert heading.replace("五、", "5. ") in lines
    assert "五、" not in "\n".join(lines)


@pytest.mark.parametrize("prefix", ["000", "001"])
def test_italian_samples_are_untouched(sample_text: dict[str, str], prefix: str) -> None:
    """The clean Italian samples come back byte-identical."""
    assert clean_text(sample_text[prefix], lang="it").text == sample_text[prefix]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_sample_cleaning_is_idempotent_and_undoable(sample_text: dict[str, str], prefix: str) -> None:
    """Cleaning a sample twice changes nothing more, and undoing the edits gives the file back."""
    text = sample_text[prefix]
    once = clean_text(text, lang="en")
    assert clean_text(once.text, lang="en").text == once.text
    assert undo_edits(once.text, once.edits) == text


LANGID_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "langid-dev.jsonl"


@pytest.mark.skipif(not LANGID_DEV.exists(), reason="the shared langid-dev set is not beside the project")
def test_persian_zwnj_on_held_out_treebank_sentences() -> None:
    """On UD Persian text the ZWNJ rules are precise when ZWNJs are stripped, and leave clean text alone."""
    import json

    persian = [
        item["text"]
        for item in map(json.loads, LANGID_DEV.read_text(encoding="utf-8").splitlines())
        if item["lang"] == "fa"
    ]

    def marks(text: str) -> set[int]:
        found, letters = set(), 0
        for char in text:
            if char == "\u200c":
                found.add(letters)
            else:
                letters += 1
        return found

    right = wrong = 0
    for sentence in persian:
        assert clean_text(sentence, lang="fa").text == sentence
        predicted = marks(
            clean_text(sentence.replace("\u200c", ""), lang="fa", cleaners=["persian_zwnj"]).text
        )
        right += len(predicted & marks(sentence))
        wrong += len(predicted - marks(sentence))
    assert right >= 80
    assert wrong <= 0.05 * (right + wrong)
