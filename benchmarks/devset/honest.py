"""Generate ``tests/data/dev/honest_gambling.jsonl``: honest sentences about betting, casinos and lotteries.

Run ``python benchmarks/devset/honest.py`` from the repository root. Every
sentence was written for this set in the register of industry and policy
news (bookmakers' results, state lotteries that fund clinics, Macao's gaming
industry, Italian news on "la raccolta delle scommesse", regulation and
addiction studies); each must come back unchanged (``expected == input``).
The names of companies are public; no sentence is copied from a page.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _boilerplate_common import row, split_of, write

KIND = "honest_gambling"

SENTENCES: dict[str, list[str]] = {
    "en": [
        "Bet365 reported annual revenue of 3.4 billion pounds, up 8 percent on the previous year.",
        "William Hill said online betting now accounts for more than half of its group revenue.",
        "The state lottery funds village clinics and rural schools in three provinces.",
        "Macao's casino revenue fell by a quarter after the border closures.",
        "Regulators fined the online casino operator for failing to check the age of its players.",
        "A study of 2,000 households found that gambling addiction doubles the risk of falling back "
        "into poverty.",
        "The new law bans sports betting adverts during live football matches.",
        "Lottery proceeds paid for 120 new wells in the driest districts.",
        "Flutter Entertainment, which owns Paddy Power and Betfair, raised its profit forecast.",
        "Entain agreed to pay a record fine over failures at its former online gambling business.",
        "The commission will review whether betting apps do enough to protect vulnerable users.",
        "Sports betting became legal in New York in 2022, and tax receipts fund education.",
        "Poker machines take more than 12 billion dollars a year from players in New South Wales.",
        "The charity helps people whose families were ruined by online gambling debts.",
        "Researchers warned that crypto casinos operate beyond the reach of national regulators.",
        "Casino workers in Macao were offered retraining as tourism slowly recovered.",
        "The National Lottery has raised more than 47 billion pounds for good causes since 1994.",
        "A ban on credit card gambling came into force in April 2020.",
        "The operator's sportsbook revenue grew while its casino games lost market share.",
        "Some economists describe the lottery as a regressive tax on the poor.",
        "Problem gambling rates among young men rose during the lockdowns, the survey found.",
        "The regulator ordered the bookmaker to refund customers who had self-excluded.",
        "Online casino advertising on television is limited to late evening hours.",
        "The betting shop on the high street closed after forty years.",
        "Lottery ticket sales in rural counties rose faster than household incomes.",
        "Clinics treating gambling disorder report waiting lists of several months.",
        "The government plans a levy on betting companies to pay for addiction research.",
        "Nevada's casinos reported record gaming revenue on the Las Vegas Strip.",
        "Betting on elections is illegal in many countries but tolerated in others.",
        "Slot machine losses are highest in the poorest neighbourhoods, the report shows.",
        "The football club ended its shirt sponsorship deal with a gambling firm.",
        "Her thesis compares lottery-funded health programmes in Brazil and Spain.",
        "Download the app to check your lottery numbers, the notice at the kiosk said.",
        "The casino resort employs 6,000 people, most of them from nearby towns.",
        "Sky Bet was fined for sending marketing to customers who had closed their accounts.",
    ],
    "it": [
        "La raccolta delle scommesse sportive è cresciuta del 12 per cento nel 2021.",
        "Secondo l'Agenzia delle dogane e dei monopoli, la raccolta del gioco online ha superato "
        "i 60 miliardi.",
        "I proventi della lotteria finanziano ambulatori nei villaggi più poveri.",
        "Sisal e Lottomatica hanno presentato i risultati annuali agli investitori.",
        "Il decreto vieta la pubblicità del gioco d'azzardo in televisione e sui social.",
        "La ludopatia colpisce soprattutto le famiglie a basso reddito, secondo lo studio.",
        "I casinò di Macao hanno registrato un calo degli incassi durante la pandemia.",
        "Le scommesse sul calcio rappresentano la maggior parte del movimento degli operatori.",
        "Il comune ha limitato gli orari delle sale slot vicino alle scuole.",
        "La Snai ha chiuso il bilancio con un utile in crescita.",
        "Il gioco d'azzardo patologico è stato inserito nei livelli essenziali di assistenza.",
        "Gli introiti del Lotto contribuiscono al restauro dei beni culturali.",
        "Il casinò di Sanremo ha riaperto dopo mesi di chiusura.",
        "La Guardia di Finanza ha oscurato decine di siti di scommesse senza concessione.",
        "Le scommesse online sono regolate da concessioni rilasciate dallo Stato.",
        "Lo studio ha intervistato duemila giocatori di slot machine in Lombardia.",
        "La lotteria nazionale ha destinato parte dei proventi alla ricerca medica.",
        "I bookmaker hanno abbassato le quote sulla vittoria della squadra di casa.",
        "Il gettito fiscale del gioco pubblico supera i dieci miliardi di euro l'anno.",
        "Molti sindaci chiedono di ridurre il numero di slot nei bar.",
        "L'associazione aiuta le persone indebitate a causa delle scommesse.",
        "Il Gratta e Vinci resta il gioco più venduto nelle tabaccherie.",
        "La spesa per il gioco d'azzardo è più alta nelle regioni del Sud.",
        "Il rapporto analizza la raccolta delle scommesse ippiche negli ultimi dieci anni.",
        "L'operatore ha lanciato una app per le scommesse sportive con limiti di deposito.",
    ],
    "zh": [
        "澳门博彩业收入同比下降百分之二十五。",
        "福利彩票公益金资助了乡村卫生室的建设。",
        "政府加强对网络赌博的打击力度。",
        "澳门特区政府推动经济适度多元发展，减少对博彩业的依赖。",
        "体育彩票销售收入的一部分用于支持全民健身。",
        "研究发现，赌博成瘾会使贫困家庭的处境更加困难。",
        "警方捣毁了一个跨境网络赌博团伙。",
        "澳门六家博彩企业获得新的经营批给。",
        "彩票公益金用于资助贫困地区的教育项目。",
        "赌场员工接受了再就业培训。",
        "专家呼吁加强对彩票市场的监管。",
        "今年一季度全国共销售彩票一千亿元。",
        "澳门博彩毛收入连续三个月回升。",
        "不少家庭因参与赌博而返贫。",
        "公安机关严厉打击利用手机应用程序组织赌博的违法犯罪活动。",
        "博彩旅游业是澳门的支柱产业。",
        "体育彩票中心发布了年度社会责任报告。",
        "有关部门查处了一批非法销售彩票的网点。",
        "澳门的赌场酒店吸引了大量内地游客。",
        "报告指出，网络赌博问题在农村地区有所蔓延。",
    ],
    "fr": [
        "La Française des Jeux a publié un chiffre d'affaires en hausse de 10 %.",
        "Les paris sportifs en ligne ont attiré de nombreux jeunes joueurs pendant la Coupe du monde.",
        "Le casino de Monte-Carlo emploie plus de mille personnes.",
        "L'addiction aux jeux d'argent touche surtout les ménages modestes.",
        "Une partie des recettes de la loterie finance la restauration du patrimoine.",
        "Le régulateur a sanctionné un opérateur de paris en ligne sans agrément.",
        "Les machines à sous représentent l'essentiel du produit brut des casinos.",
    ],
    "es": [
        "La Lotería Nacional destinó parte de sus beneficios a hospitales rurales.",
        "Las apuestas deportivas en línea crecieron un 20 % el año pasado.",
        "El Gobierno limitó la publicidad de las casas de apuestas.",
        "Los casinos de Macao registraron una caída de los ingresos.",
        "El estudio relaciona la ludopatía con el endeudamiento de los hogares pobres.",
        "La ONCE financia con su lotería programas para personas con discapacidad.",
        "El regulador multó a un operador de juego en línea por publicidad engañosa.",
    ],
    "de": [
        "Die Lotterie finanziert Kliniken in ländlichen Regionen.",
        "Die Umsätze mit Sportwetten im Internet sind deutlich gestiegen.",
        "Das Casino in Baden-Baden zählt zu den ältesten Spielbanken Deutschlands.",
        "Die Studie zeigt, dass Glücksspielsucht vor allem arme Haushalte trifft.",
        "Die Aufsichtsbehörde hat mehreren Online-Casinos die Lizenz verweigert.",
        "Ein Teil der Lottoeinnahmen fließt in den Sport und in soziale Projekte.",
        "Der Wettanbieter meldete für das vergangene Jahr einen Gewinnrückgang.",
    ],
}


def generate() -> list[dict[str, str]]:
    """Every honest record: input and expected are the same sentence."""
    return [
        row(KIND, lang, sentence, sentence, split_of(sentence), "written")
        for lang, sentences in SENTENCES.items()
        for sentence in sentences
    ]


def evaluate(rows: list[dict[str, str]]) -> dict[str, tuple[int, int]]:
    """Unchanged / total per half with ``clean_text``."""
    from povcorpus.cleaners import clean_text

    figures: dict[str, tuple[int, int]] = {}
    for record in rows:
        kept, total = figures.get(record["split"], (0, 0))
        same = clean_text(record["input"], lang=record["lang"]).text == record["expected"]
        figures[record["split"]] = (kept + same, total + 1)
    return figures


if __name__ == "__main__":
    records = generate()
    print(write(KIND, records), len(records))
    for half, (kept, total) in sorted(evaluate(records).items()):
        print(f"{half}: {kept}/{total} = {kept / total:.3f}")
