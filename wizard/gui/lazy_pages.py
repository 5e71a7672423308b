"""Pages built when first shown: the window knows every page's key and title from the start, and builds
a page's widgets (importing its module) only when it is first needed.

Building all twelve pages at start-up cost more than the rest of the window; the user sees one.
A page is described by a `PageSpec`; `MainWindow.PAGES` lists them in order, and a new page is
one more entry there:

    PageSpec("plan", "wizard.gui.pages.plan_page:PlanPage", title=lambda: tr("计划"))

`factory` is "module:callable" (imported when the page is built) or a callable; it is called with
the Session and returns a `Page`. `title` gives the step-list text without building the page;
by default the page's title in wizard.core.application.model.PAGE_TITLES.

`LazyPages` is the window's `pages`: `pages[i]` builds page i if needed (a jump, a test, Next), so
code that asks for a page always gets a real one; `pages.built()` are the ones that exist, which is
what reloading and retranslating touch. A newly built page loads the session itself (its own
`finish()` translates it) and the window applies the current report to it (`MainWindow._page_built`).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtWidgets import QStackedWidget, QWidget

from wizard.core.application.model import PAGE_TITLES

from .language.i18n import pick

if TYPE_CHECKING:
    from .pages.editing import Page
    from .session import Session


@dataclass(frozen=True)
class PageSpec:
    key: str
    factory: str | Callable[..., Page]  # "module:callable", or the callable; called with the Session
    title: Callable[[], str] | None = None  # None: PAGE_TITLES[key] in the interface language
    args: tuple[Any, ...] = ()  # passed to the factory after the Session

    def step_title(self) -> str:
        if self.title is not None:
            return self.title()
        return pick(PAGE_TITLES[self.key]) if self.key in PAGE_TITLES else self.key

    def build(self, session: Session) -> Page:
        factory = self.factory
        if isinstance(factory, str):
            module, _, name = factory.partition(":")
            factory = getattr(importlib.import_module(module), name)
        return factory(session, *self.args)


class LazyPages(Sequence["Page"]):
    """The pages in order; a placeholder stands in the stack for each page until it is built."""

    def __init__(self, specs: Sequence[PageSpec], session: Session, stack: QStackedWidget,
                 built: Callable[[Page], None] = lambda _page: None, tab_after: Sequence[QWidget] = ()):
        """`built(page)` is called once a page exists; `tab_after` (Back, Next) keep their place after
        each new page in the Tab order."""
        self.specs = list(specs)
        self.session = session
        self.stack = stack
        self._built = built
        self._tab_after = list(tab_after)
        self._pages: list[Page | None] = [None] * len(self.specs)
        self._retired: list[QWidget] = []
        for _spec in self.specs:
            stack.addWidget(QWidget())

    def __len__(self) -> int:
        return len(self.specs)

    def __getitem__(self, index: int) -> Page:  # type: ignore[override]
        page = self._pages[index]
        if page is None:
            page = self.specs[index].build(self.session)
            placeholder = self.stack.widget(index)
            was_current = self.stack.currentWidget() is placeholder
            self.stack.insertWidget(index, page)
            self.stack.removeWidget(placeholder)  # kept (hidden, in the stack's children), never freed
            self._retired.append(placeholder)  # while Qt may still hold it in a pending event
            if was_current:
                self.stack.setCurrentWidget(page)
            self._pages[index] = page
            self._keep_tab_order(page)
            self._built(page)
        return page

    def _keep_tab_order(self, page: Page) -> None:
        """A new page's widgets join the end of the focus chain; Tab must reach them before `tab_after`."""
        last = self._last_tab_stop(page)
        for after in self._tab_after if last is not None else ():
            QWidget.setTabOrder(last, after)
            last = after

    @staticmethod
    def _last_tab_stop(page: Page) -> QWidget | None:
        """The page's last Tab stop. Its widgets end the window's chain, so the chain is walked back
        from the window over the few links after that stop; walking the whole page forwards wrapped
        every widget in it, which made Python types for dozens of Qt classes (~8 ms at start-up)."""
        window, inside = page.window(), page.isAncestorOf
        widget = window.previousInFocusChain()
        while widget is not None and widget is not page and inside(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                return widget
            widget = widget.previousInFocusChain()
        if widget is page:
            return None  # nothing on the page takes Tab
        last, widget = None, page.nextInFocusChain()  # the page is not at the end: walk it forwards
        while widget is not None and inside(widget):
            if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
                last = widget
            widget = widget.nextInFocusChain()
        return last

    def __iter__(self) -> Iterator[Page]:
        """Every page, building the rest: for code that really needs all of them (tests, a full self-test)."""
        return (self[index] for index in range(len(self)))

    def key(self, index: int) -> str:
        return self.specs[index].key

    def title(self, index: int) -> str:
        page = self._pages[index]
        return page.title() if page is not None else self.specs[index].step_title()

    def is_built(self, index: int) -> bool:
        return self._pages[index] is not None

    def built(self) -> list[Page]:
        return [page for page in self._pages if page is not None]

    def build_next(self) -> bool:
        """Builds the first page not built yet; False when all are."""
        for index, page in enumerate(self._pages):
            if page is None:
                self[index]
                return True
        return False

    def build_when_idle(self, context: QObject, stop: Callable[[], bool], first_after_ms: int = 400,
                        between_ms: int = 40) -> None:
        """Builds the pages not shown yet one at a time, after the first page has been on screen a
        moment and with pauses between, so that later steps open at once without ever holding up
        the user's first keystrokes (a page takes 10–30 ms to build). Ends with `context` (the
        window) or when `stop()` says so."""

        def step() -> None:
            if not stop() and self.build_next():
                QTimer.singleShot(between_ms, context, step)

        QTimer.singleShot(first_after_ms, context, step)
