"""China's provincial-level divisions: ids, names, division codes, abbreviations.

Used to normalise what users type ("上海", "上海市", "Shanghai" → "shanghai") and
for the cross-checks that need no seed: the USCC division code and the
abbreviation in an ICP备案 number.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Region:
    id: str
    zh: str
    en: str
    division_code: str  # first two digits of GB/T 2260 codes
    abbreviations: tuple[str, ...]  # first one is the usual; others seen in ICP numbers
    mainland: bool = True


REGIONS: tuple[Region, ...] = (
    Region("beijing", "北京", "Beijing", "11", ("京",)),
    Region("tianjin", "天津", "Tianjin", "12", ("津",)),
    Region("hebei", "河北", "Hebei", "13", ("冀",)),
    Region("shanxi", "山西", "Shanxi", "14", ("晋",)),
    Region("inner_mongolia", "内蒙古", "Inner Mongolia", "15", ("蒙",)),
    Region("liaoning", "辽宁", "Liaoning", "21", ("辽",)),
    Region("jilin", "吉林", "Jilin", "22", ("吉",)),
    Region("heilongjiang", "黑龙江", "Heilongjiang", "23", ("黑",)),
    Region("shanghai", "上海", "Shanghai", "31", ("沪",)),
    Region("jiangsu", "江苏", "Jiangsu", "32", ("苏",)),
    Region("zhejiang", "浙江", "Zhejiang", "33", ("浙",)),
    Region("anhui", "安徽", "Anhui", "34", ("皖",)),
    Region("fujian", "福建", "Fujian", "35", ("闽",)),
    Region("jiangxi", "江西", "Jiangxi", "36", ("赣",)),
    Region("shandong", "山东", "Shandong", "37", ("鲁",)),
    Region("henan", "河南", "Henan", "41", ("豫",)),
    Region("hubei", "湖北", "Hubei", "42", ("鄂",)),
    Region("hunan", "湖南", "Hunan", "43", ("湘",)),
    Region("guangdong", "广东", "Guangdong", "44", ("粤",)),
    Region("guangxi", "广西", "Guangxi", "45", ("桂",)),
    Region("hainan", "海南", "Hainan", "46", ("琼",)),
    Region("chongqing", "重庆", "Chongqing", "50", ("渝",)),
    Region("sichuan", "四川", "Sichuan", "51", ("川", "蜀")),
    Region("guizhou", "贵州", "Guizhou", "52", ("黔", "贵")),
    Region("yunnan", "云南", "Yunnan", "53", ("滇", "云")),
    Region("tibet", "西藏", "Tibet", "54", ("藏",)),
    Region("shaanxi", "陕西", "Shaanxi", "61", ("陕", "秦")),
    Region("gansu", "甘肃", "Gansu", "62", ("甘", "陇")),
    Region("qinghai", "青海", "Qinghai", "63", ("青",)),
    Region("ningxia", "宁夏", "Ningxia", "64", ("宁",)),
    Region("xinjiang", "新疆", "Xinjiang", "65", ("新",)),
    Region("taiwan", "台湾", "Taiwan", "71", ("台",), mainland=False),
    Region("hong_kong", "香港", "Hong Kong", "81", ("港",), mainland=False),
    Region("macao", "澳门", "Macao", "82", ("澳",), mainland=False),
)

BY_ID = {r.id: r for r in REGIONS}
_SUFFIXES = ("特别行政区", "维吾尔自治区", "壮族自治区", "回族自治区", "自治区", "省", "市")


def _aliases(region: Region) -> set[str]:
    names = {region.id, region.zh, region.en.lower(), region.en.lower().replace(" ", "")}
    names.add(region.id.replace("_", " "))
    return names


_BY_NAME = {alias: r for r in REGIONS for alias in _aliases(r)}
_BY_NAME.update({"hongkong": BY_ID["hong_kong"], "macau": BY_ID["macao"], "澳門": BY_ID["macao"]})


def find_region(text: str | None) -> Region | None:
    """The region a user's text names, or None. Accepts ids, Chinese and English names."""
    if not text:
        return None
    key = text.strip()
    for suffix in _SUFFIXES:
        if key.endswith(suffix) and len(key) > len(suffix):
            key = key[: -len(suffix)]
            break
    return _BY_NAME.get(key) or _BY_NAME.get(key.lower()) or _BY_NAME.get(key.lower().replace(" ", ""))


def region_by_abbreviation(abbreviation: str) -> Region | None:
    for region in REGIONS:
        if abbreviation in region.abbreviations:
            return region
    return None


def region_by_division_code(code: str) -> Region | None:
    for region in REGIONS:
        if region.division_code == code:
            return region
    return None
