"""`icp-wizard`: the GUI when run without a subcommand (or with only a file, or `workspace DIR`), else the core CLI.

This dispatcher lives outside wizard.core so that the core never imports Qt.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if "--self-test" in args and "--gui" in args:
        # `--self-test --gui`: the core's self-test, then proof that Qt and the wizard's windows
        # load (used on built installers). Kept here because wizard.core must not import Qt.
        from .core.commandline.cli import main as cli_main

        return cli_main([a for a in args if a != "--gui"]) or _gui_self_test(args)
    from .core.commandline.cli_usage import split_lang

    language, rest = split_lang(args)  # `icp-wizard --lang en [FILE]`: the window, in English
    # `icp-wizard workspace DIR`: the workspace window; `workspace --help` and wrong calls go to the CLI, which explains
    if rest[:1] == ["workspace"] and len(rest) == 2 and not rest[1].startswith("-"):
        rest = ["--workspace", rest[1]]
    opens_file = len(rest) == 1 and not rest[0].startswith("-") and Path(rest[0]).suffix.lower() in (".yaml", ".yml", ".json")
    if language in (None, "zh", "en") and (not rest or opens_file or rest[0] == "--workspace"):
        try:
            from .gui.launcher import main as gui_main
        except ImportError as exc:
            from .core.commandline.cli import requested_lang
            from .core.messages import Reason

            print(f"icp-wizard: {Reason('gui.cannot_start', {}, str(exc)).full(requested_lang(args))}", file=sys.stderr)
            return 2
        return gui_main(rest + ([f"--lang={language}"] if language else []))
    from .core.commandline.cli import main as cli_main

    return cli_main(args)


def _gui_self_test(args: Sequence[str]) -> int:
    """Builds the main window with every page, shows it and processes events; no user settings are written."""
    import os

    from .core.commandline.cli import requested_lang
    from .core.messages import Reason, Verbatim, message

    lang = requested_lang(args)

    def say(code: str, **params: object) -> None:
        print(message(code, lang, **params))

    # Offscreen unless told otherwise: runs on a build server; QT_QPA_PLATFORM=windows/cocoa tests the native one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QLibraryInfo
        from PySide6.QtWidgets import QApplication

        from .core.rulepack.cache import cached_packs
        from .gui.language.i18n import set_language, translated
        from .gui.language.texts import NEXT
        from .gui.session import Session
        from .gui.system.desktop import add_bundled_font, can_draw_chinese
        from .gui.window import MainWindow
    except ImportError as exc:
        say("selftest.problem", problem=Verbatim(Reason("guitest.cannot_load", {}, str(exc)).full(lang)))
        say("guitest.failed")
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    add_bundled_font()  # as the launcher does
    chinese = can_draw_chinese()
    window = MainWindow(Session(cached_packs()))  # no Autosave: nothing is written
    window.show()
    app.processEvents()
    pages = len(list(window.pages))  # builds every page (each is otherwise built when first shown): all must load
    shown = window.isVisible()
    set_language("en")  # the compiled Linguist file must have come along
    english = translated(NEXT) == "Next >"
    set_language("zh")
    plugins = QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)
    # A built program must use the Qt it carries (its qt.conf), not one found elsewhere on the machine.
    foreign_qt = getattr(sys, "frozen", False) and not Path(plugins).resolve().is_relative_to(
        Path(getattr(sys, "_MEIPASS", ".")).resolve().parent)
    window.hide()  # hide, not close: closing saves the window geometry to the user's settings
    window.deleteLater()
    app.processEvents()
    say("guitest.shown", pages=pages, platform=app.platformName())
    if foreign_qt:
        say("selftest.problem", problem=Reason("guitest.foreign_qt", {"folder": Verbatim(plugins)}))
    if not english:
        say("selftest.problem", problem=Reason("guitest.no_english"))
    if not chinese:
        say("selftest.problem", problem=Reason("guitest.no_chinese_font", {"font": Verbatim("resources/fonts/wqy-microhei.ttf")}))
    if not shown or pages == 0 or foreign_qt or not english or not chinese:
        say("guitest.failed")
        return 1
    say("guitest.passed")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
