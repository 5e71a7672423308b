"""Desktop integration: the bundled CJK font, the icon, Finder's open events."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase, QIcon
from PySide6.QtWidgets import QApplication

from wizard.core.resources import data_dir  # a few path lookups; no pydantic


def set_icon(app: QApplication) -> None:
    """Every drawn size, 16 to 1024 px: Qt picks the one for the screen's scale, so high-DPI stays sharp."""
    icon = QIcon()
    for png in sorted((data_dir("resources") / "icons").glob("icp-wizard-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)


def add_bundled_fonts() -> None:
    """Installer builds carry a CJK font; without one a bare Linux desktop draws Chinese as boxes."""
    folder = data_dir("resources") / "fonts"
    for font in sorted(folder.glob("*.tt[fc]")) if folder.is_dir() else []:
        QFontDatabase.addApplicationFont(str(font))


class FileOpenEvents(QObject):
    """macOS delivers a double-clicked document as a FileOpen event, not as an argument."""

    def __init__(self, app: QApplication, open_path: Callable[[str], object]):
        super().__init__(app)
        self.open_path = open_path
        app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open_path(event.file())
            return True
        return super().eventFilter(watched, event)
