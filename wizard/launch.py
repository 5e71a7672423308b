"""`icp-wizard`: the GUI when run without a subcommand (or with only a file), else the core CLI.

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
        from .core.cli import main as cli_main

        return cli_main([a for a in args if a != "--gui"]) or _gui_self_test()
    opens_file = len(args) == 1 and not args[0].startswith("-") and Path(args[0]).suffix.lower() in (".yaml", ".yml", ".json")
    if not args or opens_file:
        try:
            from .gui.launcher import main as gui_main
        except ImportError as exc:
            print(
                f"icp-wizard: the graphical wizard cannot start ({exc}). "
                "Use a subcommand such as 'icp-wizard check FILE', or reinstall the program.",
                file=sys.stderr,
            )
            return 2
        return gui_main(args)
    from .core.cli import main as cli_main

    return cli_main(args)


def _gui_self_test() -> int:
    """Builds the main window with every page, shows it and processes events; no user settings are written."""
    import os

    # Offscreen unless told otherwise: runs on a build server; QT_QPA_PLATFORM=windows/cocoa tests the native one.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    try:
        from PySide6.QtCore import QLibraryInfo
        from PySide6.QtWidgets import QApplication

        from .core.rulepack.loader import load_packs
        from .gui.desktop import add_bundled_font, can_draw_chinese
        from .gui.i18n import set_language, translated
        from .gui.session import Session
        from .gui.startup import NEXT
        from .gui.window import MainWindow
    except ImportError as exc:
        print(f"PROBLEM: the graphical wizard cannot be loaded: {exc}")
        print("gui self-test failed")
        return 1
    app = QApplication.instance() or QApplication(sys.argv[:1])
    add_bundled_font()  # as the launcher does
    chinese = can_draw_chinese()
    window = MainWindow(Session(load_packs().packs))  # no Autosave: nothing is written
    window.show()
    app.processEvents()
    pages, shown = window.stack.count(), window.isVisible()
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
    print(f"gui: main window with {pages} pages shown on the '{app.platformName()}' platform")
    if foreign_qt:
        print(f"PROBLEM: Qt's plugins are looked for outside the program, in {plugins}")
    if not english:
        print("PROBLEM: the English interface translation (icp_wizard_en.qm) is missing")
    if not chinese:
        print("PROBLEM: no font can draw Chinese: the bundled resources/fonts/wqy-microhei.ttf is missing or unreadable")
    if not shown or pages == 0 or foreign_qt or not english or not chinese:
        print("gui self-test failed")
        return 1
    print("gui self-test passed")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
