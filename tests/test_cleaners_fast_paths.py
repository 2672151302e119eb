"""The cleaners' pre-checks and fast paths give exactly what their full, slow paths give.

Each pre-check may only reject a text the full cleaner would leave unchanged, and each fast
path (a plain case decided by a pattern, a scan per character instead of a character class)
must find the same repairs as the general code it shortcuts. The references here are the
patterns and loops the cleaners used before they were made fast.
"""

from __future__ import annotations

import itertools
import re

import pytest
from ftfy.badness import MOJIBAKE_CATEGORIES
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus import PipelineOptions
from povcorpus.cleaners import CleanContext
from povcorpus.cleaners import apostrophe as apostrophe_module
from povcorpus.cleaners import dehyphenate as dehyphenate_module
from povcorpus.cleaners import mojibake as mojibake_module
from povcorpus.cleaners import mt_punctuation as mt_module
from povcorpus.cleaners import persian_zwnj as persian_module
from povcorpus.cleaners import spaced_apostrophe as spaced_module
from povcorpus.cleaners import whitespace as whitespace_module
from povcorpus.cleaners._common import LATIN_LETTER, Protected, has_any
from povcorpus.edits import replace_spans
from povcorpus.errors import OptionError
from povcorpus.model import Edit
from strategies import clean_prose, damaged_text

LANGS = st.sampled_from([None, "en", "it", "fr", "de", "nl", "fa"])

# Characters the fast paths branch on: ASCII letters and digits, every full-width mark,
# quotes, apostrophes, hyphens, spaces (odd ones too), line breaks, code characters,
# numerals, CJK, combining marks and Greek punctuation (in CASED_LETTER but not letters).
_EDGE = (
    "aAsStnZ09 ,.;:!?\n\r\t、，。；：！？（）”’」』»)]\"'“‘″‟´-‐\u00ad"
    "\u00a0\u2000\u2009\u202f\u3000\ufeff=_/@(`[]{}<>|$#~^*五一十是中国"
    "\u0483\u037e\u0387éÉ²½ÃÂâ€œ\x9d°ó‚ØÙВЂ"
)
edge_text = st.text(alphabet=st.sampled_from(_EDGE), max_size=80)
"""Short strings made of the characters where a fast path and its slow path could part."""

_DAMAGE = (
    (", ", "、"),
    (", ", "，"),
    (", ", ","),
    (". ", "。"),
    (". ", ".。"),
    (" ", "  "),
    (" ", "\u00a0"),
    ("’", "”"),
    ("’s", "’ s"),
    ("-", "-\n"),
    ("program", "pro-gram"),
    ("\n", " \n"),
)


@st.composite
def seeded_damage(draw: st.DrawFn) -> str:
    """Correct English prose with damage of the kinds the cleaners repair, put in at random places."""
    text = "\n".join(draw(st.lists(clean_prose(), min_size=1, max_size=3)))
    for _ in range(draw(st.integers(0, 6))):
        old, new = draw(st.sampled_from(_DAMAGE))
        count = text.count(old)
        if count:
            which = draw(st.integers(0, count - 1))
            at = -1
            for _ in range(which + 1):
                at = text.find(old, at + 1)
            text = text[:at] + new + text[at + len(old) :]
    return text


any_text = st.one_of(damaged_text, edge_text, seeded_damage())


# mt_punctuation -----------------------------------------------------------------------------

_OLD_FAST = re.compile("[、，。；：！？（）]|,(?:[^\\s\\d]|(?<=[^\\W\\d_],)\\d)")
_OLD_MARK = re.compile("[、，。；：！？）](?:[”’」』»)\\]]|[\"'](?![^\\W\\d_]))*|（")
_OLD_LOOSE = re.compile(f",(?=[{LATIN_LETTER}\\d])")


@settings(max_examples=500, deadline=None)
@given(text=any_text)
def test_mt_precheck_is_the_old_gate(text: str) -> None:
    """The mt_punctuation pre-check accepts exactly the texts its former single pattern found a match in."""
    assert mt_module._may_change(text) == (_OLD_FAST.search(text) is not None)


@settings(max_examples=500, deadline=None)
@given(text=any_text, english=st.booleans())
def test_mt_plain_marks_match_the_general_repair(text: str, english: bool) -> None:
    """Marks decided by their pattern get the same repair as :func:`_mark_span` gives every mark."""
    enumerators = mt_module._enumerator_spans(text, english)
    starts = {start for start, _, _ in enumerators}
    expected = []
    for match in _OLD_MARK.finditer(text):
        end = match.end()
        while end < len(text) and text[end] in mt_module._BEFORE_ENUMERATOR:
            end += 1
        span = mt_module._mark_span(text, match, end in starts)
        if span is not None:
            expected.append(span)
    expected.extend(enumerators)
    assert sorted(mt_module._mark_spans(text, english)) == sorted(expected)


@settings(max_examples=500, deadline=None)
@given(text=any_text, english=st.booleans())
def test_mt_plain_commas_match_the_general_repair(text: str, english: bool) -> None:
    """Commas decided by their pattern get the same fix as :meth:`_Commas.span` gives every comma."""
    commas = mt_module._Commas(text, Protected(text), english)
    commas.damaged = True
    candidates = sorted(
        {m.start() for m in mt_module._COMMA.finditer(text)} | {m.start() for m in _OLD_LOOSE.finditer(text)}
    )
    expected = [span for position in candidates if (span := commas.span(position)) is not None]
    assert sorted(mt_module._damaged_comma_spans(text, commas)) == sorted(expected)


@settings(max_examples=300, deadline=None)
@given(text=any_text)
def test_mt_numeral_runs_and_code_positions(text: str) -> None:
    """Numeral runs and code characters found by literal scans are those the class patterns find."""
    numerals = [m.start() for m in re.finditer("[一二三四五六七八九十]+", text)]
    assert mt_module._run_starts(text, mt_module._NUMERAL_CHARS) == numerals
    old_code = re.compile(r"[=_/\\@{}\[\]<>|$#~^*`]|\w\(|[a-z]\.[a-z]")
    tokens = {m.span() for m in re.finditer(r"\S+", text) if old_code.search(m.group())}
    found = mt_module._code_positions(text)
    assert {span for span in tokens if any(span[0] <= at < span[1] for at in found)} == tokens
    assert all(any(start <= at < end for start, end in tokens) for at in found)


# dehyphenate --------------------------------------------------------------------------------

hyphen_text = st.text(alphabet=st.sampled_from("abcXYé ΣΩ\u0483\u037e\u0387_1²-‐\n"), max_size=90)


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(hyphen_text, edge_text, seeded_damage()))
def test_dehyphenate_first_half_is_the_first_pattern(text: str) -> None:
    """The letters before each hyphen, read backwards in one match, are what ``_FIRST`` finds."""
    reversed_text = text[::-1]
    matches = sorted((m.span() for m in dehyphenate_module._hyphens(text)), key=lambda span: span[0])
    assert matches == [m.span() for m in dehyphenate_module._HYPHEN.finditer(text)]
    for start, _ in matches:
        found = dehyphenate_module._FIRST.search(text, max(0, start - 64), start)
        expected = found.group() if found is not None else None
        assert dehyphenate_module._first_half(text, reversed_text, start) == expected


def test_dehyphenate_first_half_over_a_long_word() -> None:
    """A word longer than the 64-character window before a hyphen is not read as a first half."""
    for size in (63, 64, 65, 70):
        text = "x " + "a" * size + "-tion"
        start = text.index("-")
        found = dehyphenate_module._FIRST.search(text, max(0, start - 64), start)
        expected = found.group() if found is not None else None
        assert dehyphenate_module._first_half(text, text[::-1], start) == expected
        assert (expected is None) == (size > 64)


@settings(max_examples=300, deadline=None)
@given(
    first=st.text(alphabet="abcAB", min_size=1, max_size=8),
    second=st.text(alphabet="abcdeAB", min_size=1, max_size=8),
)
def test_dehyphenate_cached_rules_agree_with_should_join(first: str, second: str) -> None:
    """The rules cached per form agree with :func:`should_join` given an empty vocabulary."""
    zipf = dehyphenate_module._frequency_function("en")
    never, frequent = dehyphenate_module._word_rules(first, second, zipf)
    assert never == dehyphenate_module._never_join(first, second, zipf)
    assert (not never and frequent) == dehyphenate_module.should_join(first, second, frozenset(), zipf)


# mojibake -----------------------------------------------------------------------------------

mojibake_text = st.text(
    alphabet=st.sampled_from("abz .,!?Â ÃÂâ€œ™\x9d\x80°óòê‚Ä√±≈¢ØÙВГЂ«»β×²ΒΓΟ\u00a0\nйцук"), max_size=60
)


@settings(max_examples=500, deadline=None)
@given(line=st.one_of(mojibake_text, edge_text))
def test_mojibake_bad_near_its_gate_characters_is_is_bad(line: str) -> None:
    """The badness pattern matches a line exactly when ``_PAIRS`` does or it matches near a gate character."""
    anchors = [m.start() for m in mojibake_module._GATE.finditer(line)]
    if "‚" in line:
        return  # those lines are searched as a whole
    paired = mojibake_module._PAIRS is not None and mojibake_module._PAIRS.search(line) is not None
    expected = mojibake_module._needs_ftfy(line)
    assert (paired or any(mojibake_module._bad_near(line, anchor) for anchor in anchors)) == expected


def _badness_alphabet() -> str:
    """Every character ftfy's badness pattern names, a few letters, spaces and line breaks."""
    chars = set("abzAZ .,!?'\n\t\u00a0éèàüйцукВГРСΒΓΞΟЂвβāÂÃÎÐ×²³√≈‚ÄóêŒœÙØ°µ\ufeff")
    for members in MOJIBAKE_CATEGORIES.values():
        for piece in re.findall(r".-.|.", members, flags=re.DOTALL):
            if len(piece) == 3:
                chars.update(map(chr, range(ord(piece[0]), ord(piece[2]) + 1)))
            else:
                chars.add(piece)
    return "".join(sorted(chars))


badness_text = st.text(alphabet=st.sampled_from(_badness_alphabet()), max_size=12)


@settings(max_examples=500, deadline=None)
@given(line=st.one_of(badness_text, mojibake_text))
def test_mojibake_gate_or_pairs_hold_every_badness_match(line: str) -> None:
    """A line ftfy reads as bad holds a gate character or a ``_PAIRS`` match: no bad line is skipped."""
    if mojibake_module._needs_ftfy(line):
        assert mojibake_module._may_be_bad(line)


def test_mojibake_gate_or_pairs_hold_every_short_badness_match() -> None:
    """Every bad string of three characters (each badness class by its ends) passes the gate."""
    ends = {members[0] for members in MOJIBAKE_CATEGORIES.values()} | {
        members[-1] for members in MOJIBAKE_CATEGORIES.values()
    }
    named = "aAz .,\n\u00a0ВГРСΒΓΞΟЂвβā€ŒœÙØ°µ×²³‚ÄâóàäêéÃÂÎÐ√±≈¢¡«”“»ŸŠ®·–’é"
    alphabet = sorted(ends | set(named))
    missed = [
        line
        for line in map("".join, itertools.product(alphabet, repeat=3))
        if mojibake_module._needs_ftfy(line) and not mojibake_module._may_be_bad(line)
    ]
    assert missed == []


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(mojibake_text, edge_text, badness_text))
def test_mojibake_gated_lines_are_the_lines_with_a_gate_character(text: str) -> None:
    """Lines are cut as ``_LINES`` cuts them; only those with a gate character or a pair are yielded."""
    expected = [
        (m.start(), m.group())
        for m in mojibake_module._LINES.finditer(text)
        if m.group() and mojibake_module._may_be_bad(m.group())
    ]
    assert [(start, line) for start, line, _, _ in mojibake_module._gated_lines(text)] == expected


# pre-checks that reject: the full cleaner changes nothing ----------------------------------


space_text = st.text(alphabet=st.sampled_from(" \t\n\r,.:x\u00a0\u3000\ufeff"), max_size=30)
"""Short strings of spaces, tabs, line breaks and marks, with a few letters."""


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(any_text, space_text), lang=LANGS, strip=st.booleans())
def test_whitespace_precheck_rejects_only_unchanged_text(text: str, lang: str | None, strip: bool) -> None:
    """A text the whitespace pre-check rejects is left unchanged by the full cleaner."""
    ctx = CleanContext(lang=lang, options={"whitespace.strip_indent": strip})
    if not whitespace_module._may_change(text, ctx):
        assert whitespace_module._normalise(text, ctx).edits == ()


def test_whitespace_indentation_alone_is_rejected() -> None:
    """Double spaces that only indent lines do not send a text through the full cleaner."""
    ctx = CleanContext()
    assert not whitespace_module._may_change("Title\n\n    Weak infrastructure\n  and more", ctx)
    assert whitespace_module._may_change("Title\n\n    Weak  infrastructure", ctx)
    assert whitespace_module._may_change("  x", CleanContext(options={"whitespace.strip_indent": True}))
    long_indent = "Title\n" + " " * 200_000 + "x\n" + "\t " * 50_000 + "y"
    assert not whitespace_module._may_change(long_indent, ctx)  # one look at each run: linear


@settings(max_examples=500, deadline=None)
@given(text=any_text, lang=LANGS)
def test_spaced_apostrophe_precheck_rejects_only_unchanged_text(text: str, lang: str | None) -> None:
    """A text the spaced_apostrophe pre-check rejects is left unchanged by the full cleaner."""
    ctx = CleanContext(lang=lang)
    if not spaced_module._may_change(text, lang == "en"):
        assert spaced_module._join(text, ctx).edits == ()


@settings(max_examples=500, deadline=None)
@given(text=any_text, ascii_mark=st.booleans())
def test_apostrophe_precheck_and_candidate_lines(text: str, ascii_mark: bool) -> None:
    """The apostrophe pre-check rejects only unchanged text; reading candidate lines misses nothing."""
    ctx = CleanContext(options={"apostrophe.ascii": ascii_mark})
    mark = "'" if ascii_mark else "’"
    every_line: list[tuple[int, int, str]] = []
    start = 0
    for line in text.split("\n"):
        apostrophe_module._restore_line(text, start, start + len(line), mark, every_line)
        start += len(line) + 1
    expected = replace_spans(text, every_line, "apostrophe")[1] if every_line else ()
    assert apostrophe_module._restore(text, ctx).edits == expected
    if not apostrophe_module._may_change(text):
        assert expected == ()


@settings(max_examples=200, deadline=None)
@given(text=st.one_of(any_text, st.text(alphabet="پچژگیکٹڈڑںےہمیشودابc ", max_size=40)))
def test_has_any_is_a_character_class_search(text: str) -> None:
    """``has_any`` answers as a search for the same characters as a class does."""
    long_text = "x" * 300 + text  # past the length where each character is looked for with ``in``
    for chars in (persian_module._PERSIAN_LETTERS, persian_module._URDU_LETTERS, "、。", "]^-\\"):
        expected = any(char in chars for char in text)
        assert has_any(text, chars) == expected
        assert has_any(long_text, chars) == expected


# edits --------------------------------------------------------------------------------------


def _naive_replace(text: str, spans: list[tuple[int, int, str]], rule: str) -> tuple[str, tuple[Edit, ...]]:
    """What replace_spans must give: apply the changing spans right to left, one slice at a time."""
    ordered = sorted(spans, key=lambda span: (span[0], span[1]))
    edits = [Edit(s, e, text[s:e], new, rule) for s, e, new in ordered if text[s:e] != new]
    result = text
    for edit in reversed(edits):
        result = result[: edit.start] + edit.after + result[edit.end :]
    return result, tuple(reversed(edits))


@settings(max_examples=300, deadline=None)
@given(text=st.text(max_size=40), data=st.data())
def test_replace_spans_is_the_naive_replacement(text: str, data: st.DataObject) -> None:
    """replace_spans gives the text and the right-to-left edits of the plain slice-by-slice replacement."""
    cuts = sorted(data.draw(st.lists(st.integers(0, len(text)), max_size=8)))
    spans = [
        (cuts[i], cuts[i + 1], data.draw(st.sampled_from(["", "x", text[cuts[i] : cuts[i + 1]]])))
        for i in range(0, len(cuts) - 1, 2)
    ]
    spans.reverse()  # any order is accepted
    assert replace_spans(text, spans, "test") == _naive_replace(text, spans, "test")


def test_replace_spans_keeps_the_order_of_insertions_at_one_place() -> None:
    """Two insertions at the same offset are made in the order given, as before."""
    text, edits = replace_spans("ab", [(1, 1, "X"), (1, 1, "Y")], "test")
    assert text == "aXYb"
    assert [edit.after for edit in edits] == ["Y", "X"]


protected_text = st.lists(
    st.sampled_from(
        [
            "see ",
            "http://a.org/x ",
            "https://b.cn",
            "www.c.com ",
            "a.b@c.org",
            "@",
            "`x`",
            "`",
            "//",
            "://",
            " ",
            "\n",
            "ftp://d",
            "a@b.com+c@d.org",
            "x+y",
            "-",
            ".",
            "\u00a0",
            "\u3000",
            "\t",
            '"',
            "”",
            "<",
            "é",
            "五",
        ]
    ),
    max_size=20,
).map("".join)


@settings(max_examples=500, deadline=None)
@given(text=st.one_of(protected_text, edge_text))
def test_protected_spans_are_those_of_the_full_pattern(text: str) -> None:
    """Protected spans found with only the alternatives whose literal occurs, and only in the runs of
    non-spaces that hold one (when there is no inline code), match the whole pattern over the whole text."""
    from povcorpus.cleaners._common import _PROTECTED

    assert list(Protected(text).spans()) == [m.span() for m in _PROTECTED.finditer(text)]


join_text = st.lists(
    st.sampled_from(
        [
            "pro-gram", "program", "pro", "gram", "Chin-a", "Ch-ina", "China", "chin", "in-put", "input",
            "govern-\nment", "government", "ment", "İs-tanbul", "istanbul", "ΟΔΟΣ-ος", "οδοσος",
            "soft\u00adware", "software", "- ", "-", " ", "\n", ", ", "poverty- stricken",
        ]
    ),
    max_size=14,
).map(" ".join)  # fmt: skip


def _dehyphenate_forgetting(text: str, ctx: CleanContext) -> tuple[str, tuple[Edit, ...]]:
    """The passes of :func:`dehyphenate`, each looking every word up afresh in its text."""
    edits: tuple[Edit, ...] = ()
    for _ in range(4):
        new_text, new_edits, _ = dehyphenate_module._dehyphenate_once(text, ctx, {})
        if not new_edits:
            break
        text, edits = new_text, edits + new_edits
        if ctx.vocabulary:
            break
    return text, edits


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(join_text, hyphen_text), lang=st.sampled_from([None, "en", "el", "tr"]))
def test_dehyphenate_words_carried_between_passes(text: str, lang: str | None) -> None:
    """Words looked up in one pass and kept for the next give the passes that look everything up again."""
    result = dehyphenate_module.dehyphenate(text, CleanContext(lang=lang))
    assert (result.text, result.edits) == _dehyphenate_forgetting(text, CleanContext(lang=lang))


@settings(max_examples=300, deadline=None)
@given(text=any_text)
def test_mt_line_head_read_backwards(text: str) -> None:
    """Reading back over spaces and stray marks agrees with ``_LINE_HEAD`` read from the line start."""
    for position in range(len(text) + 1):
        line_start = text.rfind("\n", 0, position) + 1
        expected = mt_module._LINE_HEAD.match(text, line_start, position) is not None
        assert mt_module._at_line_head(text, position) == expected


def test_one_long_line_is_read_in_linear_time() -> None:
    """A 300,000-character line of glued commas, marks or quotes is cleaned in seconds, not hours."""
    import time

    from povcorpus.cleaners import clean_text

    # one token gluing many commas, and no other sign of damage, stays as written
    for text, changed in (
        ("a,B" * 100_000, False),
        ("x 、y" * 60_000, True),
        ("“a” b”s c ” " * 25_000, True),
    ):
        started = time.process_time()
        result = clean_text(text, lang="en")
        assert time.process_time() - started < 10.0  # quadratic work took minutes here
        assert (result.text != text) == changed


_WORDY = st.text(alphabet=st.sampled_from("abcé’'- .,\n1İıσς中"), max_size=80)


@settings(max_examples=400, deadline=None)
@given(_WORDY, st.text(alphabet=st.sampled_from("abcéİıσ’1-"), min_size=1, max_size=6), st.data())
def test_whole_word_lookup_from_remembered_tokens_equals_searching_the_text(
    text: str, word: str, data: st.DataObject
) -> None:
    """``dehyphenate`` asks a text's remembered byte tokens instead of the text, with the same answers."""
    from povcorpus._tokens import byte_tokens

    lowered = text.lower()
    if data.draw(st.booleans()) and lowered:  # also a word cut from the text itself
        start = data.draw(st.integers(0, len(lowered) - 1))
        word = lowered[start : start + data.draw(st.integers(1, 6))]
    expected = dehyphenate_module._whole_word_in(lowered, word)
    byte_tokens(lowered)
    saved = dehyphenate_module._TOKENS_FROM
    dehyphenate_module._TOKENS_FROM = 0
    try:
        assert dehyphenate_module._WordsOf(lowered)._occurs(word) == expected
    finally:
        dehyphenate_module._TOKENS_FROM = saved


def test_dehyphenate_wordlist_option_is_checked() -> None:
    """An unknown wordfreq list is refused with a typed error, by the cleaner and by PipelineOptions.check."""
    ctx = CleanContext(lang="en", options={"dehyphenate.wordlist": "huge"})
    with pytest.raises(OptionError, match=r"dehyphenate\.wordlist"):
        dehyphenate_module.dehyphenate("the pro-gram", ctx)
    with pytest.raises(OptionError, match="best, large, small"):
        PipelineOptions(cleaner_options={"dehyphenate.wordlist": "huge"}).check()
    PipelineOptions(cleaner_options={"dehyphenate.wordlist": "small"}).check()


def test_dehyphenate_small_wordlist_still_joins_common_words() -> None:
    """With wordfreq's small lists (bounded memory), common words broken by hyphenation are still joined."""
    if "en" not in dehyphenate_module._wordfreq_languages():
        pytest.skip("the wordfreq extra is not installed")
    ctx = CleanContext(lang="en", options={"dehyphenate.wordlist": "small"})
    text = "The govern-ment said the impor-tant pro-gram helps poverty-stricken and well-off areas."
    assert dehyphenate_module.dehyphenate(text, ctx).text == (
        "The government said the important program helps poverty-stricken and well-off areas."
    )


_HALVES = st.sampled_from(
    ["pro", "gram", "in", "put", "well", "being", "govern", "ment", "impor", "tant", "ab", "Cé", "ça", "x’y"]
)
_HYPHENATED = st.lists(
    st.tuples(_HALVES, st.sampled_from(["-", "- ", "-\n", " "]), _HALVES).map("".join),
    min_size=1,
    max_size=80,
).map(" ".join)


@settings(max_examples=60, deadline=None)
@given(_HYPHENATED, st.sampled_from([None, "en", "it"]))
def test_dehyphenate_reading_tokens_first_changes_nothing(text: str, lang: str | None) -> None:
    """Reading a long text's byte tokens before a pass with many look-ups gives the searches' edits."""
    from povcorpus import _tokens

    padded = text + " programme" * 420  # long enough for the token read (4,096 characters)
    ctx = CleanContext(lang=lang)
    saved = dehyphenate_module._LOOKUPS_FOR_TOKENS
    try:
        dehyphenate_module._LOOKUPS_FOR_TOKENS = 10**9
        _tokens._recent.clear()
        searched = dehyphenate_module.dehyphenate(padded, ctx)
        dehyphenate_module._LOOKUPS_FOR_TOKENS = 0
        _tokens._recent.clear()
        tokenised = dehyphenate_module.dehyphenate(padded, ctx)
    finally:
        dehyphenate_module._LOOKUPS_FOR_TOKENS = saved
    assert tokenised == searched
