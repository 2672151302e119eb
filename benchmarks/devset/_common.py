"""Helpers shared by the dev-set generators: host sentences, the split, the writer.

Host text comes from the shared language-ID dev set (Universal Dependencies
sentences, see its README) and from the sentences written for this set in
:data:`WRITTEN`. The split is a hash of the clean text, so a host sentence and
every damaged variant of it land in the same half.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from collections.abc import Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "tests" / "data" / "dev"
SHARED = Path(__file__).resolve().parents[3] / "shared" / "data" / "langid-dev.jsonl"
LATIN = ("en", "it", "fr", "es", "de", "pt", "nl", "tr")

WRITTEN: dict[str, tuple[str, ...]] = {
    "en": (
        "The county built new roads, schools and clinics for the relocated families.",
        "Rural incomes grew by 11.6 percent a year between 2013 and 2020.",
        "Local officials visited every household to check its housing and water supply.",
        "The government provided microcredit to farmers who wanted to start small businesses.",
        "More than 9.6 million people were moved out of inhospitable areas.",
        "Vocational training helped young people find stable jobs in nearby towns.",
        "The cooperative sells tea, mushrooms and honey through online shops.",
        "Medical insurance now covers the poorest households in the province.",
        "Teachers were sent to remote villages to improve the quality of education.",
        "The programme focuses on children, the elderly and people with disabilities.",
        "Investment in infrastructure connected isolated communities to regional markets.",
        "The report describes the measures taken in the western provinces.",
        "Water projects brought safe drinking water to millions of rural residents.",
        "Many families still depend on seasonal work in the cities.",
        "The survey found that income inequality had narrowed in the region.",
        "A new factory opened near the village and employs two hundred workers.",
        "The minister said the campaign would continue until every target was met.",
        "Researchers compared the results of several development programmes.",
        "The fund supports small enterprises, public services and environmental protection.",
        "Officials warned that some households could fall back into poverty.",
    ),
    "it": (
        "Il governo ha investito nelle infrastrutture delle aree rurali più povere.",
        "La povertà assoluta è diminuita in modo significativo negli ultimi anni.",
        "Secondo il rapporto, la crescita continuerà anche nel prossimo decennio.",
        "Il progetto sostiene le famiglie che vivono nelle zone di montagna.",
        "Le cooperative agricole hanno aumentato il reddito dei contadini.",
        "Perché la strategia funzioni serve la partecipazione delle comunità locali.",
        "La città ha aperto nuove scuole e un ospedale per i villaggi vicini.",
        "È quanto emerge dall'ultimo studio pubblicato dall'istituto di statistica.",
        "Il programma offre formazione professionale ai giovani disoccupati.",
        "Più di cento milioni di persone sono uscite dalla povertà.",
        "L'obiettivo è garantire l'accesso all'acqua potabile entro il 2030.",
        "Nella regione la disoccupazione è scesa di un po' rispetto all'anno scorso.",
        "Il ministro ha detto che l'attività delle imprese è in ripresa.",
        "La qualità dei servizi sanitari è migliorata nelle campagne.",
        "Le autorità hanno annunciato che la città riceverà nuovi fondi.",
        "La comunità ha chiesto più attenzione per la sanità pubblica.",
        "Il sindaco ha detto che l'università aprirà una nuova sede.",
        "Non è chiaro perché la produttività sia calata così tanto.",
        "La società ha spiegato che la capacità produttiva crescerà.",
        "Già nel 2019 la disoccupazione giovanile era al 30 per cento.",
        "Il presidente sarà in visita nelle aree colpite da siccità.",
        "La novità è che le famiglie potranno chiedere un contributo.",
        "Può sembrare poco, ma la differenza è notevole.",
        "Così la regione diventerà più competitiva.",
        "La città ha una lunga tradizione di solidarietà e di libertà.",
        "Né il governo né le imprese hanno commentato la notizia.",
        "Ciò significa che la povertà educativa resta alta.",
        "Finché non arriveranno i fondi, il cantiere resterà fermo.",
        "Lunedì il consiglio voterà la legge sulla cittadinanza.",
        "È stato un anno difficile, però l'economia ha tenuto.",
        "La qualità dell'aria è peggiorata in città.",
        "Venerdì la società pubblicherà i risultati del trimestre.",
        "Un'attività su tre ha ridotto il personale.",
        "Il paese è diventato più ricco, ma l'identità locale è cambiata.",
        "Perciò la priorità resta la lotta alla povertà.",
    ),
}
"""Sentences written for this dev set (poverty-reduction news style), used as extra hosts."""


def split_of(clean: str) -> str:
    """``"tune"`` or ``"test"``, from a hash of the clean text (deterministic)."""
    digest = hashlib.sha1(clean.encode("utf-8")).digest()
    return "tune" if digest[0] % 2 == 0 else "test"


# A space before a comma or full stop that ends a word: a tokenizer artefact of some
# treebanks ("بها , إلى", "uçağındayım ."), damage by this project's rules, so not a host.
_TOKENIZED = re.compile(r"[^\W\d_] [,.](?:\s|\Z)")


def hosts(
    langs: Iterable[str], kinds: tuple[str, ...] = ("sentence", "paragraph")
) -> Iterator[tuple[str, str, str]]:
    """``(lang, text, source)`` for the shared dev-set sentences of ``langs`` and the written ones."""
    wanted = set(langs)
    if SHARED.exists():
        with SHARED.open(encoding="utf-8") as lines:
            for line in lines:
                row = json.loads(line)
                if row["lang"] in wanted and row["kind"] in kinds and not _TOKENIZED.search(row["text"]):
                    yield row["lang"], row["text"], row["source"]
    for lang in sorted(wanted):
        for text in WRITTEN.get(lang, ()):
            yield lang, text, "written"


def record(kind: str, lang: str, damaged: str, clean: str, source: str) -> dict[str, str]:
    """One dev-set line, keys in the shared order."""
    return {
        "kind": kind,
        "lang": lang,
        "input": damaged,
        "expected": clean,
        "split": split_of(clean),
        "source": source,
    }


def rng_for(text: str, salt: str) -> random.Random:
    """A random generator seeded from the text, so each damage is reproducible."""
    return random.Random(hashlib.sha1(f"{salt}\0{text}".encode()).hexdigest())


def write(kind: str, records: list[dict[str, str]]) -> Path:
    """Write ``tests/data/dev/<kind>.jsonl`` (deduplicated, in a stable order) and report the counts."""
    OUT.mkdir(parents=True, exist_ok=True)
    seen: set[str] = set()
    unique = []
    for item in records:
        key = item["lang"] + "\0" + item["input"]
        if key not in seen:
            seen.add(key)
            unique.append(item)
    path = OUT / f"{kind}.jsonl"
    with path.open("w", encoding="utf-8") as out:
        for item in unique:
            out.write(json.dumps(item, ensure_ascii=False) + "\n")
    tests = sum(item["split"] == "test" for item in unique)
    langs = len({item["lang"] for item in unique})
    print(f"{kind:<18} {len(unique):>5} pairs ({tests} test), {langs} languages -> {path.name}")
    return path
