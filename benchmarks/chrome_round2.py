"""Page-chrome lines in 15 languages, written by hand: removed by ``process``, honest lines kept.

Reads ``tests/data/boilerplate/chrome_round2.tsv`` (kind, language, line), or the set named by
``--file`` (``benchmarks/chrome_round3.py`` runs this harness on the third round's set). Each line is put at
the head and at the tail of a two-paragraph document in its language; a chrome line counts as
removed when ``process`` gives, in both places, the text it gives for the document without it,
and an honest line counts as kept when it comes out unchanged in both. Lines are split into a
tune and a test half by a hash of the line; rules were tuned on the tune half only.

Usage::

    python benchmarks/chrome_round2.py               # both halves
    python benchmarks/chrome_round2.py --misses tune # list the tune half's misses
    python benchmarks/chrome_round2.py --file tests/data/boilerplate/chrome_round3.tsv
"""

from __future__ import annotations

import argparse
import hashlib
import io
from pathlib import Path

import povcorpus

DATA = Path(__file__).resolve().parents[1] / "tests" / "data" / "boilerplate" / "chrome_round2.tsv"

BODIES = {
    "en": (
        "The county built forty kilometres of road last year, linking twelve villages to the market town.",
        "Farmers now sell vegetables in the town every morning, and their incomes have risen by a third.",
    ),
    "it": (
        "La provincia ha costruito quaranta chilometri di strade, collegando dodici villaggi al mercato.",
        "Gli agricoltori vendono ora le verdure in città ogni mattina e il loro reddito è cresciuto.",
    ),
    "fr": (
        "Le district a construit quarante kilomètres de routes, reliant douze villages au marché.",
        "Les paysans vendent désormais leurs légumes en ville chaque matin et leurs revenus ont augmenté.",
    ),
    "es": (
        "El condado construyó cuarenta kilómetros de carreteras que unen doce aldeas con el mercado.",
        "Los campesinos venden ahora sus verduras en la ciudad cada mañana y sus ingresos han crecido.",
    ),
    "pt": (
        "O condado construiu quarenta quilómetros de estradas, ligando doze aldeias ao mercado.",
        "Os agricultores vendem agora os seus legumes na cidade todas as manhãs e a renda aumentou.",
    ),
    "de": (
        "Der Landkreis hat vierzig Kilometer Straßen gebaut und zwölf Dörfer an den Markt angeschlossen.",
        "Die Bauern verkaufen ihr Gemüse jetzt jeden Morgen in der Stadt, und ihr Einkommen ist gestiegen.",
    ),
    "nl": (
        "De provincie heeft veertig kilometer weg aangelegd die twaalf dorpen met de markt verbindt.",
        "Boeren verkopen hun groenten nu elke ochtend in de stad en hun inkomen is gestegen.",
    ),
    "uk": (
        "Район збудував сорок кілометрів доріг, які з'єднали дванадцять сіл із ринком.",
        "Тепер фермери щоранку продають овочі в місті, і їхні доходи зросли на третину.",
    ),
    "pl": (
        "Powiat zbudował czterdzieści kilometrów dróg, łącząc dwanaście wsi z targiem w mieście.",
        "Rolnicy sprzedają teraz warzywa w mieście każdego ranka, a ich dochody wzrosły o jedną trzecią.",
    ),
    "ru": (
        "Район построил сорок километров дорог, которые соединили двенадцать деревень с рынком.",
        "Теперь фермеры каждое утро продают овощи в городе, и их доходы выросли на треть.",
    ),
    "tr": (
        "İlçe geçen yıl on iki köyü pazara bağlayan kırk kilometre yol yaptı.",
        "Çiftçiler artık her sabah sebzelerini kasabada satıyor ve gelirleri üçte bir arttı.",
    ),
    "id": (
        "Kabupaten membangun empat puluh kilometer jalan yang menghubungkan dua belas desa ke pasar.",
        "Para petani kini menjual sayuran di kota setiap pagi dan pendapatan mereka naik sepertiga.",
    ),
    "vi": (
        "Huyện đã xây dựng bốn mươi cây số đường nối mười hai ngôi làng với chợ thị trấn.",
        "Nông dân nay bán rau ở thị trấn mỗi sáng và thu nhập của họ đã tăng một phần ba.",
    ),
    "zh": (
        "该县去年修建了四十公里公路，把十二个村庄和集镇连接起来。",
        "农民现在每天早上到镇上卖菜，收入提高了三分之一。",
    ),
    "ar": (
        "بنت المحافظة أربعين كيلومترا من الطرق تربط اثنتي عشرة قرية بالسوق.",
        "يبيع المزارعون الآن خضرواتهم في المدينة كل صباح وارتفعت دخولهم بمقدار الثلث.",
    ),
    "fa": (
        "شهرستان سال گذشته چهل کیلومتر جاده ساخت که دوازده روستا را به بازار وصل می‌کند.",
        "کشاورزان اکنون هر صبح سبزی‌های خود را در شهر می‌فروشند و درآمدشان یک سوم بیشتر شده است.",
    ),
    "ja": (
        "県は昨年、十二の村と町の市場を結ぶ四十キロの道路を建設した。",
        "農家は今では毎朝町で野菜を売り、収入は三分の一増えた。",
    ),
    "ko": (
        "군은 지난해 열두 개 마을과 읍내 시장을 잇는 도로 사십 킬로미터를 건설했다.",
        "농민들은 이제 매일 아침 읍내에서 채소를 팔고 소득은 삼분의 일이 늘었다.",
    ),
    "hi": (
        "जिले ने पिछले साल चालीस किलोमीटर सड़क बनाई जो बारह गांवों को बाजार से जोड़ती है।",
        "किसान अब हर सुबह शहर में सब्जियां बेचते हैं और उनकी आमदनी एक तिहाई बढ़ गई है।",
    ),
    "th": (
        "อำเภอสร้างถนนสี่สิบกิโลเมตรเมื่อปีที่แล้ว เชื่อมสิบสองหมู่บ้านเข้ากับตลาดในเมือง",
        "ตอนนี้เกษตรกรนำผักไปขายในเมืองทุกเช้า และรายได้ของพวกเขาเพิ่มขึ้นหนึ่งในสาม",
    ),
    "el": (
        "Ο δήμος κατασκεύασε πέρυσι σαράντα χιλιόμετρα δρόμων που συνδέουν δώδεκα χωριά με την αγορά.",
        "Οι αγρότες πουλούν τώρα λαχανικά στην πόλη κάθε πρωί και το εισόδημά τους αυξήθηκε κατά ένα τρίτο.",
    ),
    "hu": (
        "A megye tavaly negyven kilométer utat épített, amely tizenkét falut köt össze a piaccal.",
        "A gazdák most minden reggel a városban árulják a zöldséget, és a jövedelmük egyharmadával nőtt.",
    ),
    "ro": (
        "Județul a construit patruzeci de kilometri de drum care leagă douăsprezece sate de piață.",
        "Fermierii își vând acum legumele în oraș în fiecare dimineață, iar veniturile au crescut.",
    ),
    "sv": (
        "Kommunen byggde förra året fyrtio kilometer väg som förbinder tolv byar med marknaden.",
        "Bönderna säljer nu grönsaker i staden varje morgon och deras inkomster har ökat med en tredjedel.",
    ),
    "cs": (
        "Kraj loni postavil čtyřicet kilometrů silnic, které spojují dvanáct vesnic s okresním trhem.",
        "Zemědělci nyní každé ráno prodávají zeleninu ve městě a jejich příjmy vzrostly o třetinu.",
    ),
    "bn": (
        "জেলা গত বছর চল্লিশ কিলোমিটার রাস্তা তৈরি করেছে, যা বারোটি গ্রামকে বাজারের সঙ্গে যুক্ত করেছে।",
        "কৃষকেরা এখন প্রতিদিন সকালে শহরে সবজি বিক্রি করেন এবং তাঁদের আয় এক-তৃতীয়াংশ বেড়েছে।",
    ),
    "sw": (
        "Wilaya ilijenga kilomita arobaini za barabara mwaka jana, zinazounganisha vijiji na soko.",
        "Wakulima sasa wanauza mboga mjini kila asubuhi, na mapato yao yameongezeka kwa theluthi moja.",
    ),
}

OPTIONS = povcorpus.PipelineOptions(disabled_steps=("structure", "tag"))


def half(line: str) -> str:
    """``"tune"`` or ``"test"``, by a hash of the line."""
    return "test" if hashlib.sha256(line.encode("utf-8")).digest()[0] % 2 else "tune"


def items(data: Path = DATA) -> list[tuple[str, str, str]]:
    """The ``(kind, language, line)`` rows of the set in ``data``."""
    rows = []
    for raw in data.read_text(encoding="utf-8").split("\n"):
        if raw and not raw.startswith("#"):
            kind, lang, line = raw.split("\t")
            rows.append((kind, lang, line))
    return rows


def processed(paragraphs: list[str]) -> str:
    """The text ``process`` gives for a document made of ``paragraphs``."""
    doc = next(iter(povcorpus.load(io.StringIO("\n\n".join(paragraphs)), format="text")))
    return povcorpus.process(doc, OPTIONS).text


def passes(kind: str, lang: str, line: str) -> bool:
    """Whether the library handles the row: a chrome line removed, an honest line kept (head and tail)."""
    first, second = BODIES[lang]
    for paragraphs in ([line, first, second], [first, second, line]):
        out = processed(paragraphs)
        if kind == "chrome" and out != processed([first, second]):
            return False
        if kind == "honest" and line not in out.split("\n"):
            return False
    return True


def scores(name: str, misses: bool = False, data: Path = DATA) -> dict[str, tuple[int, int]]:
    """``{"chrome": (removed, lines), "honest": (kept, lines)}`` on one half of ``data``.

    ``misses`` prints the lines the library gets wrong.
    """
    counts = {"chrome": [0, 0], "honest": [0, 0]}
    for kind, lang, line in items(data):
        if half(line) != name:
            continue
        ok = passes(kind, lang, line)
        counts[kind][0] += ok
        counts[kind][1] += 1
        if not ok and misses:
            print(f"  miss {kind:<6} {lang}  {line}")
    return {kind: (done, total) for kind, (done, total) in counts.items()}


def main(argv: list[str] | None = None, data: Path = DATA) -> None:
    """Print each half's rates, and the misses of the half asked for."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--misses", choices=("tune", "test"), help="list this half's misses")
    parser.add_argument("--file", type=Path, default=data, help="the set to read (kind, language, line)")
    args = parser.parse_args(argv)
    for name in ("tune", "test"):
        found = scores(name, misses=args.misses == name, data=args.file)
        removed, chrome = found["chrome"]
        kept, honest = found["honest"]
        rate = removed / chrome
        print(f"{name}: chrome removed {removed}/{chrome} ({rate:.3f}), honest kept {kept}/{honest}")


if __name__ == "__main__":
    main()
