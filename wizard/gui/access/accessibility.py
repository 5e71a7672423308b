"""What a screen reader hears: accessible names and descriptions, and the announcement of a new blocker.

WCAG 2.2 AA as it applies to a desktop form: every control says what it is (its name, 4.1.2) and
what the program knows about it (its description: the findings shown at it, then why it is asked),
in the interface language; a blocker that appears at the field being edited is announced (4.1.3,
a status message) without moving the focus. Names are set where the widgets are made and again on a
language change, so a page built late costs nothing at start-up.

Qt sends NameChanged/DescriptionChanged itself when these change; the announcement is a
QAccessibleAnnouncementEvent (Qt 6.8+), which the platform bridges (UIA, NSAccessibility, AT-SPI)
turn into spoken text.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent, QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QComboBox, QWidget

from ..language.finding_text import finding_html
from ..language.i18n import labelled, lang, tr

if TYPE_CHECKING:
    from ..widgets.fields import FieldWidget


def plain(rich: str) -> str:
    """The text a rich-text label shows, as a screen reader should read it (no markup)."""
    text = QTextDocumentFragment.fromHtml(rich).toPlainText() if "<" in rich else rich
    return text.replace("\u2028", "\n").replace("\u2029", "\n").strip()


def name(widget: QWidget, text: str, description: str | None = None) -> None:
    """Sets the accessible name (and description); only when changed, as each change is an event."""
    if widget.accessibleName() != text:
        widget.setAccessibleName(text)
    if description is not None and widget.accessibleDescription() != description:
        widget.setAccessibleDescription(description)


def name_window(window: Any) -> None:
    """The main window's own controls (the pages name theirs where they make them)."""
    name(window.steps, tr("申请步骤"), tr("每一步标明检查状态；用上下方向键转到另一步。"))
    name(window.back_button, tr("上一步"), tr("转到上一步（Alt+←）"))
    name(window.next_button, tr("下一步"), tr("转到下一步（Alt+→）"))


def announce(widget: QWidget, message: str) -> None:
    """Has the screen reader say `message` now, in the context of `widget`, without moving the focus."""
    event = QAccessibleAnnouncementEvent(widget, message)
    # Polite: said after the echo of the key just typed, instead of cutting it off
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)


def has_focus_within(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return focused is not None and (focused is widget or widget.isAncestorOf(focused))


def _blocker_ids(findings: list[Any]) -> set[str]:
    return {f.id for f in findings if str(f.severity) == "blocker"}


def describe_field(field: FieldWidget, before: tuple[list[Any], Any] | None = None) -> None:
    """The field's editors get its name and a description: what its message line shows, then the help.

    `before` (the findings and the input error shown until now) makes a blocker that is new at the
    focused field be announced."""
    label = field.labels.get(lang(), field.name)
    shown = plain(field.message.text()) if field.message.text() else tr("这一项目前没有发现问题。")
    why = field.help.plain(lang()) if field.help is not None else ""
    description = shown + ("\n" + why if why else "")
    if field.kind == "enum_list":  # each box is named by its option; the description says which question
        for check in field.checks.values():
            name(check, check.text(), labelled(label, description))
    else:
        for widget in field.editors():
            name(widget, label, description)
        if isinstance(field.editor, QComboBox):  # its drop-down list takes the focus while open
            name(field.editor.view(), label, description)
    name(field.message, labelled(label, tr("检查结果")), shown)
    if before is None or not has_focus_within(field):
        return
    new = _blocker_ids(field.findings) - _blocker_ids(before[0])
    if new:  # an input error is not announced: it comes and goes with each key typed (it is in the description)
        said = "\n".join(plain(finding_html(f)) for f in field.findings if f.id in new)
        announce(field.focus_widget(), labelled(label, said))
