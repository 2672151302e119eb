"""Line-level page chrome: remove whole lines, keep the facts they carry.

:func:`strip_chrome` removes breadcrumb lines, lone spam titles, lead-in
debris, share and print bars, empty ``Source:`` lines and credit trailers from
a body of text. Lines that carry metadata (``Release time: 2021-04-06
Source: Xinhua News Agency``, ``Editor: Wang Shiyang``, ``Updated: Nov 16,
2011``) leave the body too, but their values come back in
:attr:`ChromeResult.metadata`. A removed line takes its line break with it
and paragraph breaks stay as they were.

Deliberately left alone: a line inside an open quotation, a line that
continues a wrapped sentence (the line before ends in a comma, or the line
after starts in lower case), metadata lines away from the head and tail of
the text, and any line that a rule does not match as a whole.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from itertools import accumulate
from operator import add
from typing import Any

import attrs
from attrs import field, frozen

from povcorpus._dates import parse_date
from povcorpus._memo import remember
from povcorpus.boilerplate._engine import edits_for, removal_spans
from povcorpus.boilerplate.rules import Rule, RuleSet, Triggers
from povcorpus.boilerplate.spam import default_rules, strip_spam
from povcorpus.model import JSON, Document, Edit, Metadata

__all__ = ["EDGE_HEAD", "EDGE_TAIL", "MAX_LINE", "ChromeResult", "strip_boilerplate", "strip_chrome"]

EDGE_HEAD = 8
"""Rules with ``zone = "edge"`` fire in this many first non-blank lines…"""
EDGE_TAIL = 5
"""…and in this many last non-blank lines."""
MAX_LINE = 300
"""Longer lines are running text: no line rule is tried on them (this keeps long paragraphs cheap)."""

_OPEN = "“«「『"
_CLOSE = "”»」』"
_QUOTES = re.compile('["“”«»「」『』]')
_CONTINUES = tuple(",，、;；-–—(（")
_NO_KEYS: frozenset[str] = frozenset()


def _tuple(value: Sequence[Any]) -> tuple[Any, ...]:
    return tuple(value)


@frozen
class ChromeResult:
    """What :func:`strip_chrome` returns."""

    text: str
    """The text without its chrome lines."""
    edits: tuple[Edit, ...] = field(default=(), converter=_tuple)
    """One edit per removed line, right to left, named after its rule."""
    metadata: Metadata = field(factory=Metadata)
    """Date, source and editor read from metadata lines. ``extra`` holds
    ``date_precision``, ``date_text`` (a date in an unknown format),
    ``credits`` and ``boilerplate`` (every removed line with its rule)."""


def strip_chrome(text: str, rules: RuleSet | None = None, field: str = "text") -> ChromeResult:
    """Remove page-chrome lines from ``text`` and read the metadata lines.

    Args:
        text: a document body, lines separated by ``\\n``.
        rules: the rules to use (default: every registered pack); only the
            ``line`` and ``metadata`` rules run here.
        field: the document field, copied into each edit.

    Returns:
        The text, the edits and the metadata found. The first date, source
        and editor found win; later ones are still removed and listed in
        ``metadata.extra["boilerplate"]``.
    """
    ruleset = rules if rules is not None else default_rules()
    line_rules = ruleset.lines
    if not (line_rules or ruleset.notes) or not text:
        return ChromeResult(text)
    texts = list(map(str.strip, text.split("\n")))  # line i of ``split_lines(text)``, stripped
    keys = _keys_of_lines(texts, ruleset)
    wanted = ruleset.keys_of("line", "metadata", "note")
    if wanted is not None and all(found.isdisjoint(wanted) for found in keys.values()):
        return ChromeResult(text)  # no line a rule reads holds one of its triggers
    line_wanted = ruleset.keys_of("line", "metadata")
    nonblank = [index for index, line in enumerate(texts) if line]
    edge = set(nonblank[:EDGE_HEAD]) | set(nonblank[-EDGE_TAIL:])
    notes = _notes(texts, nonblank[:EDGE_HEAD] if ruleset.notes else [], ruleset.notes, keys)
    quotes = _Quotes(texts)  # reads only the paragraphs of the lines a rule matched
    removed: dict[int, str] = {}
    found: list[tuple[Rule, re.Match[str], str]] = []
    # A line without a key of a line rule is never matched: only the lines with keys are read.
    for index in (sorted(keys) if line_wanted is not None else nonblank) if line_rules else ():
        stripped = texts[index]
        if not stripped or len(stripped) > MAX_LINE:
            continue
        line_keys = keys.get(index, _NO_KEYS)
        if line_wanted is not None and line_keys.isdisjoint(line_wanted):
            continue
        hit = _match(stripped, line_keys, line_rules, index in edge)
        if hit is None:
            continue
        if _guarded(texts, index, removed, quotes.open_at(index)):
            continue
        removed[index] = hit[0].name
        found.append((*hit, stripped))
    if not removed:
        return ChromeResult(text, metadata=_metadata([], notes)) if notes else ChromeResult(text)
    # Each line's offsets from the lengths of the pieces of one split (no Line objects).
    lengths = list(map(len, text.split("\n")))
    starts = [0, *accumulate(map((1).__add__, lengths[:-1]))]
    ends = list(map(add, starts, lengths))
    new_text, edits = edits_for(text, removal_spans(text, nonblank, starts, ends, removed), field)
    return ChromeResult(new_text, edits, _metadata(found, notes))


def _keys_of_lines(texts: Sequence[str], ruleset: RuleSet) -> dict[int, frozenset[str]]:
    """The trigger keys of the chrome rules in the lines they may read, by line index, from one scan.

    Line rules read the short lines (up to :data:`MAX_LINE` characters), note rules the
    first :data:`EDGE_HEAD` non-blank ones. Those lines' stripped ``texts``, and an empty
    line for each other line, are joined by line breaks and scanned once
    (:meth:`RuleSet.line_keys`): a line's keys depend on its own text only, so each is
    what the line alone would give, and line ``i`` of the joined text is line ``i`` of ``texts``.

    For the same reason the keys of the lines read last time are kept (:data:`_LAST_LINES`)
    and only the other lines are scanned: the pipeline reads a document's chrome again after
    cleaning it, when most of its short lines are what they were.
    """
    kinds = ("line", "metadata", "note")
    read = [line if len(line) <= MAX_LINE else "" for line in texts] if ruleset.lines else [""] * len(texts)
    if ruleset.notes:
        heads = 0
        for index, line in enumerate(texts):
            if heads == EDGE_HEAD:
                break
            if line:
                read[index] = line
                heads += 1
    scan = ruleset.scan(*kinds)
    last = _LAST_LINES.get(id(scan))
    known: dict[str, frozenset[str]] = last[1] if last is not None and last[0] is scan else {}
    unknown = [line if line not in known else "" for line in read] if known else read
    joined = "\n".join(unknown)
    found = ruleset.line_keys(joined, *kinds) if joined.strip("\n") else {}
    keys: dict[int, frozenset[str]] = {}
    index = position = 0
    for start in sorted(found):
        index += joined.count("\n", position, start)
        position = start
        keys[index] = found[start]
    if known:
        for index, line in enumerate(read):
            if line and line in known:
                line_keys = known[line]
                if line_keys:
                    keys[index] = line_keys
    lines = {line: keys.get(index, _NO_KEYS) for index, line in enumerate(read) if line}
    remember(_LAST_LINES, id(scan), (scan, lines), _KEPT_SCANS)
    return keys


_LAST_LINES: dict[int, tuple[Triggers, dict[str, frozenset[str]]]] = {}
"""By scan: the scan and the keys of each line :func:`_keys_of_lines` read last time (a line's keys
are a function of its text and the scan alone, so they stay right for any document)."""
_KEPT_SCANS = 4


def _notes(
    texts: Sequence[str], indexes: Sequence[int], rules: Sequence[Rule], keys: Mapping[int, frozenset[str]]
) -> list[dict[str, JSON]]:
    """Facts read by note rules from the start of the given lines (the lines stay as they are)."""
    found: list[dict[str, JSON]] = []
    for index in indexes:
        stripped = texts[index]
        line_keys = keys.get(index, _NO_KEYS)
        for rule in rules:
            if not _triggered(rule, line_keys):
                continue
            match = next((m for m in (p.match(stripped) for p in rule.patterns) if m), None)
            if match is not None:
                note: dict[str, JSON] = {"rule": rule.name, "text": match.group().strip()}
                note.update({key: value.strip() for key, value in match.groupdict().items() if value})
                found.append(note)
                break
    return found


def strip_boilerplate(doc: Document, rules: RuleSet | None = None, *, inline: bool = True) -> Document:
    """Return ``doc`` without chrome lines (and, with ``inline``, without inline spam).

    The edits are appended to ``doc.edits``; date, source and editor fill
    the fields of ``doc.metadata`` that are still empty; every removed line
    or phrase is listed in ``metadata.extra["boilerplate"]`` as
    ``{"rule": ..., "text": ...}``. ``raw`` is untouched.

    Args:
        doc: the document to clean.
        rules: the rules to use (default: every registered pack).
        inline: also cut inline spam (the ``spam`` cleaner does the same in
            the cleaning pipeline; running both is harmless).

    Returns:
        A new document, or ``doc`` itself when nothing was found.
    """
    result = strip_chrome(doc.text, rules)
    text, edits = result.text, result.edits
    listed = list(reversed(edits))
    if inline:
        spam = strip_spam(text, rules)
        text, edits = spam.text, edits + spam.edits
        listed.extend(reversed(spam.edits))
    if not edits:
        if "bylines" not in result.metadata.extra:
            return doc
        return attrs.evolve(doc, metadata=_merge(doc.metadata, result.metadata, ()))
    metadata = _merge(doc.metadata, result.metadata, listed)
    return attrs.evolve(doc, text=text, edits=(*doc.edits, *edits), metadata=metadata)


def _triggered(rule: Rule, keys: frozenset[str]) -> bool:
    """Whether ``rule`` is triggered on a line with trigger ``keys`` (see :meth:`RuleSet.line_keys`)."""
    return rule.trigger_keys is None or not keys.isdisjoint(rule.trigger_keys)


def _match(
    stripped: str, keys: frozenset[str], rules: Sequence[Rule], at_edge: bool
) -> tuple[Rule, re.Match[str]] | None:
    for rule in rules:
        if (rule.zone == "edge" and not at_edge) or not _triggered(rule, keys):
            continue
        for pattern in rule.patterns:
            match = pattern.fullmatch(stripped)
            if match:
                return rule, match
    return None


class _Quotes:
    """Whether a quotation of its paragraph is still open where a line starts, read lazily.

    The lines asked about come in increasing order; only the paragraph of each is read
    (a blank line closes every quotation), so a text with few chrome lines costs little.

    Args:
        texts: the stripped lines of the text.
    """

    def __init__(self, texts: Sequence[str]) -> None:
        self.texts = texts
        self.next = 0  # the first line not read yet
        self.depth = 0
        self.straight = False

    def open_at(self, index: int) -> bool:
        """Whether a quotation is open at the start of line ``index`` (not before the last one asked)."""
        texts = self.texts
        blank = index - 1
        while blank >= self.next and texts[blank]:
            blank -= 1
        if blank >= self.next:  # a blank line since the last line read closes every quotation
            self.depth, self.straight, self.next = 0, False, blank + 1
        for line in texts[self.next : index]:
            for mark in _QUOTES.findall(line):
                if mark == '"':
                    self.straight = not self.straight
                elif mark in _OPEN:
                    self.depth += 1
                elif mark in _CLOSE:
                    self.depth = max(0, self.depth - 1)
        self.next = index
        return bool(texts[index]) and (self.depth > 0 or self.straight)


def _guarded(texts: Sequence[str], index: int, removed: dict[int, str], quoted: bool) -> bool:
    """Whether line ``index`` of the stripped ``texts`` is running text (quoted, or a wrapped sentence)."""
    stripped = texts[index]
    if quoted or stripped[:1] in _OPEN or stripped[:1] == '"':
        return True
    if index > 0 and index - 1 not in removed:
        before = texts[index - 1]
        if before and (before.endswith(_CONTINUES) or (before[-1].islower() and len(before) > 80)):
            return True
    if index + 1 < len(texts):
        after = texts[index + 1]
        if after[:1].islower():
            return True
    return False


def _metadata(
    found: Sequence[tuple[Rule, re.Match[str], str]], notes: Sequence[dict[str, JSON]] = ()
) -> Metadata:
    values: dict[str, Any] = {}
    extra: dict[str, JSON] = {}
    credits: list[JSON] = []
    for rule, match, line in found:
        if rule.kind != "metadata":
            continue
        for key, value in match.groupdict().items():
            if not value:
                continue
            value = value.strip()
            if key == "date":
                if "date" in values or "date_text" in extra:
                    continue
                parsed = parse_date(value)
                if parsed is None:
                    extra["date_text"] = value
                else:
                    values["date"] = parsed.date
                    extra["date_precision"] = parsed.precision
            elif key in ("source", "editor", "url"):
                values.setdefault(key, value)
            else:
                credits.append({"rule": rule.name, "name": value, "text": line})
    if credits:
        extra["credits"] = credits
    if found:
        extra["boilerplate"] = [{"rule": rule.name, "text": line} for rule, _, line in found]
    if notes:
        extra["bylines"] = list(notes)
        agency = notes[0].get("agency")
        if isinstance(agency, str):
            values.setdefault("source", agency)
    return Metadata(**values, extra=extra)


def _merge(old: Metadata, new: Metadata, edits: Sequence[Edit]) -> Metadata:
    """Fill the empty fields of ``old``; list ``edits`` (in document order) as removed boilerplate."""
    extra = dict(old.extra)
    changes: dict[str, Any] = {}
    for name in ("source", "editor", "url"):
        if getattr(old, name) is None and getattr(new, name) is not None:
            changes[name] = getattr(new, name)
    if old.date is None and new.date is not None:
        changes["date"] = new.date
        extra["date_precision"] = new.extra.get("date_precision", "day")
    if old.date is None and "date_text" in new.extra and "date_text" not in extra:
        extra["date_text"] = new.extra["date_text"]
    for key in ("credits", "bylines"):
        if key in new.extra:
            extra[key] = [*extra.get(key, []), *new.extra[key]]
    removed = [{"rule": edit.rule, "text": edit.before.strip()} for edit in edits]
    if removed:
        extra["boilerplate"] = [*extra.get("boilerplate", []), *removed]
    return attrs.evolve(old, extra=extra, **changes)
