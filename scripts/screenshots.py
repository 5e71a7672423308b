"""Grab the real wizard window (offscreen) in Chinese and English into docs/images/, the plan page on the demo,
and the workspace window on a folder of generated clients.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots.py [--workspace-only]
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_scratch = tempfile.mkdtemp(prefix="icp-shots-")
os.environ["XDG_DATA_HOME"] = os.environ["XDG_CONFIG_HOME"] = _scratch  # keep the user's settings untouched

from PySide6.QtGui import QFont, QFontDatabase  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

OUT = ROOT / "docs" / "images"
CJK_FONTS = ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")


def main() -> int:
    app = QApplication.instance() or QApplication([])
    for font in CJK_FONTS:
        if Path(font).exists():
            family = QFontDatabase.applicationFontFamilies(QFontDatabase.addApplicationFont(font))
            if family:
                app.setFont(QFont(family[0], 10))
                break
    else:  # no system CJK font: the one the program carries, as the launcher does
        from wizard.gui.system.desktop import add_bundled_font

        add_bundled_font()
    from wizard.gui.language.i18n import set_language
    from wizard.gui.launcher import create_window

    window = create_window([])
    workspace_shots(app, window)
    if "--workspace-only" in sys.argv:
        window.close()
        return 0
    window.resize(1100, 780)
    OUT.mkdir(parents=True, exist_ok=True)
    example = ROOT / "examples" / "henan.yaml"
    window.open_path(str(example), ask=False)
    session = window.session
    # one visible blocker so the screenshots show a finding in place
    session.set_value("servers[0].province", "香港")
    for code, shots in (("zh", ("servers", "scope", "industry")), ("en", ("staff", "materials"))):
        set_language(code)
        for index, key in enumerate(shots):
            window.go_to(window.page_index[key])
            if key == "servers":
                window.pages[window.page_index[key]].lists[0].select(0)
            app.processEvents()
            name = f"wizard-{code}.png" if index == 0 else f"wizard-{code}-{key}.png"
            window.grab().save(str(OUT / name))
            print(OUT / name)
    session.dirty = False
    # The plan page on the demo applicant (four gaps), as of the day its dates are worked out for.
    import datetime as dt

    window.open_path(str(ROOT / "examples" / "demo" / "henan-with-gaps.yaml"), ask=False)
    session = window.session
    session.as_of = dt.date(2026, 11, 23)
    session.reevaluate()
    for code in ("zh", "en"):
        set_language(code)
        window.go_to(window.page_index["plan"])
        for _ in range(3):  # the cards are laid out in a second pass
            app.processEvents()
        name = OUT / f"wizard-{code}-plan.png"
        window.grab().save(str(name))
        print(name)
    # Why a question is asked: the help of the social-security start date, for Henan.
    from wizard.gui.access.help import HelpDialog

    set_language("zh")
    window.go_to(window.page_index["staff"])
    field = window.pages[window.page_index["staff"]].lists[0].form.fields["social_security_start"]
    dialog = HelpDialog(field.help, window)
    dialog.resize(620, 330)
    dialog.show()
    app.processEvents()
    dialog.grab().save(str(OUT / "wizard-zh-help.png"))
    print(OUT / "wizard-zh-help.png")
    dialog.close()
    session.dirty = False
    tracking_shot(window, app)
    window.close()
    return 0


def tracking_shot(window, app) -> None:
    """The tracking page of the Gansu example, filed on 2 November 2026 with one correction notice open."""
    import datetime as dt

    from wizard.core.application.records import CorrectionRequest
    from wizard.gui.language.i18n import set_language

    window.open_path(str(ROOT / "examples" / "gansu.yaml"), ask=False)
    session = window.session
    session.as_of = dt.date(2026, 11, 30)
    session.set_value("tracking.submitted", "2026-11-02")
    session.set_value("tracking.application_number", "GS2026-0042")
    session.add_item("tracking.corrections", CorrectionRequest(received=dt.date(2026, 11, 10),
                                                               answered=dt.date(2026, 11, 13), note="补充社保缴纳证明"))
    session.add_item("tracking.corrections", CorrectionRequest(received=dt.date(2026, 11, 27), note="补充机房托管协议盖章页"))
    set_language("zh")
    window.resize(1100, 1000)
    window.open_tracking()
    page = window.current_page()
    page.corrections.select(1)
    page.submission.fields["submitted"].focus_widget().setFocus()
    for _ in range(3):
        app.processEvents()
    page.scroll.verticalScrollBar().setValue(0)
    app.processEvents()
    window.grab().save(str(OUT / "wizard-zh-tracking.png"))
    print(OUT / "wizard-zh-tracking.png")
    window.resize(1100, 780)
    session.dirty = False

def workspace_shots(app: QApplication, window: object) -> None:
    """The workspace on 60 generated clients as of 2026-11-23, one of them open on another computer, and the
    Gansu clients last seen under rules that asked 6 months of company age (12 now): the upgrade notice."""
    import datetime as dt
    import json
    import shutil

    from PySide6.QtCore import QEventLoop

    from wizard.core.application.storage import DocumentLock
    from wizard.core.runtime.resources import data_dir
    from wizard.core.workspace import seen
    from wizard.gui.language.i18n import set_language
    from wizard.gui.workspace import WorkspaceWindow

    sys.path.insert(0, str(ROOT / "scripts"))
    from workspace_clients import AS_OF, generate_clients

    folder = Path(_scratch) / "客户"
    made = generate_clients(folder, 60, AS_OF)
    old_rules = seen._home() / "rules" / "screenshot-old"
    shutil.copytree(data_dir("rules"), old_rules)
    gansu = old_rules / "gansu.yaml"
    gansu.write_text(gansu.read_text(encoding="utf-8").replace(
        "  min_entity_age_months:\n    value: 12\n", "  min_entity_age_months:\n    value: 6\n"), encoding="utf-8")
    earlier = {str((folder / m.path).resolve()): {"packs": {"gansu": "2026-10-01"}, "rules": "screenshot-old",
                                                 "seen": dt.date(2026, 10, 1).isoformat()}
               for m in made if m.province == "gansu"}
    (seen._home() / "seen.json").write_text(json.dumps(earlier), encoding="utf-8")
    colleague = DocumentLock(folder / next(m.path for m in made if m.variant == "correcting"))
    colleague.acquire()
    set_language("zh")
    workspace = WorkspaceWindow(folder, window, AS_OF)
    workspace.resize(1400, 640)
    workspace.show()
    loop = QEventLoop()
    workspace.rules_compared.connect(loop.quit)
    loop.exec()
    for code in ("zh", "en"):
        set_language(code)
        for _ in range(3):
            app.processEvents()
        name = OUT / f"workspace-{code}.png"
        workspace.grab().save(str(name))
        print(name)
    set_language("zh")
    workspace.close()
    colleague.release()


if __name__ == "__main__":
    sys.exit(main())
