"""The credit page: the company's and the legal representative's standing, then the violations question and its list."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from wizard.core.application import model as m
from wizard.core.report import Report

from ..language.i18n import tr
from ..session import Session
from ..widgets.forms import ListEditor, SectionForm
from .editing import Page


class CreditPage(Page):
    key = "credit"
    intro = QT_TR_NOOP("如实填写企业和法定代表人的信用情况以及近年的违规记录。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.add_form(m.Credit, "credit", ["telecom_dishonesty_list", "abnormal_operations_list",
                                           "serious_dishonesty_list", "legal_rep_dishonest_debtor", "credit_report"])
        # The question first, the list below it in one group: the list opens only on "yes" (an empty list
        # alone cannot say "none"), and stays open while it still holds records so that they can be removed.
        self.question = SectionForm(session, m.Credit, "credit", ["has_violations"])
        self.forms.append(self.question)
        self.violations = ListEditor(session, "credit.violations", m.Violation, ["date", "kind", "description"])
        self.lists.append(self.violations)
        self.list_hint = QLabel()
        self.list_hint.setWordWrap(True)
        box = QGroupBox()
        box.setProperty("tr", QT_TR_NOOP("违规记录"))
        layout = QVBoxLayout(box)
        layout.addWidget(self.question)
        layout.addWidget(self.list_hint)
        layout.addWidget(self.violations)
        self.body_layout.addWidget(box)
        self.finish()

    def load(self) -> None:
        super().load()
        self._open_list()

    def apply_report(self, report: Report | None) -> None:
        super().apply_report(report)
        self._open_list()  # after every accepted edit, the answer included

    def _open_list(self) -> None:
        credit = self.session.application.credit
        shown = credit.has_violations is True or bool(credit.violations)
        self.violations.setVisible(shown)
        self.list_hint.setVisible(not shown)

    def retranslate(self) -> None:
        self.list_hint.setText(tr("回答“是”后，在这里逐条列出每一条违规记录。"))
        super().retranslate()
