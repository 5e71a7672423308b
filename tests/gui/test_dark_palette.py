"""Dark mode and system palettes (issue 15 §5): with the default light palette and a dark one like Windows or
macOS dark mode, every finding text, status dot, list-row mark and timeline mark has at least 4.5:1 contrast
with what is actually behind it.

Colours are read back from what the user sees: the colours named in a label's rich text and style sheet
with the background sampled from the rendered page, a table item's ForegroundRole, the pixels of a drawn
icon, and the marks the timeline painted (checked against its pixels). Every page is walked in Chinese
and English, the plan and tracking pages with dated steps, and the workspace window.
"""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPalette
from PySide6.QtWidgets import QAbstractButton, QApplication, QFrame, QLabel, QTableView, QWidget

from wizard.gui.access.colours import MINIMUM_CONTRAST, contrast, dark_palette, over
from wizard.gui.pages.tracking_page import DEADLINE_COLUMN

ROOT = Path(__file__).resolve().parents[2]
GAPS = ROOT / "examples" / "demo" / "henan-with-gaps.yaml"
GANSU = ROOT / "examples" / "gansu.yaml"
COLOUR = re.compile(r"(?<![-\w])color:\s*(#[0-9a-fA-F]{6}|#[0-9a-fA-F]{3}|palette\([\w-]+\))")
PALETTE_ROLES = {"link": QPalette.ColorRole.Link, "window-text": QPalette.ColorRole.WindowText,
                 "text": QPalette.ColorRole.Text, "highlight": QPalette.ColorRole.Highlight}


@pytest.fixture(params=["light", "dark"])
def palette(request, qapp):
    """The default light palette, or a dark one under Fusion (how Qt shows Windows and macOS dark mode)."""
    style, before = qapp.style().name(), QPalette(qapp.palette())
    if request.param == "dark":
        qapp.setStyle("Fusion")
        qapp.setPalette(dark_palette())
    yield request.param
    qapp.setPalette(before)
    qapp.setStyle(style)


# --- reading colours back -------------------------------------------------------------------------------
def dominant(image: QImage, rect: QRect, step: int = 2) -> QColor:
    """The commonest colour in `rect` of `image`: the background behind a widget's text."""
    rect = rect.intersected(image.rect())
    counts = Counter(image.pixel(x, y) for x in range(rect.left(), rect.right() + 1, step)
                     for y in range(rect.top(), rect.bottom() + 1, step))
    return QColor.fromRgb(counts.most_common(1)[0][0])


def named(value: str, widget: QWidget) -> QColor:
    if value.startswith("palette("):
        return widget.palette().color(PALETTE_ROLES[value[8:-1]])
    return QColor(value)


def text_colours(widget: QWidget) -> list[tuple[str, QColor]]:
    """The colours a label or button draws its text in: its palette's, and any its style sheet or rich text names."""
    found = [("palette", widget.palette().color(widget.foregroundRole()))]
    found += [(f"style {v}", named(v, widget)) for v in COLOUR.findall(widget.styleSheet())]
    if isinstance(widget, QLabel):
        found += [(f"text {v}", named(v, widget)) for v in COLOUR.findall(widget.text())]
        if "<a " in widget.text():
            found.append(("link", widget.palette().color(QPalette.ColorRole.Link)))
    return found


def icon_ink(icon: QIcon, mode: QIcon.Mode, behind: QColor) -> QColor | None:
    """The colour a drawn icon mostly consists of, as seen over `behind` (its opaque pixels, at 3×)."""
    image = icon.pixmap(QSize(16, 16), 3.0, mode).toImage().convertToFormat(QImage.Format.Format_ARGB32)
    counts = Counter(image.pixel(x, y) for x in range(image.width()) for y in range(image.height())
                     if QColor.fromRgba(image.pixel(x, y)).alpha() >= 250)
    if not counts:
        return None
    return over(QColor.fromRgba(counts.most_common(1)[0][0]), behind)


class Contrast:
    """Collects every pair too close in luminance, so that one run names them all."""

    def __init__(self, where: str):
        self.where, self.low, self.checked = where, [], Counter()

    def check(self, what: str, ink: QColor, behind: QColor, kind: str) -> None:
        self.checked[kind] += 1
        ratio = contrast(ink, behind)
        if ratio < MINIMUM_CONTRAST:
            self.low.append(f"{self.where}: {what}: {ink.name()} on {behind.name()} is {ratio:.2f}:1")

    def widgets(self, root: QWidget) -> None:
        """Labels and text buttons (their rendered background), field frames' severity borders, tables."""
        image = root.grab().toImage()
        for widget in [root, *root.findChildren(QWidget)]:
            if not (widget is root or widget.isVisibleTo(root)) or widget.width() < 2 or widget.height() < 2:
                continue
            rect = QRect(widget.mapTo(root, QPoint(0, 0)), widget.size())
            if isinstance(widget, QLabel) and widget.text().strip():
                behind = dominant(image, rect)
                for source, ink in text_colours(widget):
                    self.check(f"{type(widget).__name__} {widget.text()[:60]!r} ({source})", ink, behind, "text")
            elif isinstance(widget, QAbstractButton) and COLOUR.search(widget.styleSheet()):
                for source, ink in text_colours(widget):
                    self.check(f"button {widget.text()[:40]!r} ({source})", ink, dominant(image, rect), "text")
            elif isinstance(widget, QFrame) and widget.objectName() == "fieldframe":
                state = widget.property("severity")  # the sheet holds a border per state; this one is shown
                found = re.search(rf'severity="{state}"\] {{ border-color: (#[0-9a-fA-F]{{6}})', widget.styleSheet())
                for value in [found.group(1)] if state and found else []:  # a field's blocker or warning frame
                    outside = widget.parentWidget().palette().color(QPalette.ColorRole.Window)
                    self.check(f"field frame {widget.parentWidget().path}", QColor(value), outside, "mark")
            if isinstance(widget, QTableView):
                self.table(widget)

    def table(self, view: QTableView) -> None:
        """Coloured cells against the cell's background; the row marks (icons) too, also on a selected row."""
        model, palette = view.model(), view.palette()
        for row in range(model.rowCount()):
            behind = palette.color(QPalette.ColorRole.AlternateBase if view.alternatingRowColors() and row % 2
                                   else QPalette.ColorRole.Base)
            for column in range(model.columnCount()):
                index = model.index(row, column)
                brush = model.data(index, Qt.ItemDataRole.ForegroundRole)
                if brush is not None and brush.style() != Qt.BrushStyle.NoBrush:
                    self.check(f"cell {row},{column} {model.data(index)!r}", brush.color(), behind, "cell")
                icon = model.data(index, Qt.ItemDataRole.DecorationRole)
                if isinstance(icon, QIcon) and not icon.isNull():
                    self.icon(f"icon of row {row}", icon, palette, behind)

    def icon(self, what: str, icon: QIcon, palette: QPalette, behind: QColor) -> None:
        for mode, background in ((QIcon.Mode.Normal, behind),
                                 (QIcon.Mode.Selected, palette.color(QPalette.ColorRole.Highlight))):
            ink = icon_ink(icon, mode, background)
            assert ink is not None, f"{self.where}: {what} is blank"
            self.check(f"{what} ({mode.name})", ink, background, "icon")

    def timeline(self, timeline: QWidget) -> None:
        """Each mark and date the plan's timeline painted, against the page behind it, read back from its pixels."""
        image = timeline.grab().toImage()
        behind = QColor.fromRgb(image.pixel(1, 1))  # a corner: nothing is drawn there
        assert timeline.drawn, "the timeline drew nothing"
        for what, ink, rect in timeline.drawn:
            self.checked["timeline"] += 1
            if what == "mark":  # the fill at its centre is what the user sees
                centre = rect.center().toPoint()
                assert QColor.fromRgb(image.pixel(centre)) == ink, (what, ink.name(), rect)
            self.check(f"timeline {what} at {rect.x():.0f}", ink, behind, "timeline")

    def assert_readable(self) -> None:
        assert not self.low, "\n".join(self.low)


# --- walking the program -----------------------------------------------------------------------------------
def walk_pages(window, language: str) -> Counter:
    from wizard.gui.language.i18n import set_language

    set_language(language)
    checked = Counter()
    for index, spec in enumerate(window.PAGES):
        if not window.visible(index):
            continue
        window.go_to(index)
        QApplication.processEvents()
        page = window.current_page()
        contrast_check = Contrast(f"{spec.key} [{language}]")
        contrast_check.widgets(page.body)
        if spec.key == "plan" and page.timeline.isVisible():
            contrast_check.timeline(page.timeline)
        contrast_check.assert_readable()
        checked.update(contrast_check.checked)
    steps = Contrast(f"step list [{language}]")
    for row in range(window.steps.count()):
        item = window.steps.item(row)
        if not item.isHidden() and item.data(Qt.ItemDataRole.UserRole):
            steps.icon(f"dot of {item.text()!r}", item.icon(), window.steps.palette(),
                       window.steps.palette().color(QPalette.ColorRole.Base))
    steps.assert_readable()
    checked.update(steps.checked)
    return checked


@pytest.mark.parametrize("language", ["zh", "en"])
def test_every_page_is_readable_in_the_light_and_the_dark_palette(make_window, palette, language):
    window = make_window([str(GAPS)], lang=language)
    window.show()
    checked = walk_pages(window, language)
    # findings at fields and on pages, coloured table rows with their marks, and the step dots were all seen
    assert checked["text"] > 100 and checked["cell"] and checked["icon"] >= 8 and checked["mark"], checked
    assert checked["timeline"] >= 5, checked


@pytest.mark.parametrize("language", ["zh", "en"])
def test_the_plan_and_tracking_pages_of_a_filed_application(make_window, palette, language, tmp_path):
    client = tmp_path / "filed.yaml"  # two unanswered correction notices: one overdue (red), one due ahead
    client.write_text(GANSU.read_text(encoding="utf-8") + "tracking:\n  submitted: 2026-11-02\n  corrections:\n"
                      "    - {received: 2026-11-20}\n    - {received: 2026-11-27}\n", encoding="utf-8")
    window = make_window([str(client)], lang=language)
    window.session.as_of = dt.date(2026, 11, 30)
    window.session.reevaluate()
    window.show()
    checked = walk_pages(window, language)
    tracking = window.pages[window.page_index["tracking"]]
    assert "color:" in tracking.upcoming.text() or tracking.corrections.table.item(0, DEADLINE_COLUMN).foreground().style() \
        != Qt.BrushStyle.NoBrush  # the overdue notice is marked, and so was checked
    assert checked["timeline"] >= 3 and checked["cell"], checked


def test_a_switch_to_dark_mode_while_running_recolours_what_is_shown(make_window, qapp, qtbot):
    """The system changes its palette under a running program: the texts, rows and dots follow at once."""
    window = make_window([str(GAPS)])
    window.show()
    window.go_to(window.page_index["domains"])
    field = window.current_page().lists[0].form.fields["registrant"]
    light_text, light_dot = field.message.text(), window.steps.item(1).icon().cacheKey()
    style, before = qapp.style().name(), QPalette(qapp.palette())
    try:
        qapp.setStyle("Fusion")
        qapp.setPalette(dark_palette())
        qtbot.waitUntil(lambda: field.message.text() != light_text, timeout=2000)
        assert window.steps.item(1).icon().cacheKey() != light_dot
        check = Contrast("after the switch")
        check.widgets(window.current_page().body)
        check.assert_readable()
        assert check.checked["text"] and check.checked["cell"]
    finally:
        qapp.setPalette(before)
        qapp.setStyle(style)
    qtbot.waitUntil(lambda: field.message.text() == light_text, timeout=2000)  # and back


def test_the_workspace_window(qtbot, palette, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from workspace_clients import AS_OF, generate_clients

    from wizard.core.application.storage import DocumentLock
    from wizard.gui.workspace import WorkspaceWindow

    folder = tmp_path / "clients"
    made = generate_clients(folder, 6)
    (folder / made[0].path).with_name("broken.yaml").write_text("entity:\n  name: [unclosed\n", encoding="utf-8")
    lock = DocumentLock(folder / made[0].path)
    assert lock.acquire()
    try:
        window = WorkspaceWindow(folder, None, AS_OF)
        window.show()
        if window.scanning:
            with qtbot.waitSignal(window.scanned, timeout=60000):
                pass
        qtbot.waitUntil(lambda: any(row.locked_by for row in window.model.rows), timeout=20000)
        check = Contrast("workspace")
        check.widgets(window)
        check.assert_readable()
        assert check.checked["icon"] >= 4, check.checked  # the padlock and the unreadable file's mark
        window.close()
    finally:
        lock.release()


def test_a_fixed_light_theme_colour_is_caught(qapp):
    """The check itself: the old fixed red of a blocker finding fails on the dark palette's window."""
    label = QLabel('<span style="color:#c62828">阻断：缺少营业执照</span>')
    label.setPalette(dark_palette())
    label.resize(300, 40)
    check = Contrast("probe")
    check.widgets(label)
    assert len(check.low) == 1 and "#c62828" in check.low[0]


def test_the_help_dialogs(make_window, palette, monkeypatch):
    from wizard.gui.access import help as help_module

    window = make_window([str(GAPS)], lang="en")
    shown = []
    monkeypatch.setattr(help_module.QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.go_to(window.page_index["entity"])
    help_module.help_for_focus(window, window.current_page().forms[0].fields["name"].editor)
    browser = shown[0].browser
    behind = browser.palette().color(QPalette.ColorRole.Base)
    check = Contrast("help")
    for value in COLOUR.findall(browser.toHtml()):  # the rule ids in their muted colour
        check.check(f"help text {value}", named(value, browser), behind, "text")
    check.assert_readable()
    assert check.checked["text"], browser.toHtml()[:300]
