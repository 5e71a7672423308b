"""New / Open / Save / Save As for the main window: locks, conflicts and failed saves.

A file open for editing holds a lock beside it, so a colleague who opens the same
file on a shared drive is asked to open it read-only or take it over. Saves never
overwrite silently: a file changed by someone else since it was opened asks first,
and a save that fails (disk full, no permission, folder gone) says why and keeps
everything in the window.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox
from shiboken6 import isValid

from wizard.core.application.model import Application
from wizard.core.application.storage import ConflictError, DocumentLock, SaveError, digest_of, save_application
from wizard.core.runtime.crash import breadcrumb
from wizard.core.runtime.errors import InputError, os_reason

from ..language.i18n import lang, tr
from . import files

FILE_FILTER = "ICP application (*.yaml *.yml *.json)"
SUFFIXES = (".yaml", ".yml", ".json")


def ask_choice(parent, title: str, text: str, informative: str, choices: list[tuple[str, str]]) -> str | None:
    """A warning with one button per choice plus Cancel; the key of the chosen button, or None."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    box.setInformativeText(informative)
    buttons = {box.addButton(label, QMessageBox.ButtonRole.AcceptRole): key for key, label in choices}
    box.setDefaultButton(next(iter(buttons)))  # the safe choice comes first
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return buttons.get(box.clickedButton())


class FileActions:
    """Mixed into MainWindow (which provides session, go_to and _refresh_recent)."""

    lock: DocumentLock | None = None
    digest: str | None = None  # of the file as last opened or saved: how we notice other people's saves
    read_only = False

    def maybe_save(self) -> bool:
        """True when it is fine to drop the current document."""
        if not self.session.dirty:
            return True
        answer = QMessageBox.question(
            self, tr("未保存的更改"), tr("是否保存对当前申请的更改？"),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel)
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def new_file(self) -> None:
        if self.maybe_save():
            breadcrumb("file", "new")
            self._release()
            self.session.load(Application(), None)
            self.go_to(0)

    def open_file(self) -> None:
        if not self.maybe_save():
            return
        path, _ = QFileDialog.getOpenFileName(self, tr("打开申请"), "", FILE_FILTER)
        if path:
            self.open_path(path, ask=False)

    def open_path(self, path: str, ask: bool = True) -> bool:
        if ask and not self.maybe_save():
            return False
        try:
            from wizard.core.application.documents import load_application  # PyYAML when a file is opened

            application = load_application(path)
        except (InputError, OSError) as exc:
            breadcrumb("file", "open_refused")
            error = exc if isinstance(exc, InputError) else InputError(os_reason(exc), file=path)
            reason = error.describe(lang())
            QMessageBox.warning(self, tr("无法打开文件"),
                                tr("无法读取 {path}：\n{reason}").format(path=path, reason=reason))
            return False
        lock = DocumentLock(path)
        read_only = False
        if not lock.acquire() and not lock.unavailable:
            choice = self._ask_locked(path)
            if choice is None:
                return False
            read_only = choice == "read_only"
            lock = None  # held elsewhere: saves rely on the digest check instead
        breadcrumb("file", "opened_read_only" if read_only else "opened")
        self._release()
        self.lock, self.read_only, self.digest = lock, read_only, digest_of(path)
        self.session.load(application, str(path))
        files.add_recent(str(path))
        self._refresh_recent()
        self.go_to(0)
        self._update_title()
        return True

    def open_workspace(self, folder: str | None = None) -> object:
        """文件 → 打开工作区…: every client file in a folder as one table, in a window of its own."""
        from ..workspace import open_workspace

        window = open_workspace(self, folder)
        if window is not None:
            self.workspaces = [w for w in getattr(self, "workspaces", []) if isValid(w)] + [window]
        return window

    def close_workspaces(self) -> None:
        for window in getattr(self, "workspaces", []):
            if isValid(window):
                window.close()
        self.workspaces = []

    def restore_recovered(self, application: Application, path: str | None) -> None:
        """Work recovered after a crash goes back to its own file, unsaved, so nothing is written yet."""
        breadcrumb("file", "recovered")
        self._release()
        if path is not None and Path(path).exists():
            lock = DocumentLock(path)
            self.lock = lock if lock.acquire() else None
            self.digest = digest_of(path)  # what is on disk now: a later save still notices other people's saves
        elif path is not None:
            path = None  # the file is gone: the recovered work becomes a new, untitled document
        self.session.load(application, path, unsaved=True)
        self._update_title()

    def _ask_locked(self, path: str) -> str | None:
        from wizard.core.application.storage import lock_holder

        holder = lock_holder(path)  # "user@host" from the owner note beside the lock, when there is one
        text = (tr("{name} 正由 {holder} 编辑。").format(name=Path(path).name, holder=holder) if holder else
                tr("{name} 已在另一个窗口或另一台电脑上打开。").format(name=Path(path).name))
        return ask_choice(
            self, tr("文件正在使用"), text,
            tr("只读打开不会改动文件；接管编辑后，保存前仍会检查对方是否已保存过。"),
            [("read_only", tr("只读打开")), ("take_over", tr("接管编辑"))])

    def save(self) -> bool:
        if self.session.path is None or self.read_only:
            return self.save_as()
        return self.save_to(self.session.path)

    def save_as(self) -> bool:
        path, _ = QFileDialog.getSaveFileName(self, tr("另存为"), self.session.path or "application.yaml",
                                              FILE_FILTER)
        if not path:
            return False
        if not path.lower().endswith(SUFFIXES):
            path += ".yaml"
        return self.save_to(path, replace_confirmed=True)

    def save_to(self, path: str, replace_confirmed: bool = False) -> bool:
        same_file = self.session.path is not None and Path(path) == Path(self.session.path)
        expected = self.digest if same_file else digest_of(path) if replace_confirmed else None
        try:
            digest = save_application(self.session.application, path, expected_digest=expected)
        except ConflictError:
            choice = self._ask_conflict(path)
            if choice == "save_as":
                return self.save_as()
            if choice != "overwrite":
                return False
            return self._save_forced(path)
        except SaveError as exc:
            self._save_failed(exc)
            return False
        self._saved(path, digest)
        return True

    def _save_forced(self, path: str) -> bool:
        try:
            digest = save_application(self.session.application, path, force=True)
        except SaveError as exc:
            self._save_failed(exc)
            return False
        self._saved(path, digest)
        return True

    def _ask_conflict(self, path: str) -> str | None:
        return ask_choice(
            self, tr("文件已被修改"),
            tr("自您打开 {name} 以来，它已被别人或其他程序修改。").format(name=Path(path).name),
            tr("另存为可同时保留两个版本。覆盖会用您的版本替换对方的（对方的版本保存在 .bak 备份中）。"),
            [("save_as", tr("另存为…")), ("overwrite", tr("覆盖"))])

    def _save_failed(self, exc: SaveError) -> None:
        breadcrumb("file", "save_failed")
        QMessageBox.warning(self, tr("未能保存"), tr(
            "{file}\n\n保存没有成功，原文件保持不变，您的修改仍在窗口中。\n原因：{reason}").format(
            file=exc.file, reason=exc.reason.full(lang())))

    def _saved(self, path: str, digest: str) -> None:
        breadcrumb("file", "saved")
        if self.session.path is None or Path(path) != Path(self.session.path) or self.lock is None:
            self._release()
            lock = DocumentLock(path)
            self.lock = lock if lock.acquire() else None
        self.digest, self.read_only = digest, False
        self.session.mark_saved(path)
        files.add_recent(path)
        self._refresh_recent()
        self._update_title()

    def _release(self) -> None:
        if self.lock is not None:
            self.lock.release()
        self.lock, self.digest, self.read_only = None, None, False
