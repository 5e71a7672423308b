"""The step list beside the pages and moving between them: which steps are shown for the answers so
far, each step's status mark, Back/Next, and leaving a page only when its input is well formed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from wizard.core.application.fieldpaths import page_of
from wizard.core.application.model import PAGES
from wizard.core.report import PageStatus, Report, Verdict
from wizard.core.runtime.crash import breadcrumb

from .language.i18n import tr
from .language.labels import page_status_label
from .pages.editing import Page
from .widgets.marks import status_icon


class StepNavigation:
    """Mixed into MainWindow (which provides session, pages, page_index, steps, stack and the Back/Next
    buttons)."""

    # --- moving -------------------------------------------------------------------------
    def visible(self: Any, index: int) -> bool:
        key, report = self.pages.key(index), self.session.report
        if key == "tracking":
            return self.tracking_shown()
        if key in ("plan", "export"):
            return not (report and report.verdict == Verdict.licence_not_required)
        if report is None:
            return key not in ("industry", "site")
        return report.pages.get(key) != PageStatus.not_applicable

    def current_page(self: Any) -> Page:
        return self.pages[self.stack.currentIndex()]

    def go_to(self: Any, index: int) -> None:
        if not self.visible(index):
            return
        page = self.pages[index]  # built now if this is its first showing
        self.stack.setCurrentIndex(index)
        breadcrumb("page", page.key)
        page.apply_report(self.session.report)
        self.steps.blockSignals(True)
        self.steps.setCurrentRow(index)
        self.steps.blockSignals(False)
        self._update_nav()

    def _neighbour(self: Any, step: int) -> int | None:
        index = self.stack.currentIndex() + step
        while 0 <= index < len(self.pages):
            if self.visible(index):
                return index
            index += step
        return None

    def _leave_ok(self: Any) -> bool:
        """Only malformed input stops the user; readiness findings never do."""
        problem = self.current_page().first_error()
        if problem is None:
            return True
        QMessageBox.warning(self, tr("输入无效"),
                            tr("请先改正这一项（其他问题可以稍后处理）：\n{problem}").format(problem=problem))
        return False

    def next(self: Any) -> None:
        target = self._neighbour(1)
        if target is not None and self._leave_ok():
            self.go_to(target)

    def back(self: Any) -> None:
        target = self._neighbour(-1)
        if target is not None and self._leave_ok():
            self.go_to(target)

    def _step_chosen(self: Any, row: int) -> None:
        if row >= 0 and not self.visible(row):  # End/Home in the list can land on a hidden step: the nearest shown
            shown = [index for index in range(len(self.pages)) if self.visible(index)]
            row = min(shown, key=lambda index: (abs(index - row), index != self.stack.currentIndex()))
        if row == self.stack.currentIndex() or row < 0:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.stack.currentIndex())
            self.steps.blockSignals(False)
            return
        if self._leave_ok():
            self.go_to(row)
        else:
            self.steps.blockSignals(True)
            self.steps.setCurrentRow(self.stack.currentIndex())
            self.steps.blockSignals(False)

    def _update_nav(self: Any) -> None:
        self.back_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(self._neighbour(1) is not None)

    def jump_to(self: Any, finding: Any) -> None:
        for key in (finding.page, page_of(finding.field)):
            index = self.page_index.get(key)
            if index is None or not self.visible(index):
                continue
            self.go_to(index)
            if self.pages[index].focus_field(finding.field):
                return

    # --- the list -----------------------------------------------------------------------
    def _show_steps(self: Any, report: Report | None) -> None:
        """Each step shown or hidden for the answers so far, with its status mark and number."""
        for index in range(len(self.pages)):
            key = self.pages.key(index)
            item = self.steps.item(index)
            visible = self.visible(index)
            item.setHidden(not visible)
            status = report.pages.get(key) if report else None
            status_value = status.value if status else ("not_started" if key in PAGES else "")
            tip = page_status_label(status_value) if status_value else ""
            if item.data(Qt.ItemDataRole.UserRole) == status_value and item.toolTip() == tip:
                continue  # most edits change no step's status: setting every icon again cost a repaint each
            item.setData(Qt.ItemDataRole.UserRole, status_value)
            item.setIcon(status_icon(status_value, self.steps))  # drawn once per status and palette
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, item.toolTip())  # not by its dot's colour alone
        self._number_steps()
        if not self.visible(self.stack.currentIndex()):
            self.go_to(0)

    def _number_steps(self: Any) -> None:
        number, texts = 0, []
        for index in range(len(self.pages)):
            if self.visible(index):
                number += 1
                self.steps.item(index).setText(f"{number}. {self.pages.title(index)}")
                texts.append(self.steps.item(index).text())
        if texts != getattr(self, "_step_texts", None):  # another language or other steps: fit them again
            self._step_texts = texts
            self._fit_steps(texts)

    def _fit_steps(self: Any, texts: list[str]) -> None:
        """The step list as wide as its longest entry (a longer translation, a larger font), up to 340 px;
        beyond that an entry wraps rather than being cut off."""
        widest = max((self.steps.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
        need = widest + 16 + 8 + 12 + 2 * self.steps.frameWidth()  # the dot, its gap, the entry's padding
        self.steps.setMinimumWidth(min(max(190, need), 340))

    def _redraw_step_marks(self: Any) -> None:
        for index in range(self.steps.count()):
            item = self.steps.item(index)
            item.setIcon(status_icon(item.data(Qt.ItemDataRole.UserRole) or "", self.steps))
