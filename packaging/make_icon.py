"""Draws the program icon as resources/icons/icp-wizard-<size>.png, 16 to 1024 px; run once, commit the PNGs.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/make_icon.py

Shapes only, no text: the result does not depend on which fonts the machine has.
Each size is drawn from the shapes, not scaled from another PNG, so small sizes stay crisp and
high-DPI screens (and macOS's 512@2x) get real pixels. The .ico / .icns are made from these at
build time (see icp-wizard.spec); the running program gives Qt all of them (gui/system/desktop.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPainterPath, QPen

FOLDER = Path(__file__).resolve().parent.parent / "resources" / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512, 1024)
DESIGN = 256  # the coordinates below are on a 256 px grid


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / DESIGN, size / DESIGN)
    # Background: a rounded square in "official" red, as on Chinese licence seals.
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor("#c8102e"))
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    # A sheet of paper with a folded corner: the application file.
    sheet = QPainterPath()
    sheet.moveTo(64, 40)
    sheet.lineTo(158, 40)
    sheet.lineTo(196, 78)
    sheet.lineTo(196, 216)
    sheet.lineTo(64, 216)
    sheet.closeSubpath()
    p.setBrush(QColor("#ffffff"))
    p.drawPath(sheet)
    fold = QPainterPath()
    fold.moveTo(158, 40)
    fold.lineTo(158, 78)
    fold.lineTo(196, 78)
    fold.closeSubpath()
    p.setBrush(QColor("#f2c6cc"))
    p.drawPath(fold)
    # Three text lines and a check mark: "checked and ready".
    p.setBrush(QColor("#d9d9d9"))
    for y in (96, 120, 144):
        p.drawRoundedRect(QRectF(84, y, 92 if y == 96 else 72, 10), 5, 5)
    pen = QPen(QColor("#1a8f3c"), 18, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPolyline([QPointF(100, 178), QPointF(126, 202), QPointF(176, 150)])
    p.end()
    return image


def main() -> int:
    _app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    FOLDER.mkdir(parents=True, exist_ok=True)
    for size in SIZES:
        out = FOLDER / f"icp-wizard-{size}.png"
        if not draw(size).save(str(out), "PNG"):
            print(f"could not write {out}", file=sys.stderr)
            return 1
        print(f"wrote {out.name} ({out.stat().st_size} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
