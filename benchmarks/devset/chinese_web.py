"""Dev-set kind ``chinese_web``: damage of Chinese web pages.

* pinyin readings injected after characters (``國(guó)務(wù)院``), from the
  reading table :data:`PINYIN` written for this set;
* half-width ``, ; : ? !`` between Han characters where the text writes
  full-width ones;
* a decimal split by a space (``12. 8 万``), in sentences written from
  :data:`DECIMALS`.

Hosts: the shared dev-set Chinese sentences (traditional script) and the
written ones. Negatives (``expected == input``): the hosts themselves, and
parentheses that are not readings (``中國(China)``, ``(一)``).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import hosts, record, rng_for, write

KIND = "chinese_web"
_TABLE = (
    "的:de 在:zài 年:nián 是:shì 地:dì 了:le 和:hé 有:yǒu 人:rén 他:tā 中:zhōng 不:bù 於:yú 為:wéi 大:dà "
    "國:guó 国:guó 這:zhè 这:zhè 後:hòu 后:hòu 們:men 们:men 行:xíng 月:yuè 成:chéng 會:huì 会:huì 出:chū "
    "作:zuò 西:xī 被:bèi 之:zhī 用:yòng 方:fāng 位:wèi 建:jiàn 山:shān 個:gè 个:gè 但:dàn 以:yǐ 水:shuǐ "
    "多:duō 生:shēng 自:zì 其:qí 可:kě 上:shàng 能:néng 所:suǒ 理:lǐ 合:hé 主:zhǔ 都:dōu 河:hé 法:fǎ 因:yīn "
    "而:ér 常:cháng 分:fēn 前:qián 得:dé 代:dài 部:bù 教:jiào 面:miàn 力:lì 家:jiā 提:tí 天:tiān 定:dìng "
    "公:gōng 由:yóu 要:yào 明:míng 政:zhèng 安:ān 府:fǔ 平:píng 始:shǐ 本:běn 事:shì 同:tóng 到:dào 北:běi "
    "美:měi 南:nán 新:xīn 高:gāo 下:xià 里:lǐ 就:jiù 然:rán 海:hǎi 等:děng 特:tè 此:cǐ 市:shì 也:yě 我:wǒ "
    "小:xiǎo 日:rì 土:tǔ 少:shǎo 至:zhì 務:wù 务:wù 院:yuàn 發:fā 发:fā 展:zhǎn 經:jīng 经:jīng 濟:jì 济:jì "
    "民:mín 貧:pín 贫:pín 困:kùn 村:cūn 農:nóng 农:nóng 業:yè 业:yè 工:gōng 學:xué 学:xué 時:shí 时:shí "
    "來:lái 来:lái 開:kāi 开:kāi 區:qū 区:qū 電:diàn 电:diàn 車:chē 车:chē"
)
PINYIN = dict(pair.split(":") for pair in _TABLE.split())
"""Pinyin readings (with tone marks) of common characters, written for this set."""
DECIMALS = (
    "全国农村居民人均可支配收入增长{a}.{b}%，高于城镇居民。",
    "该县去年共有{a}.{b}万人脱贫。",
    "全省粮食产量达到{a}.{b}亿吨，创历史新高。",
    "项目总投资{a}.{b}亿元，带动就业{c}人。",
    "贫困发生率从{a}.{b}%下降到{c}.{b}%。",
    "今年前三季度，地区生产总值增长{a}.{b}%。",
)
NEGATIVES = (
    "中國(China)是聯合國安全理事會常任理事國。",
    "(一)加强党的领导；(二)坚持精准扶贫。",
    "他在2021年4月6日发表讲话（全文见附件）。",
    "网址为www.gov.cn，请访问。",
    "會議於10:30開始，12:00結束。",
    "价格为1,200元，比去年高3.5%。",
    "报告分为 1. 总则 2. 分则 两部分。",
)
_HALF = {"，": ",", "；": ";", "：": ":", "？": "?", "！": "!"}


def _pinyin(text: str, rng_text: str) -> str | None:
    rng = rng_for(rng_text, "pinyin")
    positions = [i for i, char in enumerate(text) if char in PINYIN]
    if not positions:
        return None
    start = rng.choice(positions)
    out = []
    run = 0
    for i, char in enumerate(text):
        out.append(char)
        if i >= start and char in PINYIN and run < rng.randint(2, 4):
            out.append(f"({PINYIN[char]})")
            run += 1
    return "".join(out)


def _half_width(text: str, rng_text: str) -> str | None:
    rng = rng_for(rng_text, "half")
    spots = [
        i
        for i in range(1, len(text) - 1)
        if text[i] in _HALF and "\u4e00" <= text[i - 1] <= "\u9fff" and "\u4e00" <= text[i + 1] <= "\u9fff"
    ]
    if not spots:
        return None
    chosen = rng.sample(spots, min(len(spots), rng.randint(1, 3)))
    out = list(text)
    for i in chosen:
        out[i] = _HALF[text[i]]
    return "".join(out)


def build() -> list[dict[str, str]]:
    """Every pair of this kind."""
    records = []
    for lang, text, source in hosts(("zh",)):
        for damage in (_pinyin, _half_width):
            damaged = damage(text, text)
            if damaged is not None and damaged != text:
                records.append(record(KIND, lang, damaged, text, source))
        records.append(record(KIND, lang, text, text, source))
    for i, template in enumerate(DECIMALS):
        for a in range(1, 40, 3):
            clean = template.format(a=a + i, b=(a * 7 + i) % 10, c=a * 13 + i)
            damaged = clean.replace(".", ". ", 1)
            records.append(record(KIND, "zh", damaged, clean, "written"))
            mixed = _pinyin(clean, clean)
            if mixed is not None and a % 2:
                records.append(record(KIND, "zh", mixed.replace(".", ". ", 1), clean, "written"))
    records.extend(record(KIND, "zh", text, text, "written") for text in NEGATIVES)
    return records


if __name__ == "__main__":
    write(KIND, build())
