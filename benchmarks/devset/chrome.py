"""Generate ``tests/data/dev/chrome.jsonl``: documents with chrome lines, and prose that looks like chrome.

Run ``python benchmarks/devset/chrome.py`` from the repository root (it writes
the file, then prints the rate of documents whose body comes out exact).

A damaged document is two to four body paragraphs of one half (sentences of the
language-ID dev set in Italian, English or Chinese) with chrome lines added
at the head, at the tail and between paragraphs: breadcrumbs, credit and
agency lines, release lines, cookie and privacy notices, read-more links and
media labels. ``expected`` is the body alone, as the document pipeline
should leave it. The *tune* and *test* halves (split by a hash of the first paragraph)
use different wordings of every chrome kind. Negatives (``expected ==
input``) are prose written for this set with guillemets and ``›`` used as
quotation marks, arrows inside sentences, agency bylines and words such as
"cookie" or "video" in running text.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _boilerplate_common import hosts, rng, row, split_of, write

KIND = "chrome"

HEAD: dict[str, dict[str, list[str]]] = {
    "tune": {
        "it": [
            "Home > Notizie > Mondo",
            "Home » Economia » Asia",
            "Pubblicato il: 06/04/2021",
            "Data di pubblicazione: 6 aprile 2021",
            "Video ANSA",
            "Foto ANSA",
        ],
        "en": [
            "Home > News > World",
            "Home » Business » Asia",
            "Published: 2021-04-06",
            "Posted on: May 3, 2020",
            "Video",
            "Photos",
        ],
        "zh": [
            "首页 > 新闻 > 国际",
            "当前位置：首页 > 财经",
            "发布时间：2021-04-06 10:20",
            "来源：新华网",
            "【视频】",
        ],
    },
    "test": {
        "it": [
            "Home / Economia / Esteri",
            "Ti trovi in: Home > Cronaca",
            "Homepage › Mondo › Asia",
            "Ultimo aggiornamento: 6 aprile 2021, 10:35",
            "ANSA Foto",
            "Videonews",
        ],
        "en": [
            "Homepage › World › Asia",
            "You are here: Home > Opinion",
            "Home | World | China",
            "Last updated: 6 April 2021",
            "Watch the video",
            "Photo gallery",
        ],
        "zh": [
            "首页 » 要闻 » 国内",
            "您现在的位置：首页 > 时政",
            "2021年04月06日 10:20 来源：人民网",
            "[视频]",
            "首页 / 新闻 / 社会",
        ],
    },
}
TAIL: dict[str, dict[str, list[str]]] = {
    "tune": {
        "it": [
            "Responsabilità editoriale Xinhua.",
            "Leggi di più",
            "Modifica consenso Cookie",
            "Riproduzione riservata © Copyright ANSA",
            "Questo sito utilizza cookie per migliorare l'esperienza.",
        ],
        "en": [
            "Read more",
            "We use cookies to improve your experience on our website.",
            "Editor: Wang Shiyang",
            "Copyright © 2021 China Daily. All rights reserved.",
            "Privacy policy",
        ],
        "zh": ["阅读全文", "本网站使用Cookie以提升您的浏览体验。", "（责任编辑：张三）", "版权所有 © 新华网"],
    },
    "test": {
        "it": [
            "Responsabilità editoriale di Agenzia Nova.",
            "Continua a leggere",
            "Leggi anche",
            "© Riproduzione riservata",
            "Accetta tutti i cookie",
            "La presente informativa è resa, anche ai sensi dell'art. 13 del Regolamento UE 2016/679, "
            "a coloro che interagiscono con i servizi web del sito.",
            "Questo sito usa cookie tecnici e di profilazione di terze parti. "
            "Chiudendo questo banner acconsenti.",
        ],
        "en": [
            "Continue reading",
            "Read more »",
            "This website uses cookies. By continuing to browse, you agree to our use of cookies.",
            "All rights reserved.",
            "Cookie settings",
            "(Editing by Anna White)",
        ],
        "zh": [
            "点击查看全文",
            "查看更多",
            "我们使用Cookie来改善您的体验。继续浏览即表示您同意。",
            "责任编辑：李明",
            "隐私政策",
            "Copyright © 2021 人民网 版权所有",
        ],
    },
}
NEGATIVES = [
    ("it", "Le parole «povertà» e «sviluppo» sono chiave nel nuovo rapporto."),
    ("it", "Il ministro ha detto: «La povertà assoluta è sconfitta» e ha ringraziato i volontari."),
    ("it", "Il titolo del libro, «Oltre la povertà», richiama il rapporto del 2021."),
    (
        "it",
        "ROMA, 6 APR (ANSA-XINHUA) - La Cina ha pubblicato un libro bianco sulla riduzione della povertà.",
    ),
    ("it", "Il video diffuso dall'ANSA mostra i nuovi villaggi costruiti sugli altipiani."),
    ("it", "Leggi di più sul programma nel sito del ministero, dove sono pubblicati tutti i dati."),
    ("it", "La cooperativa produce biscotti e cookie per i mercati di Milano."),
    ("it", "Il percorso va dal villaggio → al capoluogo → alla provincia, in tre tappe."),
    ("fr", "Il a déclaré : « La pauvreté recule » avant de quitter la salle."),
    ("fr", "Les mots ‹ progrès › et ‹ dignité › reviennent souvent dans le discours."),
    ("fr", "Le rapport « Sortir de la pauvreté » » a été traduit en six langues."),
    ("de", "Er nannte das Projekt »Hoffnung« und sprach von »Zukunft« für die Dörfer."),
    ("de", "Die Wörter ›Armut‹ und ›Hilfe‹ fallen in dem Bericht besonders oft."),
    ("de", "Der Weg führt vom Dorf → zur Kreisstadt → zur Provinzhauptstadt."),
    ("ru", "Слова «бедность» и «развитие» стали главными в новом докладе."),
    ("ru", "Он сказал: «Мы победили бедность» — и все зааплодировали."),
    ("en", "Income rose from 2,300 yuan → 4,000 yuan in ten years, the report said."),
    ("en", "The flow of funds goes village › county › province, officials explained at length."),
    ("en", "Read more about the programme on the ministry's website, where every figure is published."),
    ("en", "The cookies baked by the women's cooperative now sell in Beijing."),
    ("en", "BEIJING, April 6 (Xinhua) -- China released a white paper on poverty reduction on Tuesday."),
    ("en", "The video shows the new houses built for families who left the mountains."),
    ("en", "Home > work: more villagers now commute to jobs in the county town than ever before."),
    ("en", "Privacy policy was the subject of the second session, where delegates argued for hours."),
    ("zh", "报告指出，“脱贫”和“发展”是两个关键词。"),
    ("zh", "新华社北京4月6日电 国务院新闻办公室6日发布《人类减贫的中国实践》白皮书。"),
    ("zh", "阅读全文需要耐心，但这份报告值得一读。"),
    ("zh", "视频显示，易地搬迁后村民住进了新房。"),
    ("es", "El informe «Salir de la pobreza» se publicó en seis idiomas."),
    ("pt", "As palavras «pobreza» e «desenvolvimento» aparecem em todo o relatório."),
]


def _ok(text: str, lang: str) -> bool:
    """Whether the cleaners leave ``text`` alone (so chrome removal alone can reach the expected body)."""
    from povcorpus.cleaners import clean_text

    return clean_text(text, lang=lang).text == text


def _documents(rand: random.Random) -> list[dict[str, str]]:
    pools: dict[str, list[tuple[str, str]]] = {"it": [], "en": [], "zh": []}
    for lang, text, source in hosts(pools, min_words=8, min_chars=20):
        if len(text) < 400 and _ok(text, lang):
            pools[lang].append((text, source))
    rows = []
    for lang, pool in pools.items():
        halves = {half: [item for item in pool if split_of(item[0]) == half] for half in ("tune", "test")}
        for number in range(110):
            first = pool[number % len(pool)]
            split = split_of(first[0])
            others = rand.sample([item for item in halves[split] if item != first], k=rand.randint(1, 3))
            body = [first[0], *(text for text, _ in others)]
            head = rand.sample(HEAD[split][lang], k=rand.randint(0, 2))
            tail = rand.sample(TAIL[split][lang], k=rand.randint(1 if not head else 0, 2))
            paragraphs = list(body)
            if rand.random() < 0.3 and len(paragraphs) > 2:
                line = rand.choice(TAIL[split][lang] + HEAD[split][lang])
                paragraphs.insert(rand.randint(1, len(paragraphs) - 1), line)
            parts = []
            if head:
                parts.append("\n".join(head))
            parts.extend(paragraphs)
            if tail:
                parts.append("\n".join(tail))
            rows.append(row(KIND, lang, "\n\n".join(parts), "\n\n".join(body), split, first[1]))
    return rows


def generate() -> list[dict[str, str]]:
    """Damaged documents, then the negatives, in a fixed order."""
    rows = _documents(rng(KIND))
    rows.extend(row(KIND, lang, text, text, split_of(text), "written") for lang, text in NEGATIVES)
    return rows


def through_pipeline(text: str) -> str:
    """The body the document pipeline leaves (no structure, no tagging)."""
    import povcorpus
    from povcorpus.pipeline import PipelineOptions

    doc = povcorpus.Document.from_text(text, id="dev", path="dev.txt")
    return povcorpus.process(doc, PipelineOptions(disabled_steps=("structure", "tag"))).text


def evaluate(rows: list[dict[str, str]]) -> dict[str, tuple[int, int]]:
    """Exact / total per half and per case (``damaged`` or ``negative``) through the pipeline."""
    figures: dict[str, tuple[int, int]] = {}
    for record in rows:
        case = "negative" if record["input"] == record["expected"] else "damaged"
        key = f"{record['split']} {case}"
        good, total = figures.get(key, (0, 0))
        figures[key] = (good + (through_pipeline(record["input"]) == record["expected"]), total + 1)
    return figures


if __name__ == "__main__":
    records = generate()
    print(write(KIND, records), len(records))
    for key, (good, total) in sorted(evaluate(records).items()):
        print(f"{key}: {good}/{total} = {good / total:.3f}")
