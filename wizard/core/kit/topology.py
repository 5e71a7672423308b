"""The website topology diagram (Gansu asks for one): user → domain → CDN → server → database.

Drawn from the domains and servers the applicant entered. What the application does not
record (the CDN, the database) is drawn as a dashed yellow box with a placeholder, never
invented. One layout feeds both outputs: an SVG (text searchable, editable in any vector
program) and a PNG (for the DOCX page), drawn with Pillow in the PDF's Chinese font.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

from ..export.fonts import candidates, font_path, register_cjk_font
from .gaps import Gap, as_text

WIDTH = 720
MARGIN = 30
BOX_HEIGHT = 96
ROW_GAP = 46
TITLE_SIZE = 20
TEXT_SIZE = 15
LINE = 20
SCALE = 2  # the PNG is drawn at twice the size, so it stays sharp in print


@dataclass(frozen=True)
class Box:
    title: str
    lines: tuple[str, ...]
    gap: bool = False


@dataclass(frozen=True)
class Row:
    label: str
    boxes: tuple[Box, ...]


def _text(value: object) -> str:
    return as_text(value)


def rows_from(context: dict) -> list[Row]:
    """The diagram's layers, from the kit's facts (masked and gap-aware like the documents)."""
    systems, platform = context["systems"], context["platform"]
    channels = platform["channels"]
    users = Box("用户", (f"通过{_text(channels)}访问",) if channels else (_text(channels),), gap=isinstance(channels, Gap))
    domains = tuple(
        Box("域名", (_text(d["name"]), f"备案号：{_text(d['filing_number'])}"),
            gap=isinstance(d["name"], Gap) or isinstance(d["filing_number"], Gap))
        for d in context["domains"]
    ) or (Box("域名", (str(Gap("网站域名")),), gap=True),)
    cdn = Box("CDN / 负载均衡", (str(Gap("服务商与节点", "未使用可删去此层")),), gap=True)
    layers = [Row("用户端", (users,)), Row("域名解析", domains), Row("接入层", (cdn,))]
    if systems["firewall"]:
        protection = ["防火墙"] + (["入侵检测"] if systems["intrusion_detection"] else [])
        layers.append(Row("安全防护", (Box("安全防护", ("、".join(protection),)),)))
    servers = tuple(
        Box("应用服务器", tuple(_text(s[key]) for key in ("provider", "location", "data_centre")),
            gap=any(isinstance(s[key], Gap) for key in ("provider", "location", "data_centre")))
        for s in context["servers"]
    ) or (Box("应用服务器", (str(Gap("服务器信息")),), gap=True),)
    layers.append(Row("服务器", servers))
    encrypted = systems["encrypted_fields"]
    database = Box("数据库", (str(Gap("数据库类型与部署位置")),
                              f"加密存储：{_text(encrypted)}" if encrypted else _text(encrypted)), gap=True)
    layers.append(Row("数据存储", (database,)))
    return layers


# --- layout ----------------------------------------------------------------------


@dataclass(frozen=True)
class Placed:
    box: Box
    x: float
    y: float
    w: float
    h: float
    lines: tuple[str, ...]


@lru_cache(maxsize=4)
def _font(path: str, index: int, size: int):
    from PIL import ImageFont

    return ImageFont.truetype(path, size, index=index)  # a CJK font takes ~0.1 s to open: once per process


class _Measure:
    def __init__(self) -> None:
        name = register_cjk_font()  # the same font the PDFs embed (fonts.py decides which)
        path = font_path(name)
        index = next((c.index for c in candidates() if c.path == path), 0)
        self.text_font = _font(str(path), index, TEXT_SIZE * SCALE)
        self.title_font = _font(str(path), index, TITLE_SIZE * SCALE)

    def width(self, text: str, title: bool = False) -> float:
        return (self.title_font if title else self.text_font).getlength(text) / SCALE

    def wrap(self, text: str, width: float) -> list[str]:
        lines, current = [], ""
        for character in text:
            if current and self.width(current + character) > width:
                lines.append(current)
                current = ""
            current += character
        return [*lines, current] if current else lines


def layout(rows: list[Row], measure: _Measure) -> tuple[list[Placed], float]:
    placed: list[Placed] = []
    y = MARGIN + 34
    label_width = 76
    for row in rows:
        count = len(row.boxes)
        space = WIDTH - 2 * MARGIN - label_width
        w = min(380.0, (space - 16 * (count - 1)) / count)
        start = MARGIN + label_width + (space - (w * count + 16 * (count - 1))) / 2
        wrapped = [tuple(line for text in box.lines for line in measure.wrap(text, w - 20)) for box in row.boxes]
        h = max(BOX_HEIGHT, 40 + LINE * max(len(lines) for lines in wrapped) + 12)
        for index, (box, lines) in enumerate(zip(row.boxes, wrapped, strict=True)):
            placed.append(Placed(box, start + index * (w + 16), y, w, h, lines))
        y += h + ROW_GAP
    return placed, y - ROW_GAP + MARGIN + 30


def _rows_of(placed: list[Placed]) -> list[list[Placed]]:
    rows: dict[float, list[Placed]] = {}
    for item in placed:
        rows.setdefault(item.y, []).append(item)
    return list(rows.values())


TITLE = "网站系统拓扑与数据流向"
LEGEND = "黄色虚线框：申请信息中没有记录的部分，须按实际补充；未使用的层次可删去。"
FONT_FAMILY = "WenQuanYi Micro Hei, Microsoft YaHei, SimHei, PingFang SC, sans-serif"


def to_svg(rows: list[Row], measure: _Measure) -> str:
    placed, height = layout(rows, measure)
    out = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{WIDTH}" height="{height:.0f}" '
           f'viewBox="0 0 {WIDTH} {height:.0f}" font-family="{FONT_FAMILY}">',
           '<defs><marker id="arrow" markerWidth="10" markerHeight="10" refX="9" refY="5" orient="auto">'
           '<path d="M0,0 L10,5 L0,10 z" fill="#44546a"/></marker></defs>',
           f'<rect width="{WIDTH}" height="{height:.0f}" fill="#ffffff"/>',
           f'<text x="{WIDTH / 2}" y="{MARGIN + 6}" font-size="{TITLE_SIZE}" text-anchor="middle" '
           f'font-weight="bold">{escape(TITLE)}</text>']
    row_list = _rows_of(placed)
    for upper, lower in zip(row_list, row_list[1:], strict=False):
        x1, y1 = WIDTH / 2 + 45, upper[0].y + upper[0].h
        out.append(f'<line x1="{x1:.1f}" y1="{y1:.1f}" x2="{x1:.1f}" y2="{lower[0].y - 2:.1f}" '
                   'stroke="#44546a" stroke-width="2" marker-end="url(#arrow)"/>')
    for row, items in zip(rows, row_list, strict=True):
        out.append(f'<text x="{MARGIN}" y="{items[0].y + items[0].h / 2 + 5:.1f}" font-size="{TEXT_SIZE}" '
                   f'fill="#44546a">{escape(row.label)}</text>')
        for item in items:
            fill, stroke, dash = ("#fff8c4", "#c9a227", ' stroke-dasharray="6,4"') if item.box.gap else \
                ("#eef3fa", "#44546a", "")
            out.append(f'<rect x="{item.x:.1f}" y="{item.y:.1f}" width="{item.w:.1f}" height="{item.h:.1f}" rx="8" '
                       f'fill="{fill}" stroke="{stroke}" stroke-width="1.5"{dash}/>')
            cx = item.x + item.w / 2
            out.append(f'<text x="{cx:.1f}" y="{item.y + 26:.1f}" font-size="{TEXT_SIZE + 1}" font-weight="bold" '
                       f'text-anchor="middle">{escape(item.box.title)}</text>')
            for number, line in enumerate(item.lines):
                out.append(f'<text x="{cx:.1f}" y="{item.y + 50 + number * LINE:.1f}" font-size="{TEXT_SIZE}" '
                           f'text-anchor="middle">{escape(line)}</text>')
    out.append(f'<text x="{MARGIN}" y="{height - MARGIN + 8:.0f}" font-size="13" fill="#666666">'
               f'{escape(LEGEND)}</text>')
    out.append("</svg>")
    return "\n".join(out) + "\n"


def to_png(rows: list[Row], measure: _Measure, path: Path) -> Path:
    from PIL import Image, ImageDraw

    placed, height = layout(rows, measure)
    s = SCALE
    image = Image.new("RGB", (WIDTH * s, int(height * s)), "white")
    draw = ImageDraw.Draw(image)
    draw.text((WIDTH * s / 2, (MARGIN - 12) * s), TITLE, font=measure.title_font, fill="#000000", anchor="mt")
    row_list = _rows_of(placed)
    for upper, lower in zip(row_list, row_list[1:], strict=False):
        x, y1, y2 = (WIDTH / 2 + 45) * s, (upper[0].y + upper[0].h) * s, (lower[0].y - 2) * s
        draw.line([(x, y1), (x, y2 - 10 * s)], fill="#44546a", width=2 * s)
        draw.polygon([(x - 6 * s, y2 - 12 * s), (x + 6 * s, y2 - 12 * s), (x, y2)], fill="#44546a")
    for row, items in zip(rows, row_list, strict=True):
        draw.text((MARGIN * s, (items[0].y + items[0].h / 2) * s), row.label, font=measure.text_font,
                  fill="#44546a", anchor="lm")
        for item in items:
            box = [item.x * s, item.y * s, (item.x + item.w) * s, (item.y + item.h) * s]
            if item.box.gap:
                draw.rounded_rectangle(box, radius=8 * s, fill="#fff8c4")
                _dashed_rectangle(draw, box, "#c9a227", s)
            else:
                draw.rounded_rectangle(box, radius=8 * s, fill="#eef3fa", outline="#44546a", width=int(1.5 * s))
            cx = (item.x + item.w / 2) * s
            draw.text((cx, (item.y + 14) * s), item.box.title, font=measure.text_font, fill="#000000", anchor="mt")
            for number, line in enumerate(item.lines):
                draw.text((cx, (item.y + 38 + number * LINE) * s), line, font=measure.text_font, fill="#222222",
                          anchor="mt")
    draw.text((MARGIN * s, (height - MARGIN) * s), LEGEND, font=measure.text_font, fill="#666666", anchor="lm")
    image.save(path, "PNG")  # optimize=True costs 0.2 s for a few KB
    return path


def _dashed_rectangle(draw, box: list[float], colour: str, s: int) -> None:
    x1, y1, x2, y2 = box
    dash, space = 6 * s, 4 * s
    for start, end, fixed, horizontal in ((x1, x2, y1, True), (x1, x2, y2, True), (y1, y2, x1, False),
                                          (y1, y2, x2, False)):
        position = start
        while position < end:
            stop = min(position + dash, end)
            points = [(position, fixed), (stop, fixed)] if horizontal else [(fixed, position), (fixed, stop)]
            draw.line(points, fill=colour, width=int(1.5 * s))
            position = stop + space


def draw_topology(context: dict, folder: Path, stem: str) -> tuple[Path, Path]:
    """Write <stem>.svg and <stem>.png into folder; returns (svg, png)."""
    rows = rows_from(context)
    measure = _Measure()
    svg = folder / f"{stem}.svg"
    svg.write_text(to_svg(rows, measure), encoding="utf-8")
    png = to_png(rows, measure, folder / f"{stem}.png")
    return svg, png
