"""What a screen reader gets (issue 15 §4): every focusable control on every page named and described in the
interface language, the findings at a field in its description, and a new blocker at the focused field announced.

The pages are walked from MainWindow.PAGES, so a page added later is covered without touching this file.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QWidget

from wizard.gui.access import accessibility
from wizard.gui.language.i18n import pick, set_language
from wizard.gui.widgets.fields import FieldWidget

ROOT = Path(__file__).resolve().parents[2]
GAPS = ROOT / "examples" / "demo" / "henan-with-gaps.yaml"
CJK = re.compile(r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef]")


def focusable(root: QWidget) -> list[QWidget]:
    """Every enabled widget that Tab (or a click) can give the focus to, shown or not (list forms, drop-down
    lists); a widget that hands its focus to another is represented by that one."""
    return [w for w in [root, *root.findChildren(QWidget)]
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled() and w.focusProxy() is None]


def spoken(widget: QWidget) -> tuple[str, str]:
    """(name, description) as the platform bridge reads them: the widget's own, else what Qt derives
    (a button's text, a label buddy)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    name = widget.accessibleName() or (interface.text(QAccessible.Text.Name) if interface else "")
    description = widget.accessibleDescription() or (interface.text(QAccessible.Text.Description) if interface else "")
    return name.strip(), description.strip()


def user_texts(window) -> list[str]:
    """What the user typed (names, addresses): it stays in its own language in any interface language."""
    found: list[str] = []

    def walk(value):
        if isinstance(value, dict):
            for item in value.values():
                walk(item)
        elif isinstance(value, list):
            for item in value:
                walk(item)
        elif isinstance(value, str):
            found.append(value)

    walk(window.session.application.model_dump(mode="json"))
    pack = window.session.pack
    if pack is not None and pack.header.licence_prefix:  # a licence number is written 豫B2-… in any language
        found.append(pack.header.licence_prefix)
    return sorted(found, key=len, reverse=True)


def assert_speaks(root: QWidget, where: str, language: str, typed: list[str]) -> int:
    problems = []
    widgets = focusable(root)
    for widget in widgets:
        name, description = spoken(widget)
        what = f"{where}: {type(widget).__name__} {name!r}"
        if not name:
            problems.append(f"{what} has no accessible name")
        if not description:
            problems.append(f"{what} has no accessible description")
        if language == "en":
            heard = f"{name}\n{description}"
            for text in typed:
                heard = heard.replace(text, "")
            if CJK.search(heard):
                problems.append(f"{what} speaks Chinese in English: {CJK.findall(heard)[:8]}")
    assert not problems, "\n".join(problems)
    return len(widgets)


def walk_every_page(window, language: str) -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)  # widgets replaced on a language change
    typed = user_texts(window)
    for index, spec in enumerate(window.PAGES):
        if window.visible(index):
            window.go_to(index)  # the plan page renders when shown
        page = window.pages[index]  # built now if need be, also a page not shown for this province
        assert assert_speaks(page, spec.key, language, typed) > 0, spec.key
        for field in page.findChildren(FieldWidget):
            label = field.labels[language]
            for editor in field.editors():
                if field.kind != "enum_list":
                    assert editor.accessibleName() == label, (spec.key, field.path)
                for finding in field.findings:  # the findings shown at the field are what it says about itself
                    assert pick(finding.message) in editor.accessibleDescription(), (field.path, finding.id)
    assert_speaks(window, "window", language, typed)


@pytest.mark.parametrize("first, second", [("zh", "en"), ("en", "zh")])
def test_every_focusable_control_on_every_page_is_named_and_described(make_window, first, second):
    window = make_window([str(GAPS)], lang=first)
    assert window.session.report.findings
    walk_every_page(window, first)
    set_language(second)  # the pages built so far are retranslated, not rebuilt
    walk_every_page(window, second)


def test_the_findings_at_a_field_are_its_description_and_change_with_it(make_window):
    window = make_window([str(GAPS)])
    window.go_to(window.page_index["domains"])
    registrant = window.current_page().lists[0].form.fields["registrant"]
    finding = registrant.findings[0]
    assert pick(finding.message) in registrant.editor.accessibleDescription()
    assert registrant.message.accessibleDescription() == accessibility.plain(registrant.message.text())
    table = window.current_page().lists[0].table
    assert table.accessibleName() == "域名" and table.accessibleDescription().startswith("共 1 项。\n第1项：阻断")
    window.session.set_value("domains[0].registrant", window.session.application.entity.name)
    assert not registrant.findings
    assert registrant.editor.accessibleDescription().startswith("这一项目前没有发现问题。")
    set_language("en")
    assert registrant.editor.accessibleDescription().startswith("No problems found with this answer so far.")
    assert registrant.editor.accessibleName() == "Registrant"


def test_the_crash_dialog_is_named(make_window, tmp_path):
    from wizard.core.runtime.crash import CrashReport
    from wizard.gui.system.crash_dialog import CrashDialog

    window = make_window(lang="en")
    for path in (tmp_path / "crash.txt", None):
        dialog = CrashDialog(CrashReport("Traceback …", path, problem=None if path else "disk full"), window)
        assert assert_speaks(dialog, "CrashDialog", "en", []) >= 3


def test_not_needing_a_licence_is_announced_when_the_answer_decides_it(make_window, qtbot, announcements):
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    window.show()
    window.activateWindow()
    scope = window.current_page()
    commercial = scope.forms[0].fields["commercial"].editor
    commercial.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is commercial)
    assert commercial.currentData() is True
    qtbot.keyClick(commercial, Qt.Key.Key_Down)  # 是 → 否
    assert scope.banner.isVisible() and scope.not_required
    assert [message for message, *_ in announcements.heard] == ["您不需要申请ICP许可证"]
    assert scope.banner.accessibleDescription().startswith("您不需要申请ICP许可证")


def test_the_dialogs_of_the_help_menu_are_named(make_window, monkeypatch):
    from wizard.gui.access import help as help_module

    window = make_window([str(GAPS)], lang="en")
    shown = []
    monkeypatch.setattr(help_module.QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.actions_by_key["glossary"].trigger()
    window.go_to(window.page_index["entity"])
    window.current_page().forms[0].fields["name"].editor.setFocus()
    help_module.help_for_focus(window, window.current_page().forms[0].fields["name"].editor)
    assert [type(d).__name__ for d in shown] == ["GlossaryDialog", "HelpDialog"]
    for dialog in shown:
        assert assert_speaks(dialog, type(dialog).__name__, "en", user_texts(window)) >= 2


def test_a_new_blocker_at_the_focused_field_is_announced(make_window, qtbot, announcements):
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    window.show()
    window.activateWindow()
    window.go_to(window.page_index["servers"])
    province = window.current_page().lists[0].form.fields["province"]
    province.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is province.editor)
    line = province.editor  # an editable combo passes the keys on to its line edit
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "hong_kong")  # a server outside the mainland: a blocker (the partial text an input error)
    assert window.session.application.servers[0].province == "hong_kong"
    blocker = next(f for f in province.findings if f.severity == "blocker")
    assert len(announcements.heard) == 1
    message, politeness, source = announcements.heard[0]
    assert message.startswith("省份：") and pick(blocker.message) in message
    assert politeness == QAccessible.AnnouncementPoliteness.Polite and source is province.editor
    qtbot.keyClick(line, Qt.Key.Key_Backspace)  # "hong_kon" is refused, the blocker stays: not said twice
    qtbot.keyClicks(line, "g")
    assert province.findings == [blocker] or blocker in province.findings
    assert len(announcements.heard) == 1
    set_language("en")
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "henan")
    assert not [f for f in province.findings if f.severity == "blocker"]
    qtbot.keyClick(line, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(line, "hong_kong")
    assert len(announcements.heard) == 2
    assert announcements.heard[1][0].startswith("Province: ") and pick(blocker.message) in announcements.heard[1][0]


def test_a_blocker_elsewhere_is_not_announced(make_window, qtbot, announcements):
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    window.show()
    window.activateWindow()
    window.go_to(window.page_index["servers"])
    city = window.current_page().lists[0].form.fields["city"].editor
    city.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is city)
    window.session.set_value("servers[0].province", "hong_kong")  # e.g. a file reloaded; the user is in "city"
    assert [f.severity for f in window.current_page().lists[0].form.fields["province"].findings] == ["blocker"]
    assert announcements.heard == []


def test_colour_is_never_the_only_signal(make_window):
    """A finding's severity is also said in words or drawn as a distinct icon wherever its colour shows."""
    from wizard.gui.language.labels import page_status_label, severity_label

    window = make_window([str(GAPS)])
    rows_marked = fields_marked = 0
    for index, _spec in enumerate(window.PAGES):
        page = window.pages[index]
        for field in page.findChildren(FieldWidget):
            for finding in field.findings:  # the frame's colour, and the badge word on the message line
                assert severity_label(str(finding.severity)) in accessibility.plain(field.message.text())
                fields_marked += 1
        for editor in getattr(page, "lists", []):
            icons = {}
            for row in range(editor.table.rowCount()):
                severities = {str(f.severity) for f in editor._row_findings(row)} & {"blocker", "warning"}
                cell = editor.table.item(row, 0)
                if severities:  # the row's colour, and an icon and a spoken severity
                    worst = "blocker" if "blocker" in severities else "warning"
                    assert not cell.icon().isNull(), (editor.path, row)
                    assert severity_label(worst) in cell.data(Qt.ItemDataRole.AccessibleDescriptionRole)
                    icons.setdefault(worst, cell.icon().cacheKey())
                    rows_marked += 1
                else:
                    assert cell.icon().isNull()
        if page.page_findings:  # the page's own findings: words too, and reached by Tab
            assert page.notes.focusPolicy() & Qt.FocusPolicy.TabFocus
            assert severity_label(str(page.page_findings[0].severity)) in page.notes.accessibleDescription()
    assert rows_marked and fields_marked
    for index in range(len(window.PAGES)):  # the step list: each status in words for a screen reader
        item = window.steps.item(index)
        status = item.data(Qt.ItemDataRole.UserRole)
        if status:
            assert item.data(Qt.ItemDataRole.AccessibleDescriptionRole) == page_status_label(status)
