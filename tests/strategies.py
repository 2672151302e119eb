"""Hypothesis strategies for text: strings rich in the characters cleaners touch, and clean prose."""

from __future__ import annotations

from hypothesis import strategies as st

__all__ = ["CLEAN_WORDS", "clean_prose", "damaged_text", "tricky_text"]

# Characters every cleaner reacts to: quotes, apostrophes, primes, hyphens,
# full-width punctuation, odd spaces, mojibake pieces, CJK and Arabic letters.
_TRICKY = (
    "”“″‟‘’´'\"„«» -‐\u00ad,.;:!?()、。，；：！？（）\u00a0\u2009\u202f\u3000\ufeff\t\n\r"
    "ÃÂâ€™œ\x9d\x80Ð¸©®°±½ĞŸ五中国减贫脱منطقه۳①③"
)
_LETTERS = "abcdeinorstuvyACNRST"

tricky_text = st.text(alphabet=st.sampled_from(_TRICKY + _LETTERS), max_size=60)
"""Short strings made mostly of characters that trigger cleaners."""

damaged_text = st.one_of(
    tricky_text,
    st.text(max_size=80),
    st.lists(
        st.sampled_from(
            [
                "China”s",
                "wouldn”t",
                "“complete victory”",
                "farmers” ",
                "nation' s",
                "pro-gram",
                "well-off",
                "poverty、hunger",
                "era,Building",
                "。The",
                "2,300",
                "CafÃ©",
                "â€œquoteâ€\x9d",
                "  ",
                "\u00a0",
                " ,",
                "五、",
                "\n",
                "脱贫，",
                "1，500",
                "develop-\nment",
            ]
        ),
        max_size=12,
    ).map("".join),
)
"""Strings with damage of every kind the cleaners know, mixed with arbitrary text."""

CLEAN_WORDS = (
    "the", "report", "poverty", "reduction", "village", "farmers", "China’s", "people's", "government",
    "rural", "income", "program", "well-off", "poverty-stricken", "high-school", "self-reliance",
    "1,500", "2.5", "2021", "percent", "and", "of", "in", "to", "a", "development", "cooperation",
    "“complete", "victory”", "(about", "dollars)", "said", "it", "is", "new", "era", "long-term",
)  # fmt: skip
"""Words (and word-like tokens) that correct English prose is made of."""


@st.composite
def clean_prose(draw: st.DrawFn) -> str:
    """A correct English paragraph: words from :data:`CLEAN_WORDS`, commas, one full stop."""
    sentences = []
    for _ in range(draw(st.integers(1, 3))):
        words = draw(st.lists(st.sampled_from(CLEAN_WORDS), min_size=1, max_size=14))
        sentence = " ".join(words)
        if draw(st.booleans()) and len(words) > 2:
            parts = sentence.split(" ")
            cut = draw(st.integers(1, len(parts) - 1))
            sentence = " ".join(parts[:cut]) + ", " + " ".join(parts[cut:])
        sentences.append(sentence[0].upper() + sentence[1:] + ".")
    return " ".join(sentences)
