"""The ``gambling_run`` detector: spam found by its vocabulary, honest gambling news kept, cheap triggers."""

from __future__ import annotations

import importlib
import json
import pkgutil
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from povcorpus.boilerplate import RulePack, RulePackError, Triggers, strip_chrome, strip_spam
from povcorpus.boilerplate.gambling import find_runs, gambling_spans
from povcorpus.boilerplate.gambling._hits import _lexicon_hits
from povcorpus.cleaners import clean_text
from povcorpus.edits import undo_edits

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT / "tests" / "data" / "dev"
LANGID_DEV = Path(__file__).resolve().parents[2] / "shared" / "data" / "langid-dev.jsonl"


def _records(kind: str) -> list[dict[str, str]]:
    path = DEV / f"{kind}.jsonl"
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Brands no list knows, shaped like gambling names (digits, a morpheme, a site name).
        ("The museum opens Roobet crypto casino at nine.", "The museum opens at nine."),
        ("Growth was Luckywin88 apk android steady.", "Growth was steady."),
        ("The bridge stood bc.game online casino for a century.", "The bridge stood for a century."),
        # No brand at all: gambling words with a spam modifier or a download tail.
        ("The river floods real money slots every spring.", "The river floods every spring."),
        ("Many CASINO BONUS APK ANDROID users can save money.", "Many users can save money."),
        ("She wrote esports betting app download three novels.", "She wrote three novels."),
        # Other languages.
        ("Il museo apre Fortunabet scommesse online alle nove.", "Il museo apre alle nove."),
        ("Le musée ouvre casino bonus apk à neuf heures.", "Le musée ouvre à neuf heures."),
        ("水稻产量体育博彩平台注册送彩金稳步提高。", "水稻产量稳步提高。"),
        ("农民收入在线赌场APP下载持续增长。", "农民收入持续增长。"),
    ],
)
def test_spam_shapes_cut_and_mended(text: str, expected: str) -> None:
    """Spam with unseen brands, without brands and in several languages is cut whole and mended."""
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bet365 reported online casino revenue of 3 billion pounds.",
        "Regulators fined the online casino operator for ignoring self-excluded players.",
        "Online sports betting is a growing concern in Asia.",
        "He warned about online gambling among teenagers.",
        "Farmers can download the app to check prices.",
        "Drip irrigation is the best bet for dry areas.",
        "Implementing Welfare Lottery Dream Orphan Student Assistance Project.",
        "La raccolta delle scommesse sportive è cresciuta del 12 per cento.",
        "L'operatore ha lanciato una app per le scommesse sportive con limiti di deposito.",
        "澳门博彩业收入同比下降。",
        "政府加强对网络赌博的打击力度。",
        "体育投注是一个重要的政策话题。",
        "Das Casino in Baden-Baden zählt zu den ältesten Spielbanken Deutschlands.",
        "Online casino",
    ],
)
def test_honest_gambling_text_untouched(text: str) -> None:
    """Industry, regulation and addiction news on gambling, and a lone topic phrase, come back unchanged."""
    assert strip_spam(text).text == text


def test_brand_leads_its_phrase() -> None:
    """Words of the sentence before a brand stay: the run starts at the brand."""
    text = "Prices online Roobet crypto casino rose."
    assert strip_spam(text).text == "Prices online rose."


def test_runs_report_their_words() -> None:
    """find_runs names the lexicon of each word, the brand-like name first."""
    (run,) = find_runs("It opens Roobet crypto casino apk today.")
    assert run.kinds == ("brand", "spammy", "core", "download")
    assert gambling_spans("A sentence with no such words at all.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Le pont a Zorbla machines à sous été construit en 1932.", "Le pont a été construit en 1932."),
        (
            "Le village jeux d'argent en ligne télécharger l'application compte 300 habitants.",
            "Le village compte 300 habitants.",
        ),
        ("El río Zorbla tragamonedas crece cada primavera.", "El río crece cada primavera."),
        (
            "Der Fluss Spielautomaten App herunterladen führt im Frühling Hochwasser.",
            "Der Fluss führt im Frühling Hochwasser.",
        ),
        ("A ponte foi Zorbla caça-níqueis baixar app construída em 1932.", "A ponte foi construída em 1932."),
        ("The river sports betting odds get the app floods every spring.", "The river floods every spring."),
        ("Il fiume slot online scarica ora cresce in primavera.", "Il fiume cresce in primavera."),
    ],
)
def test_spam_in_french_spanish_german_portuguese(text: str, expected: str) -> None:
    """Slot-machine, betting and download-now wordings of other languages are cut whole and mended."""
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Les machines à sous du casino ont rapporté moins d'argent cette année, selon l'opérateur.",
        "Los agricultores pueden descargar la aplicación para consultar el precio del maíz.",
        "As apostas esportivas ao vivo cresceram no Brasil, segundo a associação do setor.",
        "Die Spielautomaten in Gaststätten werden strenger kontrolliert.",
    ],
)
def test_honest_gambling_words_in_other_languages_kept(text: str) -> None:
    """A gambling topic or a download phrase in honest French, Spanish, Portuguese or German stays."""
    assert strip_spam(text).text == text


def test_little_known_brand_before_a_run_goes_with_it() -> None:
    """A capitalised name a few pages know (Zipf under 2.8) is cut with the gambling run it heads."""
    pytest.importorskip("wordfreq")
    text = "Lo studio parla di Winamax scommesse sportive giovani agricoltori."
    assert strip_spam(text).text == "Lo studio parla di giovani agricoltori."


def test_overlapping_han_words_read_as_the_text_reads() -> None:
    """A gambling word straddling two words (下注 in 天下注册) loses to the words that cover the text."""
    assert [kind for _, _, kind in _lexicon_hits("天下注册送彩金")] == ["spammy", "core"]
    assert strip_spam("这是天下注册送彩金第一关。").text == "这是天下第一关。"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里的小学星空体育官网新建了图书馆。", "村里的小学新建了图书馆。"),
        ("这条河每年春天半岛娱乐APP下载都会涨水。", "这条河每年春天都会涨水。"),
    ],
)
def test_ordinary_word_name_before_a_bare_tail_goes(text: str, expected: str) -> None:
    """A name that is also a word (星空, 半岛) before two Han app or modifier words is cut with them."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "这款农业APP下载后需要实名认证。",
        "大学官网发布了录取名单。",
        "群众体育活动丰富了村民的业余生活。",
        "用户可以在手机上下载体育APP观看比赛。",
    ],
)
def test_bare_tails_in_honest_chinese_kept(text: str) -> None:
    """App, site and sports words in honest Chinese, or in a sentence about apps, stay untouched."""
    assert strip_spam(text).text == text


def test_honest_dev_set_unchanged() -> None:
    """At least 98 percent of the honest gambling sentences of the dev set (both halves) stay unchanged."""
    records = _records("honest_gambling")
    assert len(records) >= 100
    kept = sum(clean_text(r["input"], lang=r["lang"]).text == r["expected"] for r in records)
    assert kept / len(records) >= 0.98


@pytest.mark.slow
def test_spam_dev_set_test_half() -> None:
    """The spam test half (unseen brands and wordings) stays above its measured floors.

    The issue's target is 0.95; the floors guard what is reached today (0.929
    overall, 0.967 Latin script, 0.884 Chinese), and docs/boilerplate.md gives
    the figures and what is still missed.
    """
    pytest.importorskip("wordfreq")
    records = [r for r in _records("spam") if r["split"] == "test"]
    assert len(records) >= 250
    good = {id(r) for r in records if clean_text(r["input"], lang=r["lang"]).text == r["expected"]}
    latin = [r for r in records if r["lang"] != "zh"]
    chinese = [r for r in records if r["lang"] == "zh"]
    assert len(good) / len(records) >= 0.91
    assert sum(id(r) in good for r in latin) / len(latin) >= 0.95
    assert sum(id(r) in good for r in chinese) / len(chinese) >= 0.86


@pytest.mark.slow
def test_chrome_dev_set_through_the_pipeline() -> None:
    """Chrome documents of the test half lose exactly their chrome lines; look-alike prose is kept."""
    sys.path.insert(0, str(ROOT / "benchmarks" / "devset"))
    try:
        from chrome import through_pipeline  # type: ignore[import-not-found]
    finally:
        sys.path.remove(str(ROOT / "benchmarks" / "devset"))
    records = [r for r in _records("chrome") if r["split"] == "test"]
    damaged = [r for r in records if r["input"] != r["expected"]]
    negatives = [r for r in records if r["input"] == r["expected"]]
    assert len(damaged) >= 150
    exact = sum(through_pipeline(r["input"]) == r["expected"] for r in damaged)
    assert exact / len(damaged) >= 0.95
    assert [r["input"] for r in negatives if through_pipeline(r["input"]) != r["input"]] == []


@pytest.mark.skipif(not LANGID_DEV.exists(), reason="the shared langid-dev set is not beside the project")
def test_clean_sentences_in_sixteen_languages_untouched() -> None:
    """No sentence of the language-ID dev set (16 languages) loses a byte to spam or chrome rules.

    The set holds one line that is no sentence but a treebank's copy of a Wikipedia cross-reference
    (``См. также: Красная армия``, "See also: Red Army"): the chrome rule for such headers removes it,
    as it would in a news page; nothing else may change.
    """
    changed = []
    for line in LANGID_DEV.read_text(encoding="utf-8").splitlines():
        text = json.loads(line)["text"]
        if strip_spam(text).text != text:
            changed.append((text, "spam"))
        chrome = strip_chrome(text)
        if chrome.text != text:
            changed.append((text, ",".join(sorted({edit.rule for edit in chrome.edits}))))
    assert changed == [("См. также: Красная армия", "chrome.more_link")]


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("between friends", False),
        ("a better harvest", False),
        ("the alphabet", False),
        ("a bet on rain", True),
        ("bet365 odds", True),
        ("the casinos of macao", True),
        ("occasional rain", False),
        ("首页 > 新闻", True),
        ("plain prose", False),
    ],
)
def test_triggers_fire_on_words_not_inside_words(text: str, fires: bool) -> None:
    """A word trigger needs word edges, a prefix trigger a word start, a substring trigger nothing."""
    triggers = Triggers(["bet", "casino*", ">", "odds"])
    assert triggers.search(text) is fires
    assert bool(triggers.positions(text)) is fires


def test_detector_must_exist_and_be_inline() -> None:
    """A pack naming an unknown detector, or a detector on a line rule, is refused with the known names."""
    rule = {"name": "x", "kind": "inline", "detector": "nosuch", "examples": ["a"]}
    with pytest.raises(RulePackError, match="gambling_run"):
        RulePack.from_dict({"pack": {"name": "p"}, "rules": [rule]})
    rule = {"name": "x", "kind": "line", "detector": "gambling_run"}
    with pytest.raises(RulePackError, match="only inline"):
        RulePack.from_dict({"pack": {"name": "p"}, "rules": [rule]})


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "The microcredit programme offers small loans to poor farmers without collateral."),
        ("en", "The county hired an event planning company to organise the harvest festival."),
        ("zh", "小额贷款帮助农户发展生产，实现脱贫。"),
        ("zh", "农户可以下载银行APP申请贷款。"),
    ],
)
def test_loans_and_events_are_not_spam(lang: str, text: str) -> None:
    """Loan and event words, common in poverty-reduction text, are never cut (SEO keywords of that kind are a
    documented limit)."""
    assert clean_text(text, lang=lang).text == text


_PIECES = st.sampled_from(
    [
        "casino",
        "Roobet",
        "apk",
        "download",
        "online",
        "the",
        "farmers",
        "bet365",
        "体育投注",
        "APP下载",
        "农民",
        "。",
        ".",
        ", ",
        " ",
        "«",
        "Welfare",
        "real money",
        "官网",
    ]
)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=40).map("".join))
def test_never_raises_and_undoes(text: str) -> None:
    """On any mix of lexicon words and other characters, cutting never raises and its edits undo."""
    result = strip_spam(text)
    assert undo_edits(result.text, result.edits) == text


def test_long_line_of_many_injections() -> None:
    """A long line with two thousand injections (English and Chinese) is cleaned whole."""
    english = "The farm grew Roobet crypto casino quickly. " * 2000
    assert strip_spam(english).text == "The farm grew quickly. " * 2000
    chinese = "农民收入在线赌场APP下载持续增长。" * 2000
    assert strip_spam(chinese).text == "农民收入持续增长。" * 2000


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("村里的小学豪胜博真人娱乐注册送彩金新建了图书馆。", "村里的小学新建了图书馆。"),
        ("合作社增加到三百户，社员鑫博体育投注官网都很满意。", "合作社增加到三百户，社员都很满意。"),
        ("他在县城乐玩游戏官网APP下载开了一家商店。", "他在县城开了一家商店。"),
        ("合作社的社员数量ab88乐博体育投注官网增加到三百户。", "合作社的社员数量增加到三百户。"),
        ("合作社的社员数量777鑫博体育投注官网增加到三百户。", "合作社的社员数量增加到三百户。"),
        ("2010年鑫乐体育投注官网全县脱贫。", "2010年全县脱贫。"),
        ("农民收入鼎盛娱乐APP下载持续增长。", "农民收入持续增长。"),
        ("这条公路全长体育投注注册送彩金八十公里。", "这条公路全长八十公里。"),
    ],
)
def test_chinese_name_before_a_han_run_goes_with_it(text: str, expected: str) -> None:
    """A Chinese name no list knows goes with its run; host words, years and numbers before it stay."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "这款游戏下载量超过一千万次。",
        "电商平台注册商家数量突破十万。",
        "景区官网入口已经开放预约。",
        "村民们在2015年下载APP学习技术。",
        "该县体育彩票销售额逐年增长，公益金用于修建村级健身场地。",
    ],
)
def test_chinese_app_words_in_honest_sentences_stay(text: str) -> None:
    """Download, platform and official-site words of an honest Chinese sentence take no name and stay."""
    assert strip_spam(text).text == text


def test_without_the_word_model_only_the_run_goes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without the Chinese word model (no ``wordfreq``) no head is guessed: the run alone goes."""
    import povcorpus.boilerplate.gambling as package

    for info in pkgutil.iter_modules(package.__path__):  # every module of the detector that reads the model
        module = importlib.import_module(f"{package.__name__}.{info.name}")
        if hasattr(module, "_han_model"):
            monkeypatch.setattr(module, "_han_model", lambda: None)
    text = "村里的小学豪胜博真人娱乐注册送彩金新建了图书馆。"
    assert strip_spam(text).text == "村里的小学豪胜博新建了图书馆。"


def test_latin_cuts_do_not_load_the_chinese_word_costs() -> None:
    """Cutting spam from English text never loads the Chinese word costs (tens of MiB of wordfreq data)."""
    from povcorpus.boilerplate.gambling import _han_text

    _han_text._han_model.cache_clear()
    text = "The clinic hired two sky bet online sports betting APP download nurses."
    assert strip_spam(text).text != text
    assert _han_text._han_model.cache_info().misses == 0
