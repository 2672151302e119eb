"""Dev-set kind ``mt_punctuation``: Chinese punctuation and glued commas left by machine translation.

Hosts: the shared dev-set sentences in eight Latin-script languages and the
written ones; damage from :func:`_damage.mt_punctuation`. Variants add a
protected token next to the damage (a ``2,300`` number, a URL, an e-mail
address), which must survive, and Chinese enumerators at the start of an
English sentence (``五、``, ``（一）``, ``一是``), which become ``5.``, ``(1)``,
``First,``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import LATIN, hosts, record, rng_for, write
from _damage import mt_punctuation

KIND = "mt_punctuation"
_NUMERALS = "一二三四五六七八九"
_ORDINALS = ("First", "Second", "Third", "Fourth", "Fifth", "Sixth", "Seventh", "Eighth", "Ninth")
_PROTECTED = (
    " The fund reached {n:,} yuan.",
    " See www.gov.example.cn/zhengce/{n},{m}.htm for details.",
    " Write to office{m}@example.org for the report.",
    " The rate rose from {m}.{m} to {n:,}.",
)


def build() -> list[dict[str, str]]:
    """Every damaged/clean pair of this kind."""
    records = []
    for lang, text, source in hosts(LATIN):
        rng = rng_for(text, KIND)
        if lang == "en" and rng.random() < 0.3:
            text = text + rng.choice(_PROTECTED).format(n=rng.randint(1000, 99999), m=rng.randint(2, 9))
        pair = mt_punctuation(text, rng, lang)
        if pair is not None:
            records.append(record(KIND, lang, pair[0], pair[1], source))
        if lang == "en" and text[:1].isupper() and text[1:2].islower() and pair is not None:
            index = rng.randrange(len(_NUMERALS))
            style = rng.choice(("heading", "paren", "shi"))
            damaged, clean = pair
            if style == "heading":
                records.append(
                    record(KIND, lang, f"{_NUMERALS[index]}、{damaged}", f"{index + 1}. {clean}", source)
                )
            elif style == "paren":
                records.append(
                    record(KIND, lang, f"（{_NUMERALS[index]}）{damaged}", f"({index + 1}) {clean}", source)
                )
            else:
                lowered_damaged = damaged[0].lower() + damaged[1:]
                lowered = clean[0].lower() + clean[1:]
                records.append(
                    record(
                        KIND,
                        lang,
                        f"{_NUMERALS[index]}是{lowered_damaged}",
                        f"{_ORDINALS[index]}, {lowered}",
                        source,
                    )
                )
    return records


if __name__ == "__main__":
    write(KIND, build())
