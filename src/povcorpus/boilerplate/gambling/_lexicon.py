"""The vocabulary of the ``gambling_run`` detector: its word lists, their patterns and its trigger words.

Everything the detector knows about words is here, as data: gambling words, spam and
neutral modifiers, app-download words, listed brands and the shapes of made-up ones, the
industry words that make a sentence about gambling, and the Han word sets the Chinese
rules ask about. The rules that read them live in the sibling modules.

Turkish words are written with a dotted ``i`` where they have a dotless ``ı``: the lists are
matched on the lower-cased line, and ``"KAZANÇ YATIRIMSIZ".lower()`` has a dotted ``i``; a
line that holds ``ı`` itself takes the IGNORECASE path, where ``i`` matches ``ı``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from povcorpus.boilerplate.rules import Triggers

#: Word boundaries against letters of alphabetic scripts (Han text has no spaces: ``APP下载`` is two words).
_L = r"(?<![^\W\d_\u3400-\u9fff])"
_R = r"(?![^\W\d_\u3400-\u9fff])"


def _words(words: Iterable[str]) -> str:
    """An alternation of Latin ``words`` (each a regex piece), longest first, on word boundaries."""
    ordered = sorted(words, key=len, reverse=True)
    return _L + "(?:" + "|".join(ordered) + ")" + _R


def _lexicon(text: str) -> tuple[str, ...]:
    """The items of a lexicon written as whitespace-separated regex pieces."""
    return tuple(text.split())


def _han(words: Iterable[str]) -> str:
    return "(?:" + "|".join(sorted(words, key=len, reverse=True)) + ")"


#: Gambling words: what the phrase is about.
CORE_LATIN = _lexicon(
    r"""
    bets? betting bettors? wager(?:s|ing)? gambl(?:e|ing) casinos? sportsbooks? bookmakers? bookies?
    slots? slot\s+machines? poker baccarat roulette rulet(?:a|ka|ki)? roleta blackjack jackpots? lottery
    lotteries lotto bingo
    keno odds sabong scommess[ae] puntat[ae] casin[òo] (?:d['’])?azzardo free\s+spins? lotteria
    apuestas? paris\s+sportifs jeux\s+d['’]argent sportwetten wetten glücksspiel ставки казино
    букмекер\w* apostas? cassinos? pokies machines?\s+à\s+sous tragamonedas tragaperras caça[\s-]níqueis
    spielautomat(?:en)? gratiswett(?:e|en) wettanbieter\w* spielothek\w* onlinecasinos?
    crash\s+games?
    kasyn[ao] zakłady\s+bukmacherskie bukmacher\w* judi kasino taruhan togel bahis cazino(?:uri)?
    pariuri păcănele jocuri\s+de\s+noroc spelautomater vadslagning gokken gokkast(?:en)?
    (?:sport)?weddenschappen wedden игровые\s+автоматы ігрові\s+автомати рулетк[аи] покер тотализатор\w*
    cá\s+cược cược nhà\s+cái nổ\s+hũ tài\s+xỉu game\s+bài soi\s+kèo jogo\s+do\s+tigrinho tigrinho
    automaty\s+do\s+gier (?:casas?|sites?)\s+de\s+(?:apostas|apuestas) sites?\s+de\s+paris\s+sportifs
    siti\s+scommesse sale\s+scommesse paris\s+en\s+ligne sportbetting
    کازینو(?:ی|ها)? شرط[\s\u200c]?بندی پوکر رولت بلک[\s\u200c]?جک بازی[\s\u200c]انفجار
    بخت[\s\u200c]?آزمایی قمار
    (?:ال)?كازينو (?:ال)?مراهنات (?:ال)?رهان(?:ات)? (?:ال)?قمار
    (?:ال)?روليت (?:ال)?بوكر سلوت (?:ال)?يانصيب بلاك\s?جاك لعبة\s+الطيارة
    aviator crash[\s-](?:spiel|spel|oyunu|game) jeu\s+de\s+crash gioco\s+crash game\s+crash gra\s+crash
    краш[\s-]игр\w* краш\s+гра
    (?:daily\s+)?fantasy\s+(?:sports?|football|foot|fútbol|futebol|cricket|voetbal|game)
    fantasy\s+(?:bundesliga|liga|league) fantacalcio фэнтези[\s-]футбол фентезі\s+футбол fantezi\s+futbol
    loto lotería loteria quiniela raspadinha gratta\s+e\s+vinci eurojackpot powerball superenalotto
    mega[\s-]sena jogo\s+do\s+bicho лото столото лотере[яию] piyango xổ\s+số sòng\s+bạc đá\s+gà bắn\s+cá
    pokera pokeren póker pôquer freeroll texas\s+hold['’]?em wedtips wett-tipps zakłady\s+na slot[yóa]w?
    слот(?:ы|ов|ах)? كراش
    casinospiel\w* casinospel(?:len)? jeux\s+de\s+casino giochi\s+da\s+casin[òo] juegos\s+de\s+casino
    jogos\s+de\s+cassino gry\s+kasynowe ألعاب\s+(?:ال)?(?:كازينو|سلوت|قمار|روليت|بوكر) đánh\s+bài
    paris\s+(?:foot|football|hippiques?) ставок\s+на\s+(?:спорт|футбол) teen\s+patti rummy andar\s+bahar
    iddaa sázk[ayuo]\w* sázkov\w+\s+kancelář\w* automaty\s+do\s+gry слоти sloti (?:ku)?bashiri ubashiri kamari
    michezo\s+ya\s+kubahatisha zakłady\s+sportowe
    kaszinó\w* nyerőgép\w* sportfogadás\w* rulett oddsbolag\w* kryptocasino\w* speltips sugal pertaruhan rolet
    кладиониц\w* клађењ\w* казин(?:у|ом|ода) слотов\w* рулет букмейкър\w* слоттар ставкалар бәс\s+тігу
    (?:sport)?weddenskappe caca wasan\s+caca yin\s+fare sloturi ruletă sweepstakes fixed\s+matches
    pronostics?\s+(?:foot|football|sportifs?) paris?\s+sportifs? авиатор авијатор
    (?:colou?r|farb)\s*(?:prediction|vorhersage)(?:\s+games?|\s+spiel)? colou?r\s+games? prediction\s+games?
    juego\s+del\s+colou?r
    nettikasino\w* kasino(?:t|lla|ssa|n) kolikkopel\w+ vedonlyön\w+ vedonly\w+ rahapel\w+ kazino\w* lažyb\w+
    lošimo\s+automat\w+ lošim\w+
    """
)
#: Han gambling words; the last line is the jargon of private lottery sites (games no state lottery runs and
#: their bets), not the state lottery's own games (快三, 北京赛车), which news names.
CORE_HAN = _lexicon(
    r"""
    博彩 投注 赌场 赌博 彩票 娱乐城 娱乐场 真人娱乐 真人视讯 棋牌
    老虎机 百家乐 电子游艺 赌球 押注 下注 彩金 网赌 赌钱 时时彩 六合彩
    賭場 賭博 娛樂城 娛樂場 真人娛樂 真人視訊 老虎機 百家樂 電子遊藝 賭球 網賭 賭錢 時時彩
    电玩城 炸金花 體驗金 体验金 電玩城
    德州扑克 德州撲克
    大小单双 大小單雙 五分彩 分分彩 三分彩 极速赛车 極速賽車 幸运飞艇 幸運飛艇
    """
)
#: Gambling words that news uses as topics: alone after another word they make a compound (即开型彩票).
TOPIC_HAN = frozenset(_lexicon("彩票 赌博 賭博 博彩 投注 下注 押注 赌钱 賭錢 网赌 網賭 赌球 賭球"))
#: Spam modifiers: words that make a gambling phrase read like an advert, not a topic.
SPAMMY_LATIN = _lexicon(
    r"""
    real\s+money no\s+deposit welcome\s+bonus bonus(?:es)? vip crypto bitcoin btc usdt
    soldi\s+veri
    senza\s+deposito gratis dinero\s+real argent\s+réel
    echtgeld echtes\s+geld register sign\s+up login
    official\s+site free\s+bets? cashback (?:fast|instant|quick)\s+(?:withdraw(?:als?|s)?|payouts?)
    promo\s+codes?
    no\s+kyc no\s+verification ohne\s+verifizierung sin\s+verificaci[óo]n sans\s+v[ée]rification
    senza\s+documenti tanpa\s+verifikasi без\s+верификации sem\s+verifica[çc][ãa]o
    retraits?\s+rapides? retiros?\s+inmediatos? prelievi?o?\s+immediat[oi] saques?\s+imediatos? tanpa\s+kyc
    без\s+верифікації skutečné\s+peníze bez\s+vkladu rychlé\s+výběry pesa\s+halisi bonasi jisajili güvenilir
    cripto(?:monedas?|moedas?) echtem\s+geld (?:kripto|bitcoin)\s+ile
    с\s+(?:быстрым\s+|мгновенным\s+)?выводом(?:\s+на\s+карту)?
    з\s+(?:швидким\s+|миттєвим\s+)?виводом(?:\s+на\s+картку)?
    официальн\w*\s+сайт\w* зеркало на\s+(?:реальные\s+)?деньги
    bonus\s+di\s+benvenuto bonus\s+de\s+bienvenue bonos?\s+de\s+bienvenida bônus\s+de\s+boas[\s-]vindas
    willkommensbonus einzahlungsbonus neukundenbonus giriş terpercaya играть
    bonus\s+codes? deposit\s+bonus(?:es)? bonus\s+deposit giri\s+gratis codice\s+promo sans\s+dépôt
    tours\s+gratuits code\s+promo bonos? sin\s+depósito giros\s+grátis giros\s+gratis
    código\s+promocional bônus sem\s+depósito dinheiro\s+real ohne\s+einzahlung
    freispiele bonuscode
    zonder\s+storting gratis\s+spins promotiecode echt\s+geld bez\s+depozytu
    darmowe\s+spiny
    kod\s+promocyjny prawdziwe\s+pieniądze deneme\s+bonusu bonusu bedava\s+spin promosyon\s+kodu
    фрибет\w* бонус(?:а|ы|ов|ом|ами|у|ах)? без\s+депозит[ау] фриспин(?:ы|ов|а)? фріспін(?:и|ів)?
    промокод(?:а|ы|ов|ом|у)? gacor maxwin bonus\s+new\s+member grátis
    putaran\s+gratis kode\s+promo fără\s+depunere rotiri\s+gratuite cod\s+promoțional
    utan\s+insättning gratissnurr bonuskod
    not\s+on\s+gamstop ohne\s+oasis ohne\s+limit non\s+aams
    sin\s+licencia sem\s+licen[çc]a senza\s+licenza ohne\s+lizenz sans\s+licence without\s+(?:a\s+)?licen[cs]e
    без\s+лицензии lisanss\wz tanpa\s+lisensi (?<=gacor\s)(?:hari|malam)\s+ini
    link\s+alternatif (?:play|join|claim|bet)\s+now mirror\s+link rtp auto\s+jp
    jogue\s+agora cadastre-se link\s+oficial enlace\s+oficial juega\s+ahora regístrate
    jetzt\s+spielen hier\s+registrieren zum\s+anbieter jouer\s+maintenant lien\s+officiel
    mã\s+(?:khuyến\s+mãi|giới\s+thiệu|ưu\s+đãi) miễn\s+phí
    gioca\s+ora registrati đăng\s+ký\s+ngay chơi\s+ngay link\s+vào đổi\s+thưởng nhận\s+thưởng
    рабоч\w+\s+зеркал\w* робоч\w+\s+дзеркал\w* дзеркало hemen\s+üye\s+ol güncel\s+giriş(?:\s+adresi)?
    вход вхід регистрация реєстрація zaloguj rejestracja oyna
    daftar(?:\s+sekarang)? klik\s+di\s+sini đăng\s+nhập đăng\s+ký acesse accedi inscription
    zagraj\s+teraz за\s+(?:регистрацию|реєстрацію) na\s+prawdziwe\s+pieniądze з\s+виводом с\s+выводом
    gerçek\s+para(?:yla|\s+ile)? uang\s+(?:asli|sungguhan) tiền\s+thật реальные\s+деньги
    на\s+(?:реальні\s+)?гроші
    بونوس(?:\s+(?:رایگان|ویژه))? بونس کد\s+هدیه اسپین\s+رایگان (?:با\s+)?پول\s+واقعی شارژ\s+رایگان تتر
    multiplier multiplicateur multiplicador moltiplicatore multiplikator
    множител\w* множник\w* mnożnik\w* pengganda
    çarpan vermenigvuldiger hệ\s+số\s+nhân real\s+cash win\s+cash cash\s+prizes? prêmios?\s+em\s+dinheiro
    premios\s+en\s+efectivo montepremi\w* geldprijzen nagrodami\s+pieniężnymi грошовими\s+призами
    para\s+ödüllü berhadiah valendo\s+dinheiro rodadas\s+gr[áa]tis freespins? yatirimsiz rakeback
    no\s+wagering ohne\s+anmeldung sin\s+registro no\s+registration sem\s+cadastro sofortauszahlung
    sofortgewinn saque\s+rápido pago\s+rápido retiros?\s+instantáneos? gains?\s+instantanés?
    instant\s+crypto\s+withdrawals? rút\s+tiền\s+nhanh deposit\s+pulsa depo\s+\d+\w* quote\s+maggiorate
    cote\s+boostée top-quoten yüksek\s+oran odds\s+turbinadas coupons?\s+gagnants? palpites?\s+certeiros
    cuotas\s+en\s+vivo повышенными\s+коэффициентами wysokim\s+kursem tỷ\s+lệ\s+cao odds\s+tinggi
    دور\s+رایگان دورة\s+مجانية بأعلى\s+الاحتمالات بفلوس\s+حقيقية
    مكافأة\s+ترحيبية (?:ب)?أموال\s+حقيقية كود\s+(?:ال)?خصم سجل\s+الآن (?:بال|ب)?بيتكوين دورات\s+مجانية
    cripto kripto krypto(?:währung\w*)? kryptowalut\w* криптовалют\w* крипто tiền\s+(?:điện\s+tử|ảo|mã\s+hóa)
    kripto\s+para\w* کریپتو ارز\s+دیجیتال (?:بال)?عملات\s+(?:ال)?رقمية كريبتو
    retiros?\s+al\s+instante retraits?\s+instantanés? prelievi\s+istantanei sofortige\s+auszahlung(?:en)?
    мгновенн\w+\s+вывод\w* миттєв\w+\s+виведенн\w* (?:szybkie|natychmiastowe)\s+wypłaty
    (?:directe|snelle)\s+uitbetaling(?:en)? penarikan\s+(?:instan|cepat) aninda\s+(?:çekim|ödeme)
    برداشت\s+فوری سحب\s+فوري saques?\s+(?:na\s+hora|instantâneos?)
    (?:boosted|enhanced)\s+odds odds\s+boosts? cuotas\s+(?:mejoradas|aumentadas|altas) cotes?\s+boostées?
    odds\s+(?:aumentadas|altas) erhöhte\s+quoten повышенн\w+\s+коэффициент\w* підвищен\w+\s+коефіцієнт\w*
    (?:podwyższone|wysokie)\s+kursy verhoogde\s+odds kèo\s+thơm yüksek\s+oranl\w+ ضرایب\s+بالا
    احتمالات\s+(?:عالية|مرتفعة)
    befizetés\s+nélküli bónusz\w* ingyenes\s+pörgetés\w* valódi\s+pénz\w* azonnali\s+kifizetés\w*
    riktiga\s+pengar snabba\s+uttag utan\s+svensk\s+licens totoong\s+pera libreng\s+(?:bonus|spins?|taya)
    wang\s+sebenar tanpa\s+deposit putaran\s+percuma pengeluaran\s+segera kod\s+bonus прави\s+новац
    брза\s+исплата бесплатни\s+спинови промо\s+код истински\s+пари без\s+депозит бързо\s+теглене
    безплатни\s+завъртания нақты\s+ақша\w* депозитсіз жылдам\s+шығару regte\s+geld sonder\s+deposito
    vinnige\s+onttrekkings bonuskode kudi\s+na\s+gaske bani\s+reali retragere\s+rapidă cod\s+bonus
    câștig\s+garantat quoten[\s-]boost sure\s+odds
    ilman\s+talletusta ilmaiskierro\w+ oikealla\s+rahalla bonuskoodi kryptovaluut\w+ nemokam\w+\s+sukim\w+
    be\s+įnašo tikrų\s+pinigų kriptovaliut\w+ bila\s+amana darmowych\s+spinów bonusov\w+\s+kód
    first\s+deposit primer\s+depósito
    primeiro\s+depósito premier\s+dépôt первый\s+депозит перший\s+депозит erste\w*\s+einzahlung
    pierwszy\s+depozyt
    бесплатн\w+\s+вращени\w+ безкоштовн\w+\s+оберт\w+ bedava\s+dönüş\w* vòng\s+quay\s+miễn\s+phí
    prelievo\s+veloce
    mizunguko\s+ya\s+bure putaran\s+gratis
    зеркало\s+рабоч\w+ вывод\s+за\s+\d+\s+минут\w* игр[аеу]\s+(?:за|на)\s+(?:новац|деньги|гроші|пари)
    mabilis\s+na\s+(?:withdraw\w*|cash\s*out|payout)
    ثبت[\s\u200c]?نام تسجيل مكافأة بدون\s+فیلتر آدرس\s+(?:جدید|بدون\s+فیلتر)
    """
)
#: Han spam modifiers, among them the lottery tip sites' draw sites and sure wins (开奖网, 稳赚).
SPAMMY_HAN = _lexicon(
    r"""
    注册送 注册 官网 官方网站 官方入口 网址 最新网址 入口 登录 平台 充值
    註冊送 註冊 官網 官方網站 網址 最新網址 登錄 登入 平臺 儲值
    注册即送 首存 首充 註冊即送 新用户送 新用戶送
    邀请码 邀請碼 推荐码 推薦碼 真钱 真錢 试玩 試玩
    注册就送 註冊就送 首存送 首充送 免费试玩 免費試玩
    计划群 計劃群 稳赚 穩賺 开奖网 開獎網
    """
)
#: Neutral modifiers: common around gambling words both in spam and in honest news.
MODIFIER_LATIN = _lexicon(
    r"""
    online live sports? esports? football soccer mobile tips games? site sites official in[\s-]play
    calcio sportiv[ei] en\s+ligne en\s+línea en\s+vivo deportiv[ao]s? app(?:s)? giochi esportiv[ao]s?
    desportiv[ao]s? ao\s+vivo en\s+direct live[\s-]dealer mega appli aplicativo aplicación
    sportive bola siteleri oyunlar\w* canl\w mobil uygulama\w* aplikasi aplikacj[aęi] приложени[еяю]
    додаток онлайн на\s+спорт aplicați[ae] appen
    tips gratuit(?:e|s|es)? fiables? situs agen bandar bocoran uy\s+tín online\s+italiani terbaik bóng\s+đá
    e-?sports? e-spor киберспорт\w* кіберспорт\w* crupier croupier krupier\w* krupiyer\w* дилер\w*
    dal\s+vivo na\s+żywo trực\s+tiếp trực\s+tuyến
    mtandaoni aplikace internetin\w+ programėl\w+
    aanlyn dalam\s+talian онлајн уживо на\s+живо på\s+nätet élő
    آنلاین سایت فوتبال كرة\s+القدم اون\s+لاين أونلاين مباشرة? (?:ال)?رياضية مواقع
    """
)
MODIFIER_HAN = _lexicon(
    r"""
    在线 网上 线上 网络 体育 娱乐 游戏 官方 手机 足球 电竞 真人 视讯 电子 捕鱼
    在線 網上 線上 網絡 網路 體育 娛樂 遊戲 手機 電競 視訊 電子 捕魚
    电玩 電玩 麻将 麻將 龙虎 龍虎 斗牛 鬥牛
    """
)
#: Modifiers that name a gambling product (live dealer, e-sports, fishing and slot games): after a
#: name with a glued number or Latin letters they are spam on their own (``9988发赢真人``).
PRODUCT_HAN = _lexicon("真人 电竞 捕鱼 電競 捕魚")
#: 电子 (slot games) is one too, but too common a word (电子商务) to be a trigger: it counts in a line
#: that holds another.
_PRODUCTS = (*PRODUCT_HAN, "电子", "電子")
#: App-download words: the tail of nearly every injected phrase.
DOWNLOAD_LATIN = _lexicon(
    r"""
    download(?:s)? apk android ios iphone app\s+store google\s+play scarica télécharger descargar baixar
    herunterladen скачать get\s+the\s+app pobierz unduh indir завантажити descarcă ladda\s+ner downloaden
    (?<=scarica\s)ora (?<=download\s)now (?<=descargar\s)ahora
    (?<=baixar\s)agora (?<=télécharger\s)maintenant jetzt(?=\s+herunterladen)
    télécharger\s+l['’]\s*application descargar\s+la\s+aplicación baixar\s+o\s+aplicativo
    scarica\s+l['’]\s*applicazione download\s+the\s+application
    دانلود اپلیکیشن اندروید آیفون گوگل\s+پلی تحميل حمل (?:ال)?تطبيق (?:لل|ل)?أندرويد جوجل\s+بلاي آب\s+ستور
    (?:لل|ل)?اندرويد (?:لل|ل)?[اآ]يفون андроид\w* андроїд\w* айфон\w*
    stáhnout stáhni pakua atsisiųsk\w* lataa androidille androida
    скачай\w* letöltés\w* töltsd\s+le i-download muat\s+turun преузми изтегли жүктеп\s+ал laai\s+af sauke
    """
)
DOWNLOAD_HAN = _lexicon(
    r"""
    下载 下载安装 客户端 手机版 安卓 苹果版
    下載 下載安裝 客戶端 手機版 蘋果版
    官网版 官方版 网页版 电脑版 最新版 安卓版 下载链接
    官網版 網頁版 電腦版 下載鏈接 下載連結
    """
)
#: Real money and crypto payment, as spam modifiers name them: after a preposition of their own
#: (``casino en argent réel``, ``slot machine con soldi veri``, ``Roulette mit Bitcoin``) they still
#: join the run before them.
REAL_MONEY = re.compile(
    r"real\s+money|soldi\s+veri|dinero\s+real|argent\s+réel|echtgeld|echtes\s+geld|dinheiro\s+real"
    r"|echt\s+geld|echtem\s+geld|реальные\s+деньги|реальні\s+гроші|prawdziwe\s+pieniądze|bitcoin|btc|usdt|crypto"
    r"|تتر|بیت\s?کوین|پول\s+واقعی|بيتكوين|أموال\s+حقيقية"
    r"|cripto|kripto|krypto|kryptowalut|криптовалют|tiền\s+điện\s+tử|tiền\s+ảo|ارز\s+دیجیتال|العملات\s+الرقمية"
    r"|истински\s+пари|прави\s+новац|valódi\s+pénz|riktiga\s+pengar|wang\s+sebenar|totoong\s+pera|regte\s+geld"
    r"|kudi\s+na\s+gaske|bani\s+reali|нақты\s+ақша|tikrų\s+pinigų|oikealla\s+rahalla",
    re.IGNORECASE,
)
#: Offers that a crash, live or fantasy game names after a preposition of its own (``gioco crash con
#: moltiplicatore``, ``Roulette live mit echtem Croupier``, ``fantezi futbol para ödüllü``): like real money,
#: they join the run before them.
PREPOSED_OFFER = re.compile(
    r"multiplie|multiplica|moltiplica|multiplika|множ|mnożnik|pengganda|çarpan|vermenigvuldig|echte\w*\s+croupier"
    r"|crupier|krupier|дилер|prêmios|premios|montepremi|geldprijzen|nagrodami|грошовими|повышенными"
    r"|wysokim|cuotas|quote|cote|top-quoten",
    re.IGNORECASE,
)
#: Prepositions before a real-money phrase.
MONEY_PREPOSITIONS = frozenset(
    _lexicon(
        "for with in con a por en pour um mit für com met voor om на за bằng z با مع su auf avec ile tot с з"
        " na vir pe sa för iš"
    )
)
#: Glue allowed inside a run between two lexicon words; a glue word only after a download word
#: (``download the app``, ``scarica l'app``, ``APK for Android``) or before one (``app for iOS``).
#: Pictographs and bullets glue words too (``💎 Zorvex 🎰 casino ✅ free spins``).
GLUE = (
    r"[\s\-–·•|/:&+\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]*"
    r"(?:(?<![^\W\d_])(?:the|l['’]|la|il|de|di|for|per|pour|para|für|для|dla|untuk|на|na|on|sur|su|auf|op"
    r"|em|en)\s*)?"
)
#: Bookmaker and casino brands that read as ordinary words (``sky bet``), so no shape rule finds them.
BRANDS = _lexicon(
    r"""
    sky\s?bet bet\s?365 william\s+hill paddy\s?power betfair betway 1x\s?bet unibet bwin sbobet dafabet
    betfred ladbrokes snai sisal lottomatica eurobet goldbet stake(?:\.com)? pinnacle bodog
    888\s?(?:sport|casino|poker)
    """
)
BRANDS_HAN = _lexicon(
    r"""
    威廉希尔 立博 必发 澳门新葡京 新葡京 葡京 金沙娱乐 永利皇宫 亚博
    开云 乐鱼 沙巴 美高梅 太阳城 博天堂 银河娱乐 皇冠
    威廉希爾 必發 澳門新葡京 金沙娛樂 永利皇宮 亞博 開雲 樂魚 太陽城 銀河娛樂
    """
)
#: Words that show a sentence is about gambling or its industry: a run in such a sentence belongs.
DOMAIN = _lexicon(
    r"""
    revenues? profits? operators? industry regulat\w* licen[cs]\w* tax(?:es)? addict\w* banned fined
    commission business(?:es)? players punters sponsor\w* advert\w* gaming harms? harmful tickets?
    proceeds losses illegal raccolta operator\w*(?!\s+(?:sanitar|social|socio)) concession\w* gioco
    giocator\w* ludopatia
    regol(?:ament|ator|at[aeio])\w* pubblicità ricavi fatturato gettito monopoli divieto vieta\w*
    proventi opérateurs? régulat\w* addiction recettes ingresos regulador\w* ludopatía operador\w* juego
    publicidad umsätze aufsicht\w* werbung \w*behörde\w* verbot\w* untersag\w* lizenz\w* sucht einnahmen
    anbieter spielbank\w* lotterie
    зависимост\w* setor sector secteur branche receitas? vício kansspel\w* reclame boete\w* vergunning\w*
    hazard\w* uzależni\w* podat\w* налог\w* лиценз\w* реклам\w* выручк\w* податк\w* залежн\w* vergi\w*
    gelir\w* bağimlili\w* pajak kecanduan \w*blokir\w* taxe dependenț\w* spelbolag\w* intäkter
    запрещ\w* запрет\w* легализ\w* игорн\w* заборон\w* zakaz\w* nielegaln\w* verbod\w* illegale? yasa\w*
    ilegal\w* larangan interzis\w* förbud\w* olagli\w*
    хазарт\w* незаконн\w* verslaaf\w* onwettig\w* ketagih\w* cukai зависност\w* függő\w* pagkalulong
    ipinagbawal buwis belasting haramta olicensier\w* тәуелді кіріс\w* beroende
    priklausomyb\w+ riippuvuu\w+ pokut\w+ reklam\w*
    غیرمجاز غیرقانونی مسدود پلیس اعتیاد جرم قانون بازداشت دادستانی مالیات مجوز ممنوع
    (?<!کم\u200c)(?<!کم\s)درآمد
    (?:ال)?مرخصة مرخص ترخيص إدمان السلطات أغلقت حظر الشرطة قانون عائدات أرباح إيرادات ضرائب ممنوع
    """
)
DOMAIN_HAN = _lexicon(
    r"""
    行业 博彩业 监管 打击 犯罪 违法 非法 成瘾 公益金 警方 公安 查处
    牌照 经营 团伙 捣毁 公益 营收 利润 税收
    行業 博彩業 監管 打擊 違法 成癮 查處 經營 團夥 搗毀 營收 利潤 稅收
    """
)
#: Industry words that a poverty corpus also uses everywhere (人均收入, 防止返贫, 产业扶贫, 乡村旅游,
#: 农产品销售): they make a Han run belong only next to it (赌场的收入, 彩票销售), within :data:`_NEAR`
#: characters.
DOMAIN_NEAR_HAN = _lexicon("收入 返贫 返貧 产业 產業 企业 企業 旅游 旅遊 市场 市場 销售 銷售 治理")
_NEAR = 3
#: Words before a run that make it a noun phrase of the sentence (an honest mention), in several languages.
ARGUMENT_BEFORE = frozenset(
    _lexicon(
        """
        the a an of on in for about from to by with and or its their this that these those our your his her
        il lo la le gli i un una dei delle degli della del dello sulle sulla sul sui nelle nella nel per di
        da con tra fra e o les des du de au aux une sur pour dans par et ou el los las al en por para y der
        die das den dem ein eine einer im am zum zur von für mit und oder
        os as um uma do dos das no na nos nas em pelo pela ao aos à às un unos unas des
        """
    )
)
#: Han characters before a run that make it an object or a modifier: 对网络赌博, 的博彩, 以注册送彩金为诱饵.
_HAN_BEFORE = frozenset("的对在把与和及将从向为于是了以")
#: Opening quotes between such a character and a run (以“注册送彩金”为诱饵).
_OPENING_QUOTES = frozenset('“「『‘"')
#: Common words that contain a brand-like morpheme but are not names.
NOT_BRANDS = frozenset(
    _lexicon(
        """
        between better betting bets beta betray betrayed betrayal alphabet abet tibet tibetan diabetes
        diabetic spin spine spinal spinach spinning spinner slotted slots stake stakes stakeholder
        stakeholders mistake mistaken casino casinos poker jackpot lotto bingo
        """
    )
)

_CORE = re.compile(f"{_words(CORE_LATIN)}|{_han(CORE_HAN)}", re.IGNORECASE)
_SPAMMY = re.compile(f"{_words(SPAMMY_LATIN)}|{_han(SPAMMY_HAN)}", re.IGNORECASE)
_MODIFIER = re.compile(f"{_words(MODIFIER_LATIN)}|{_han(MODIFIER_HAN)}", re.IGNORECASE)
_DOWNLOAD = re.compile(f"{_words(DOWNLOAD_LATIN)}|{_han(DOWNLOAD_HAN)}", re.IGNORECASE)
_BRAND = re.compile(f"{_words(BRANDS)}|{_han(BRANDS_HAN)}", re.IGNORECASE)
_DOMAIN = re.compile(f"{_words(DOMAIN)}|{_han(DOMAIN_HAN)}", re.IGNORECASE)
#: A name that looks made for gambling: letters with digits (``bet365``, ``22Bet``), a site name
#: (``bc.game``) or a word built on a gambling morpheme (``Fortunabet``, ``Spinzo``).
#: Its three shapes: letters with digits (the digit is looked for first: most words have none),
#: a site name, a gambling morpheme inside letters.
_BRAND_DIGITS = (
    r"(?=[^\W\d\u3400-\u9fff]*\d)(?=[\d_]*[^\W\d_\u3400-\u9fff])[^\W_\u3400-\u9fff][^\W\u3400-\u9fff]{0,20}"
)
_BRAND_TLDS = ("game", "bet", "com", "io", "net", "vip", "club", "win")
_BRAND_SITE = r"[^\W\d_\u3400-\u9fff]{2,12}\.(?:" + "|".join(_BRAND_TLDS) + ")"
_BRAND_MORPHEMES = (
    "bet",
    "casino",
    "slot",
    "poker",
    "spin",
    "jackpot",
    "lotto",
    "bingo",
    "vegas",
    "stake",
    "win",
    "play",
    "toto",
)
_BRAND_MORPHEME = r"[^\W\d_\u3400-\u9fff]*(?:" + "|".join(_BRAND_MORPHEMES) + r")[^\W\d_\u3400-\u9fff]*"
_BRANDLIKE = re.compile("|".join((_BRAND_DIGITS, _BRAND_SITE, _BRAND_MORPHEME)), re.IGNORECASE)


def _brandlike_word(shapes: str, flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """A brand-like name standing as a word, of the given shapes (a ``|`` of :data:`_BRANDLIKE`'s)."""
    return re.compile(r"(?<![^\W\u3400-\u9fff])(?<!\.)(?:" + shapes + r")(?![^\W\u3400-\u9fff])", flags)


_BRANDLIKE_WORD = _brandlike_word(_BRANDLIKE.pattern)
_HAN = re.compile(r"[\u3400-\u9fff]")
_HAN_LEXICON = (*BRANDS_HAN, *DOWNLOAD_HAN, *SPAMMY_HAN, *CORE_HAN, *MODIFIER_HAN)


#: Cheap pre-check (see :class:`povcorpus.boilerplate.rules.Triggers`): a gambling or download word of
#: the lexicons, or a brand of the list, as whole words (no prefixes: a word set is met in one step).
#: A run without one is never cut (two spam modifiers alone, ``bonus senza deposito``, carry ``bonus``).
TRIGGERS: tuple[str, ...] = (
    *_lexicon(
        """
        bet bets betting bettor bettors gamble gambler gamblers gambling casino casinos casinò wager wagers
        wagering sportsbook sportsbooks bookmaker bookmakers bookie bookies slot slots poker baccarat
        roulette rulet ruleta ruletka ruletki roleta blackjack jackpot jackpots lottery lotteries lotto
        bingo keno odds sabong scommessa
        scommesse puntata puntate azzardo apuesta apuestas sportwetten wetten glücksspiel ставки казино
        букмекер букмекеры букмекерская букмекерские aposta apostas cassino cassinos pokies bonus bonuses
        spins crypto bitcoin btc usdt download downloads apk android ios iphone scarica télécharger
        descargar baixar herunterladen скачать tragamonedas tragaperras níqueis spielautomat spielautomaten
        wettanbieter spielothek argent machines sportifs app
        sky skybet william paddy paddypower betfair betway xbet
        unibet bwin sbobet dafabet betfred ladbrokes snai sisal lottomatica eurobet goldbet stake pinnacle
        bodog 888
        crash kasyno kasyna zakłady judi kasino taruhan togel bahis cazino cazinouri pariuri păcănele
        spelautomater vadslagning gokken gokkast gokkasten weddenschappen sportweddenschappen автоматы
        автомати рулетка рулетки покер cashback promo bonos bono bônus
        freispiele bonuscode bonusu bonuskod gratissnurr promotiecode бонус бонуса бонусы бонусов бонусом
        бонусами бонусу бонусах
        промокод промокода промокоды промокодов промокодом промокоду фриспин фриспины фриспинов фриспина
        фріспін фріспіни фріспінів gacor maxwin pobierz unduh indir завантажити descarcă ladda downloaden
        kyc payout payouts
        willkommensbonus einzahlungsbonus neukundenbonus зеркало
        cược tigrinho togel gamstop automaty дзеркало giros rodadas spiny regístrate cadastre grátis
        sportbetting nohu taixiu nhacai cacuoc
        http https www telegram whatsapp viber تلگرام google login signup registrati dangky kayit vhid vhod
        registraciya
        aanmelden anmelden rejestracja фрибет фрибетом фрибеты gratiswette gratiswetten
        کازینو کازینوی کازینوها شرط پوکر رولت قمار انفجار آزمایی بونوس بونس دانلود
        كازينو الكازينو مراهنات المراهنات رهان الرهان رهانات القمار قمار روليت الروليت بوكر البوكر سلوت يانصيب
        اليانصيب جاك الطيارة
        aviator fantasy fantacalcio loto lotería loteria quiniela raspadinha gratta eurojackpot powerball
        superenalotto sena bicho лото столото лотерея лотерею лотереи piyango xổ sòng đá bắn pokera pokeren
        póker pôquer freeroll hold'em holdem wedtips tipps slotów sloty slota слоты слотов слот слотах كراش
        краш freespin freespins rakeback fantezi фэнтези фентезі
        iddaa слоти sloti bashiri kubashiri ubashiri kamari kubahatisha patti rummy bahar stáhnout pakua
        bonasi criptomonedas criptomoedas pariez scommetti apueste aposte vsaď speel shinda
        kaszinó kaszinóban kaszinót nyerőgépek nyerőgép sportfogadás sportfogadási bónusz bónuszkód rulett
        oddsbolag kryptocasino speltips sugal pertaruhan rolet кладионица кладионице кладионицу казину
        казинода слотови слоттар ставкалар букмейкър weddenskappe sportweddenskappe caca sloturi ruletă
        sweepstakes авиатор авијатор letöltés преузми изтегли скачай скачайте pronostics pari colour color
        farbvorhersage prediction bonuskode промо daftar spin
        jouez juega jogue играй играйте ставь ставьте грай грайте graj obstawiaj hraj hrajte žaisk statyk
        cheza
        pelaa gioca wed bonusový bonuskoodi msimbo
        odbierz zgarnij spinów kolikkopelit kazino lažybos kriptovaliuta lošimo
        """
    ),
    "nhà cái",
    "nổ hũ",
    "tài xỉu",
    "đánh bài",
    "paris foot",
    "paris hippique",
    "ставок на",
    "casinospiel*",
    "casinospel*",
    "sázk*",
    "giriş",
    "بدون فیلتر",
    # the Arabic and Persian words that open a chain of :mod:`._arabic`
    *_lexicon("اسلات سلوتس جاكبوت مراهنة بيتكوين بونص مكافأة تحميل تنزيل تطبيق اپلیکیشن بت وین"),
    *_lexicon("شارژ چرخش واریز إيداع ايداع باكارات باکارات کرش شرطی"),
    *_lexicon("راهن الرهانات للمراهنات بالمراهنات واتساب تيليجرام تلغرام تسجيل"),
    *_lexicon("کیسینو جوا سٹہ ساٹا بیٹنگ"),
    *_lexicon("كود بهترین"),
    # the Chinese contact calls of :mod:`._han_contacts`
    *_lexicon("加微信 添加微信 联系微信 加扣扣 加qq 联系qq 加line 加tg 加telegram 聯繫微信"),
    "پیش بینی",
    "پیش\u200cبینی",
    "ثبت نام",
    "game bài",
    "soi kèo",
    "khuyến mãi",
    "nettikasino*",
    "kolikkopel*",
    "vedonly*",
    "lažyb*",
    "kazino*",
    *CORE_HAN,
    *SPAMMY_HAN,
    *DOWNLOAD_HAN,
    *BRANDS_HAN,
    *PRODUCT_HAN,
)
_SCAN = Triggers(TRIGGERS)
#: The triggers a link brings (``https://…``, ``www.…``): a line with no other is read by the link rule alone.
LINK_TRIGGERS = frozenset({"http", "https", "www"})
_SCAN_BEYOND_LINKS = Triggers([trigger for trigger in TRIGGERS if trigger not in LINK_TRIGGERS])
_KEYS_BEYOND_LINKS = _SCAN_BEYOND_LINKS.keys()
#: Every Han word of the lexicons, to find the last word of a run.
_HAN_WORDS = frozenset((*CORE_HAN, *SPAMMY_HAN, *MODIFIER_HAN, *DOWNLOAD_HAN, *BRANDS_HAN))


def _lexicon_word(word: str) -> bool:
    """Whether ``word`` is a whole word of a lexicon (``APP``, ``VIP``, ``casino``)."""
    return any(pattern.fullmatch(word) for pattern in (_CORE, _MODIFIER, _DOWNLOAD, _SPAMMY))


#: Site words: alone after a word (影城官网, 教育部官方网站) they are that body's own site.
SITE_HAN = frozenset(_lexicon("官网 官方网站 官方入口 网址 官網 官方網站 網址"))
#: Spam modifiers that follow a brand on their own (``九游会官网``); 平台, 注册, 入口 alone are common words.
SPAMMY_HEAD_HAN = frozenset(
    (
        *("官网", "官方网站", "官方入口", "官网入口", "官网登录", "官網", "官方網站", "官網入口", "官網登錄"),
        *(
            "注册送",
            "註冊送",
            "最新网址",
            "最新網址",
            "注册即送",
            "註冊即送",
            "首存",
            "首充",
            "新用户送",
            "新用戶送",
            "注册就送",
            "註冊就送",
            "首存送",
            "首充送",
        ),
    )
)
#: Words that show a Chinese sentence talks about apps or websites: a bare tail there is the host's.
APP_TALK_HAN = _lexicon(
    """
    用户 手机 扫码 安装 软件 应用 登录 点击 二维码 微信 账号 页面
    用戶 手機 掃碼 安裝 軟體 應用 登錄 點擊 二維碼 帳號 賬號 頁面
    """
)


#: Download words that name a version (最新版, 网页版): software news says them of any app
#: (平台最新版), so they make no bare tail.
VERSION_HAN = frozenset(_lexicon("官网版 官方版 网页版 电脑版 最新版 官網版 網頁版 電腦版"))


#: Gambling products that a made-up name before them makes spam with no tail (凤恒威真人).
LONE_PRODUCT_HAN = frozenset(_lexicon("真人 电竞 捕鱼 電競 捕魚"))  # keys of PRODUCT_TOPIC_HAN
#: Words that show a sentence talks about a product in its honest sense (a match, a show, fishing): a
#: name before the product there is the sentence's (滔搏电竞 in a match report, 洞庭湖捕鱼).
_MATCH = "赛 賽 队 隊 冠军 冠軍 选手 選手 俱乐部 俱樂部 教练 教練 签约 簽約 竞技 競技 游戏 遊戲 亚运 亞運"
_SHOW = "秀 节目 節目 电影 電影 演员 演員 主播 出镜 出鏡 真事 模特 照片 扮演 角色 直播 视频 視頻"
_FISHING = "渔 漁 湖 河 江 海 船 鱼 魚 虾 蝦 水库 水庫 禁捕"
PRODUCT_TOPIC_HAN = {
    word: _lexicon(topics)
    for words, topics in (("真人", _SHOW), ("电竞 電競", _MATCH + " " + _SHOW), ("捕鱼 捕魚", _FISHING))
    for word in words.split()
}


#: Arcade and card-game words that spam sells like products (电玩, 龙虎, 斗牛, 麻将): honest words alone.
ARCADE_HAN = _lexicon("电玩 電玩 龙虎 龍虎 斗牛 鬥牛 麻将 麻將")


#: Site words that lead in (a login, an entry, an address): after a gambling product they end a whole
#: spam tail (``捕鱼登录入口``, ``老虎机最新网址``).
ENTRY_HAN = _lexicon("入口 登录 登錄 登入 网址 網址")


#: Han gambling words, to ask whether a run's only gambling word is 彩票 (a lottery, state-run in China).
_OTHER_CORE = re.compile(_han(word for word in CORE_HAN if word != "彩票"))


_HAN_DOWNLOADS = re.compile(_han(DOWNLOAD_HAN))
_HAN_LEXICON_WORD = re.compile(_han(_HAN_LEXICON))
