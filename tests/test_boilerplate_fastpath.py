"""The shared trigger scan is exact: chrome, spam and the gambling lexicon cut what every line read cuts."""

from __future__ import annotations

import re
from importlib import resources

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import povcorpus
from povcorpus._lines import Line, split_lines
from povcorpus.boilerplate import (
    RuleSet,
    Triggers,
    _engine,
    default_rules,
    gambling,
    rules,
    strip_chrome,
    strip_spam,
)
from povcorpus.boilerplate._engine import edits_for, line_removal_spans
from povcorpus.boilerplate._windows import CASE_ODD
from povcorpus.boilerplate.chrome import EDGE_HEAD, EDGE_TAIL, MAX_LINE, ChromeResult, _metadata
from povcorpus.boilerplate.gambling import _headlines, _hits, _lexicon
from povcorpus.boilerplate.spam import settled_cuts
from povcorpus.cleaners.base import CleanResult
from povcorpus.model import JSON
from povcorpus.samples import sample_paths


def _sample_lines() -> list[str]:
    """Lines of the bundled samples, short and long, for realistic fragments."""
    folder = resources.files("povcorpus") / "samples"
    found: list[str] = []
    for entry in sorted(folder.iterdir(), key=str):
        if entry.name.endswith(".txt"):
            found.extend(line for line in entry.read_text(encoding="utf-8").splitlines()[:60] if line.strip())
    return found


SAMPLE_LINES = _sample_lines()
RULE_TEXTS = sorted({text for rule in default_rules() for text in (*rule.examples, *rule.counterexamples)})
TRICKY = [
    "bet", "Bet365", "between", "alphabet", "SKY BET", "fun88", "xfun88", "stake.com", "bob体育", "下载",
    "官网",
    "(", ")", ">", " > ", "|", "»", "【打印】", "首页 > 新闻", "Source:", "Editor: Wang", "you are here",
    "sei qui", "a cura di", "(c)", "©", "casino", "casıno", "ſlots", "CASİNO", "ΣΑΣ", "\u212aeno", "ᲀ",
    "СТАВКИ", "ставки", "casinò", "Glücksspiel", "online casino apk android", "real money", "register login",
    "Roobet", "covid19", "lottery", "app", "APP下载", "体育投注", "\n", "\n\n", " ", "  ", "\t", "\u3000",
    "\u2028", "\u00a0", "“", "”", "’s", "—", ".", ",", "。", "\ud800", "a" * 300, '"', "«", "»", "「",
    "He said: “Source:", "Share | Print”",
]  # fmt: skip
PIECE = st.one_of(
    st.sampled_from(SAMPLE_LINES),
    st.sampled_from(RULE_TEXTS),
    st.sampled_from(TRICKY),
    st.text(max_size=6),
)
TEXT = st.lists(st.tuples(PIECE, st.sampled_from(["", " ", "\n", "\n\n", " \n "])), max_size=24).map(
    lambda parts: "".join(piece + glue for piece, glue in parts)
)
SEEDED = st.lists(st.sampled_from(SAMPLE_LINES), min_size=1, max_size=12).flatmap(
    lambda lines: st.lists(
        st.tuples(st.integers(0, len(lines) - 1), st.integers(0, 400), st.sampled_from(RULE_TEXTS)),
        max_size=4,
    ).map(lambda seeds: _seed(lines, seeds))
)


def _seed(lines: list[str], seeds: list[tuple[int, int, str]]) -> str:
    """Sample lines with rule examples put inside them (spam injected into real sentences)."""
    lines = list(lines)
    for index, offset, phrase in seeds:
        line = lines[index]
        cut = min(offset, len(line))
        lines[index] = line[:cut] + " " + phrase + " " + line[cut:]
    return "\n\n".join(lines)


def _reference_spam(text: str, ruleset: RuleSet) -> CleanResult:
    """The spam cleaner as it was: every rule checks every line for its own triggers (read until settled)."""
    if not ruleset.inline or not text:
        return CleanResult(text)
    lines = split_lines(text)
    spans: list[tuple[int, int, str]] = []
    whole: dict[int, str] = {}
    for index, line in enumerate(lines):
        if line.blank:
            continue
        cuts, nothing_left = settled_cuts(line.text, ruleset.inline)
        if nothing_left:
            whole[index] = cuts[0][2]
        else:
            spans.extend((line.start + start, line.start + end, rule) for start, end, rule in cuts)
    spans.extend(line_removal_spans(text, lines, whole))
    if not spans:
        return CleanResult(text)
    new_text, edits = edits_for(text, spans)
    return CleanResult(new_text, edits)


_QUOTES = re.compile('["“”«»「」『』]')


def _reference_open_quotes(lines: tuple[Line, ...]) -> list[bool]:
    """Whether a quotation is open at the start of each line (the chrome guard, written out)."""
    state: list[bool] = []
    depth, straight = 0, False
    for line in lines:
        if line.blank:
            depth, straight = 0, False
        state.append(depth > 0 or straight)
        for mark in _QUOTES.findall(line.text):
            if mark == '"':
                straight = not straight
            elif mark in "“«「『":
                depth += 1
            elif mark in "”»」』":
                depth = max(0, depth - 1)
    return state


def _reference_guarded(
    lines: tuple[Line, ...], index: int, removed: dict[int, str], quotes: list[bool]
) -> bool:
    """Whether a line is running text (quoted or wrapped), as the chrome guard decides it."""
    stripped = lines[index].text
    if quotes[index] or stripped[:1] in "“«「『" or stripped[:1] == '"':
        return True
    if index > 0 and index - 1 not in removed:
        before = lines[index - 1].text
        if before and (
            before.endswith(tuple(",，、;；-–—(（")) or (before[-1].islower() and len(before) > 80)
        ):
            return True
    return index + 1 < len(lines) and lines[index + 1].text[:1].islower()


def _reference_chrome(text: str, ruleset: RuleSet) -> ChromeResult:
    """Chrome stripping as it was: every line up to MAX_LINE long is given to every rule it triggers."""
    if not (ruleset.lines or ruleset.notes) or not text:
        return ChromeResult(text)
    lines = split_lines(text)
    nonblank = [index for index, line in enumerate(lines) if not line.blank]
    edge = set(nonblank[:EDGE_HEAD]) | set(nonblank[-EDGE_TAIL:])
    notes: list[dict[str, JSON]] = []
    for index in nonblank[:EDGE_HEAD]:
        stripped = lines[index].text
        for rule in ruleset.notes:
            if not rule.triggered(stripped.lower()):
                continue
            match = next((m for m in (p.match(stripped) for p in rule.patterns) if m), None)
            if match is not None:
                note: dict[str, JSON] = {"rule": rule.name, "text": match.group().strip()}
                note.update({key: value.strip() for key, value in match.groupdict().items() if value})
                notes.append(note)
                break
    quotes = _reference_open_quotes(lines)
    removed: dict[int, str] = {}
    found = []
    for index in nonblank if ruleset.lines else ():
        stripped = lines[index].text
        if len(stripped) > MAX_LINE:
            continue
        hit = None
        for rule in ruleset.lines:
            if (rule.zone == "edge" and index not in edge) or not rule.triggered(stripped.lower()):
                continue
            match = next((m for m in (p.fullmatch(stripped) for p in rule.patterns) if m), None)
            if match is not None:
                hit = (rule, match)
                break
        if hit is None or _reference_guarded(lines, index, removed, quotes):
            continue
        removed[index] = hit[0].name
        found.append((*hit, stripped))
    if not removed:
        return ChromeResult(text, metadata=_metadata([], notes)) if notes else ChromeResult(text)
    new_text, edits = edits_for(text, line_removal_spans(text, lines, removed))
    return ChromeResult(new_text, edits, _metadata(found, notes))


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXT, SEEDED))
def test_spam_fast_path_cuts_what_every_line_read_cuts(text: str) -> None:
    """strip_spam, reading only the lines the shared scan marks, cuts what checking every line cuts."""
    ruleset = default_rules()
    assert strip_spam(text, ruleset) == _reference_spam(text, ruleset)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXT, SEEDED))
def test_chrome_fast_path_removes_what_every_line_read_removes(text: str) -> None:
    """strip_chrome, scanning only the lines its rules read, removes and reads what line-by-line rules do."""
    ruleset = default_rules()
    assert strip_chrome(text, ruleset) == _reference_chrome(text, ruleset)


def _brute_hits(triggers: Triggers, lowered: str) -> set[tuple[int, int, str]]:
    """Every trigger occurrence, found the slow obvious way."""
    found = {
        (match.start(), match.end(), "w" + match.group())
        for match in rules._WORD.finditer(lowered)
        if match.group() in triggers.words
    }
    for prefix in triggers.prefixes:
        for match in rules._WORD.finditer(lowered):
            if match.group().startswith(prefix):
                found.add((match.start(), match.start() + len(prefix), "p" + prefix))
    for body in triggers.substrings:
        found.update(
            (start, start + len(body), "s" + body)
            for start in range(len(lowered))
            if lowered.startswith(body, start)
        )
    return found


TRIGGER = st.sampled_from(
    [
        "bet",
        "bets",
        "casino*",
        "cas*",
        ">",
        ">>",
        "(c)",
        "(",
        "a b",
        "ab",
        "88",
        "888",
        "下载",
        "下",
        "x下载",
        "w88",
        "nổ hũ",
        "hũ",
        "bob体育",
    ]
)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(TRIGGER, min_size=1, max_size=6),
    st.lists(
        st.sampled_from(
            [
                "bet",
                "bets",
                "casinos",
                "cas",
                "alphabet",
                ">>>",
                "(c)",
                "a b",
                "ab",
                "8888",
                "下载下",
                "x下载",
                "w8",
                " ",
                "\n",
                "é",
                "1",
                "nổ hũ",
                "nổ",
                "hũ",
                "bob体育",
                "体育",
            ]
        ),
        max_size=20,
    ).map("".join),
    st.booleans(),
)
def test_hits_are_every_trigger_occurrence(triggers: list[str], text: str, long: bool) -> None:
    """Triggers.hits lists every occurrence of every trigger, overlapping and nested ones too."""
    scan = Triggers(triggers)
    lowered = text + (" " * rules._LONG if long else "")
    assert set(scan.hits(lowered)) == _brute_hits(scan, lowered)
    assert {key for _, _, key in scan.hits(lowered)} <= scan.keys()


@pytest.mark.parametrize(
    "text",
    [
        "chơi nổ hũ đổi thưởng, bet",
        "nổ and hũ apart, bet",
        "bob体育 and bet",
        "no such words here but bet",
        "nổhũ bet",
    ],
)
def test_hits_of_mixed_substrings_in_long_texts(text: str) -> None:
    """A substring mixing ASCII and other letters is found in a long text exactly where it stands."""
    scan = Triggers(["bet", "nổ hũ", "bob体育", "hũ"])
    lowered = text + " " * rules._LONG
    assert set(scan.hits(lowered)) == _brute_hits(scan, lowered)
    assert set(scan.hits(lowered)) >= {
        (start, start + len(body), "s" + body)
        for body in ("nổ hũ", "bob体育")
        for start in range(len(text))
        if text.startswith(body, start)
    }


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_line_keys_are_each_lines_own(text: str) -> None:
    """The keys the shared scan gives a line are the keys the line's own stripped, lower-cased text holds."""
    scan = default_rules().scan("inline", "line", "metadata", "note")
    expected = {}
    for line in split_lines(text):
        keys = {key for _, _, key in scan.hits(line.text.lower())}
        if keys:
            expected[line.line_start] = frozenset(keys)
    assert rules._line_keys(text, scan) == expected


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_lexicon_on_lowered_line_matches_ignorecase(text: str) -> None:
    """The gambling lexicon read from the lower-cased line finds the words the IGNORECASE patterns find."""
    line = text.replace("\n", " ")
    fast = _hits._lexicon_hits(line)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(_hits, "same_case", lambda line, lowered: False)  # every line takes the IGNORECASE path
        assert _hits._lexicon_hits(line) == fast


@pytest.mark.slow
def test_case_folds_cover_every_lexicon_letter() -> None:
    """Every character IGNORECASE matches to a lexicon letter other than its lower() is in CASE_ODD."""
    everything = "".join(chr(code) for code in range(0x110000) if not 0xD800 <= code < 0xE000)
    by_lower: dict[str, set[str]] = {}
    for char in everything:
        by_lower.setdefault(char.lower(), set()).add(char)
    letters = {
        char
        for _, pattern in _hits._LEXICON
        for char in pattern.pattern
        if char.isalpha() and char == char.lower()
    }
    for letter in letters:
        folded = set(re.compile(re.escape(letter), re.IGNORECASE).findall(everything))
        odd = folded ^ by_lower.get(letter, set())
        assert all(CASE_ODD.match(char) for char in odd), (letter, odd)


_OLD_BRANDLIKE = re.compile(
    r"(?<![^\W\u3400-\u9fff])(?<!\.)(?:"
    r"(?=[^\W\u3400-\u9fff]*[^\W\d_\u3400-\u9fff])(?=[^\W\u3400-\u9fff]*\d)"
    r"[^\W_\u3400-\u9fff][^\W\u3400-\u9fff]{0,20}|"
    r"[^\W\d_\u3400-\u9fff]{2,12}\.(?:game|bet|com|io|net|vip|club|win)|"
    r"[^\W\d_\u3400-\u9fff]*(?:bet|casino|slot|poker|spin|jackpot|lotto|bingo|vegas|stake|win|play|toto)"
    r"[^\W\d_\u3400-\u9fff]*"
    r")(?![^\W\u3400-\u9fff])",
    re.IGNORECASE,
)
NAMES = st.lists(
    st.sampled_from(
        [
            "bet",
            "365",
            "Roobet",
            "bc",
            ".",
            "game",
            "_",
            "x",
            "1",
            "é",
            "中",
            " ",
            "Spinzo",
            "vegas",
            "a" * 22,
        ]
    ),
    max_size=12,
).map("".join)


@settings(max_examples=300, deadline=None)
@given(st.one_of(NAMES, TEXT))
def test_brandlike_shapes_match_as_before(text: str) -> None:
    """The brand-like pattern, digit shape rewritten and shapes left out by line, finds the old spans."""
    expected = [match.span() for match in _OLD_BRANDLIKE.finditer(text)]
    assert [match.span() for match in _lexicon._BRANDLIKE_WORD.finditer(text)] == expected
    lowered = text.lower()
    if len(lowered) == len(text) and not CASE_ODD.search(text):
        shaped = _hits._brandlike_for(lowered)
        assert ([] if shaped is None else [match.span() for match in shaped.finditer(lowered)]) == expected


def test_brandlike_rank_names_the_brandlike_pattern() -> None:
    """_BRANDLIKE_RANK points at the brand-like pattern, whose shapes a lower-cased line may leave out."""
    assert _hits._LEXICON[_hits._BRANDLIKE_RANK][1] is _lexicon._BRANDLIKE_WORD
    assert _hits._LEXICON_LOWER[_hits._BRANDLIKE_RANK][1].pattern == _lexicon._BRANDLIKE_WORD.pattern


def test_detector_triggers_are_lower_case() -> None:
    """The gambling triggers are lower case, so the engine's keys and the detector's own pre-check agree."""
    assert all(trigger == trigger.lower() for trigger in gambling.TRIGGERS)


def test_scan_is_shared_by_rule_sets_of_the_same_rules() -> None:
    """Two rule sets holding the same rules share one scan, so a text read by one is not read again."""
    assert RuleSet.default().scan("inline") is RuleSet.default().scan("inline")
    assert RuleSet.default().disable("spam.gambling_run").scan("inline") is not default_rules().scan("inline")


def test_surrogates_and_odd_lowering_never_raise() -> None:
    """Lone surrogates, İ (whose lower() is longer) and ſ go through spam and chrome unchanged."""
    text = ("\ud800 İstanbul ſlots bet \udfff\n" * 40) + "Source:\n"
    assert strip_spam(text) == _reference_spam(text, default_rules())
    assert strip_chrome(text) == _reference_chrome(text, default_rules())


def test_spam_with_a_mixed_trigger_is_cut_from_a_long_line() -> None:
    """A Vietnamese spam phrase met by a trigger mixing ASCII and other letters goes from a long line too."""
    host = (
        "Chương trình giảm nghèo bền vững đã giúp hàng triệu hộ gia đình ở vùng nông thôn cải thiện "
        "thu nhập, tiếp cận dịch vụ y tế và giáo dục tốt hơn trong giai đoạn vừa qua, đồng thời tạo "
        "thêm việc làm cho người lao động tại địa phương và nâng cao chất lượng cuộc sống."
    )
    text = host + " Chơi nổ hũ đổi thưởng uy tín tại nhà cái 88vin."
    assert len(text) >= rules._LONG
    cleaned = povcorpus.clean_text(text, lang="vi").text
    assert cleaned.startswith(host)
    assert "nổ hũ" not in cleaned
    assert "nhà cái" not in cleaned


def _tokens(line: str) -> list[tuple[int, int, str]]:
    return [(match.start(), match.end(), match.group()) for match in _headlines._TOKEN.finditer(line)]


_TITLE_CHARS = st.sampled_from(list(" \t\n\u3000\"'«(.,aZzÉéßΣσЖжİıǅ中ب1"))


def _block_starts_by_walk(line: str) -> list[int]:
    """Every token index a Title Case block may start at, by reading each token (the reference)."""
    tokens = _tokens(line)
    return [
        index
        for index in range(1, len(tokens))
        if _headlines._capitalised(tokens[index][2]) and _headlines._lower(tokens[index - 1][2])
    ]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=_TITLE_CHARS | st.characters(), max_size=60))
def test_block_starts_are_the_walks(line: str) -> None:
    """The C-level search for Title Case starts finds exactly the tokens the walk over each token finds."""
    assert _headlines.block_starts(line, _tokens(line)) == _block_starts_by_walk(line)


def test_block_starts_on_real_lines() -> None:
    """On every line of the samples, the search and the walk agree."""
    for path in sample_paths():
        for line in path.read_text(encoding="utf-8").splitlines():
            assert _headlines.block_starts(line, _tokens(line)) == _block_starts_by_walk(line)


@pytest.mark.slow
def test_no_capital_is_left_out_of_the_block_start_search() -> None:
    """Every character ``str.isupper`` calls upper case may start a Title Case block."""
    missed = [
        hex(code)
        for code in range(0x110000)
        if chr(code).isupper() and _headlines._MAYBE_CAPITAL.match(" " + chr(code)) is None
    ]
    assert missed == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab，, ", min_size=1, max_size=30), st.data())
def test_hits_read_with_spaces_map_back_to_the_line(line: str, data: st.DataObject) -> None:
    """A span of the line read with a space after some commas is given back on the same characters."""
    places = sorted(set(data.draw(st.lists(st.integers(0, len(line) - 1), max_size=5))))
    spaced = _engine._with_spaces_after(line, places)
    added = {place + 1 + count for count, place in enumerate(places)}
    assert len(spaced) == len(line) + len(places)
    start = data.draw(st.integers(0, len(spaced)))
    end = data.draw(st.integers(start, len(spaced)))
    mapped = _engine._in_line_without_spaces([(start, end, "rule")], places)
    kept = "".join(char for index, char in enumerate(spaced[start:end], start) if index not in added)
    if kept:
        assert [(line[mapped[0][0] : mapped[0][1]])] == [kept]
    else:
        assert mapped == []


def test_full_width_comma_glued_between_words_is_read_as_a_comma_and_space() -> None:
    """``sports，betting`` is cut as ``sports, betting`` is, in the line's own offsets."""
    for line in ("x sky bet online sports，betting y", "x sky bet online sports， betting y"):
        assert (
            strip_spam(line).text == strip_spam(line.replace("，", ", ").replace(",  ", ", ")).text == "x y"
        )
