"""How mt_punctuation decides that a text is machine-translated, and what that decision changes."""

from __future__ import annotations

from povcorpus.cleaners import clean_text
from povcorpus.cleaners.mt_punctuation import has_mt_damage


def test_evidence_from_full_width_marks_or_several_glued_commas() -> None:
    """A full-width mark or two glued commas before words mark a text as damaged; one glued comma does not."""
    assert has_mt_damage("Poverty、hunger and disease")
    assert has_mt_damage("The new era,Building homes,Opening roads")
    assert not has_mt_damage("The new era,Building homes")
    assert not has_mt_damage("Call f(a,b) with id,name,email", "en")
    assert not has_mt_damage("中国减贫事业，取得了历史性成就。", "zh")


def test_lowercase_glued_comma_repaired_only_with_evidence() -> None:
    """``hunger,disease`` in a list gets its spaces in a damaged text and stays in a clean-looking one."""
    damaged = clean_text("hunger,disease,and poverty。", lang="en", cleaners=["mt_punctuation"]).text
    assert damaged == "hunger, disease, and poverty."
    kept = "the list hunger,disease,and poverty"
    assert clean_text(kept, lang="en", cleaners=["mt_punctuation"]).text == kept


def test_option_forces_the_decision() -> None:
    """``mt_punctuation.damaged`` decides for the text, either way (a document-level decision)."""
    text = "the list hunger,disease,and poverty"
    forced = clean_text(text, cleaners=["mt_punctuation"], options={"mt_punctuation.damaged": True})
    assert forced.text == "the list hunger, disease, and poverty"
    off = clean_text("a,b,c，d", cleaners=["mt_punctuation"], options={"mt_punctuation.damaged": False})
    assert off.text == "a,b,c, d"


def test_thousands_separator_and_decimal_comma_survive_damage() -> None:
    """In damaged text ``2,300`` stays everywhere, and ``3,5`` stays outside English."""
    english = clean_text("It cost 2,300 yuan,in 2020,3 times more。", lang="en", cleaners=["mt_punctuation"])
    assert english.text == "It cost 2,300 yuan, in 2020, 3 times more."
    italian = clean_text("Crescita del 3,5%，e oltre。", lang="it", cleaners=["mt_punctuation"])
    assert italian.text == "Crescita del 3,5%, e oltre."
