"""The main window: step list beside the pages, Back/Next, menus, files, language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TR_NOOP, QByteArray, QEvent, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wizard import __version__
from wizard.core import sentences
from wizard.core.crash import breadcrumb
from wizard.core.fieldpaths import page_of
from wizard.core.model import PAGES
from wizard.core.report import VERDICT_TEXT, PageStatus, Report, Verdict

from . import accessibility, files
from .colours import follow_palette, repolish
from .file_actions import SUFFIXES, FileActions
from .i18n import (
    forget_listener,
    joined,
    labelled,
    lang,
    missing_translation,
    on_language_changed,
    pick,
    set_language,
    tr,
    translated,
)
from .labels import page_status_label
from .lazy_pages import LazyPages, PageSpec
from .marks import status_icon
from .pages import Page
from .session import Session
from .texts import BACK, MENU_TITLES, NEXT, WINDOW_TITLE
from .tracking_nav import TrackingNavigation, tracking_status


class MainWindow(FileActions, TrackingNavigation, QMainWindow):
    # The pages in order; each is built when first shown (lazy_pages.py). A new page is one more entry.
    PAGES: tuple[PageSpec, ...] = (
        PageSpec("scope", "wizard.gui.pages:ScopePage"),
        PageSpec("entity", "wizard.gui.pages:EntityPage"),
        PageSpec("domains", "wizard.gui.pages:list_page", args=("domains",)),
        PageSpec("servers", "wizard.gui.pages:list_page", args=("servers",)),
        PageSpec("staff", "wizard.gui.pages:list_page", args=("staff",)),
        PageSpec("systems", "wizard.gui.pages:SystemsPage"),
        PageSpec("industry", "wizard.gui.pages_extra:IndustryPage"),
        PageSpec("credit", "wizard.gui.pages:CreditPage"),
        PageSpec("site", "wizard.gui.pages:SitePage"),
        PageSpec("materials", "wizard.gui.pages_extra:MaterialsPage"),
        PageSpec("plan", "wizard.gui.plan_page:PlanPage", title=lambda: tr("行动计划")),
        PageSpec("export", "wizard.gui.export_page:ExportPage", title=lambda: tr("导出")),
        PageSpec("tracking", "wizard.gui.tracking_page:TrackingPage"),  # once filed: tracking_nav.py
    )

    def __init__(self, session: Session, autosave: files.Autosave | None = None):
        super().__init__()
        self.session = session
        self.autosave = autosave
        self._closing = False
        if autosave is not None:
            autosave.failed.connect(
                lambda reason: self.statusBar().showMessage(tr("自动保存失败：") + reason.full(lang()), 15000))
        self.setAcceptDrops(True)
        self.steps = QListWidget()
        self.stack = QStackedWidget()
        self.back_button, self.next_button = QPushButton(), QPushButton()
        self.pages = LazyPages(self.PAGES, session, self.stack, self._page_built,
                               tab_after=(self.back_button, self.next_button))
        self.page_index = {spec.key: i for i, spec in enumerate(self.PAGES)}
        for _spec in self.PAGES:
            self.steps.addItem(QListWidgetItem())
        self.steps.currentRowChanged.connect(self._step_chosen)
        self.back_button.clicked.connect(self.back)
        self.next_button.clicked.connect(self.next)
        nav = QHBoxLayout()
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.next_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.addWidget(self.stack, 1)
        right_layout.addLayout(nav)
        splitter = QSplitter()
        splitter.addWidget(self.steps)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([220, 780])
        self.setCentralWidget(splitter)
        self._build_menus()
        self.setTabOrder(self.steps, self.stack)
        self.setTabOrder(self.back_button, self.next_button)
        session.evaluated.connect(self._evaluated)
        session.loaded.connect(self._loaded)
        session.dirty_changed.connect(lambda _d: self._update_title())
        session.edited.connect(self._edited)
        on_language_changed(self.retranslate)
        QApplication.instance().focusChanged.connect(self._focus_changed)
        self.resize(1060, 760)
        geometry = files.settings().value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._loaded()
        self._evaluated(session.report)
        self.retranslate()
        self.go_to(0)

    # --- menus ----------------------------------------------------------------
    def _action(self, menu: Any, key: str, slot: Any, shortcut: Any = None) -> QAction:
        action = QAction(self)
        action.setProperty("tr", key)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: breadcrumb("action", key))  # before the slot runs
        action.triggered.connect(slot)
        menu.addAction(action)
        self.actions_by_key[key] = action
        return action

    def _build_menus(self) -> None:
        self.translation_missing = False  # a message about it is on the status bar
        self.actions_by_key: dict[str, QAction] = {}
        bar = self.menuBar()
        self.file_menu = bar.addMenu("")
        self._action(self.file_menu, "new", self.new_file, QKeySequence.StandardKey.New)
        self._action(self.file_menu, "open", self.open_file, QKeySequence.StandardKey.Open)
        self._action(self.file_menu, "workspace", lambda: self.open_workspace(), QKeySequence("Ctrl+Shift+O"))
        self.recent_menu = self.file_menu.addMenu("")
        self._action(self.file_menu, "save", self.save, QKeySequence.StandardKey.Save)
        self._action(self.file_menu, "save_as", self.save_as, QKeySequence("Ctrl+Shift+S"))
        self.file_menu.addSeparator()
        self._action(self.file_menu, "quit", self.close, QKeySequence("Ctrl+Q"))
        self.go_menu = bar.addMenu("")
        self._action(self.go_menu, "back", self.back, QKeySequence("Alt+Left"))
        self._action(self.go_menu, "next", self.next, QKeySequence("Alt+Right"))
        self._action(self.go_menu, "plan", lambda: self.go_to(self.page_index["plan"]), QKeySequence("Ctrl+R"))
        self._action(self.go_menu, "track", self.open_tracking, QKeySequence("Ctrl+T"))
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        for code, text in (("zh", "中文"), ("en", "English")):
            action = QAction(text, self, checkable=True)
            action.setData(code)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            group.addAction(action)
            self.language_menu.addAction(action)
        self.language_group = group
        self.help_menu = bar.addMenu("")
        self._action(self.help_menu, "field_help", self.field_help, QKeySequence(QKeySequence.StandardKey.HelpContents))
        self._action(self.help_menu, "glossary", self.glossary)
        self.help_menu.addSeparator()
        self._action(self.help_menu, "about", self.about)

    def choose_language(self, code: str) -> None:
        breadcrumb("action", f"language_{code}")
        set_language(code)
        self.show_translation_state()

    def show_translation_state(self) -> None:
        missing = missing_translation()
        if missing:  # a damaged installation: say so in both languages, since the translation is what is missing
            self.statusBar().showMessage(
                f"未找到界面翻译文件 {missing}，请重新安装本程序。"
                f" The interface translation {missing} was not found; please reinstall the program.", 30000)
            self.translation_missing = True
        elif self.translation_missing:
            self.statusBar().clearMessage()
            self.translation_missing = False

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        recent = files.recent_files()
        for path in recent:
            action = self.recent_menu.addAction(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_path(p))
        self.recent_menu.setEnabled(bool(recent))

    # --- navigation -------------------------------------------------------------
    def _page_built(self, page: Page) -> None:
        """A page built on first use catches up: the document, the latest report, its signals."""
        page.load()
        page.apply_report(self.session.report)
        if page.key == "plan":
            page.jump.connect(self.jump_to)  # type: ignore[attr-defined]
        self.connect_tracking_button(page)

    def build_pages_when_idle(self, first_after_ms: int = 400, between_ms: int = 40) -> None:
        self.pages.build_when_idle(self, lambda: self._closing, first_after_ms, between_ms)

    def visible(self, index: int) -> bool:
        key, report = self.pages.key(index), self.session.report
        if key == "tracking":
            return self.tracking_shown()
        if key in ("plan", "export"):
            return not (report and report.verdict == Verdict.licence_not_required)
        if report is None:
            return key not in ("industry", "site")
        return report.pages.get(key) != PageStatus.not_applicable

    def current_page(self) -> Page:
        return self.pages[self.stack.currentIndex()]

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.current_page().scroll_to(new)

    def go_to(self, index: int) -> None:
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

    def _neighbour(self, step: int) -> int | None:
        index = self.stack.currentIndex() + step
        while 0 <= index < len(self.pages):
            if self.visible(index):
                return index
            index += step
        return None

    def _leave_ok(self) -> bool:
        """Only malformed input stops the user; readiness findings never do."""
        problem = self.current_page().first_error()
        if problem is None:
            return True
        QMessageBox.warning(self, tr("输入无效"),
                            tr("请先改正这一项（其他问题可以稍后处理）：\n{problem}").format(problem=problem))
        return False

    def next(self) -> None:
        target = self._neighbour(1)
        if target is not None and self._leave_ok():
            self.go_to(target)

    def back(self) -> None:
        target = self._neighbour(-1)
        if target is not None and self._leave_ok():
            self.go_to(target)

    def _step_chosen(self, row: int) -> None:
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

    def _update_nav(self) -> None:
        self.back_button.setEnabled(self._neighbour(-1) is not None)
        self.next_button.setEnabled(self._neighbour(1) is not None)

    def jump_to(self, finding: Any) -> None:
        for key in (finding.page, page_of(finding.field)):
            index = self.page_index.get(key)
            if index is None or not self.visible(index):
                continue
            self.go_to(index)
            if self.pages[index].focus_field(finding.field):
                return

    # --- session -------------------------------------------------------------------
    def _evaluated(self, report: Report | None) -> None:
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
        self.current_page().apply_report(report)
        self._update_nav()
        self._update_status()

    def _number_steps(self) -> None:
        number, texts = 0, []
        for index in range(len(self.pages)):
            if self.visible(index):
                number += 1
                self.steps.item(index).setText(f"{number}. {self.pages.title(index)}")
                texts.append(self.steps.item(index).text())
        if texts != getattr(self, "_step_texts", None):  # another language or other steps: fit them again
            self._step_texts = texts
            self._fit_steps(texts)

    def _fit_steps(self, texts: list[str]) -> None:
        """The step list as wide as its longest entry (a longer translation, a larger font), up to 340 px;
        beyond that an entry wraps rather than being cut off."""
        widest = max((self.steps.fontMetrics().horizontalAdvance(text) for text in texts), default=0)
        need = widest + 16 + 8 + 12 + 2 * self.steps.frameWidth()  # the dot, its gap, the entry's padding
        self.steps.setMinimumWidth(min(max(190, need), 340))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        follow_palette(self, event, self._follow_palette)  # dark mode switched on or off
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        repolish(self)
        for index in range(self.steps.count()):
            item = self.steps.item(index)
            item.setIcon(status_icon(item.data(Qt.ItemDataRole.UserRole) or "", self.steps))

    def _loaded(self) -> None:
        self.tracking_requested = False  # another file: its own tracking decides
        for page in self.pages.built():  # the others load when they are built
            page.load()
        self._update_title()

    def _edited(self) -> None:
        if self.autosave is not None:
            self.autosave.schedule(self.session.application, self.session.path)

    def _update_status(self) -> None:
        report = self.session.report
        if report is None:
            text = tr("请选择申请省份")
        else:
            counts = labelled(tr("未解决的阻断问题"), pick(sentences.open_counts(report)))
            text = tr("{verdict} · {counts}").format(verdict=pick(VERDICT_TEXT[report.verdict]), counts=counts)
            tracked = tracking_status(self.session.application, self.session.pack, self.session.today())
            if tracked:  # filed: "ready to apply" would contradict it; the stage and next deadline say more
                text = f"{tracked} · {counts}"
        self._status_text = text
        self._show_status()

    def _show_status(self) -> None:
        """The summary line, cut with "…" where the window is too narrow for it (a longer language, a larger
        font): the whole line is its tooltip, and the plan page says all of it."""
        text, bar = getattr(self, "_status_text", ""), self.statusBar()
        room = self.width() - 40  # the bar spans the window, less its margins and size grip (laid out or not yet)
        shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, max(room, 80))
        bar.showMessage(shown)
        bar.setToolTip(text if shown != text else "")
        self._status_shown = shown

    def resizeEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        if self.statusBar().currentMessage() == getattr(self, "_status_shown", None):  # not a passing message
            self._show_status()

    def _update_title(self) -> None:
        name = Path(self.session.path).name if self.session.path else tr("未命名")
        marker = tr("（只读）") if self.read_only else ""
        title = translated(WINDOW_TITLE)
        self.setWindowTitle(f"{name}{marker}{' *' if self.session.dirty else ''} — {title}")

    # --- files: see file_actions.py ----------------------------------------------------
    def dragEnterEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        if any(u.toLocalFile().lower().endswith(SUFFIXES) for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: Any) -> None:  # noqa: N802 - Qt override
        for url in event.mimeData().urls():
            path = url.toLocalFile()
            if path.lower().endswith(SUFFIXES):
                event.acceptProposedAction()
                self.open_path(path)
                return

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if not self.maybe_save():
            event.ignore()
            return
        files.settings().setValue("geometry", self.saveGeometry())
        files.settings().setValue("language", lang())
        if self.autosave is not None:
            self.autosave.end_session()
        self._release()
        self.close_workspaces()
        forget_listener(self.retranslate)
        self._closing = True
        event.accept()

    # --- help and language ---------------------------------------------------------------
    def field_help(self) -> None:
        """F1: why the question with the focus is asked (the glossary when no question has it)."""
        from .help import help_for_focus

        if not help_for_focus(self, QApplication.focusWidget()):
            self.glossary()

    def glossary(self, term: str | None = None) -> None:
        from .help import show_glossary

        show_glossary(self, term)

    def about(self) -> None:
        reviewed = "".join(
            "<li>" + labelled(pick(p.header.name), joined(f"{i} {d.isoformat()}" for i, d in p.reviewed)) + "</li>"
            for p in self.session.packs.values())
        QMessageBox.about(self, tr("关于"), tr(
            "<h3>ICP许可证申请向导 {version}</h3><p>离线检查申请材料是否符合所选省份的要求。本程序不联网。</p>"
            "<p>规则包核对日期：</p><ul>{reviewed}</ul>").format(version=__version__, reviewed=reviewed))

    def retranslate(self) -> None:
        texts = {
            "new": QT_TR_NOOP("新建(&N)"), "open": QT_TR_NOOP("打开(&O)…"), "save": QT_TR_NOOP("保存(&S)"),
            "workspace": QT_TR_NOOP("打开工作区(&W)…"),
            "save_as": QT_TR_NOOP("另存为(&A)…"), "quit": QT_TR_NOOP("退出(&Q)"), "back": QT_TR_NOOP("上一步(&B)"),
            "next": QT_TR_NOOP("下一步(&N)"), "plan": QT_TR_NOOP("行动计划(&R)"), "about": QT_TR_NOOP("关于(&A)"),
            "track": QT_TR_NOOP("已提交申请，记录进度(&T)"),
            "field_help": QT_TR_NOOP("本项说明(&F)"), "glossary": QT_TR_NOOP("术语表(&G)…"),
        }
        for key, action in self.actions_by_key.items():
            action.setText(translated(texts[key]))
        self.file_menu.setTitle(translated(MENU_TITLES["file"]))
        self.recent_menu.setTitle(tr("最近打开(&R)"))
        self.go_menu.setTitle(translated(MENU_TITLES["go"]))
        self.language_menu.setTitle(translated(MENU_TITLES["language"]))
        self.help_menu.setTitle(translated(MENU_TITLES["help"]))
        for action in self.language_group.actions():
            action.setChecked(action.data() == lang())
        self.back_button.setText(translated(BACK))
        self.next_button.setText(translated(NEXT))
        self.back_button.setToolTip("Alt+←")
        self.next_button.setToolTip("Alt+→")
        accessibility.name_window(self)
        for page in self.pages.built():  # the others are translated when they are built
            page.retranslate()
            page.load()
        self._evaluated(self.session.report)
        self._refresh_recent()
        self._update_title()

