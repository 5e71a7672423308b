"""The wizard pages that edit the application: built from the model, findings from the report."""

from __future__ import annotations

import html
from typing import Any

from pydantic import BaseModel
from PySide6.QtCore import QT_TR_NOOP, QEvent, Qt
from PySide6.QtWidgets import QFrame, QGroupBox, QLabel, QScrollArea, QVBoxLayout, QWidget

from wizard.core.application import model as m
from wizard.core.application.fieldpaths import page_of
from wizard.core.report import Report, Verdict

from ..access import accessibility
from ..access.colours import css, follow_palette, tint
from ..language.finding_text import finding_html, source_tooltip
from ..language.i18n import labelled, lang, pick, tr, translated
from ..language.texts import FOCUS_FRAME, HEADING_STYLE, SCOPE_INTRO, WELCOME
from ..session import Session
from ..widgets.field_kinds import Choice
from ..widgets.fields import FieldWidget
from ..widgets.forms import ListEditor, SectionForm


def readable_label() -> QLabel:
    """A rich-text label the keyboard reaches with Tab and can select from: a page's summary or list of dates,
    read in order with the fields around it."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                  | Qt.TextInteractionFlag.TextSelectableByKeyboard)
    label.setFocusPolicy(Qt.FocusPolicy.TabFocus)
    return label


class Page(QWidget):
    """A scrolling page with a title, an intro, a box for page-wide findings and its forms."""

    key = ""
    intro = ""  # marked with QT_TR_NOOP in subclasses

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(parent)
        self.session = session
        self.forms: list[SectionForm] = []
        self.lists: list[ListEditor] = []
        self.heading = QLabel()
        self.heading.setStyleSheet(HEADING_STYLE)
        self.intro_label = QLabel()
        self.intro_label.setWordWrap(True)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setVisible(False)
        self.notes.setFrameShape(QFrame.Shape.StyledPanel)
        self.notes.setMargin(6)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                           | Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # page-wide findings: read first, reached by Tab
        self.notes.setStyleSheet(FOCUS_FRAME)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.addWidget(self.heading)
        self.body_layout.addWidget(self.intro_label)
        self.body_layout.addWidget(self.notes)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes straight to the first field
        self.scroll.setWidget(self.body)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll)
        self.page_findings: list[Any] = []

    def title(self) -> str:
        return pick(m.PAGE_TITLES[self.key]) if self.key in m.PAGE_TITLES else self.key

    def scroll_to(self, widget: QWidget | None) -> None:
        """Scroll so that a field reached with Tab (or by a jump from the review) is on screen."""
        if widget is not None and self.body.isAncestorOf(widget):
            self.scroll.ensureWidgetVisible(widget, 20, 40)

    # --- building ---------------------------------------------------------------
    def add_form(self, model_cls: type[BaseModel], prefix: str, names: list[str] | None = None,
                 group: str | None = None, **kwargs: Any) -> SectionForm:
        form = SectionForm(self.session, model_cls, prefix, names, **kwargs)
        self.forms.append(form)
        self._add(form, group)
        return form

    def add_list(self, path: str, item_cls: type[BaseModel], columns: list[str],
                 group: str | None = None) -> ListEditor:
        editor = ListEditor(self.session, path, item_cls, columns)
        self.lists.append(editor)
        self._add(editor, group)
        return editor

    def _add(self, widget: QWidget, group: str | None) -> None:
        if group is None:
            self.body_layout.addWidget(widget)
            return
        box = QGroupBox()
        box.setProperty("tr", group)
        QVBoxLayout(box).addWidget(widget)
        self.body_layout.addWidget(box)

    def finish(self) -> None:
        self.body_layout.addStretch(1)
        self.retranslate()

    # --- model -> widgets ----------------------------------------------------------
    def load(self) -> None:
        for form in self.forms:
            form.load()
        for editor in self.lists:
            editor.load()

    def widgets(self) -> list[FieldWidget]:
        return [w for form in self.forms for w in form.all_widgets()]

    def widget_for(self, path: str) -> FieldWidget | None:
        return next((w for w in self.widgets() if w.path == path), None)

    def relevant(self, report: Report | None) -> list[Any]:
        if report is None:
            return []
        key = self.key  # page_of only where the field can be on this page: asked of 500 findings per edit
        return [f for f in report.findings if f.page == key or (f.field.startswith(key) and page_of(f.field) == key)]

    def apply_help(self) -> None:
        """Each question's "why it is asked" for the chosen province (help.py; cached per pack)."""
        from ..access.help import help_for

        pack = self.session.pack
        for widget in self.widgets():
            widget.set_help(help_for(pack, widget.path))
        for editor in self.lists:
            editor.set_help(help_for(pack, editor.path))
            for widget in editor.form.all_widgets():
                widget.set_help(help_for(pack, widget.path))

    def apply_report(self, report: Report | None) -> None:
        self.apply_help()
        found = self.relevant(report)
        attached: set[int] = set()
        for widget in self.widgets():
            mine = [f for f in found if f.field == widget.path]
            attached.update(id(f) for f in mine)
            widget.show_findings(mine)
        for editor in self.lists:
            mine = [f for f in found if f.field.startswith(editor.path + "[")]
            attached.update(id(f) for f in mine)
            editor.show_findings(mine)
        self.page_findings = [f for f in found if id(f) not in attached and (f.page == self.key)]
        self._render_notes()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if hasattr(self, "page_findings"):  # the system switched to (or from) dark mode: colours for the new palette
            follow_palette(self, event, self.restyle)
        super().changeEvent(event)

    def restyle(self) -> None:
        """Draw again what carries colours chosen for the palette (fields follow by themselves)."""
        self._render_notes()

    def _render_notes(self) -> None:
        self.notes.setText("<br><br>".join(finding_html(f, self.notes) for f in self.page_findings))
        self.notes.setToolTip("\n\n".join(source_tooltip(f) for f in self.page_findings))
        self.notes.setVisible(bool(self.page_findings))
        accessibility.name(self.notes, tr("本页的检查结果"),
                           accessibility.plain(self.notes.text()) or tr("本页没有其他检查结果。"))

    def focus_field(self, path: str) -> bool:
        widget = self.widget_for(path)
        if widget is not None:
            widget.focus_widget().setFocus()
            return True
        for editor in self.lists:
            if path == editor.path or path.startswith(editor.path + "["):
                return editor.focus_path(path)
        if self.page_findings:
            self.notes.setFocus()
        return False

    def has_errors(self) -> bool:
        return any(w.error for w in self.widgets()) or any(e.has_errors() for e in self.lists)

    def first_error(self) -> str | None:
        widget = next((w for w in self.widgets() if w.error), None)
        if widget is None:
            widget = next((w for e in self.lists for w in e.form.all_widgets() if w.error), None)
        if widget is None:
            return None
        widget.focus_widget().setFocus()
        return labelled(widget.labels.get(lang(), widget.name), widget.error.full(lang()))

    def retranslate(self) -> None:
        self.heading.setText(self.title())
        self.intro_label.setText(translated(self.intro))
        self.intro_label.setVisible(bool(self.intro))
        for box in self.body.findChildren(QGroupBox):
            text = box.property("tr")
            if text:
                box.setTitle(translated(text))
        for form in self.forms:
            form.retranslate()
        for editor in self.lists:
            editor.retranslate()
        self._align_labels()
        self._render_notes()

    def _align_labels(self) -> None:
        """One label column width for all the forms on a page."""
        labels = [w.label for w in self.widgets()]
        for label in labels:
            label.setMinimumWidth(0)
        width = max((label.sizeHint().width() for label in labels), default=0)
        for label in labels:
            label.setMinimumWidth(width)


class ScopePage(Page):
    key = "scope"
    intro = SCOPE_INTRO

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.welcome = QLabel()
        self.welcome.setWordWrap(True)
        self.body_layout.insertWidget(1, self.welcome)
        self.add_form(m.Scope, "scope", choices={"province": self._provinces})
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setMargin(10)
        self.banner.setVisible(False)
        self.body_layout.addWidget(self.banner)
        self.finish()

    def _provinces(self) -> list[Choice]:
        """Every mainland region; those without their own rules are checked against the national baseline."""
        choices = []
        pack_set = self.session.pack_set
        for region, encoded in pack_set.regions():
            if encoded:
                pack = pack_set.for_region(region.id)
                choices.append(Choice(region.id, pick(pack.header.name), (pack.id, region.zh, region.en)))
            else:  # named as its baseline pack will be (rulepack/baseline.py), without building all of them now
                name = pick(pack_set.tables.authorities[region.id].name)
                choices.append(Choice(region.id, tr("{region}（仅全国通用要求）").format(region=name),
                                      (region.id, region.zh, region.en)))
        return choices

    @property
    def not_required(self) -> bool:
        report = self.session.report
        return report is not None and report.verdict == Verdict.licence_not_required

    def apply_report(self, report: Report | None) -> None:
        super().apply_report(report)
        self._render_banner()

    def _render_banner(self) -> None:
        report = self.session.report
        if not self.not_required:
            self.banner.setVisible(False)
            return
        scoping = [f for f in report.findings if f.field == "scope"]
        finding = scoping[-1] if scoping else None
        text = "<h3>" + html.escape(tr("您不需要申请ICP许可证")) + "</h3>"
        if finding is not None:
            text += f"<p>{html.escape(pick(finding.message))}</p><p>{html.escape(pick(finding.fix))}</p>"
        text += "<p>" + html.escape(tr(
            "ICP备案的一般步骤：① 准备营业执照、负责人身份证和域名证书；② 在接入服务商（云服务商）的备案系统中填写主体和网站信息；"
            "③ 服务商初审后提交通信管理局审核，通常约20个工作日；④ 取得备案号后在网站首页底部展示。")) + "</p>"
        self.banner.setText(text)
        self.banner.setStyleSheet(f"QLabel {{ background: {tint('info', self).name()}; color: palette(window-text); "
                                  f"border: 1px solid {css('info', self)}; border-radius: 4px; }}")
        self.banner.setToolTip(source_tooltip(finding) if finding else "")
        accessibility.name(self.banner, tr("您不需要申请ICP许可证"), accessibility.plain(text))
        if self.banner.isHidden() and accessibility.has_focus_within(self):  # the answer just given decided it
            accessibility.announce(self.banner, tr("您不需要申请ICP许可证"))
        self.banner.setVisible(True)

    def restyle(self) -> None:
        super().restyle()
        self._render_banner()

    def apply_packs(self) -> None:
        self.forms[0].fields["province"].retranslate()

    def retranslate(self) -> None:
        self.welcome.setText(translated(WELCOME))
        super().retranslate()
        if hasattr(self, "banner"):
            self._render_banner()


class EntityPage(Page):
    key = "entity"
    intro = QT_TR_NOOP("按营业执照填写申请主体的信息。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.add_form(m.Entity, "entity")
        self.finish()


class ListPage(Page):
    """Domains, servers, staff: a table of items and a form for the selected one."""

    def __init__(self, session: Session, key: str, item_cls: type[BaseModel], columns: list[str],
                 intro: str, parent: QWidget | None = None):
        self.key = key
        self.intro = intro
        super().__init__(session, parent)
        self.add_list(key, item_cls, columns)
        self.finish()


class SystemsPage(Page):
    key = "systems"
    intro = QT_TR_NOOP("勾选已经建立的制度、已采取的安全措施和网站已有的功能。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.add_form(m.Systems, "systems", ["policies"], group=QT_TR_NOOP("管理制度"))
        self.add_form(m.Systems, "systems", ["firewall", "intrusion_detection", "encrypted_fields", "password_hashing",
                                             "vulnerability_scan", "log_retention_months", "staff_training"],
                      group=QT_TR_NOOP("安全措施"))
        self.add_form(m.Systems, "systems", ["site_functions"], group=QT_TR_NOOP("网站功能"))
        self.finish()


class SitePage(Page):
    key = "site"
    intro = QT_TR_NOOP("本省要求核查办公场地：填写面积、租赁和消防情况以及主要设备。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.add_form(m.Site, "site", ["office_area_m2", "lease", "fire_safety_filing"])
        self.add_list("site.equipment", m.Equipment, ["kind", "name", "brand", "quantity"],
                      group=QT_TR_NOOP("设备清单"))
        self.finish()


# The list pages: (item model, table columns, intro) by key.
LIST_PAGES: dict[str, tuple[type[BaseModel], list[str], str]] = {
    "domains": (m.Domain, ["name", "registrant", "icp_filing_number", "filing_status"],
                QT_TR_NOOP("列出要在许可证上登记的每个域名。")),
    "servers": (m.Server, ["provider", "province", "city", "contract"],
                QT_TR_NOOP("列出网站或App使用的服务器及其所在地。")),
    "staff": (m.StaffMember, ["name", "posts", "full_time", "social_security_start", "social_security_province"],
              QT_TR_NOOP("列出参与运营的员工；社保起缴日期和省份决定能否满足人员要求。")),
}


def list_page(session: Session, key: str) -> ListPage:
    item_cls, columns, intro = LIST_PAGES[key]
    return ListPage(session, key, item_cls, columns, intro)
