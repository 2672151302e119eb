"""Rules and rule packs: boilerplate patterns as data.

A *rule pack* is a TOML file (or a dict of the same shape) holding named
rules. Each rule has a ``kind``:

- ``"inline"``: a phrase injected into a sentence; it is cut out and the
  sentence mended (see :func:`povcorpus.boilerplate.strip_spam`).
- ``"line"``: a whole line of page chrome (breadcrumb, share bar); the line
  and its line break leave the body.
- ``"metadata"``: a whole line that carries facts (date, source, editor); it
  leaves the body and its named groups are returned as metadata.
- ``"note"``: facts at the *start* of a line that is running text (an agency
  byline such as ``ROMA, 6 APR (ANSA-XINHUA) -``); the text stays and the
  named groups are returned as metadata.

A rule's full name is ``"<pack>.<rule>"`` (``"spam.bookmaker_phrase"``); every
edit it makes carries that name. Patterns may use ``${define}`` placeholders
from the pack's ``[defines]`` table, so a family of phrases is written once.
Each rule ships ``examples`` that must be removed and ``counterexamples``
that must come back unchanged; :func:`check_pack` runs them.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from attrs import field, frozen

from povcorpus._find import places
from povcorpus._labels import credit_labels
from povcorpus._memo import remember
from povcorpus._tokens import byte_tokens, remembered_tokens
from povcorpus.errors import RulePackError
from povcorpus.registry import Registry

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

__all__ = [
    "KINDS",
    "ZONES",
    "Rule",
    "RulePack",
    "RulePackError",
    "RuleSet",
    "Triggers",
    "builtin_pack_names",
    "load_pack",
    "pack_registry",
]

KINDS: tuple[str, ...] = ("inline", "line", "metadata", "note")
"""The kinds a rule can have."""

ZONES: tuple[str, ...] = ("any", "edge")
"""Where in a text a line rule may fire."""

_NAME = re.compile(r"[a-z][a-z0-9_]*\Z")
_DEFINE = re.compile(r"\$\{(\w+)\}")
_FLAGS = {"IGNORECASE": re.IGNORECASE, "VERBOSE": re.VERBOSE, "ASCII": re.ASCII}


def _tuple(value: Iterable[Any]) -> tuple[Any, ...]:
    return tuple(value)


_WORD = re.compile(r"[^\W\d_\u3400-\u9fff]+")


class Triggers:
    """A cheap exact pre-check: does a lower-cased text hold one of some trigger words?

    A trigger made of letters of an alphabetic script is a *whole word*
    (``bet`` fires on "bet" and "bet365", never on "between" or "alphabet");
    one ending in ``*`` is a word *prefix* (``casino*`` fires on "casinos");
    a multi-word trigger (``you are here``) and any other trigger (Han text,
    ``>>``, ``»``) is a plain substring. The text's words are met as a set
    (of UTF-8 byte tokens on a long text); prefixes are one literal
    alternation whose rare hits are checked for a word start; substrings are
    found with C string search, so clean prose costs a few C-level passes.

    :meth:`hits` lists every occurrence of every trigger under a *key*, so the
    triggers of many rules are read from a text in one scan and each rule asks
    whether one of its own keys was hit (see :meth:`RuleSet.line_keys`). The
    pre-check is exact only if the triggers are complete: every text a rule's
    patterns can match must hold one of its triggers.

    Args:
        triggers: the trigger strings, lower case.
    """

    __slots__ = (
        "_ascii",
        "_ascii_letter_substrings",
        "_ascii_regex",
        "_implied",
        "_letter_bodies",
        "_letter_substrings",
        "_non_ascii",
        "_prefix_regex",
        "_rare_others",
        "_rare_regex",
        "_substring_regex",
        "prefixes",
        "substrings",
        "words",
    )

    def __init__(self, triggers: Iterable[str]) -> None:
        words: set[str] = set()
        prefixes: set[str] = set()
        substrings: set[str] = set()
        for trigger in triggers:
            body = trigger.removesuffix("*")
            if body and _WORD.fullmatch(body):
                (prefixes if trigger.endswith("*") else words).add(body)
            elif body:
                substrings.add(body)
        self._setup(words, prefixes, substrings)

    @classmethod
    def union(cls, scans: Iterable[Triggers]) -> Triggers:
        """The triggers of all ``scans`` together, each kept as the kind it was (same keys)."""
        merged = cls.__new__(cls)
        parts: tuple[set[str], set[str], set[str]] = (set(), set(), set())
        for scan in scans:
            parts[0].update(scan.words)
            parts[1].update(scan.prefixes)
            parts[2].update(scan.substrings)
        merged._setup(*parts)
        return merged

    def _setup(self, words: set[str], prefixes: set[str], substrings: set[str]) -> None:
        self.words = frozenset(words)
        self.prefixes = tuple(sorted(prefixes))
        self.substrings = tuple(sorted(substrings))
        self._prefix_regex = _literal_regex(prefixes)
        self._substring_regex = _literal_regex(substrings)
        self._ascii = tuple(sorted(item for item in substrings if item.isascii()))
        self._ascii_regex = _literal_regex(self._ascii)
        # The first non-ASCII character of each non-ASCII substring: when a text holds none of
        # them (one C-level class scan), only the ASCII substrings can match.
        firsts = {
            next(char for char in item if not char.isascii()) for item in substrings if not item.isascii()
        }
        self._non_ascii = re.compile("[" + "".join(map(re.escape, sorted(firsts))) + "]") if firsts else None
        # For :meth:`hits`: substrings that start with an ASCII letter or digit are found one by one
        # with ``str.find`` (a few C scans); the others (marks, Han) start with rarer characters, so
        # one alternation of them skips fast. Each literal names every trigger that is a prefix of it.
        letter = [item for item in self.substrings if item[0].isascii() and item[0].isalnum()]
        anchored = sorted(((item, _anchor(item)) for item in letter), key=lambda pair: (len(pair[1]), pair))
        anchors = {anchor for _, anchor in anchored}
        # Each with the sieve its anchor is looked for in first, the anchors found inside it
        # (one of those missing from a text means this one is missing too), and its pieces that
        # hold a non-ASCII letter (each lies inside one of the text's non-ASCII byte tokens).
        self._letter_substrings = tuple(
            (
                body,
                anchor,
                _NOT_DIGITS if anchor.isdigit() else _ASCII if _no_ascii(anchor) else None,
                frozenset(other for other in anchors if other in anchor),
                tuple(piece for piece in _TOKEN_PIECES.findall(body) if not piece.isascii()),
            )
            for body, anchor in anchored
        )
        self._letter_bodies = tuple(body for body, _ in anchored)
        self._ascii_letter_substrings = tuple(item for item in self._letter_substrings if item[0].isascii())
        rare = [item for item in self.substrings if item not in letter]
        self._rare_regex = _literal_regex(rare)
        # Every byte but the first UTF-8 byte of a rare substring: a text whose bytes are all of
        # these (``translate`` deletes them all) holds no rare substring.
        leads = {item.encode("utf-8", "surrogatepass")[0] for item in rare}
        self._rare_others = bytes(byte for byte in range(256) if byte not in leads)
        self._implied = {
            literal: tuple(item for item in group if literal.startswith(item))
            for group in (rare, self.prefixes)
            for literal in group
        }

    def __or__(self, other: Triggers) -> Triggers:
        return Triggers(
            [
                *self.words,
                *(prefix + "*" for prefix in (*self.prefixes, *other.prefixes)),
                *self.substrings,
                *other.words,
                *other.substrings,
            ]
        )

    def _substrings_for(self, lowered: str) -> re.Pattern[str] | None:
        """The substring alternation that can match in ``lowered``: the ASCII one unless it needs more."""
        if lowered.isascii() or self._non_ascii is None or not self._non_ascii.search(lowered):
            # On a long text, a few literal `in` checks (C string search) are cheaper than the
            # alternation's scan; on a short one, the scan is.
            if len(lowered) < _LONG or any(item in lowered for item in self._ascii):
                return self._ascii_regex
            return None
        return self._substring_regex

    def search(self, lowered: str) -> bool:
        """Whether ``lowered`` (already lower case) holds a trigger."""
        substrings = self._substrings_for(lowered)
        if substrings is not None and substrings.search(lowered):
            return True
        if self.words and _present_words(lowered, self.words):
            return True
        if self._prefix_regex is not None:
            for match in self._prefix_regex.finditer(lowered):
                if not (match.start() and _WORD.match(lowered, match.start() - 1)):
                    return True  # at a word start, not inside a word
        return False

    def positions(self, lowered: str) -> list[int]:
        """Offsets in ``lowered`` where a trigger starts, in one pass per kind (for long texts)."""
        found: list[int] = []
        substrings = self._substrings_for(lowered)
        if substrings is not None:
            found.extend(match.start() for match in substrings.finditer(lowered))
        # Each word present is found with ``str.find`` (C string search), not with an alternation:
        # a word is made of word characters only, so the starts kept are the same either way.
        for word in _present_words(lowered, self.words) if self.words else ():
            for start in places(lowered, word):
                end = start + len(word)
                if not (start and _WORD.match(lowered, start - 1)) and not (
                    end < len(lowered) and _WORD.match(lowered, end)
                ):
                    found.append(start)
        if self._prefix_regex is not None:
            for match in self._prefix_regex.finditer(lowered):
                start = match.start()
                if not (start and _WORD.match(lowered, start - 1)):
                    found.append(start)
        return sorted(found)

    def hits(self, lowered: str) -> list[tuple[int, int, str]]:
        """Every occurrence ``(start, end, key)`` of a trigger in ``lowered``, overlapping ones included.

        A key names the trigger: ``"w" + word``, ``"p" + prefix`` or ``"s" + substring``
        (see :meth:`keys`). Unlike :meth:`positions`, a shorter trigger inside or at the
        same start as a longer one is listed too, so the hits of any subset of the
        triggers can be read off the list: that is what lets every rule of a rule set
        share one scan of a text.
        """
        found: list[tuple[int, int, str]] = []
        size = len(lowered)
        # A long text is also read as UTF-8 bytes: its words are met as byte tokens, and a
        # substring, or the first byte of a rare one, is looked for in one C-level pass.
        encoded = lowered.encode("utf-8", "surrogatepass") if size >= _LONG else None
        for word in _present_words(lowered, self.words, encoded) if self.words else ():
            # Two whole words never overlap, so one pass of the word's own pattern finds them all.
            key = "w" + word
            found.extend((start, end, key) for start, end in _whole_word_spans(word, lowered))
        if self._prefix_regex is not None:
            for match in self._prefix_regex.finditer(lowered):
                start = match.start()
                if not (start and _WORD.match(lowered, start - 1)):
                    # The alternation names the longest prefix here; the shorter ones start here too.
                    found.extend(
                        (start, start + len(body), "p" + body) for body in self._implied[match.group()]
                    )
        if self._rare_regex is not None and (encoded is None or encoded.translate(None, self._rare_others)):
            # A search from one past each hit finds every start, so overlapping hits are not lost.
            rare = self._rare_regex.search(lowered)
            while rare is not None:
                start = rare.start()
                found.extend((start, start + len(body), "s" + body) for body in self._implied[rare.group()])
                rare = self._rare_regex.search(lowered, start + 1)
        if encoded is None:
            # A short text: one C search per substring says which are there, in one C-level filter.
            for body in filter(lowered.__contains__, self._letter_bodies):
                found.extend((start, start + len(body), "s" + body) for start in places(lowered, body))
            return found
        absent: set[bytes] = set()
        sieved: dict[bytes, bytes] = {}
        tokens = remembered_tokens(lowered)
        # An ASCII text holds none of the substrings with another letter (nổ hũ, bob体育).
        for body, anchor, others, inside, pieces in (
            self._ascii_letter_substrings if encoded.isascii() else self._letter_substrings
        ):
            # The anchor (the substring's run of digits or marks, or the substring) is looked
            # for once for all the substrings that hold it ("88": fun88, m88, w88).
            if absent and not absent.isdisjoint(inside):
                continue  # an anchor inside this one (or this one) is not in the text
            if pieces and tokens is not None and not all(piece in tokens[1] for piece in pieces):
                continue  # ``nổ hũ``: ``nổ`` is in none of the text's tokens with non-ASCII bytes
            # An anchor of digits alone (or of non-ASCII bytes alone) is looked for among the
            # text's digits (or non-ASCII bytes) first: far fewer bytes, and not there means absent.
            if others is not None:
                sieve = sieved.get(others)
                if sieve is None:
                    sieve = sieved[others] = encoded.translate(None, others)
                if anchor not in sieve:
                    absent.add(anchor)
                    continue
            if anchor not in encoded:
                absent.add(anchor)
                continue
            found.extend((start, start + len(body), "s" + body) for start in places(lowered, body))
        return found

    def keys(self) -> frozenset[str]:
        """The keys :meth:`hits` gives these triggers (words, prefixes and substrings apart)."""
        return frozenset(
            [
                *("w" + word for word in self.words),
                *("p" + prefix for prefix in self.prefixes),
                *("s" + substring for substring in self.substrings),
            ]
        )


def _anchor(substring: str) -> bytes:
    """UTF-8 bytes every occurrence of ``substring`` holds: its longest run of two or more non-letters.

    Runs of digits, marks or Han characters (``88`` of ``fun88``) are rarer than letters
    and shared by several brand names, so one search answers for all of them.
    """
    runs = _NON_LETTERS.findall(substring)
    longest = max(runs, key=len, default="")
    return (longest if len(longest) >= 2 else substring).encode("utf-8", "surrogatepass")


def _no_ascii(data: bytes) -> bool:
    """Whether ``data`` holds no ASCII byte (then it can be looked for among a text's other bytes alone)."""
    return not data.translate(None, _NON_ASCII)


_NON_LETTERS = re.compile(r"[^a-z\s]+")
_TOKEN_PIECES = re.compile("[a-z\x80-\U0010ffff]+")
"""The runs of a lower-cased text that its byte tokens hold (:mod:`povcorpus._tokens`)."""
_NOT_DIGITS = bytes(byte for byte in range(256) if not 48 <= byte <= 57)
_ASCII = bytes(range(128))
_NON_ASCII = bytes(range(128, 256))

_LONG = 256
"""From this length on, a text's words are read token by token (see :func:`_present_words`)."""


def _present_words(
    lowered: str, words: frozenset[str], encoded: bytes | None = None
) -> frozenset[str] | set[str]:
    """``words & set(_WORD.findall(lowered))``, computed cheaply for long texts.

    A long text is read as UTF-8 bytes (``encoded``, when the caller has them) whose
    ASCII bytes other than letters become spaces (one C-level ``translate``): a
    token of ASCII letters is then exactly a word, met in one set intersection;
    the few tokens with other characters (accents, curly quotes, other scripts)
    are decoded and go through the word regex once, joined by spaces. A text mostly
    in other scripts (more than 1.5 UTF-8 bytes a character) has few ASCII tokens to
    gain and many to decode: the word regex reads it whole instead.
    """
    if len(lowered) < _LONG:
        return words.intersection(_short_words(lowered))
    if encoded is None:
        encoded = lowered.encode("utf-8", "surrogatepass")
    if len(encoded) * 2 > len(lowered) * 3:
        return words.intersection(_words_starting_like(words).findall(lowered))
    tokens, rest = byte_tokens(lowered, encoded)  # remembered for the cleaners that ask next
    by_bytes = _encoded_words(words)
    # The smaller side is iterated: ``keys() & tokens`` copies the keys and walks every token.
    common = by_bytes.keys() & tokens if len(tokens) < len(by_bytes) else tokens.intersection(by_bytes)
    present = {by_bytes[token] for token in common}
    if rest:
        present.update(words.intersection(_WORD.findall(rest)))
    return present


def _whole_word_spans(word: str, lowered: str) -> Iterator[tuple[int, int]]:
    """Where ``word`` stands in ``lowered`` with no letter right before or after it (``bet``, not ``abet``).

    The spans ``finditer`` would give for the word with those bounds as lookarounds, found
    with ``str.find`` and the bounds read by :data:`_WORD` at each hit: one pattern per
    word would compile the letter class, a few milliseconds each, in every process.
    """
    size = len(word)
    start = lowered.find(word)
    while start >= 0:
        end = start + size
        if (start and _WORD.match(lowered, start - 1)) or _WORD.match(lowered, end):
            start = lowered.find(word, start + 1)
        else:
            yield start, end
            start = lowered.find(word, end if size else end + 1)


@lru_cache(maxsize=64)
def _words_starting_like(words: frozenset[str]) -> re.Pattern[str]:
    """The :data:`_WORD` words of a text that start with a letter one of ``words`` starts with.

    ``words & set(...findall(text))`` is ``words & set(_WORD.findall(text))``: a word of
    ``words`` made of word letters is met whole either way, and a word holding another
    character is never a :data:`_WORD` word. The search skips every other letter in C, so a
    text in another script is not cut into all its words.
    """
    letter = _WORD.pattern.removesuffix("+")
    firsts = sorted({word[0] for word in words if _WORD.fullmatch(word)})
    if not firsts:
        return re.compile("(?!)")
    return re.compile(f"(?<!{letter})[{''.join(map(re.escape, firsts))}]{letter}*")


@lru_cache(maxsize=64)
def _encoded_words(words: frozenset[str]) -> dict[bytes, str]:
    """The UTF-8 bytes of each word, to meet byte tokens."""
    return {word.encode("utf-8", "surrogatepass"): word for word in words}


@lru_cache(maxsize=16)
def _short_words(lowered: str) -> frozenset[str]:
    """The words of a short text, remembered: the rules of a set check one line after another."""
    return frozenset(_WORD.findall(lowered))


def _literal_regex(literals: Iterable[str]) -> re.Pattern[str] | None:
    """One alternation of the escaped ``literals``, longest first (``None`` for none)."""
    ordered = sorted(set(literals), key=lambda item: (-len(item), item))
    return re.compile("|".join(map(re.escape, ordered))) if ordered else None


@frozen
class Detector:
    """A spam finder written in code, for what a pattern cannot say (e.g. "words that do not belong")."""

    find: Callable[[str], list[tuple[int, int]]]
    """Spans ``(start, end)`` of one line to cut."""
    triggers: tuple[str, ...]
    """Trigger words (see :class:`Triggers`): lines without one are never given to :attr:`find`."""
    triggered_find: Callable[[str], list[tuple[int, int]]] | None = None
    """The same finder without its own pre-check, for a line known to hold one of :attr:`triggers`."""
    keyed_find: Callable[[str, frozenset[str]], list[tuple[int, int]]] | None = None
    """The same finder told the line's trigger keys (:meth:`RuleSet.line_keys`), for a line known to
    hold one of :attr:`triggers`: it may read which triggers those are instead of the line."""

    @cached_property
    def keys(self) -> frozenset[str]:
        """The keys of :attr:`triggers` (see :meth:`Triggers.hits`)."""
        return Triggers(self.triggers).keys()


DETECTORS: dict[str, Detector] = {}
"""Detectors a rule may name with ``detector = "<name>"``; register with :func:`register_detector`."""


def register_detector(
    name: str,
    find: Callable[[str], list[tuple[int, int]]],
    triggers: Iterable[str],
    triggered_find: Callable[[str], list[tuple[int, int]]] | None = None,
    keyed_find: Callable[[str, frozenset[str]], list[tuple[int, int]]] | None = None,
) -> None:
    """Make ``find`` available to rule packs as ``detector = "<name>"``, pre-checked by ``triggers``.

    ``triggered_find``, when given, must give what ``find`` gives on every line that
    holds one of ``triggers`` (``find`` minus its own pre-check); the rule engine
    calls it on such lines so the line is not scanned for the triggers twice.
    ``keyed_find``, when given, must give the same, told the line's trigger keys
    (:meth:`Triggers.keys` of the line's triggers); the engine prefers it when it knows them.
    """
    DETECTORS[name] = Detector(
        find, tuple(trigger.lower() for trigger in triggers), triggered_find, keyed_find
    )


@frozen
class Rule:
    """One named boilerplate rule, compiled."""

    name: str
    """Full name, ``"<pack>.<rule>"``; every edit the rule makes carries it."""
    kind: str
    """``"inline"``, ``"line"`` or ``"metadata"`` (see the module docstring)."""
    description: str
    """One sentence saying what the rule removes."""
    patterns: tuple[re.Pattern[str], ...] = field(converter=_tuple)
    """Line rules must match a whole stripped line; inline rules are searched."""
    triggers: tuple[str, ...] = field(default=(), converter=_tuple)
    """Lower-case substrings, one of which must occur before any pattern runs (empty: always run)."""
    examples: tuple[str, ...] = field(default=(), converter=_tuple)
    """Texts the rule must change."""
    counterexamples: tuple[str, ...] = field(default=(), converter=_tuple)
    """Texts the rule must leave unchanged."""
    zone: str = "any"
    """``"any"``, or ``"edge"``: only the first eight or last five non-blank lines (headers, trailers)."""
    detector: str | None = None
    """Name of a detector in :data:`DETECTORS` that finds the spans instead of (or besides) the patterns."""

    @property
    def pack(self) -> str:
        """Name of the pack the rule belongs to."""
        return self.name.partition(".")[0]

    @property
    def short_name(self) -> str:
        """The rule's name inside its pack."""
        return self.name.partition(".")[2]

    @cached_property
    def trigger_scan(self) -> Triggers | None:
        """The triggers (and the detector's) as one :class:`Triggers` (``None``: no triggers, always run)."""
        words = list(self.triggers)
        if self.detector is not None:
            words.extend(DETECTORS[self.detector].triggers)
        return Triggers(words) if words else None

    @cached_property
    def trigger_keys(self) -> frozenset[str] | None:
        """The keys of :attr:`trigger_scan` (see :meth:`Triggers.hits`); ``None``: no triggers, always run."""
        scan = self.trigger_scan
        return None if scan is None else scan.keys()

    def triggered(self, lowered: str) -> bool:
        """Cheap pre-check: does lower-cased ``lowered`` hold one of the triggers (see :class:`Triggers`)?"""
        scan = self.trigger_scan
        return scan is None or scan.search(lowered)

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready summary (patterns as their expanded source)."""
        return {
            "name": self.name,
            "kind": self.kind,
            "description": self.description,
            "patterns": [pattern.pattern for pattern in self.patterns],
            "triggers": list(self.triggers),
            "examples": list(self.examples),
            "counterexamples": list(self.counterexamples),
            "zone": self.zone,
            "detector": self.detector,
        }


@frozen
class RulePack:
    """A named collection of rules, read from TOML or a dict."""

    name: str
    description: str
    rules: tuple[Rule, ...] = field(converter=_tuple)
    origin: str = "<dict>"
    """Where the pack was read from, for messages."""

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], origin: str = "<dict>") -> RulePack:
        """Build and compile a pack from the TOML shape.

        The shape is ``{"pack": {"name", "description"}, "defines": {...},
        "rules": [{"name", "kind", "description", "pattern" | "patterns",
        "triggers", "examples", "counterexamples", "case_sensitive"}]}``.

        Raises:
            RulePackError: a key is missing or has the wrong type, a name is
                not a lower-case word, a kind is unknown, a ``${define}`` is
                undefined, or a pattern does not compile.
        """
        header = _mapping(data.get("pack"), "[pack]", origin)
        pack_name = _string(header, "name", origin)
        if not _NAME.match(pack_name):
            msg = f"{origin}: pack name {pack_name!r} must be a lower-case word ([a-z][a-z0-9_]*)"
            raise RulePackError(msg)
        defines = _expand_defines(_mapping(data.get("defines", {}), "[defines]", origin), origin)
        raw_rules = data.get("rules", [])
        if not isinstance(raw_rules, list) or not raw_rules:
            msg = f"{origin}: a pack needs a non-empty [[rules]] array"
            raise RulePackError(msg)
        rules: list[Rule] = []
        seen: set[str] = set()
        for index, raw in enumerate(raw_rules):
            rule = _build_rule(pack_name, _mapping(raw, f"rules[{index}]", origin), defines, origin)
            if rule.name in seen:
                msg = f"{origin}: rule {rule.name!r} is defined twice"
                raise RulePackError(msg)
            seen.add(rule.name)
            rules.append(rule)
        description = str(header.get("description", ""))
        return cls(name=pack_name, description=description, rules=tuple(rules), origin=origin)

    @classmethod
    def from_toml(cls, text: str, origin: str = "<toml>") -> RulePack:
        """Build a pack from TOML text.

        Raises:
            RulePackError: the TOML is invalid or the pack is malformed.
        """
        try:
            data = tomllib.loads(text)
        except tomllib.TOMLDecodeError as error:
            msg = f"{origin}: invalid TOML: {error}"
            raise RulePackError(msg) from error
        return cls.from_dict(data, origin=origin)

    @classmethod
    def from_path(cls, path: str | Path) -> RulePack:
        """Read a pack from a ``.toml`` file.

        Raises:
            FileNotFoundError: the file does not exist.
            RulePackError: the file is not a valid pack.
        """
        path = Path(path)
        return cls.from_toml(path.read_text(encoding="utf-8"), origin=path.as_posix())


def load_pack(source: RulePack | Mapping[str, Any] | str | Path) -> RulePack:
    """Return a pack from a pack, a dict of the TOML shape, a path, or a registered pack name.

    A string naming an existing file is read as a path; any other string is
    looked up in :data:`pack_registry`.

    Raises:
        RulePackError: the pack is malformed.
        UnknownNameError: a name that no registered pack has.
    """
    if isinstance(source, RulePack):
        return source
    if isinstance(source, Mapping):
        return RulePack.from_dict(source)
    if isinstance(source, Path) or Path(source).suffix == ".toml" or Path(source).is_file():
        return RulePack.from_path(source)
    return _coerce(pack_registry.get(source), source)


pack_registry: Registry[RulePack] = Registry("rule pack", "povcorpus.rules")
"""Every known rule pack by name; plugins come from the ``povcorpus.rules`` entry points.

An entry point may name a :class:`RulePack`, a dict of the TOML shape, or a
callable returning either.
"""


def _coerce(item: object, name: str) -> RulePack:
    if callable(item) and not isinstance(item, RulePack):
        item = item()
    if isinstance(item, RulePack):
        return item
    if isinstance(item, Mapping):
        return RulePack.from_dict(item, origin=f"entry point {name}")
    msg = f"rule pack {name!r} is a {type(item).__name__}, not a RulePack or dict"
    raise RulePackError(msg)


def builtin_pack_names() -> tuple[str, ...]:
    """Names of the packs shipped in ``povcorpus/boilerplate/packs``, in file order."""
    return tuple(name for name, _ in _builtin_files())


def _builtin_files() -> list[tuple[str, str]]:
    folder = resources.files("povcorpus.boilerplate") / "packs"
    files = sorted((entry for entry in folder.iterdir() if entry.name.endswith(".toml")), key=str)
    return [(entry.name.removesuffix(".toml"), entry.read_text(encoding="utf-8")) for entry in files]


def _register_builtin_packs() -> None:
    for file_name, text in _builtin_files():
        pack = RulePack.from_toml(text, origin=f"povcorpus/boilerplate/packs/{file_name}.toml")
        pack_registry.register(pack.name, pack, origin=pack.origin)


class RuleSet:
    """The enabled rules of some packs, grouped by kind, with a shared pre-check.

    Build one with :meth:`default` (every registered pack) or :meth:`of`,
    then narrow it with :meth:`disable`. A rule set is immutable; both
    methods return a new one.

    Args:
        rules: the rules, in the order they run.
    """

    __slots__ = ("__dict__", "rules")

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules: tuple[Rule, ...] = tuple(rules)

    @classmethod
    def default(cls) -> RuleSet:
        """Every rule of every registered pack (built-in and plugins)."""
        return cls.of(*pack_registry.names())

    @classmethod
    def of(cls, *packs: RulePack | Mapping[str, Any] | str | Path) -> RuleSet:
        """The rules of ``packs`` (pack objects, dicts, paths or registered names).

        Raises:
            NameClashError: two packs define a rule of the same full name.
        """
        rules: list[Rule] = []
        for source in packs:
            rules.extend(load_pack(source).rules)
        names = [rule.name for rule in rules]
        clashes = sorted({name for name in names if names.count(name) > 1})
        if clashes:
            from povcorpus.errors import NameClashError

            msg = f"rules {clashes} are defined by more than one pack; rename the pack or the rule"
            raise NameClashError(msg)
        return cls(rules)

    def with_pack(self, pack: RulePack | Mapping[str, Any] | str | Path) -> RuleSet:
        """A rule set with the rules of ``pack`` added after these."""
        return RuleSet.of(RulePack("_", "", self.rules), pack)

    def disable(self, *names: str) -> RuleSet:
        """A rule set without the named rules.

        A name is a full rule name (``"chrome.breadcrumb"``), a rule's short
        name when it is unambiguous (``"breadcrumb"``), or a pack name
        (``"spam"``) to disable the whole pack.

        Raises:
            UnknownNameError: a name matches no rule and no pack; the message lists the rules.
        """
        from povcorpus.errors import UnknownNameError

        drop: set[str] = set()
        for name in names:
            hits = {
                rule.name for rule in self.rules if name in (rule.name, rule.pack) or rule.short_name == name
            }
            if not hits:
                kind = "boilerplate rule"
                raise UnknownNameError(kind, name, [rule.name for rule in self.rules])
            drop |= hits
        return RuleSet([rule for rule in self.rules if rule.name not in drop])

    def names(self) -> tuple[str, ...]:
        """Full names of the rules, in order."""
        return tuple(rule.name for rule in self.rules)

    def of_kind(self, *kinds: str) -> tuple[Rule, ...]:
        """The rules of the given kinds, in order."""
        return tuple(rule for rule in self.rules if rule.kind in kinds)

    @cached_property
    def inline(self) -> tuple[Rule, ...]:
        """The inline rules."""
        return self.of_kind("inline")

    @cached_property
    def lines(self) -> tuple[Rule, ...]:
        """The line and metadata rules."""
        return self.of_kind("line", "metadata")

    @cached_property
    def notes(self) -> tuple[Rule, ...]:
        """The note rules (facts read from the start of a line that stays)."""
        return self.of_kind("note")

    def scan(self, *kinds: str) -> Triggers:
        """Every trigger of the rules of ``kinds`` (and of their detectors), read from a text in one scan.

        Rule sets holding the same rules share their scans (and so the texts they
        remember, see :meth:`line_keys`): the boilerplate step's set and the spam
        cleaner's are built apart but hold the same rules.
        """
        mine: dict[tuple[str, ...], Triggers] = self.__dict__.setdefault("_scans", {})
        scan = mine.get(kinds)
        if scan is None:
            rules = self.of_kind(*kinds)
            key = (kinds, *map(id, rules))
            kept = _SCANS.get(key)
            if kept is None:
                scans = (rule.trigger_scan for rule in rules if rule.trigger_scan is not None)
                kept = (rules, Triggers.union(scans))  # the rules keep their ids valid
                remember(_SCANS, key, kept, _KEPT_RULE_SETS)
            scan = mine[kinds] = kept[1]
        return scan

    def line_keys(self, text: str, *kinds: str) -> Mapping[int, frozenset[str]]:
        """The trigger keys of the rules of ``kinds`` in each line of ``text`` holding one, by line start.

        One scan of the lower-cased text (:meth:`Triggers.hits` of :meth:`scan`) serves
        every rule of those kinds: a rule is triggered on a line exactly when its
        :attr:`Rule.trigger_keys` meet the line's keys, the answer :meth:`Rule.triggered`
        gives on the line's stripped, lower-cased text alone. The last few texts' answers
        are remembered.
        """
        scan = self.scan(*kinds)
        key = (id(scan), text)
        kept = _TEXTS.get(key)
        if kept is None:
            kept = (scan, _line_keys(text, scan))
            remember(_TEXTS, key, kept, _KEPT_TEXTS)
        return kept[1]

    def keys_of(self, *kinds: str) -> frozenset[str] | None:
        """The trigger keys of the rules of ``kinds`` together (``None`` if one has no triggers)."""
        kept: dict[tuple[str, ...], frozenset[str] | None] = self.__dict__.setdefault("_keys_of", {})
        if kinds not in kept:
            kept[kinds] = _merged_keys(self.of_kind(*kinds))
        return kept[kinds]

    @cached_property
    def inline_keys(self) -> frozenset[str] | None:
        """The trigger keys of every inline rule (``None`` if some inline rule has no triggers)."""
        return self.keys_of("inline")

    @cached_property
    def inline_triggers(self) -> Triggers | None:
        """One pre-check over every inline trigger (``None`` if some inline rule has none)."""
        return _merged_triggers(self.inline)

    @cached_property
    def line_triggers(self) -> Triggers | None:
        """One pre-check over every line and metadata trigger (``None`` if some rule has none)."""
        return _merged_triggers(self.lines)

    def __iter__(self) -> Any:
        return iter(self.rules)

    def __len__(self) -> int:
        return len(self.rules)

    def __repr__(self) -> str:
        return f"RuleSet({len(self.rules)} rules)"


_KEPT_TEXTS = 4
"""How many texts' line keys are kept (:meth:`RuleSet.line_keys`)."""
_TEXTS: dict[tuple[int, str], tuple[Triggers, dict[int, frozenset[str]]]] = {}
_KEPT_RULE_SETS = 16
"""How many rule sets' scans are kept (:attr:`RuleSet.scan`)."""
_SCANS: dict[tuple[Any, ...], tuple[tuple[Rule, ...], Triggers]] = {}
_NO_KEYS: frozenset[str] = frozenset()


def _line_keys(text: str, scan: Triggers) -> dict[int, frozenset[str]]:
    """The keys of ``scan``'s triggers in each stripped line of ``text`` (by line start), in one scan.

    When lower-casing keeps every offset (it almost always does), the whole text is
    lowered and scanned once and each hit is given to its line; a hit that does not
    lie inside the line's stripped text (a trigger with a line break, or with spaces
    at its ends) does not count, as it would not in the line alone. Otherwise each
    line is lowered and scanned on its own.
    """
    lowered = text.lower()
    keys: dict[int, set[str]] = {}
    if len(lowered) != len(text):
        position = 0
        for raw in text.split("\n"):
            stripped = raw.strip()
            if stripped:
                found = {key for _, _, key in scan.hits(stripped.lower())}
                if found:
                    keys[position] = found
            position += len(raw) + 1
        return {start: frozenset(found) for start, found in keys.items()}
    hits = scan.hits(lowered)
    if not hits:
        return {}
    hits.sort()
    # The hits are met in text order, so each line's ends are looked for once (linear in all).
    line_start = line_end = -1
    for start, end, key in hits:
        if start > line_end:
            line_start = text.rfind("\n", max(line_end, 0), start) + 1
            line_end = text.find("\n", start)
            if line_end == -1:
                line_end = len(text)
        if start < line_start or end > line_end:
            continue  # the hit holds a line break
        body = key[1:]
        if body[:1].isspace() or body[-1:].isspace():
            raw = text[line_start:line_end]
            if start < line_start + len(raw) - len(raw.lstrip()) or end > line_start + len(raw.rstrip()):
                continue  # the hit reaches into the spaces around the line's text
        keys.setdefault(line_start, set()).add(key)
    return {start: frozenset(found) for start, found in keys.items()}


def _merged_keys(rules: Sequence[Rule]) -> frozenset[str] | None:
    """The trigger keys of ``rules`` together (``None`` if some rule has none and must always run)."""
    keys: set[str] = set()
    for rule in rules:
        if rule.trigger_keys is None:
            return None
        keys |= rule.trigger_keys
    return frozenset(keys)


def _merged_triggers(rules: Sequence[Rule]) -> Triggers | None:
    """One pre-check over the triggers of ``rules`` (``None`` if some rule has none and must always run)."""
    merged = Triggers(())
    for rule in rules:
        scan = rule.trigger_scan
        if scan is None:
            return None
        merged = merged | scan
    return merged if rules else None


def _mapping(value: object, where: str, origin: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        msg = f"{origin}: {where} must be a table"
        raise RulePackError(msg)
    return value


def _string(data: Mapping[str, Any], key: str, origin: str) -> str:
    value = data.get(key)
    if not isinstance(value, str) or not value:
        msg = f"{origin}: key {key!r} must be a non-empty string"
        raise RulePackError(msg)
    return value


def _strings(data: Mapping[str, Any], key: str, origin: str) -> tuple[str, ...]:
    value = data.get(key, [])
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(item, str) for item in value):
        msg = f"{origin}: key {key!r} must be a string or a list of strings"
        raise RulePackError(msg)
    return tuple(value)


def _substitute(pattern: str, defines: Mapping[str, str], origin: str, where: str) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in defines:
            msg = f"{origin}: {where} uses ${{{name}}}, which [defines] does not define"
            raise RulePackError(msg)
        return defines[name]

    return _DEFINE.sub(replace, pattern)


def _shared_defines() -> dict[str, str]:
    """``${<kind>_label}`` for every kind of :func:`credit_labels`, usable in every pack."""
    return {f"{kind}_label": "(?:" + "|".join(labels) + ")" for kind, labels in credit_labels().items()}


def _expand_defines(raw: Mapping[str, Any], origin: str) -> dict[str, str]:
    defines: dict[str, str] = _shared_defines()
    for key, value in raw.items():
        if not isinstance(value, str):
            msg = f"{origin}: define {key!r} must be a string"
            raise RulePackError(msg)
        # Defines may use defines written above them; wrap each in a group.
        defines[key] = "(?:" + _substitute(value, defines, origin, f"define {key!r}") + ")"
    return defines


def _build_rule(pack: str, raw: Mapping[str, Any], defines: Mapping[str, str], origin: str) -> Rule:
    short = _string(raw, "name", origin)
    if not _NAME.match(short):
        msg = f"{origin}: rule name {short!r} must be a lower-case word ([a-z][a-z0-9_]*)"
        raise RulePackError(msg)
    where = f"rule {pack}.{short}"
    kind = _string(raw, "kind", origin)
    if kind not in KINDS:
        msg = f"{origin}: {where} has kind {kind!r}; known kinds: {', '.join(KINDS)}"
        raise RulePackError(msg)
    sources = _strings(raw, "patterns", origin) + _strings(raw, "pattern", origin)
    detector = raw.get("detector")
    if detector is not None and (not isinstance(detector, str) or detector not in DETECTORS):
        msg = (
            f"{origin}: {where} names detector {detector!r}; known detectors: {', '.join(sorted(DETECTORS))}"
        )
        raise RulePackError(msg)
    if detector is not None and kind != "inline":
        msg = f"{origin}: {where} has a detector, which only inline rules may have"
        raise RulePackError(msg)
    if not sources and detector is None:
        msg = f"{origin}: {where} needs 'pattern', 'patterns' or 'detector'"
        raise RulePackError(msg)
    flags = 0 if raw.get("case_sensitive", False) else re.IGNORECASE
    for flag in _strings(raw, "flags", origin):
        if flag not in _FLAGS:
            msg = f"{origin}: {where} has unknown flag {flag!r}; known: {', '.join(_FLAGS)}"
            raise RulePackError(msg)
        flags |= _FLAGS[flag]
    zone = str(raw.get("zone", "any"))
    if zone not in ZONES:
        msg = f"{origin}: {where} has zone {zone!r}; known zones: {', '.join(ZONES)}"
        raise RulePackError(msg)
    patterns = []
    for source in sources:
        expanded = _substitute(source, defines, origin, where)
        try:
            patterns.append(re.compile(expanded, flags))
        except re.error as error:
            msg = f"{origin}: {where} has a pattern that does not compile: {error}"
            raise RulePackError(msg) from error
    return Rule(
        name=f"{pack}.{short}",
        kind=kind,
        description=str(raw.get("description", "")),
        patterns=patterns,
        triggers=tuple(trigger.lower() for trigger in _strings(raw, "triggers", origin)),
        examples=_strings(raw, "examples", origin),
        counterexamples=_strings(raw, "counterexamples", origin),
        zone=zone,
        detector=detector,
    )
