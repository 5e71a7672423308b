"""The whole wizard completed with the keyboard alone (issue 15 §4): real key presses, no mouse, no setter.

A complete Henan applicant (examples/henan.yaml, ready to file) is typed into a new window: Tab moves to each
question, keys answer it (Chinese arrives through the input method, as from a real IME), Space presses Add and
ticks boxes, arrow keys choose in lists and the materials table, Alt+→ goes on, and the export is started from
its button. The pages are walked as Next offers them, and every question on them is answered from the file, so
a page or a question added later is driven the same way.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QCheckBox, QFileDialog, QWidget

from wizard.core.application.documents import load_application
from wizard.core.application.fieldpaths import get_value
from wizard.core.report import Verdict
from wizard.gui.language.i18n import set_language
from wizard.gui.widgets.fields import FieldWidget, region_name

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "henan.yaml"
pypdf = pytest.importorskip("pypdf")


class Keyboard:
    def __init__(self, qtbot, window):
        self.qtbot, self.window = qtbot, window
        self.presses = 0

    def focused(self) -> QWidget:
        widget = QApplication.focusWidget()
        assert widget is not None, "the focus was lost"
        return widget

    def key(self, key, modifier=Qt.KeyboardModifier.NoModifier, widget: QWidget | None = None) -> None:
        self.presses += 1
        self.qtbot.keyClick(widget or self.focused(), key, modifier)

    def tab_to(self, target: QWidget, limit: int = 300) -> None:
        """Tab until `target` has the focus: it must be reachable in the Tab order."""
        for _ in range(limit):
            if self.focused() is target:
                return
            self.key(Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reaches {type(target).__name__} {target.accessibleName()!r}")

    def type(self, text: str) -> None:
        """Replaces the focused editor's text, as typed: keys for ASCII, an input-method commit for Chinese."""
        self.key(Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
        if text.isascii():
            self.presses += len(text)
            self.qtbot.keyClicks(self.focused(), text)
        else:
            event = QInputMethodEvent()
            event.setCommitString(text)
            target = self.focused()
            QApplication.sendEvent(target.lineEdit() if hasattr(target, "lineEdit") and target.lineEdit() else target,
                                   event)

    def choose(self, combo, data, popup: bool = False) -> None:
        """Home, then Down until the entry with `data` is current (in the open list when `popup`), then Return."""
        target = combo.view() if popup else combo
        if popup:
            self.qtbot.waitUntil(lambda: combo.view().isVisible())
        self.key(Qt.Key.Key_Home, widget=target)
        for _ in range(combo.count()):
            current = combo.view().currentIndex().data(Qt.ItemDataRole.UserRole) if popup else combo.currentData()
            if current == data:
                break
            self.key(Qt.Key.Key_Down, widget=target)
        else:
            raise AssertionError(f"{data!r} is not in the list")
        if popup:
            self.key(Qt.Key.Key_Return, widget=target)


def answers(application, leave_out: set[str]) -> dict:
    """The application's answers, ticked boxes in any order, without the sections of pages not asked."""

    def normal(value):
        if isinstance(value, dict):
            return {k: normal(v) for k, v in value.items()}
        if isinstance(value, list):
            items = [normal(v) for v in value]
            return sorted(items) if all(isinstance(v, str) for v in items) else items
        return value

    return {k: normal(v) for k, v in application.model_dump(mode="json").items() if k not in leave_out}


def as_typed(field: FieldWidget, value) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return "，".join(str(v) for v in value)
    if isinstance(value, float):
        return f"{value:g}"
    return str(value)


def answer(keys: Keyboard, field: FieldWidget, wanted, now) -> None:
    """Answers one question with keys, from wherever the focus is."""
    data = wanted.value if isinstance(wanted, Enum) else wanted
    if field.kind == "enum_list":
        chosen = {v.value if isinstance(v, Enum) else v for v in wanted or []}
        for value, check in field.checks.items():
            if check.isChecked() != (value in chosen):
                keys.tab_to(check)
                keys.key(Qt.Key.Key_Space)
        return
    if wanted == now or (wanted in (None, "", []) and now in (None, "", [])):
        return
    keys.tab_to(field.editor)
    if field.kind == "bool":
        assert isinstance(field.editor, QCheckBox)
        keys.key(Qt.Key.Key_Space)
    elif field.kind in ("tribool", "enum", "choice"):
        keys.choose(field.editor, data)
    elif field.kind == "region":
        keys.type(region_name(data))
    else:
        keys.type(as_typed(field, wanted))


def fill_page(keys: Keyboard, window, page, target) -> None:
    session = window.session
    for form in page.forms:
        for field in form.all_widgets():
            answer(keys, field, get_value(target, field.path), get_value(session.application, field.path))
    for editor in page.lists:
        for row, _item in enumerate(get_value(target, editor.path)):
            keys.tab_to(editor.add_button)
            keys.key(Qt.Key.Key_Space)  # Add: a new row, the focus on its first question
            assert editor.current == row
            for field in editor.form.all_widgets():
                answer(keys, field, get_value(target, field.path), get_value(session.application, field.path))
    if page.key == "materials":
        fill_materials(keys, page, target)


def fill_materials(keys: Keyboard, page, target) -> None:
    table = page.table
    keys.tab_to(table)
    for row, item_id in enumerate(page.ids):
        record = target.materials.items.get(item_id)
        if record is None or record.status.value == page.combos[item_id].currentData():
            continue
        keys.key(Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the first cell
        for _ in range(row):
            keys.key(Qt.Key.Key_Down)
        for _ in range(2):
            keys.key(Qt.Key.Key_Right)  # the status column
        keys.key(Qt.Key.Key_Space)  # opens its list
        keys.choose(page.combos[item_id], record.status.value, popup=True)
        keys.qtbot.waitUntil(lambda: keys.focused() is table)


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_wizard_is_completed_by_keyboard_alone(make_window, qtbot, monkeypatch, tmp_path, dialogs, announcements,
                                                   language):
    target = load_application(EXAMPLE)
    window = make_window(lang=language)
    set_language(language)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys = Keyboard(qtbot, window)
    # The system's folder dialog is the one thing not drawn by the program (it is keyboard-operable itself)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: str(tmp_path)))
    walked = []
    while True:
        page = window.current_page()
        walked.append(page.key)
        fill_page(keys, window, page, target)
        if page.key == "export":
            break
        if len(walked) % 2:
            keys.key(Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # Go ▸ Next
        else:
            keys.tab_to(window.next_button)  # or Tab to "Next >" and press it
            keys.key(Qt.Key.Key_Space)
        assert window.current_page().key != page.key, f"did not leave {page.key}"
    assert not dialogs.shown  # no input was refused on the way
    assert walked == [spec.key for index, spec in enumerate(window.PAGES) if window.visible(index)]  # none skipped
    assert {"industry", "materials", "plan"} <= set(walked)
    session = window.session
    not_asked = {spec.key for spec in window.PAGES} - set(walked)  # e.g. the site: Henan does not inspect it
    assert answers(session.application, not_asked) == answers(target, not_asked)
    assert session.report.verdict == Verdict.ready
    export = window.current_page()
    keys.tab_to(export.button)
    keys.key(Qt.Key.Key_Space)  # Export…
    assert str(tmp_path) in announcements.heard[-1][0]  # the focus stays on the button: where it went is said
    pdf = tmp_path / "icp-application.pdf"
    assert pdf.exists() and (tmp_path / "icp-application-checklist.xlsx").exists()
    text = "".join(p.extract_text() for p in pypdf.PdfReader(str(pdf)).pages).replace(" ", "").replace("\n", "")
    assert target.entity.name in text  # the report is of the applicant typed in
    assert keys.presses > 100


def test_the_step_list_and_the_menus_work_from_the_keyboard(make_window, qtbot):
    window = make_window([str(EXAMPLE)])
    window.show()
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys = Keyboard(qtbot, window)
    keys.tab_to(window.steps)
    keys.key(Qt.Key.Key_Down)  # the next step in the list opens at once
    assert window.current_page().key == "entity"
    keys.key(Qt.Key.Key_End)  # the last step shown
    assert window.current_page().key == next(spec.key for index, spec in reversed(list(enumerate(window.PAGES)))
                                             if window.visible(index))
    keys.key(Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Go ▸ Action plan
    assert window.current_page().key == "plan"
    keys.key(Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)  # Go ▸ Back
    assert window.current_page().key == "materials"


def test_end_in_the_step_list_opens_the_last_step_shown_when_the_last_ones_are_hidden(make_window, qtbot):
    window = make_window([str(EXAMPLE)])
    window.session.set_value("scope.commercial", False)  # no licence needed: no plan, no export
    hidden = [spec.key for index, spec in enumerate(window.PAGES) if not window.visible(index)]
    assert window.PAGES[-1].key in hidden
    window.show()
    window.activateWindow()
    keys = Keyboard(qtbot, window)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None)
    keys.tab_to(window.steps)
    keys.key(Qt.Key.Key_End)
    last = next(spec.key for index, spec in reversed(list(enumerate(window.PAGES))) if window.visible(index))
    assert window.current_page().key == last
    assert window.steps.currentRow() == window.page_index[last]
    keys.key(Qt.Key.Key_Home)
    assert window.current_page().key == "scope"
