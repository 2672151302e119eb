"""Exact windows: a pattern run only where its matches can start finds what a whole-line scan finds."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.boilerplate import _engine, default_rules, gambling
from povcorpus.boilerplate._windows import (
    UNBOUNDED,
    WHITESPACE,
    LineWords,
    chunk_windows,
    reach_of,
    same_case,
    windows_for,
)
from povcorpus.boilerplate.gambling import _hits, _lexicon
from test_boilerplate_fastpath import NAMES, SAMPLE_LINES, TEXT, TRICKY

#: The lexicon's items one by one (regex pieces), to generate real matches from.
ITEMS = [
    item
    for words in (
        gambling.BRANDS,
        gambling.DOWNLOAD_LATIN,
        gambling.SPAMMY_LATIN,
        gambling.CORE_LATIN,
        gambling.MODIFIER_LATIN,
    )
    for item in words
    if "(?<=" not in item and "(?=" not in item
]
#: Text around a lexicon word: marks, whitespace of every kind, letters that glue, other scripts.
GLUE = st.sampled_from(
    [" ", "  ", "\t", "\xa0", "\u3000", "\u2009", "-", "'", "’", ".", ",", "、", "。", "«", "“", "3", "_",
     "x", "é", "中", "ж", "", "’s ", " the ", " in ", "\u1c80", "ı"]
)  # fmt: skip
MATCHES = st.sampled_from(ITEMS).flatmap(lambda item: st.from_regex(re.compile(item), fullmatch=True))
HAN_WORDS = st.sampled_from(
    [
        *gambling.CORE_HAN,
        *gambling.SPAMMY_HAN,
        *gambling.MODIFIER_HAN,
        *gambling.DOWNLOAD_HAN,
        *gambling.BRANDS_HAN,
    ]
)
PIECE = st.one_of(
    MATCHES,
    HAN_WORDS,
    MATCHES.map(str.upper),
    MATCHES.map(str.title),
    st.sampled_from(TRICKY),
    st.sampled_from(SAMPLE_LINES).map(lambda line: line[:200]),
    st.sampled_from(
        [
            "scarica ora",
            "download now",
            "jetzt herunterladen",
            "baixar agora",
            "télécharger maintenant",
            "slot machine",
            "in-play",
            "in play",
            "d’azzardo",
            "d'azzardo",
            "bet 365",
            "1x bet",
            "888 casino",
            "get the app",
            "sign up",
            "no deposit",
            "caça-níqueis",
            "machines à sous",
            "spielothekxyz",
            "casıno app download",
            "ſlots apk download",
            "Sky bet ſports betting APP download",
            "wıllıam hill casino app download",
            "体育投注app下载",
            "xbob体育官网",
            "天下注册送彩金",
            "Bet365体育官网APP下载",
            "在线赌场app下載",
        ]
    ),
    st.text(max_size=4),
)
LINES = st.lists(st.tuples(PIECE, GLUE), max_size=16).map(lambda parts: "".join(a + b for a, b in parts))


def _windowed(pattern: re.Pattern[str]) -> object:
    windows = windows_for(pattern)
    assert windows is not None, pattern.pattern[:80]
    return windows


LATIN = [
    (kind, pattern, _windowed(pattern))
    for lexicon in (_hits._LEXICON_LATIN, _hits._LEXICON_LOWER)
    for rank, (kind, pattern) in enumerate(lexicon)
    if rank != _hits._BRANDLIKE_RANK
]


@settings(max_examples=500, deadline=None)
@given(st.one_of(LINES, TEXT))
def test_lexicon_windows_find_the_whole_line_matches(text: str) -> None:
    """Each lexicon pattern (Latin, and with Han words) read in windows finds the whole line's spans."""
    lowered = text.replace("\n", " ").lower()
    words = LineWords(lowered)
    for kind, pattern, windows in LATIN:
        expected = [match.span() for match in pattern.finditer(lowered)]
        assert windows.spans(words) == expected, kind  # type: ignore[attr-defined]


def _reference_hits(line: str) -> list[tuple[int, int, str]]:
    """``_lexicon_hits`` as it was: every lexicon pattern scans the whole line."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_hits, "_latin_windows", lambda: (None,) * len(_hits._LEXICON_LATIN))
        patch.setattr(_hits, "_lower_windows", lambda: (None,) * len(_hits._LEXICON_LOWER))

        def whole(lowered: str) -> list[tuple[int, int]]:
            shaped = _hits._brandlike_for(lowered)
            return [] if shaped is None else [match.span() for match in shaped.finditer(lowered)]

        patch.setattr(_hits, "_brandlike_spans", whole)
        return _hits._lexicon_hits(line)


SEEDED_LINES = st.tuples(st.sampled_from(SAMPLE_LINES), st.lists(st.tuples(st.integers(0, 300), PIECE))).map(
    lambda seeds: _seeded(*seeds)
)


def _seeded(line: str, seeds: list[tuple[int, str]]) -> str:
    """A sample line with lexicon words and odd text put inside it."""
    for offset, piece in seeds:
        cut = min(offset, len(line))
        line = line[:cut] + " " + piece + " " + line[cut:]
    return line


@settings(max_examples=300, deadline=None)
@given(st.one_of(SEEDED_LINES, LINES, TEXT))
def test_lexicon_hits_in_windows_are_the_whole_line_hits(text: str) -> None:
    """The lexicon's hits read in windows are those of whole-line scans (Latin, Han and case-fold lines)."""
    line = text.replace("\n", " ")
    assert _hits._lexicon_hits(line) == _reference_hits(line)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NAMES, LINES, TEXT))
def test_brandlike_windows_find_the_whole_line_names(text: str) -> None:
    """The brand-like shapes read in windows find the spans a scan of the whole lower-cased line finds."""
    lowered = text.lower()
    shaped = _hits._brandlike_for(lowered)
    expected = [] if shaped is None else [match.span() for match in shaped.finditer(lowered)]
    assert _hits._brandlike_spans(lowered) == expected


#: Pieces of patterns shaped like a lexicon: words, optional letters, gaps of whitespace or marks.
PATTERN_PIECES = st.sampled_from(
    ["ab", "b", "ba", "a", "é", "ж", "a?", "(?:ab|b)", "\\s", "\\s+", "\\s?", "[\\s-]", "[-']", "'?", "\\d",
     "[ab]", "b*", "(?:a\\s)?", "(?<=a\\s)", "(?![a-z])", "(?<![a-z])", "(?=\\s+b)", "\\w*", "x", "1", "\\.",
     "[^\\W\\d_]{0,2}", "A", "Ba", "[A-Z]", "(?![A-Za-z0-9])", "(?![a-z]|[x])", "\\s*", "(?:\\s+a)*",
     "[\\s\\-]*", "(?:a|\\s)", "(?![x])", "(?!x|y)", "i", "s", "k", "[ik]"]
)  # fmt: skip
PATTERNS = st.lists(
    st.lists(PATTERN_PIECES, min_size=1, max_size=5).map("".join), min_size=1, max_size=4
).map(lambda branches: "(?<![^\\W\\d_])(?:" + "|".join(branches) + ")(?![^\\W\\d_])")
SMALL_TEXT = st.lists(
    st.sampled_from(
        ["a", "b", "ab", "ba", "x", "1", " ", "  ", "\xa0", "\t", "-", "'", ".", "é", "ж", "中", "_"]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(PATTERNS, SMALL_TEXT)
def test_windows_of_any_word_pattern_are_exact(source: str, text: str) -> None:
    """For random lexicon-shaped patterns the windows find what a whole-text scan finds, or there are none."""
    pattern = re.compile(source)
    windows = windows_for(pattern)
    if windows is None:
        return
    assert windows.spans(LineWords(text)) == [match.span() for match in pattern.finditer(text)]


def test_reach_counts_runs_of_whitespace() -> None:
    """The reach is the number of whitespace runs a match or look-ahead can cross."""
    assert _reach(r"slot\s+machines?") == 1
    assert _reach(r"get\s+the\s+app") == 2
    assert _reach(r"sky\s?bet") == 1
    assert _reach(r"a[\s-]b") == 1
    assert _reach(r"jetzt(?=\s+herunterladen)") == 1
    assert _reach(r"(?<=scarica\s)ora") == 0
    assert _reach(r"\w+(?![^\W\d_])") == 0
    assert _reach(r"a(?:\s+b)*") == UNBOUNDED
    assert _reach(_lexicon._BRANDLIKE_WORD.pattern) == 0  # its chunk windows are exact


def _reach(source: str) -> int:
    from povcorpus.boilerplate._windows import _parser

    return reach_of(list(_parser.parse(source)))


def test_patterns_the_reader_cannot_follow_get_no_windows() -> None:
    """Anchors, back-references, empty matches and odd case folds (σ and ς) are run on the whole line."""
    for source, flags in [
        ("σ", re.IGNORECASE),
        ("^bet", 0),
        (r"\bbet", 0),
        (r"(a)\1", 0),
        ("a?", 0),
        (r"\s+x", 0),
    ]:
        assert windows_for(re.compile(source, flags)) is None, source


def test_every_lexicon_pattern_has_windows() -> None:
    """Every word pattern of the lexicon is read in windows (else the speed is lost, not the output)."""
    for table in (_hits._latin_windows(), _hits._lower_windows()):
        assert [windows is None for windows in table] == [
            rank == _hits._BRANDLIKE_RANK for rank in range(len(_hits._LEXICON_LATIN))
        ]


def test_windows_merge_and_end_on_whitespace() -> None:
    """Windows of neighbouring chunks merge, and each runs from after a space to whitespace or the end."""
    pattern = re.compile(r"(?<![a-z])(?:slot\s+machine|slot)(?![a-z])")
    text = "one slot\xa0machine two slot  machine slot"
    assert chunk_windows(pattern, text, [(4, 8), (23, 27), (37, 41)], 1) == [
        match.span() for match in pattern.finditer(text)
    ]


@pytest.mark.slow
def test_whitespace_is_every_space_character() -> None:
    """WHITESPACE lists exactly the characters str.isspace and the regex class \\s accept."""
    everything = [chr(code) for code in range(0x110000)]
    assert sorted(WHITESPACE) == [char for char in everything if char.isspace()]
    assert sorted(WHITESPACE) == [char for char in everything if re.match(r"\s", char)]


def _reference_inline(line: str) -> list[tuple[int, int, str]]:
    """``find_inline`` as it was: every inline rule pattern scans the whole line."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_engine, "_windows_of", lambda pattern: None)
        return _engine.find_inline(line, default_rules().inline)


@settings(max_examples=300, deadline=None)
@given(st.one_of(SEEDED_LINES, LINES, TEXT))
def test_inline_rules_in_windows_cut_what_whole_lines_cut(text: str) -> None:
    """The inline rules' patterns read in windows find the spans whole-line scans find, in any case."""
    line = text.replace("\n", " ")
    assert _engine.find_inline(line, default_rules().inline) == _reference_inline(line)


def test_inline_rule_patterns_have_windows() -> None:
    """Every built-in inline rule pattern is read in windows (else the speed is lost, not the output)."""
    assert all(
        _engine._windows_of(pattern) is not None
        for rule in default_rules().inline
        for pattern in rule.patterns
    )


CASED_TEXT = st.lists(
    st.sampled_from(
        [
            "a",
            "A",
            "b",
            "B",
            "ab",
            "AB",
            "Ba",
            "x",
            "1",
            " ",
            "\xa0",
            "-",
            "'",
            "é",
            "É",
            "ж",
            "Ж",
            "中",
            "K",
            "i",
            "I",
            "ı",
            "İ",
            "s",
            "S",
            "ſ",
            "k",
            "\u212a",
            "y",
            "X",
        ]
    ),
    max_size=30,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(PATTERNS, st.booleans(), CASED_TEXT)
def test_windows_serve_a_pattern_run_on_the_line_as_it_is(source: str, ignorecase: bool, text: str) -> None:
    """Windows read in the lower-cased line serve a pattern (in any case mode) run on the line itself."""
    pattern = re.compile(source, re.IGNORECASE if ignorecase else 0)
    windows = windows_for(pattern)
    lowered = text.lower()
    if windows is None or not same_case(text, lowered):
        return
    assert windows.spans(LineWords(lowered), text) == [match.span() for match in pattern.finditer(text)]


@pytest.mark.slow
def test_case_odd_covers_every_letter_of_the_inline_patterns() -> None:
    """Every character IGNORECASE matches to an inline-pattern letter other than by lower() is in CASE_ODD."""
    from povcorpus.boilerplate._windows import CASE_ODD

    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    by_lower: dict[str, set[str]] = {}
    for char in everything:
        by_lower.setdefault(char.lower(), set()).add(char)
    letters = {
        char for rule in default_rules().inline for pattern in rule.patterns for char in pattern.pattern
    }
    letters |= set("abcdefghijklmnopqrstuvwxyz")
    for letter in sorted(char.lower() for char in letters if char.isalpha() and len(char.lower()) == 1):
        folded = set(re.compile(re.escape(letter), re.IGNORECASE).findall(everything))
        odd = folded ^ by_lower.get(letter, set())
        assert all(CASE_ODD.match(char) for char in odd), (letter, odd)


@pytest.mark.parametrize(
    ("source", "flags", "text"),
    [
        (r"a(?![xy])b", re.IGNORECASE, "xx AB ab"),
        (r"a(?!xa|y)b", 0, "ab aB"),
        (r"a(?![A-Za-z0-9])b?", re.IGNORECASE, "A a1 AB ab-"),
        (r"bet(?![A-Za-z0-9]|[量后])s?", re.IGNORECASE, "BETS bet bets bet量"),
        (r"(?<![a-z])in[\s-]play(?![a-z])", re.IGNORECASE, "IN-PLAY in\xa0play in  play"),
        (r"ж\s", 0, "ж "),
        (r"(?<![a-z])(?:ab\w*\s+x|a\w*\s+y)", 0, "«abc y"),
        (r"(?<![^\W\d_])(?:a’b\w*(?=x)|bd)(?![^\W\d_])", 0, "«a’bd»"),
    ],
)
def test_windows_read_look_aheads_as_re_does(source: str, flags: int, text: str) -> None:
    """A look-ahead bars a letter only when it bars every letter in every case, as re reads it."""
    pattern = re.compile(source, flags)
    windows = windows_for(pattern)
    assert windows is not None
    assert windows.spans(LineWords(text.lower()), text) == [match.span() for match in pattern.finditer(text)]
