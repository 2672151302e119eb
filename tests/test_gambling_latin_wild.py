"""Latin- and Cyrillic-script spam as hacked sites inject it: keyword stacks, calls to act, bare sites."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from povcorpus.boilerplate import strip_spam
from spam_checks import assert_cut, changed_by_cleaning, held_out, jsonl, repaired_share, text_lines

DATA = Path(__file__).resolve().parent / "data"
GAMBLING = DATA / "gambling"
WILD = GAMBLING / "fresh_latin_wild.jsonl"
HONEST = GAMBLING / "honest_latin_round3.txt"


def test_wild_set_is_apart_from_the_other_sets_and_the_dev_set() -> None:
    """The third set's hosts are in no dev-set file and in neither earlier set, in at least ten languages."""
    dev = "\n".join(path.read_text(encoding="utf-8") for path in sorted((DATA / "dev").glob("*.jsonl")))
    records = jsonl(WILD)
    hosts = {record["expected"] for record in records}
    earlier = {
        record["expected"]
        for name in ("fresh_latin.jsonl", "fresh_latin_more.jsonl")
        for record in jsonl(GAMBLING / name)
    }
    assert len(hosts) >= 150
    assert len({record["lang"] for record in records}) >= 10
    assert hosts.isdisjoint(earlier)
    assert [host for host in hosts if json.dumps(host, ensure_ascii=False)[1:-1] in dev] == []


def test_wild_test_half_is_half_repaired() -> None:
    """On the held-out half of the third set at least half of the items come back exactly as their host."""
    pytest.importorskip("wordfreq")
    records = held_out(WILD)
    assert len(records) >= 200
    assert repaired_share(records) >= 0.50


def test_honest_news_near_the_wild_shapes_untouched() -> None:
    """Lotteries funding clinics, bookmakers' results, enforcement, time slots and wage bonuses stay."""
    sentences = text_lines(HONEST)
    assert len(sentences) >= 80
    changed = changed_by_cleaning(sentences)
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A stack of keyword phrases between bars, even after an article.
        (
            "Les jeunes de la paris sportifs | bonus sans dépôt | casino formation.",
            "Les jeunes de la formation.",
        ),
        # A stack between commas, every word capitalised.
        (
            "The clinic opened Bônus Grátis, Apostas Online, Apostas Esportivas a new ward.",
            "The clinic opened a new ward.",
        ),
        # A site with no scheme and a path after the phrase, and a gambling word as its ending.
        ("The well was dug by slot gacor dunia4d.lat/daftar volunteers.", "The well was dug by volunteers."),
        (
            "The well was dug by online slots raja-casino.lat/login volunteers.",
            "The well was dug by volunteers.",
        ),
        # A site's name glued by a hyphen to a gambling word.
        (
            "The well was dug by raja-casino casino en ligne bonus volunteers.",
            "The well was dug by volunteers.",
        ),
        # A call to act of several words before the name.
        (
            "The well was dug by jogue agora Plonios88 cassino online volunteers.",
            "The well was dug by volunteers.",
        ),
        # A name on a gambling morpheme after a call.
        (
            "The well was dug by judi bola daftar sekarang zeadanplay volunteers.",
            "The well was dug by volunteers.",
        ),
        # Vietnamese and Cyrillic keyword phrases with a site.
        (
            "Trạm y tế xã CÁ CƯỢC BÓNG ĐÁ DIOGIOM77.XYZ/VI/DANG-KY đã có thêm một bác sĩ.",
            "Trạm y tế xã đã có thêm một bác sĩ.",
        ),
        (
            "Фермеры объединились Xastir казино на деньги вход xastir.bet в кооператив.",
            "Фермеры объединились в кооператив.",
        ),
    ],
)
def test_wild_shapes_are_cut(text: str, expected: str) -> None:
    """Each shape of hacked-site spam goes whole with its site, and the cut undoes to the input."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Chính phủ cấp phép thí điểm cho người Việt vào chơi casino tại Phú Quốc.",
        "Полиция закрыла подпольное казино, работавшее в подвале жилого дома.",
        "The new law covers casinos, online betting and lotteries.",
        "Online casinos, sports betting and lotteries are taxed at different rates.",
        "Each school gets a two-hour slot in the computer room every week.",
        "Read the rules on the regulator's site at example.com before you apply.",
        "The anti-casino campaign collected ten thousand signatures.",
        "Warga diminta segera daftar untuk mendapatkan bantuan pupuk bersubsidi.",
    ],
)
def test_honest_words_of_the_wild_shapes_stay(text: str) -> None:
    """Vietnamese and Russian verbs and adjectives, honest lists, a time slot, a site and a call stay."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Runs of one phrase with a word no lexicon knows between them are read as one.
        (
            "Dzięki nowemu autobusowi uczniowie szybciej kasyno na prawdziwe pieniądze best betting sites "
            "Nagabet docierają do szkoły.",
            "Dzięki nowemu autobusowi uczniowie szybciej docierają do szkoły.",
        ),
        # An SEO adjective before a made-up name after a word that is no determiner.
        (
            "The water committee best Tryneapex online casino app download collects a small fee.",
            "The water committee collects a small fee.",
        ),
        # A hyphenated site after the phrase.
        (
            "Night classes teach adults to write betting tips sports betting lealol-win and keep accounts.",
            "Night classes teach adults to write and keep accounts.",
        ),
        ("The road reached the village sol-win casino en ligne bonus.", "The road reached the village."),
        # A target place and a year before the host's next word.
        (
            "Viele Frauen fanden Top 10 Spielautomaten München 2025 nach dem Kurs eine feste Stelle.",
            "Viele Frauen fanden nach dem Kurs eine feste Stelle.",
        ),
        ("The road reached the village Zorvex casino bonus Kenya.", "The road reached the village."),
        # Gambling words with a target place and a year, in lower case.
        (
            "La escuela abrió un comedor casino online México 2025 para los niños.",
            "La escuela abrió un comedor para los niños.",
        ),
        # A word in capitals after a phrase in capitals.
        (
            "Wolontariusze uczą KASYNO ONLINE REJESTRACJA WIN seniorów obsługi telefonu.",
            "Wolontariusze uczą seniorów obsługi telefonu.",
        ),
    ],
)
def test_what_seo_spam_puts_around_its_phrase_goes(text: str, expected: str) -> None:
    """Joined pieces, SEO adjectives, hyphenated sites, places, years and capitals go with the phrase."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year after ``in`` before the phrase, or in a range, is the host's.
        (
            "She taught in live roulette download the app 1990 the village school.",
            "She taught in 1990 the village school.",
        ),
        # An SEO adjective after a determiner is the host's.
        ("The best Zorvex77 casino bonus apk students won a prize.", "The best students won a prize."),
        # A German noun before a run is the host's.
        (
            "Die Gemeinde baut Wohnungen Sportwetten Bonus ohne Einzahlung für Familien.",
            "Die Gemeinde baut Wohnungen für Familien.",
        ),
        # An English compound before a phrase is the host's.
        (
            "The cooperative called it a win-win casino bonus deal.",
            "The cooperative called it a win-win deal.",
        ),
    ],
)
def test_host_words_around_a_phrase_stay(text: str, expected: str) -> None:
    """A year after ``in``, an adjective after ``the`` and an English compound stay with the host."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected
