"""Why each question is asked (the "?" beside it, or F1) and the glossary (Help menu).

The texts come from the core (wizard/core/help): the rules of the chosen province that read the
answer, with their sources, and the glossary terms linked to it. The same text, in plain words,
is each editor's accessible description, so a screen reader says why the question is there.
"""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from wizard.core import sentences
from wizard.core.help.fields import FieldHelp, field_help
from wizard.core.help.glossary import Glossary, shipped_glossary

from ..language.i18n import lang, pick, tr
from ..language.labels import severity_label
from . import accessibility
from .colours import css

_CACHE: dict[tuple[str, str], FieldHelp] = {}


def help_for(pack: Any, path: str) -> FieldHelp | None:
    """The help of a question for this pack (cached: the packs do not change while the program runs)."""
    if pack is None:
        return None
    from wizard.core.application.fieldpaths import generic

    key = (pack.id, generic(path))
    if key not in _CACHE:
        _CACHE[key] = field_help(pack, path, shipped_glossary())
    return _CACHE[key]


def help_button(parent: QWidget | None = None) -> QToolButton:
    button = QToolButton(parent)
    button.setText("?")
    button.setAutoRaise(True)
    button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # F1 does the same from the keyboard, without an extra Tab stop
    button.setCursor(Qt.CursorShape.WhatsThisCursor)
    return button


def close_buttons() -> QDialogButtonBox:
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleDescription(tr("关闭这个窗口。"))
    return buttons


def help_html(info: FieldHelp) -> str:
    muted = css("muted", None, QPalette.ColorRole.Base)  # a text browser shows it on the palette's Base
    parts = [f"<h3>{html.escape(pick(info.label))}</h3>", f"<p>{html.escape(pick(info.why()))}</p>"]
    opening, closing = ("〔", "〕") if lang() == "zh" else (" [", "]")  # English text, English brackets
    if info.uses:
        parts.append("<ul>")
        for use in info.uses:
            kind = severity_label(use.severity.value) if use.severity else tr("是否需要许可证")
            how = tr("检查此项") if use.how == "checks" else tr("据此判断是否适用")
            doubt = (" <i>" + html.escape(tr("（指南的说法，有存疑说明）")) + "</i>") if use.doubtful else ""
            parts.append(
                f"<li><b>{html.escape(pick(use.title))}</b>{opening}{html.escape(kind)} · {html.escape(how)}{closing}{doubt}<br>"
                f"<small>{html.escape(sentences.cite_all(use.sources, lang()))}"
                f' · <span style="color:{muted}">{html.escape(use.rule_id)}</span></small></li>')
        parts.append("</ul>")
    if info.terms:
        links = "、".join(f'<a href="glossary:{t.id}">{html.escape(pick(t.term))}</a>' for t in info.terms) \
            if lang() == "zh" else ", ".join(f'<a href="glossary:{t.id}">{html.escape(pick(t.term))}</a>' for t in info.terms)
        terms_label = tr("术语：")
        parts.append(f"<p>{html.escape(terms_label)}{links}</p>")
    return "".join(parts)


class HelpDialog(QDialog):
    def __init__(self, info: FieldHelp, parent: QWidget | None = None):
        super().__init__(parent)
        self.info = info
        self.setWindowTitle(tr("为什么问这一项"))
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._link)
        self.browser.setHtml(help_html(info))
        accessibility.name(self.browser, pick(info.label), accessibility.plain(help_html(info)))
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(560, 380)

    def _link(self, url: QUrl) -> None:
        if url.scheme() == "glossary":
            show_glossary(self, url.path())


class GlossaryDialog(QDialog):
    def __init__(self, glossary: Glossary, parent: QWidget | None = None):
        super().__init__(parent)
        self.glossary = glossary
        self.setWindowTitle(tr("术语表"))
        self.list = QListWidget()
        for term in glossary.terms:
            item = QListWidgetItem(pick(term.term))
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show)
        self.browser = QTextBrowser()
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(lambda url: self.select(url.path()) if url.scheme() == "glossary" else None)
        # the list as wide as its longest term (a long English one), the explanation takes the rest
        widest = max((self.list.fontMetrics().horizontalAdvance(self.list.item(i).text())
                      for i in range(self.list.count())), default=0)
        self.list.setMinimumWidth(min(max(160, widest + 24 + self.list.verticalScrollBar().sizeHint().width()), 420))
        row = QHBoxLayout()
        row.addWidget(self.list, 0)
        row.addWidget(self.browser, 1)
        buttons = close_buttons()
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(buttons)
        accessibility.name(self.list, tr("术语"), tr("用上下方向键选择术语，右侧显示它的解释。"))
        accessibility.name(self.browser, tr("术语解释"), "")
        self.resize(max(760, self.list.minimumWidth() + 480), 440)
        if glossary.terms:
            self.list.setCurrentRow(0)
        else:
            self.browser.setPlainText(tr("术语表无法读取，请重新安装本程序。"))

    def select(self, term_id: str) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == term_id:
                self.list.setCurrentRow(row)
                return

    def _show(self, item: QListWidgetItem | None, _previous: Any = None) -> None:
        term = self.glossary.term(item.data(Qt.ItemDataRole.UserRole)) if item else None
        if term is None:
            return
        sources = [self.glossary.source_info(ref) for ref in term.sources]
        see = ("、" if lang() == "zh" else ", ").join(
            f'<a href="glossary:{other}">{html.escape(pick(self.glossary.term(other).term))}</a>'
            for other in term.see_also if self.glossary.term(other))
        basis, also = tr("依据："), tr("另见：")
        self.browser.setHtml(
            f"<h3>{html.escape(pick(term.term))}</h3><p>{html.escape(pick(term.definition))}</p>"
            f"<p><small>{html.escape(basis)}{html.escape(sentences.cite_all(sources, lang()))}</small></p>"
            + (f"<p>{html.escape(also)}{see}</p>" if see else ""))
        accessibility.name(self.browser, tr("术语解释"), accessibility.plain(self.browser.toHtml()))


def show_help(parent: QWidget, info: FieldHelp | None) -> None:
    if info is not None:
        HelpDialog(info, parent).exec()


def show_glossary(parent: QWidget, term: str | None = None) -> None:
    dialog = GlossaryDialog(shipped_glossary(), parent)
    if term:
        dialog.select(term)
    dialog.exec()


def help_for_focus(window: Any, widget: QWidget | None) -> bool:
    """Open the help of the question that has the focus; False when the focus is on no question."""
    from ..widgets.fields import FieldWidget
    from ..widgets.forms import ListEditor

    while widget is not None:
        if isinstance(widget, FieldWidget | ListEditor) and widget.help is not None:
            show_help(window, widget.help)
            return True
        widget = widget.parentWidget()
    return False
