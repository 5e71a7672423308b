"""Desktop integration: the bundled CJK font, the icon, Finder's open events, a first window size that fits."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase, QGuiApplication, QIcon
from PySide6.QtWidgets import QApplication, QWidget

from wizard.core.runtime.resources import bundled_font, data_dir  # a few path lookups; no pydantic

log = logging.getLogger(__name__)


SCREEN_SHARE = 0.92  # of the screen's free area at most: a 1366×768 laptop keeps the title bar and the edges


def fit_on_screen(window: QWidget, width: int, height: int) -> None:
    """A first size of `width` × `height`, made smaller where the screen is (the taskbar and docks left out)."""
    screen = window.screen() or QGuiApplication.primaryScreen()
    if screen is not None:
        area = screen.availableGeometry()
        width, height = min(width, int(area.width() * SCREEN_SHARE)), min(height, int(area.height() * SCREEN_SHARE))
    window.resize(width, height)


def set_icon(app: QApplication) -> None:
    """Every drawn size, 16 to 1024 px: Qt picks the one for the screen's scale, so high-DPI stays sharp."""
    icon = QIcon()
    for png in sorted((data_dir("resources") / "icons").glob("icp-wizard-*.png")):
        icon.addFile(str(png))
    if not icon.isNull():
        app.setWindowIcon(icon)


def add_bundled_font() -> bool:
    """The program's CJK font, for Qt's font fallback: without it a machine with no Chinese font draws boxes.

    About 1 ms once Qt has its font database (benchmarks/gui.py: 7 ms with that, 3 % of start-up):
    Qt reads the file's names and coverage, not its glyphs.
    """
    path = bundled_font()
    if QFontDatabase.addApplicationFont(str(path)) < 0:
        log.warning("the bundled font %s could not be registered with Qt", path)
        return False
    return True


def can_draw_chinese() -> bool:
    """Whether any font Qt knows, the bundled one included, has Simplified Chinese."""
    return bool(QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese))


class FileOpenEvents(QObject):
    """macOS delivers a double-clicked document as a FileOpen event, not as an argument.

    Only there: an application-wide filter sees every event of every widget, each a call into
    Python (and the first one builds PySide's QEvent.Type enum, ~40 ms of start-up)."""

    def __init__(self, app: QApplication, open_path: Callable[[str], object], platform: str = sys.platform):
        super().__init__(app)
        self.open_path = open_path
        if platform == "darwin":
            app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.FileOpen and event.file():
            self.open_path(event.file())
            return True
        return super().eventFilter(watched, event)
