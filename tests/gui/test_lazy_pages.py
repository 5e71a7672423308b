"""Pages are built when first shown (wizard/gui/lazy_pages.py), and a late page is as good as an early one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QLabel

from wizard.gui.language.i18n import set_language
from wizard.gui.lazy_pages import PageSpec
from wizard.gui.pages.editing import Page
from wizard.gui.window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


def test_only_the_first_page_is_built_at_start_and_every_step_is_listed(make_window):
    window = make_window()
    assert [page.key for page in window.pages.built()] == ["scope"]
    assert window.stack.count() == len(MainWindow.PAGES)
    assert window.steps.item(window.page_index["entity"]).text().endswith("申请主体")  # titled, not built
    assert window.steps.item(window.page_index["plan"]).text().endswith("行动计划")


def test_a_page_built_late_shows_the_open_document_and_its_findings(make_window):
    window = make_window([str(ROOT / "examples" / "demo" / "henan-with-gaps.yaml")])
    assert not window.pages.is_built(window.page_index["entity"])
    window.go_to(window.page_index["entity"])
    entity = window.current_page()
    assert entity.key == "entity" and window.stack.currentWidget() is entity
    fields = entity.forms[0].fields
    assert fields["name"].editor.text() == window.session.application.entity.name
    shown = {f.id for w in entity.widgets() for f in getattr(w, "findings", [])}
    expected = {f.id for f in window.session.report.findings if f.page == "entity" and f.field.startswith("entity.")}
    assert expected and expected <= shown | {f.id for f in entity.page_findings}


def test_a_page_built_after_a_language_change_speaks_the_new_language(make_window):
    window = make_window()
    set_language("en")
    window.go_to(window.page_index["entity"])
    assert window.current_page().heading.text() == "Entity"
    assert window.steps.item(window.page_index["entity"]).text() == "2. Entity"


def test_the_rest_is_built_while_idle(make_window, qtbot):
    window = make_window()
    window.build_pages_when_idle(first_after_ms=0, between_ms=0)
    qtbot.waitUntil(lambda: len(window.pages.built()) == len(MainWindow.PAGES), timeout=10000)
    assert [window.stack.widget(i) for i in range(window.stack.count())] == window.pages.built()


def test_the_plan_page_built_late_still_jumps_to_the_field(make_window):
    window = make_window([str(ROOT / "examples" / "demo" / "henan-with-gaps.yaml")])
    window.go_to(window.page_index["plan"])
    finding = next(f for f in window.session.report.findings if f.field.startswith("entity."))
    window.current_page().jump.emit(finding)
    assert window.current_page().key == "entity"


class NotePage(Page):
    key = "note"

    def __init__(self, session, text):
        super().__init__(session)
        self.body_layout.addWidget(QLabel(text))
        self.finish()


def note_page(session, text):
    return NotePage(session, text)


class WindowWithANote(MainWindow):
    PAGES = (*MainWindow.PAGES[:2], PageSpec("note", f"{__name__}:note_page", title=lambda: "附注", args=("文字",)),
             *MainWindow.PAGES[2:])


def test_a_new_page_is_one_page_spec(make_window, qtbot):
    from wizard.gui.session import Session

    base = make_window()
    window = WindowWithANote(Session(base.session.pack_set))
    qtbot.addWidget(window)
    index = window.page_index["note"]
    assert window.steps.item(index).text() == "3. 附注" and not window.pages.is_built(index)
    window.go_to(index)
    assert isinstance(window.current_page(), NotePage) and window.stack.currentIndex() == index
    window.next()
    assert window.current_page().key == "domains"
    window.session.dirty = False
