"""The main window: the step list beside the pages, Back/Next, the summary line and the title.

Its parts are mixed in: moving between steps (step_list.py), the menus and language (menus.py),
opening and saving files (file_actions.py) and the way to the tracking page (tracking_nav.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QEvent, Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from wizard.core import sentences
from wizard.core.report import VERDICT_TEXT, Report

from .access import accessibility
from .access.colours import follow_palette, repolish
from .language.i18n import forget_listener, labelled, lang, on_language_changed, pick, tr, translated
from .language.texts import BACK, NEXT, WINDOW_TITLE
from .lazy_pages import LazyPages, PageSpec
from .menus import WindowMenus
from .pages.editing import Page
from .session import Session
from .step_list import StepNavigation
from .system import files
from .system.desktop import fit_on_screen
from .system.file_actions import SUFFIXES, FileActions
from .tracking_nav import TrackingNavigation, tracking_status


class MainWindow(FileActions, TrackingNavigation, StepNavigation, WindowMenus, QMainWindow):
    # The pages in order; each is built when first shown (lazy_pages.py). A new page is one more entry.
    PAGES: tuple[PageSpec, ...] = (
        PageSpec("scope", "wizard.gui.pages.editing:ScopePage"),
        PageSpec("entity", "wizard.gui.pages.editing:EntityPage"),
        PageSpec("domains", "wizard.gui.pages.editing:list_page", args=("domains",)),
        PageSpec("servers", "wizard.gui.pages.editing:list_page", args=("servers",)),
        PageSpec("staff", "wizard.gui.pages.editing:list_page", args=("staff",)),
        PageSpec("systems", "wizard.gui.pages.editing:SystemsPage"),
        PageSpec("industry", "wizard.gui.pages.pack_pages:IndustryPage"),
        PageSpec("credit", "wizard.gui.pages.credit_page:CreditPage"),
        PageSpec("site", "wizard.gui.pages.editing:SitePage"),
        PageSpec("materials", "wizard.gui.pages.pack_pages:MaterialsPage"),
        PageSpec("plan", "wizard.gui.pages.plan_page:PlanPage", title=lambda: tr("行动计划")),
        PageSpec("export", "wizard.gui.pages.export_page:ExportPage", title=lambda: tr("导出")),
        PageSpec("tracking", "wizard.gui.pages.tracking_page:TrackingPage"),  # once filed: tracking_nav.py
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
        fit_on_screen(self, 1060, 760)
        geometry = files.settings().value("geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        self._loaded()
        self._evaluated(session.report)
        self.retranslate()
        self.go_to(0)

    # --- pages -------------------------------------------------------------------
    def _page_built(self, page: Page) -> None:
        """A page built on first use catches up: the document, the latest report, its signals."""
        page.load()
        page.apply_report(self.session.report)
        if page.key == "plan":
            page.jump.connect(self.jump_to)  # type: ignore[attr-defined]
        self.connect_tracking_button(page)

    def build_pages_when_idle(self, first_after_ms: int = 400, between_ms: int = 40) -> None:
        self.pages.build_when_idle(self, lambda: self._closing, first_after_ms, between_ms)

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        self.current_page().scroll_to(new)

    # --- session -------------------------------------------------------------------
    def _evaluated(self, report: Report | None) -> None:
        self._show_steps(report)
        self.current_page().apply_report(report)
        self._update_nav()
        self._update_status()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        follow_palette(self, event, self._follow_palette)  # dark mode switched on or off
        super().changeEvent(event)

    def _follow_palette(self) -> None:
        repolish(self)
        self._redraw_step_marks()

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

    def retranslate(self) -> None:
        self._translate_menus()
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

