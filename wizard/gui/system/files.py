"""Autosave, crash-recovery marker and recent files. No personal data is ever logged."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal

from wizard.core.runtime.resources import APP_NAME
from wizard.core.runtime.resources import user_data_dir as data_dir

if TYPE_CHECKING:  # the core is imported lazily so that the first page shows quickly
    from wizard.core.application.model import Application

ORGANISATION = "icp-wizard"
MAX_RECENT = 8
AUTOSAVE_DELAY_MS = 2000


def settings() -> QSettings:
    return QSettings(ORGANISATION, APP_NAME)


def recent_files() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [str(v) for v in (value or []) if v]


def add_recent(path: str) -> list[str]:
    path = str(Path(path).resolve())
    files = [path] + [f for f in recent_files() if f != path]
    settings().setValue("recent", files[:MAX_RECENT])
    return files[:MAX_RECENT]


class Autosave(QObject):
    """Writes the application to autosave.yaml ~2 s after the last edit; a marker file
    tells the next start whether this session ended cleanly."""

    failed = Signal(object)  # why an autosave could not be written: a core Reason

    def __init__(self, parent: QObject | None = None, delay_ms: int = AUTOSAVE_DELAY_MS):
        super().__init__(parent)
        self.folder = data_dir()
        self.file = self.folder / "autosave.yaml"
        self.source = self.folder / "autosave.source"  # which file the autosaved work belongs to
        self.marker = self.folder / "session.running"
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(delay_ms)
        self.timer.timeout.connect(self.flush)
        self.pending: Application | None = None  # noqa: F821
        self.pending_path: str | None = None

    def recoverable(self) -> bool:
        """The previous session did not exit cleanly and left an autosave."""
        return self.marker.exists() and self.file.exists()

    def recover(self) -> tuple[Application, str | None]:
        """The autosaved work and the file it belongs to (None for a document never saved)."""
        from wizard.core.application.documents import load_application

        try:
            path = self.source.read_text(encoding="utf-8").strip() or None
        except OSError:
            path = None
        return load_application(self.file), path

    def start_session(self) -> None:
        self.marker.write_text(str(os.getpid()), encoding="utf-8")

    def schedule(self, application: Application, path: str | None = None) -> None:
        self.pending, self.pending_path = application, path
        self.timer.start()

    def flush(self) -> None:
        if self.pending is None:
            return
        from wizard.core.application.storage import SaveError, save_application
        from wizard.core.runtime.errors import os_reason

        try:  # the same atomic write as a real save: a crash mid-autosave never spoils the last one
            save_application(self.pending, self.file, force=True)
            self.source.write_text(self.pending_path or "", encoding="utf-8")
        except SaveError as exc:
            self.failed.emit(exc.reason)  # the window says so; the edits are still in memory
            return
        except OSError as exc:  # the small .source file
            self.failed.emit(os_reason(exc))
            return
        self.pending = None

    def discard(self) -> None:
        self.timer.stop()
        self.pending = None
        self.file.unlink(missing_ok=True)
        self.file.with_name(self.file.name + ".bak").unlink(missing_ok=True)
        self.source.unlink(missing_ok=True)

    def end_session(self) -> None:
        """Clean exit: nothing to recover next time."""
        self.discard()
        self.marker.unlink(missing_ok=True)
