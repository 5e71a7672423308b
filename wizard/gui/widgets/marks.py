"""The small icons the program draws itself: status dots of the step list, severity marks of list rows, the
workspace's padlock. Each is drawn for the palette it is shown on (colours.py), at 1×, 2× and 3×, and
again when the palette changes (a cache keyed by the palette). A selected row's icon is drawn against
the highlight. Each mark also has its own shape (a tick, "!", a cross, a hollow ring), so that colour
is never the only signal.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QIcon, QPainter, QPainterPath, QPalette, QPen, QPixmap
from PySide6.QtWidgets import QWidget

from ..access.colours import background_of, colour, palette_of

STATUS_ROLES = {"not_started": "not_started", "complete": "ok", "warnings": "warning", "blockers": "blocker"}
_cache: dict[tuple[str, int], QIcon] = {}


def _glyph(painter: QPainter, kind: str, pen: QPen, lower: float = 0.0) -> None:
    """A mark's glyph, centred in a disc; `lower` moves it down (into a triangle, whose middle is lower)."""
    painter.save()
    painter.translate(0.0, lower)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    if kind == "tick":
        painter.drawPolyline([QPointF(5.0, 8.2), QPointF(7.2, 10.4), QPointF(11.0, 5.8)])
    elif kind == "cross":
        painter.drawLine(QPointF(5.6, 5.6), QPointF(10.4, 10.4))
        painter.drawLine(QPointF(10.4, 5.6), QPointF(5.6, 10.4))
    elif kind == "bang":  # "!": a stroke and a dot
        painter.drawLine(QPointF(8.0, 4.6), QPointF(8.0, 8.8))
        painter.drawPoint(QPointF(8.0, 11.2))
    painter.restore()


def _draw(paint: Callable[[QPainter, QPalette.ColorRole], None], palette: QPalette, background: QPalette.ColorRole) -> QIcon:
    icon = QIcon()
    for mode, role in ((QIcon.Mode.Normal, background), (QIcon.Mode.Selected, QPalette.ColorRole.Highlight)):
        for scale in (1, 2, 3):
            pixmap = QPixmap(16 * scale, 16 * scale)
            pixmap.setDevicePixelRatio(scale)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            paint(painter, role)
            painter.end()
            icon.addPixmap(pixmap, mode)
    return icon


def _cached(key: str, where: QWidget | QPalette | None, make: Callable[[QPalette], QIcon]) -> QIcon:
    palette = palette_of(where)
    cache_key = (key, palette.cacheKey())
    if cache_key not in _cache:
        if len(_cache) > 200:  # palettes come and go (a theme switched back and forth): keep it small
            _cache.clear()
        _cache[cache_key] = make(palette)
    return _cache[cache_key]


def status_icon(status: str, where: QWidget | QPalette | None = None) -> QIcon:
    """A step's dot on the step list's background: filled with a tick, "!" or a cross, or a hollow ring
    for a page not started; blank for a step without a status, so that the step names stay aligned."""

    def make(palette: QPalette) -> QIcon:
        def paint(painter: QPainter, role: QPalette.ColorRole) -> None:
            if status not in STATUS_ROLES:
                return
            back = background_of(palette, role)
            ink = colour(STATUS_ROLES[status], back)
            if status == "not_started":
                painter.setPen(QPen(ink, 1.6))
                painter.drawEllipse(QRectF(2.8, 2.8, 10.4, 10.4))
                return
            painter.setPen(QPen(ink, 1.2))
            painter.setBrush(ink)
            painter.drawEllipse(QRectF(2.0, 2.0, 12, 12))
            glyph = {"complete": "tick", "warnings": "bang", "blockers": "cross"}[status]
            _glyph(painter, glyph, QPen(back, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap))

        return _draw(paint, palette, QPalette.ColorRole.Base)

    return _cached(f"status:{status}", where, make)


def severity_icon(severity: str | None, where: QWidget | QPalette | None = None) -> QIcon:
    """A list row's mark: a red disc with a cross for a blocker, an amber triangle with "!" for a warning."""
    if severity not in ("blocker", "warning"):
        return QIcon()

    def make(palette: QPalette) -> QIcon:
        def paint(painter: QPainter, role: QPalette.ColorRole) -> None:
            back = background_of(palette, role)
            ink = colour(severity, back)
            painter.setPen(QPen(ink, 1.0))
            painter.setBrush(ink)
            glyph_pen = QPen(back, 1.8, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap)
            if severity == "blocker":
                painter.drawEllipse(QRectF(1.5, 1.5, 13, 13))
                _glyph(painter, "cross", glyph_pen)
            else:
                path = QPainterPath(QPointF(8.0, 1.2))
                path.lineTo(15.0, 14.5)
                path.lineTo(1.0, 14.5)
                path.closeSubpath()
                painter.drawPath(path)
                _glyph(painter, "bang", glyph_pen, lower=1.2)

        return _draw(paint, palette, QPalette.ColorRole.Base)

    return _cached(f"severity:{severity}", where, make)


def lock_icon(where: QWidget | QPalette | None = None) -> QIcon:
    """A padlock (the row also says "locked" in words: never colour or icon alone)."""

    def make(palette: QPalette) -> QIcon:
        def paint(painter: QPainter, role: QPalette.ColorRole) -> None:
            ink = colour("lock", background_of(palette, role))
            painter.setPen(QPen(ink, 1.6))
            painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)  # the shackle
            painter.drawLine(QPointF(4.5, 5.5), QPointF(4.5, 7.5))
            painter.drawLine(QPointF(11.5, 5.5), QPointF(11.5, 7.5))
            painter.setBrush(ink)
            painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7), 1.5, 1.5)  # the body

        return _draw(paint, palette, QPalette.ColorRole.Base)

    return _cached("lock", where, make)
