"""Latin- and Cyrillic-script spam made apart from the dev set: new languages, names, honest news kept."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from povcorpus.boilerplate import strip_spam
from spam_checks import assert_cut, changed_by_cleaning, held_out, jsonl, repaired_share, text_lines

DATA = Path(__file__).resolve().parent / "data"
FRESH = DATA / "gambling" / "fresh_latin.jsonl"
HONEST = DATA / "gambling" / "honest_latin_fresh.txt"
FRESH_MORE = DATA / "gambling" / "fresh_latin_more.jsonl"
HONEST_MORE = DATA / "gambling" / "honest_latin_more.txt"


def _fresh(split: str, path: Path = FRESH) -> list[dict[str, str]]:
    return [record for record in jsonl(path) if record["split"] == split]


def test_fresh_set_shares_no_host_with_the_dev_set() -> None:
    """No host sentence of the fresh set is a sentence of any dev-set file (the set is independent)."""
    dev = "\n".join(path.read_text(encoding="utf-8") for path in sorted((DATA / "dev").glob("*.jsonl")))
    hosts = {record["expected"] for split in ("tune", "test") for record in _fresh(split)}
    assert len(hosts) >= 150
    assert [host for host in hosts if json.dumps(host, ensure_ascii=False)[1:-1] in dev] == []


def test_fresh_latin_test_half_is_repaired() -> None:
    """On the held-out half of the fresh set at least 90 % of the items come back exactly as their host."""
    pytest.importorskip("wordfreq")
    records = held_out(FRESH)
    assert len(records) >= 150
    assert repaired_share(records) >= 0.90


def test_honest_latin_check_set_untouched() -> None:
    """Every honest sentence about betting, lotteries, apps, crypto and bonuses comes back byte-identical."""
    sentences = text_lines(HONEST)
    assert len(sentences) >= 150
    changed = changed_by_cleaning(sentences)
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Gambling, promo and app words of languages the lexicons did not know.
        (
            "Szpital otrzymał Vortixa kasyno online darmowe spiny nowy sprzęt.",
            "Szpital otrzymał nowy sprzęt.",
        ),
        ("Para guru Zembolo slot gacor maxwin mengajar di desa.", "Para guru mengajar di desa."),
        ("Köydeki okul Plurixo bahis deneme bonusu yeniden açıldı.", "Köydeki okul yeniden açıldı."),
        ("Primăria a reparat Travexo cazino rotiri gratuite podul vechi.", "Primăria a reparat podul vechi."),
        ("Biblioteket har Quomba spelautomater gratissnurr nya böcker.", "Biblioteket har nya böcker."),
        ("Школа получила Vexolia казино фриспины новые компьютеры.", "Школа получила новые компьютеры."),
        # A count inside the run (``50 free spins``) does not split it.
        (
            "The clinic hired two casino 50 free spins apk nurses last year.",
            "The clinic hired two nurses last year.",
        ),
    ],
)
def test_new_language_spam_is_cut(text: str, expected: str) -> None:
    """Spam in Polish, Indonesian, Turkish, Romanian, Swedish and Russian words goes, and its cut undoes."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two words in capitals, or capitalised with an English first word, in a sentence that does not
        # capitalise its nouns.
        ("The well was dug by GOLDEN ZAVRIQ CASINO BONUS volunteers.", "The well was dug by volunteers."),
        (
            "La scuola del paese ha Lucky Morvexa scommesse bonus senza deposito riaperto a settembre.",
            "La scuola del paese ha riaperto a settembre.",
        ),
        # A Latin pair in a Cyrillic sentence.
        (
            "Больница получила (royal qwendo букмекер) новое оборудование.",
            "Больница получила новое оборудование.",
        ),
        # The first word of a sentence, when the host's capitalised first word follows the run.
        ("Tiger Plonexa casino bonus apk The road was paved in May.", "The road was paved in May."),
        # A lower-case English word before a made-up name in a sentence of another language.
        (
            "Il comune ha aperto lucky vantrix casino online una mensa per i poveri.",
            "Il comune ha aperto una mensa per i poveri.",
        ),
    ],
)
def test_two_word_names_go_whole(text: str, expected: str) -> None:
    """A brand of two words (an everyday word and a made-up one) goes whole, not leaving its first word."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # German capitalises nouns: a capitalised word before a name is the host's.
        (
            "Die Gemeinde kauft Traktoren Zavrix Casino Bonus für die Bauern im Tal.",
            "Die Gemeinde kauft Traktoren für die Bauern im Tal.",
        ),
        # A rare word of another language before the name (a person's name) stays.
        (
            "The chairman, Ngozi Vexbet Casino Bonus said the plan works.",
            "The chairman, Ngozi said the plan works.",
        ),
        # A rare lower-case word before a capitalised run is the host's.
        ("Köylüler yolu yeniden boyadı Betting Site Bonus Code.", "Köylüler yolu yeniden boyadı."),
    ],
)
def test_host_words_next_to_a_name_stay(text: str, expected: str) -> None:
    """A host word next to a name (a German noun, a person's name, a rare lower-case word) stays."""
    pytest.importorskip("wordfreq")
    assert strip_spam(text).text == expected


@pytest.mark.parametrize(
    "text",
    [
        "Landwirte können das Förderantragsformular herunterladen und ausfüllen.",
        "Pracownicy dostali jednorazową premię i bonusowy dzień wolny.",
        "Фермеры могут скачать приложение и подать заявку онлайн.",
        "Zakłady pracy w regionie zatrudniają coraz więcej kobiet.",
        "The club offers a new member discount and a free bonus session for children.",
        "В России запрещены онлайн казино и реклама ставок на спорт.",
        "Pemerintah melarang judi online dan memblokir ribuan situs.",
    ],
)
def test_honest_words_of_the_new_languages_stay(text: str) -> None:
    """Honest sentences with the new languages' words (a compound, a ban, a bonus) stay byte-identical."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The well was dug by www.zorvex.bet casino bonus volunteers.", "The well was dug by volunteers."),
        (
            "The well was dug by Download Zorvex777 APK for Android volunteers.",
            "The well was dug by volunteers.",
        ),
        ("The well was dug by zorvex77-casino bonus volunteers.", "The well was dug by volunteers."),
        ("The well was dug by Zorvex77 Casino: 200% bonus volunteers.", "The well was dug by volunteers."),
        ("The well was dug by Zorvex77 sportsbook & casino volunteers.", "The well was dug by volunteers."),
        (
            "The well was dug by Zorvex77 casino no KYC instant payout volunteers.",
            "The well was dug by volunteers.",
        ),
        ("The well was dug by 🎰 Zorvex77 Casino bonus 🎰 volunteers.", "The well was dug by volunteers."),
        ('The well was dug by "Zorvex77 casino bonus" volunteers.', "The well was dug by volunteers."),
        ("The well was dug by — Zorvex77 casino bonus — volunteers.", "The well was dug by volunteers."),
        ("The well was dug in May, Zorvex77 casino bonus.", "The well was dug in May."),
    ],
)
def test_spam_shapes_go_with_their_marks(text: str, expected: str) -> None:
    """Sites, app words before a name, amounts, pictographs, quotes and dashes around a phrase go with it."""
    assert_cut(text, expected, needs_wordfreq=False)


def test_a_year_after_the_phrase_is_the_hosts() -> None:
    """A year right after a spam phrase stays: it belongs to the host as often as to the phrase."""
    text = "Between live roulette download the app 1990 and 1995, she taught in the village."
    assert strip_spam(text).text == "Between 1990 and 1995, she taught in the village."


@pytest.mark.parametrize(
    "text",
    [
        "The Bet365 app was the most downloaded betting app in Kenya last year.",
        "Customers in 20 states can download the DraftKings app to place bets.",
        "The Golden Nugget casino in Las Vegas reopened on Friday.",
        "Казино «Сочи» заплатило в бюджет края рекордные налоги.",
    ],
)
def test_industry_news_with_brands_and_apps_stays(text: str) -> None:
    """Industry news naming a listed bookmaker, a casino or a betting app comes back byte-identical."""
    assert strip_spam(text).text == text


@pytest.mark.parametrize(
    "text",
    [
        "Many young men in the village now play online casino games on their phones.",
        "Многие пенсионеры теряют сбережения в онлайн казино, говорят волонтёры.",
        "Молодые люди всё чаще делают ставки на спорт через телефон.",
        "Allt fler unga spelar på online casino via mobilen.",
        "Steeds meer jongeren gokken online op hun telefoon.",
    ],
)
def test_a_gambling_topic_in_lower_case_stays(text: str) -> None:
    """One gambling word with neutral ones in lower case, the object of a verb, is an honest topic."""
    assert strip_spam(text).text == text


def test_two_gambling_words_with_a_modifier_are_cut() -> None:
    """Two gambling words with a modifier (``online casino 100 free spins``) read as spam, not a topic."""
    text = "The museum opened an exhibition online casino 100 free spins about the port."
    assert strip_spam(text).text == "The museum opened an exhibition about the port."


def test_second_fresh_set_is_apart_from_the_first_and_the_dev_set() -> None:
    """The second set's hosts are in no dev-set file and not in the first set, in at least eight languages."""
    dev = "\n".join(path.read_text(encoding="utf-8") for path in sorted((DATA / "dev").glob("*.jsonl")))
    records = _fresh("tune", FRESH_MORE) + _fresh("test", FRESH_MORE)
    hosts = {record["expected"] for record in records}
    first = {record["expected"] for split in ("tune", "test") for record in _fresh(split)}
    assert len(hosts) >= 100
    assert len({record["lang"] for record in records}) >= 8
    assert hosts.isdisjoint(first)
    assert [host for host in hosts if json.dumps(host, ensure_ascii=False)[1:-1] in dev] == []


def test_second_fresh_test_half_is_mostly_repaired() -> None:
    """On the held-out half of the second set at least 60 % of the items come back exactly as their host."""
    pytest.importorskip("wordfreq")
    records = held_out(FRESH_MORE)
    assert len(records) >= 150
    assert repaired_share(records) >= 0.60


def test_honest_news_near_the_new_shapes_untouched() -> None:
    """Casino towns, lotteries, rankings, Telegram channels, 18+ limits, hashtags and links stay unchanged."""
    sentences = text_lines(HONEST_MORE)
    assert len(sentences) >= 80
    changed = changed_by_cleaning(sentences)
    assert changed == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Attachments after a phrase: a URL with a path, 18+ and terms, a contact.
        (
            "The well was dug by casino bonus https://zorvex.bet/welcome-bonus?ref=12 volunteers.",
            "The well was dug by volunteers.",
        ),
        (
            "The well was dug by Zorvex77 casino 200% bonus 18+ T&C apply volunteers.",
            "The well was dug by volunteers.",
        ),
        (
            "The well was dug by Zorvex casino bonus Telegram @zorvexvip volunteers.",
            "The well was dug by volunteers.",
        ),
        (
            "The well was dug by Zorvex casino bonus WhatsApp +62 812 5555 volunteers.",
            "The well was dug by volunteers.",
        ),
        # Two gambling words with a link after them.
        (
            "The well was dug by casino jackpot https://zorvex.win/slots volunteers.",
            "The well was dug by volunteers.",
        ),
        # A year between a sentence-opening phrase and the host's capitalised first word.
        ("top 10 Zorvex casino 2026 The well was dug by volunteers.", "The well was dug by volunteers."),
        # A row of hashtags of which two are gambling ones.
        ("The well was dug by #slots #bonus #Zorvex volunteers.", "The well was dug by volunteers."),
        # Words between pictographs or slashes.
        (
            "The well was dug by 💎 Zorvex 🎰 casino ✅ free spins volunteers.",
            "The well was dug by volunteers.",
        ),
        ("The well was dug by volunteers Zorvex / casino / free spins.", "The well was dug by volunteers."),
        # A Cyrillic name before a Latin run in a Latin sentence.
        ("The well was dug by Олимп casino free spins volunteers.", "The well was dug by volunteers."),
        # A made-up name after its gambling word.
        (
            "The well was dug by sports betting Malix168 mobile app volunteers.",
            "The well was dug by volunteers.",
        ),
        # A ranking word before a gambling word, and a year before the end of the sentence.
        ("The well was dug in May top 10 online casino 2025.", "The well was dug in May."),
        # A phrase that fills brackets takes the words its rules did not (an SEO word, a city).
        (
            "The well was dug by (legit Zorvex casino bonus Toronto) volunteers.",
            "The well was dug by volunteers.",
        ),
    ],
)
def test_second_round_shapes_are_cut(text: str, expected: str) -> None:
    """Each new spam shape goes whole with what it carries, and the cut undoes to the input."""
    assert_cut(text, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Two of the top 10 casino resorts in Asia are in Macau, the report said.",
        "Supporters shared the hashtags #StopGambling and #ProtectKids after the vote.",
        "Police closed an illegal betting ring that operated through WhatsApp groups.",
        "The lottery (run by the state since 1994) funds rural clinics.",
        "Read the betting study at https://www.example.org/reports/betting-ads for free.",
    ],
)
def test_honest_rankings_hashtags_and_links_stay(text: str) -> None:
    """A ranking after an article, one gambling hashtag, a contact word or a link in news stays."""
    assert strip_spam(text).text == text


def test_an_english_seo_word_in_an_english_sentence_stays() -> None:
    """``best`` before a cut phrase in English text is the host's as often as the phrase's: it stays."""
    text = "The best Zorvex77 casino bonus apk students won a prize."
    assert strip_spam(text).text == "The best students won a prize."
