"""Entry point: `icp-wizard-gui [--lang zh|en] [file.yaml]` or `icp-wizard-gui --workspace FOLDER` (the consultancy workspace)."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from wizard.core.commandline.cli_usage import split_lang

from .language.i18n import LANGUAGES, lang, set_language, system_language, tr
from .system import files
from .system.crash_dialog import CrashHandler

_crash_handler: list[CrashHandler] = []  # the installed one (kept alive: it receives thread errors)


def apply_saved_language() -> None:
    """The language chosen last time; the system's on the first start."""
    saved = files.settings().value("language")
    set_language(saved if saved in LANGUAGES else system_language())


def install_excepthook() -> CrashHandler:
    """Unexpected errors become a private crash report and a dialog: no traceback, no personal data."""
    _crash_handler[:] = [CrashHandler()]
    _crash_handler[0].install()
    return _crash_handler[0]


def create_window(argv: Sequence[str] = (), packs_override: object = None,  # noqa: ANN201 - returns MainWindow
                  before_dialogs: Callable[[], object] | None = None, workspace: str | None = None,
                  language: str | None = None):
    """Load packs (from their cache), build the session and window; shows pack errors and recovery offers as dialogs.

    With `workspace`, that folder's workspace window opens too, and the wizard's window waits hidden
    until a client is opened from it (unless a file or recovered work is already in it)."""
    from wizard.core.rulepack.cache import cached_packs
    from wizard.core.runtime import crash

    from .session import Session
    from .window import MainWindow

    apply_saved_language()
    if language in LANGUAGES:  # --lang on the command line: this start, and (saved on closing) the next ones
        set_language(language)
    pack_set = packs_override if packs_override is not None else cached_packs()
    session = Session(pack_set)
    crash.remember(lambda: (session.application, session.path))  # scrubbed from any crash report
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
                            + "\n".join(error.describe(lang()) for error in pack_set.errors))
    if not pack_set.packs:
        QMessageBox.critical(window, tr("没有可用的规则包"),
                             tr("找不到任何省份的规则包，无法检查申请。"))
    if recover and _ask_recover(window):
        try:
            window.restore_recovered(*autosave.recover())
        except Exception as exc:  # noqa: BLE001 - a damaged autosave must not stop the program
            from wizard.core.runtime.errors import InputError

            reason = exc.describe(lang()) if isinstance(exc, InputError) else tr("问题类型：") + type(exc).__name__
            QMessageBox.warning(window, tr("无法恢复"),
                                tr("自动保存的内容无法读取，没有恢复。\n{reason}").format(reason=reason))
    elif argv:
        window.open_path(argv[0], ask=False)
    if workspace is not None and window.open_workspace(workspace) is not None and window.session.path is None \
            and not window.session.dirty:
        window.hide()
    return window


def split_arguments(args: Sequence[str]) -> tuple[list[str], str | None]:
    """The files to open and the `--workspace FOLDER` (or `--workspace=FOLDER`), if given."""
    files_to_open, workspace, rest = [], None, list(args)
    while rest:
        arg = rest.pop(0)
        if arg == "--workspace" and rest:
            workspace = rest.pop(0)
        elif arg.startswith("--workspace="):
            workspace = arg.split("=", 1)[1]
        elif not arg.startswith("-"):
            files_to_open.append(arg)
    return files_to_open, workspace


def _ask_recover(parent: object) -> bool:
    answer = QMessageBox.question(
        parent, tr("恢复未保存的工作"),
        tr("上次程序没有正常退出。是否恢复自动保存的内容？"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


def main(argv: Sequence[str] | None = None) -> int:
    language, args = split_lang(sys.argv[1:] if argv is None else argv)
    # What start-up makes (Qt wrappers, models, packs) lives as long as the program: the cyclic
    # collector is paused while it is made (its passes would walk all of it again and again) and
    # then that is frozen out of its later passes, which otherwise cause long pauses during edits.
    collecting = gc.isenabled()
    gc.disable()
    app = QApplication.instance() or QApplication([sys.argv[0], *[a for a in args if a.startswith("-")]])
    app.setApplicationName(files.APP_NAME)
    app.setOrganizationName(files.ORGANISATION)
    handler = install_excepthook()
    from .system.desktop import FileOpenEvents, add_bundled_font, set_icon

    add_bundled_font()  # before the first window: it shows Chinese

    def start() -> None:  # in the event loop, so that a crash here gets the report's dialog
        set_icon(app)
        try:
            # The packs come from their cache and only the first page is built (the others while idle).
            to_open, workspace = split_arguments(args)
            window = create_window(to_open, workspace=workspace, language=language)
        except Exception as exc:  # noqa: BLE001 - the report's dialog first, then the program ends with it
            handler.handle(exc, "start-up")
            return
        finally:
            gc.freeze()
            if collecting:
                gc.enable()
        app._main_window = window
        app._file_open_events = FileOpenEvents(app, window.open_path)
        window.build_pages_when_idle()

    QTimer.singleShot(0, start)
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
