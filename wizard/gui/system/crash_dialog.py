"""Unexpected errors in the wizard: a private crash report (wizard.core.runtime.crash) and a dialog saying
where it is, with a copy to the clipboard.

PySide6 hands an exception raised in a slot or a Qt virtual method to sys.excepthook and goes
on, so the window survives; threads go through threading.excepthook and are shown on the main
thread. The autosave is flushed first and left in place, so a later real crash still offers
recovery. Nothing is sent anywhere.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QUrl, Signal, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..language.i18n import lang, tr

if TYPE_CHECKING:  # the report module is loaded when first needed: the first window does not wait for it
    from wizard.core.runtime import crash


class CrashDialog(QDialog):
    """What happened, that the work is safe, where the report is; Copy report, Open folder, Close."""

    def __init__(self, report: crash.CrashReport, parent: QWidget | None = None):
        super().__init__(parent)
        self.report = report
        self.setWindowTitle(tr("出现意外错误"))
        layout = QVBoxLayout(self)
        for text in (
            tr("程序遇到了一个意外问题，刚才的操作没有完成。您的工作已自动保存；"
               "建议先保存文件，再重新启动程序。"),
            tr("本机已记下一份错误报告，供开发人员查找原因。报告不含姓名、证件号码、地址或文件内容，"
               "本程序也不会把它发送到任何地方；需要帮助时，您可以自行把它发给为您提供本程序的人。"),
        ):
            label = QLabel(text)
            label.setWordWrap(True)
            layout.addWidget(label)
        if report.path is not None:
            layout.addWidget(QLabel(tr("报告文件：")))
            self.location = QLineEdit(str(report.path))
            self.location.setReadOnly(True)
            layout.addWidget(self.location)
        else:
            problem = QLabel(tr("报告无法写入文件（{reason}），但可以复制下面的内容。").format(
                reason=report.problem or "?"))
            problem.setWordWrap(True)
            layout.addWidget(problem)
        self.details = QPlainTextEdit(report.text)
        self.details.setReadOnly(True)
        self.details.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.details.setMinimumSize(560, 180)
        layout.addWidget(self.details, 1)
        buttons = QDialogButtonBox()
        self.copy_button = QPushButton(tr("复制报告"))
        self.copy_button.clicked.connect(self.copy)
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.folder_button = QPushButton(tr("打开所在文件夹"))
        self.folder_button.clicked.connect(self.open_folder)
        self.folder_button.setEnabled(report.path is not None)
        buttons.addButton(self.folder_button, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.accept)
        close.setDefault(True)
        layout.addWidget(buttons)
        self._name_controls()

    def _name_controls(self) -> None:
        """For a screen reader: the read-only fields have no label of their own, the buttons say what they do."""
        from ..access import accessibility

        if report_path := getattr(self, "location", None):
            accessibility.name(report_path, tr("报告文件"), tr("错误报告在本机的保存位置。"))
        accessibility.name(self.details, tr("报告内容"), tr("报告不含姓名、证件号码、地址或文件内容。"))
        accessibility.name(self.copy_button, self.copy_button.text(), tr("把报告复制到剪贴板。"))
        accessibility.name(self.folder_button, self.folder_button.text(), tr("在文件管理器中打开报告所在的文件夹。"))
        for button in self.findChildren(QPushButton):
            if not button.accessibleDescription():
                button.setAccessibleDescription(tr("关闭这个窗口。"))

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.report.text)
        self.copy_button.setText(tr("已复制"))

    def open_folder(self) -> None:
        if self.report.path is not None:  # a local folder in the file manager; no network involved
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.report.path.parent)))


def qt_environment() -> dict[str, str]:
    """The report's Qt lines: versions, the platform plugin and the interface language."""
    import PySide6

    app = QGuiApplication.instance()
    platform = app.platformName() if isinstance(app, QGuiApplication) else "none"
    return {"qt": f"Qt {qVersion()}, PySide6 {PySide6.__version__}, platform plugin {platform}",
            "interface language": lang()}


def main_window() -> QWidget | None:
    """The wizard's window the user is working in (the one with a session), if any is open."""
    candidates = [w for w in QApplication.topLevelWidgets() if hasattr(w, "session") and w.isVisible()]
    active = QApplication.activeWindow()
    return active if active in candidates else candidates[0] if candidates else None


class CrashHandler(QObject):
    """sys.excepthook and threading.excepthook of the wizard."""

    _from_thread = Signal(object, str)  # emitted in the failing thread, delivered on the main thread

    def __init__(self, window: Callable[[], QWidget | None] | None = None):
        super().__init__()
        self.window = window or main_window
        self.dialog: CrashDialog | None = None
        self._from_thread.connect(self.handle)

    def install(self) -> None:
        sys.excepthook = self.excepthook
        threading.excepthook = self.thread_excepthook

    def excepthook(self, kind: type[BaseException], value: BaseException, _tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            QApplication.quit()
            return
        self.handle(value, "main thread")

    def thread_excepthook(self, args: threading.ExceptHookArgs) -> None:
        if args.exc_type is SystemExit or args.exc_value is None:
            return
        self._from_thread.emit(args.exc_value, f"thread {args.thread.name if args.thread else '?'}")

    def handle(self, exc: BaseException, where: str) -> None:
        try:
            self._report(exc, where)
        except Exception:  # noqa: BLE001 - the handler's own failure must not print the first traceback
            QMessageBox.critical(self.window(), tr("出现意外错误"), tr(
                "程序遇到了一个意外问题，刚才的操作没有完成。您的数据已自动保存；"
                "如问题反复出现，请保存文件后重新启动程序。\n\n问题类型：") + type(exc).__name__)

    def _report(self, exc: BaseException, where: str) -> None:
        window = self.window()
        autosave = getattr(window, "autosave", None)
        if autosave is not None:
            autosave.flush()  # the latest edits are on disk; the file and its marker stay for recovery
        from wizard.core.runtime import crash

        report = crash.write_report(exc, where, qt_environment())
        if report.repeated or (self.dialog is not None and self.dialog.isVisible()):
            return  # one dialog per error: a failing paint event must not open a dialog per frame
        self.dialog = CrashDialog(report, window)
        self.dialog.open()  # window-modal and not blocking: the excepthook returns, the window goes on
