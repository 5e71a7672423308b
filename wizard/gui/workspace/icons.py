"""Small icons of the workspace table, drawn so that they need no image files: a padlock, a warning."""

from __future__ import annotations

import functools

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QStyle


@functools.cache
def lock_icon() -> QIcon:
    """A padlock at 1×, 2× and 3× (the row also says "locked" in words: never colour or icon alone)."""
    icon = QIcon()
    for scale in (1, 2, 3):
        pixmap = QPixmap(16 * scale, 16 * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        colour = QColor("#5d4037")
        painter.setPen(QPen(colour, 1.6))
        painter.drawArc(QRectF(4.5, 1.5, 7, 8), 0, 180 * 16)  # the shackle
        painter.drawLine(4.5, 5.5, 4.5, 7.5)
        painter.drawLine(11.5, 5.5, 11.5, 7.5)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(2.5, 7.5, 11, 7), 1.5, 1.5)  # the body
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def error_icon() -> QIcon:
    return QApplication.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
