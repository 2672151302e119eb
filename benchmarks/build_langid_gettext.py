"""Build a second labelled language-ID set from the gettext catalogs of a Debian system.

The translations of program messages (``/usr/share/locale/<lang>/LC_MESSAGES/*.mo``,
shipped by Debian packages such as coreutils, glib, apt, dpkg, PostgreSQL)
are human-written text in many languages, from an origin unrelated to the
UD treebanks of ``langid-dev.jsonl`` and to lingua's test data. Each item is
labelled with the language of the catalog it comes from; English items are
the catalogs' message ids.

Filters (so that labels hold): messages with format placeholders, markup,
command-line options, paths or URLs are dropped, as are translations equal
to their English original and, for non-Latin languages, translations more
than a fifth of whose letters are Latin. A text found under two languages
is dropped.

Per language: 40 ``short`` items (4-25 characters, at least two words where
words are spaced), 60 ``sentence`` items (26-300 characters) and 20
``paragraph`` items (four or five sentence messages of one catalog, joined
by spaces). Items are drawn with a fixed seed, and split into a ``tune`` and
a ``test`` half by a hash of the text.

``--more`` builds a third set the same way, ``langid-gettext-more.jsonl``, in languages that
neither set above holds, the arbiter's pool lacks and most lists of "languages a corpus may hold"
forget: Nordic, Central and Eastern European, Baltic, Southeast Asian, Greek, Catalan, Afrikaans.
Nothing was tuned on its ``test`` half.

Usage::

    python benchmarks/build_langid_gettext.py [--locale-dir DIR] [--out FILE] [--more]
"""

from __future__ import annotations

import argparse
import gettext
import hashlib
import json
import random
import re
import sys
import unicodedata
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "tests" / "data" / "language" / "gettext" / "langid-gettext.jsonl"
MORE_OUT = ROOT / "tests" / "data" / "language" / "gettext_more" / "langid-gettext-more.jsonl"

# ISO 639-1 code -> locale directory name.
LANGUAGES = {
    "ar": "ar",
    "de": "de",
    "en": "de",  # the English message ids, read from the German catalogs
    "es": "es",
    "fa": "fa",
    "fr": "fr",
    "hi": "hi",
    "it": "it",
    "ja": "ja",
    "ko": "ko",
    "nl": "nl",
    "pt": "pt",
    "ru": "ru",
    "tr": "tr",
    "zh": "zh_CN",
}
# Languages of the third set (``--more``); each is read from its own catalogs.
MORE_LANGUAGES = {
    code: code
    for code in (
        "af", "bg", "ca", "cs", "da", "el", "et", "fi", "hr", "hu", "id", "lt", "lv", "ms", "pl",
        "ro", "sk", "sl", "sr", "sv", "uk", "vi",
    )
}  # fmt: skip
LATIN = {"de", "en", "es", "fr", "it", "nl", "pt", "tr"} | (set(MORE_LANGUAGES) - {"bg", "el", "sr", "uk"})
UNSPACED = {"ja", "zh"}
COUNTS = {"short": 40, "sentence": 60, "paragraph": 20}
# Catalogs of names (countries, scripts, currencies, languages) are lists of words, not text.
SKIP_CATALOGS = re.compile(r"^(iso_|xkeyboard-config)")
UNWANTED = re.compile(r"[%{}<>\\`$=_|@#*\[\]/]|--|\.\.\.|https?:|\w\.\w|\d{3,}")


def _letters(text: str) -> list[str]:
    return [char for char in text if char.isalpha()]


def _latin_share(text: str) -> float:
    letters = _letters(text)
    latin = sum(1 for char in letters if "LATIN" in unicodedata.name(char, ""))
    return latin / len(letters) if letters else 1.0


def _usable(text: str, lang: str) -> bool:
    if UNWANTED.search(text) or len(_letters(text)) < 3:
        return False
    if text.isupper() or "\n" in text or "\t" in text:
        return False
    return lang in LATIN or _latin_share(text) <= 0.2


def catalog_messages(
    locale_dir: Path, lang: str, languages: dict[str, str] = LANGUAGES
) -> list[tuple[str, str]]:
    """``(catalog, text)`` pairs for ``lang``, in catalog and message-id order."""
    folder = locale_dir / languages[lang] / "LC_MESSAGES"
    pairs: list[tuple[str, str]] = []
    for path in sorted(folder.glob("*.mo")):
        if SKIP_CATALOGS.match(path.name):
            continue
        with path.open("rb") as handle:
            try:
                catalog = gettext.GNUTranslations(handle)._catalog  # type: ignore[attr-defined]
            except (OSError, UnicodeDecodeError, ValueError):
                continue
        for key in sorted(catalog, key=str):
            msgid = key[0] if isinstance(key, tuple) else key
            msgstr = catalog[key]
            if not isinstance(msgid, str) or not msgid or not isinstance(msgstr, str) or msgstr == msgid:
                continue
            text = " ".join((msgid if lang == "en" else msgstr).split())
            if _usable(text, lang):
                pairs.append((path.stem, text))
    return pairs


def _kind(text: str, lang: str) -> str | None:
    if 4 <= len(text) <= 25:
        return "short" if lang in UNSPACED or len(text.split()) >= 2 else None
    if 26 <= len(text) <= 300:
        return "sentence"
    return None


def build(locale_dir: Path, seed: int = 0, languages: dict[str, str] = LANGUAGES) -> list[dict[str, str]]:
    """The labelled items of every language of ``languages``, in language then kind order."""
    messages = {lang: catalog_messages(locale_dir, lang, languages) for lang in sorted(languages)}
    owners: dict[str, set[str]] = {}
    for lang, pairs in messages.items():
        for _, text in pairs:
            owners.setdefault(text, set()).add(lang)
    items: list[dict[str, str]] = []
    for lang, pairs in messages.items():
        unique = sorted({pair for pair in pairs if len(owners[pair[1]]) == 1})
        rng = random.Random(f"{seed}-{lang}")
        by_kind: dict[str, list[tuple[str, str]]] = {"short": [], "sentence": []}
        for catalog, text in unique:
            kind = _kind(text, lang)
            if kind:
                by_kind[kind].append((catalog, text))
        chosen: dict[str, list[tuple[str, str]]] = {}
        for kind in ("short", "sentence"):
            pool = by_kind[kind]
            chosen[kind] = rng.sample(pool, min(COUNTS[kind], len(pool)))
        used = {text for _, text in chosen["sentence"]}
        rest = [pair for pair in by_kind["sentence"] if pair[1] not in used and pair[1][-1] in ".。!?！？।؟"]
        paragraphs: list[tuple[str, str]] = []
        starts = list(range(0, max(0, len(rest) - 5), 5))
        for start in rng.sample(starts, min(COUNTS["paragraph"], len(starts))):
            group = [pair for pair in rest[start : start + 5] if pair[0] == rest[start][0]]
            if len(group) >= 4:
                joiner = "" if lang in UNSPACED else " "
                paragraphs.append((group[0][0], joiner.join(text for _, text in group)))
        chosen["paragraph"] = paragraphs
        for kind in ("short", "sentence", "paragraph"):
            for catalog, text in sorted(chosen[kind], key=lambda pair: pair[1]):
                half = "tune" if hashlib.sha256(text.encode()).digest()[0] % 2 == 0 else "test"
                items.append(
                    {"text": text, "lang": lang, "kind": kind, "source": f"gettext:{catalog}", "split": half}
                )
    return items


def main(argv: Sequence[str] | None = None) -> int:
    """Write the set as JSON lines and print its counts; returns the exit code."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--locale-dir", type=Path, default=Path("/usr/share/locale"))
    parser.add_argument("--out", type=Path, default=None, help=f"default {OUT.name} (or {MORE_OUT.name})")
    parser.add_argument(
        "--more", action="store_true", help="the third set, in the languages of MORE_LANGUAGES"
    )
    args = parser.parse_args(argv)
    args.out = args.out or (MORE_OUT if args.more else OUT)
    items = build(args.locale_dir, languages=MORE_LANGUAGES if args.more else LANGUAGES)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8") as handle:
        for item in items:
            handle.write(json.dumps(item, ensure_ascii=False) + "\n")
    counts: dict[tuple[str, str], int] = {}
    for item in items:
        counts[item["lang"], item["kind"]] = counts.get((item["lang"], item["kind"]), 0) + 1
    for (lang, kind), n in sorted(counts.items()):
        print(f"{lang} {kind} {n}")
    print(f"{len(items)} items -> {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
