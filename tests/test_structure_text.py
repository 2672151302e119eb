"""The parsers' small text tests and scans: fast forms equal plain references on arbitrary text."""

from __future__ import annotations

import difflib
import re
import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.structure._lines import has_sentence_break, match_key
from povcorpus.structure.footnotes import CIRCLED_MARKER, circled_markers
from povcorpus.structure.tables import match_table
from povcorpus.structure.toc import _close_enough, _Key, _lcs_length, _without_page

# Characters the helpers react to, mixed with letters of several scripts.
_ALPHABET = (
    "aeZ É ßÀ .!?。！？\"”’')]」』“‘(`「\t\n-_,;:…·0123456789①⑵❶㉑㊿⒈ⓐ（【[表Table Tab.\u00a0\u3000ﬁ①²İ五гد"
)
_piece = st.tuples(
    st.sampled_from(["", "“", "(", "「"]),
    st.sampled_from(["a", "ab", "abc", "Zed", "À", "ß", "U.S", "五", "12", "Contents", "Table 2"]),
    st.sampled_from(["", "", ".", "!", "?", "。", "！", "？", "....", "…", " ·· 7", "①", "[3]"]),
    st.sampled_from(["", "”", ")", "」", "’"]),
    st.sampled_from([" ", "", "  ", "\t", "\n", "\u3000"]),
).map("".join)
_text = (
    st.text(alphabet=st.sampled_from(list(_ALPHABET)), max_size=40)
    | st.lists(_piece, max_size=6).map("".join)
    | st.text(max_size=30)
)

_REFERENCE_BREAK = re.compile(
    r"(?<=[a-z\u00df-\u024f]{2})[.!?][\"”’')\]]*\s+(?=[\"“‘(]?[A-Z\u00c0-\u00de])"
    r"|[。！？][\"”’')\]」』]*(?=[^\s\"”’')\]」』。！？])"
)
_REFERENCE_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "“": '"', "”": '"', "「": '"', "」": '"'})
_REFERENCE_LEADER = re.compile(r"(?:\s*[.·…_]{2,}\s*|\s+)[0-9]{1,4}$|\s*[.·…_]{3,}$")


def reference_key(text: str) -> str:
    """match_key as one translate and one regex over the whole text."""
    folded = unicodedata.normalize("NFKC", text).translate(_REFERENCE_QUOTES).casefold().replace("'", "")
    return " ".join(re.sub(r"[\W_]+", " ", folded).split())


@settings(max_examples=500, deadline=None)
@given(text=_text)
def test_text_helpers_equal_their_references(text: str) -> None:
    """Sentence breaks, match keys, page leaders, tables and circled markers read text as before."""
    assert has_sentence_break(text) == (_REFERENCE_BREAK.search(text) is not None)
    assert match_key(text) == reference_key(text)
    assert _without_page(text) == (_REFERENCE_LEADER.sub("", text).strip() or text)
    assert circled_markers(text) == CIRCLED_MARKER.findall(text)
    table = re.fullmatch(r"[(（\[【].*", text.strip(), re.DOTALL)
    if table is None:
        assert match_table(text) is None


def test_circled_markers_cover_every_circled_character() -> None:
    """Every character of the circled ranges, and its neighbours, is found exactly as the regex finds it."""
    text = "".join(chr(code) for code in range(0x2400, 0x3400)) + "\ud800a"
    assert circled_markers(text) == CIRCLED_MARKER.findall(text)
    assert len(circled_markers(text)) > 100


def reference_close(first: str, second: str, threshold: float) -> bool:
    """difflib's ratio of two non-empty keys against the threshold."""
    if not first or not second:
        return False
    return difflib.SequenceMatcher(None, first, second, autojunk=False).ratio() >= threshold


@settings(max_examples=300, deadline=None)
@given(first=_text, second=_text, threshold=st.sampled_from([0.5, 0.8]))
def test_close_enough_equals_difflib(first: str, second: str, threshold: float) -> None:
    """The prefix and suffix shortcut of the fuzzy TOC match never changes difflib's verdict."""
    for other in (second, first + second, second + first):
        assert _close_enough(first, other, threshold) == reference_close(first, other, threshold)


def reference_lcs(first: str, second: str) -> int:
    """Longest common subsequence by the textbook table."""
    table = [[0] * (len(second) + 1) for _ in range(len(first) + 1)]
    for i, a in enumerate(first):
        for j, b in enumerate(second):
            table[i + 1][j + 1] = table[i][j] + 1 if a == b else max(table[i][j + 1], table[i + 1][j])
    return table[-1][-1]


@settings(max_examples=300, deadline=None)
@given(first=st.text(alphabet="abc ", max_size=20), second=st.text(alphabet="abcd", max_size=20))
def test_bit_parallel_lcs_equals_the_table(first: str, second: str) -> None:
    """The bit-parallel longest common subsequence that bounds difflib's ratio is the true one."""
    assert _lcs_length(_Key(second), first) == reference_lcs(first, second)
