"""Entry point: `icp-wizard-gui [file.yaml]`."""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence
from types import TracebackType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from . import files
from .i18n import LANGUAGES, set_language, system_language, tr


def _excepthook(kind: type[BaseException], value: BaseException, _tb: TracebackType | None) -> None:
    """Unexpected errors become a plain dialog: no traceback, no personal data in any log."""
    if issubclass(kind, KeyboardInterrupt):
        QApplication.quit()
        return
    QMessageBox.critical(
        QApplication.activeWindow(), tr("出现意外错误"),
        tr("程序遇到了一个意外问题，刚才的操作没有完成。您的数据已自动保存；如问题反复出现，请保存文件后重新启动程序。\n\n问题类型：") + kind.__name__)


def apply_saved_language() -> None:
    """The language chosen last time; the system's on the first start."""
    saved = files.settings().value("language")
    set_language(saved if saved in LANGUAGES else system_language())


def install_excepthook() -> None:
    sys.excepthook = _excepthook


def create_window(argv: Sequence[str] = (), packs_override: object = None,  # noqa: ANN201 - returns MainWindow
                  before_dialogs: Callable[[], object] | None = None):
    """Load packs, build the session and window; shows pack errors and recovery offers as dialogs."""
    from wizard.core.documents import load_application  # noqa: F401 - imported early to fail fast
    from wizard.core.rulepack.loader import load_packs

    from .session import Session
    from .window import MainWindow

    apply_saved_language()
    pack_set = packs_override if packs_override is not None else load_packs()
    session = Session(pack_set.packs)
    autosave = files.Autosave()
    recover = autosave.recoverable()
    autosave.start_session()
    window = MainWindow(session, autosave)
    window.show()
    window.show_translation_state()
    if before_dialogs is not None:
        before_dialogs()
    if pack_set.errors:
        QMessageBox.warning(window, tr("部分规则包无法使用"),
                            tr("以下规则包有错误，已跳过；其他省份仍可使用：\n\n")
                            + "\n".join(error.describe() for error in pack_set.errors))
    if not pack_set.packs:
        QMessageBox.critical(window, tr("没有可用的规则包"),
                             tr("找不到任何省份的规则包，无法检查申请。"))
    if recover and _ask_recover(window):
        try:
            window.restore_recovered(*autosave.recover())
        except Exception as exc:  # noqa: BLE001 - a damaged autosave must not stop the program
            QMessageBox.warning(window, tr("无法恢复"), str(exc))
    elif argv:
        window.open_path(argv[0], ask=False)
    return window


def _ask_recover(parent: object) -> bool:
    answer = QMessageBox.question(
        parent, tr("恢复未保存的工作"),
        tr("上次程序没有正常退出。是否恢复自动保存的内容？"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in args if a.startswith("-")]])
    app.setApplicationName(files.APP_NAME)
    app.setOrganizationName(files.ORGANISATION)
    install_excepthook()
    from .desktop import FileOpenEvents, add_bundled_font, set_icon
    from .startup import StartupWindow

    add_bundled_font()  # before the first window: it shows Chinese
    settings = files.settings()
    apply_saved_language()
    first = StartupWindow(settings.value("geometry"))
    first.show()

    def finish() -> None:  # after the first window is on screen
        set_icon(app)
        window = create_window([a for a in args if not a.startswith("-")], before_dialogs=first.close)
        app._main_window = window
        app._file_open_events = FileOpenEvents(app, window.open_path)

    QTimer.singleShot(0, finish)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
