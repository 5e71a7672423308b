"""GUI tests run offscreen with settings, autosave and dialogs redirected to temporary places."""

from __future__ import annotations

import functools
import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest  # noqa: E402
from PySide6.QtCore import QSettings  # noqa: E402
from PySide6.QtWidgets import QMessageBox  # noqa: E402


class Dialogs:
    """Records every message box instead of blocking; `answers` queue the replies to questions."""

    def __init__(self) -> None:
        self.shown: list[tuple[str, str, str]] = []
        self.answers: list[QMessageBox.StandardButton] = []
        self.choices: list[str | None] = []  # replies to file_actions.ask_choice (None = Cancel)

    def _choose(self, _parent, title, text, _informative, options):
        self.shown.append(("choice", str(title), str(text)))
        return self.choices.pop(0) if self.choices else None

    def _record(self, kind: str):
        def show(_parent, title, text, *args, **kwargs):
            self.shown.append((kind, str(title), str(text)))
            if kind == "question":
                return self.answers.pop(0) if self.answers else QMessageBox.StandardButton.Discard
            return QMessageBox.StandardButton.Ok

        return show

    def of(self, kind: str) -> list[tuple[str, str, str]]:
        return [d for d in self.shown if d[0] == kind]


@pytest.fixture(autouse=True)
def isolated(tmp_path, monkeypatch):
    import platformdirs

    data = tmp_path / "data"
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(data))
    config = tmp_path / "config"
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(config))
    yield


@pytest.fixture
def dialogs(monkeypatch):
    recorder = Dialogs()
    for kind in ("question", "warning", "information", "critical", "about"):
        monkeypatch.setattr(QMessageBox, kind, staticmethod(recorder._record(kind)))
    from wizard.gui.system import file_actions

    monkeypatch.setattr(file_actions, "ask_choice", recorder._choose)
    return recorder


@functools.cache
def _bundled_font_added() -> bool:
    from wizard.gui.system.desktop import add_bundled_font

    return add_bundled_font()


@pytest.fixture
def make_window(qtbot, dialogs):
    """create_window(...) as the launcher does; every window is closed without prompts afterwards."""
    from wizard.gui.language.i18n import set_language
    from wizard.gui.launcher import create_window

    assert _bundled_font_added()  # launcher.main registers it before the first window

    windows = []

    def make(argv=(), lang="zh"):
        window = create_window(list(argv))
        set_language(lang)
        qtbot.addWidget(window)
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.session.dirty = False
        window.autosave = None
        window.close()


class Announcements:
    """Records the accessibility announcements the program sends (then lets Qt deliver them)."""

    def __init__(self, monkeypatch):
        from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

        self.heard: list[tuple[str, object, object]] = []  # message, politeness, the widget it is about
        deliver = QAccessible.updateAccessibility

        def update(event):
            if isinstance(event, QAccessibleAnnouncementEvent):
                self.heard.append((event.message(), event.politeness(), event.object()))
            deliver(event)

        monkeypatch.setattr(QAccessible, "updateAccessibility", staticmethod(update))


@pytest.fixture
def announcements(monkeypatch):
    return Announcements(monkeypatch)
