"""Every colour the interface draws, chosen against the palette it is drawn on (issue 15 §5).

A role (blocker, warning, ok…) has a hue for light backgrounds and one for dark ones; the one for the
background at hand is then darkened or lightened until its WCAG 2.x contrast with that background is
at least 4.5:1, so that a dark system palette (Windows or macOS dark mode), a high-contrast theme or a
tinted one all get readable finding text, dots and timeline marks. Nothing here is a fixed
light-theme value: a caller passes the widget (or palette) the colour will be shown on.
"""

from __future__ import annotations

import functools
from collections.abc import Callable

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MINIMUM_CONTRAST = 4.5  # WCAG 2.2 AA for text (1.4.3); the issue asks it of dots and timeline marks too

# role → (hue on a light background, hue on a dark one); each is only a starting point, checked below
HUES: dict[str, tuple[str, str]] = {
    "blocker": ("#c62828", "#ff8a80"),
    "error": ("#c62828", "#ff8a80"),
    "warning": ("#a35a00", "#ffb74d"),
    "info": ("#1565c0", "#90caf9"),
    "ok": ("#2e7d32", "#81c784"),  # ready, complete, the licence window
    "muted": ("#616161", "#b0b0b0"),  # rule ids, sources, a material that does not apply
    "not_started": ("#757575", "#9e9e9e"),
    "critical": ("#c62828", "#ff8a80"),  # a step on the critical path
    "structural": ("#6a1b9a", "#ce93d8"),
    "answer": ("#616161", "#bdbdbd"),
    "act": ("#c62828", "#ff8a80"),
    "wait": ("#a35a00", "#ffb74d"),
    "decide": ("#1565c0", "#90caf9"),
    "axis": ("#555555", "#aaaaaa"),
    "today": ("#1565c0", "#90caf9"),
    "lock": ("#5d4037", "#d7ccc8"),
}


def luminance(colour: QColor) -> float:
    """WCAG 2.x relative luminance of an sRGB colour (0 black … 1 white)."""

    def linear(channel: float) -> float:
        return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4

    return 0.2126 * linear(colour.redF()) + 0.7152 * linear(colour.greenF()) + 0.0722 * linear(colour.blueF())


def contrast(first: QColor, second: QColor) -> float:
    """WCAG contrast ratio, 1 … 21."""
    lighter, darker = sorted((luminance(first), luminance(second)), reverse=True)
    return (lighter + 0.05) / (darker + 0.05)


def is_dark(background: QColor) -> bool:
    # Where white and black text are equally readable (luminance ≈ 0.18), so a mid grey goes either way
    return luminance(background) < 0.18


def over(colour: QColor, background: QColor) -> QColor:
    """`colour` composited over an opaque `background` (an anti-aliased or translucent pixel as seen)."""
    alpha = colour.alphaF()
    mixed = [alpha * a + (1 - alpha) * b for a, b in zip(colour.getRgbF()[:3], background.getRgbF()[:3], strict=True)]
    return QColor.fromRgbF(*mixed)


def mix(colour: QColor, other: QColor, share: float) -> QColor:
    """`share` of `other` in `colour`."""
    return QColor.fromRgbF(*[(1 - share) * a + share * b
                             for a, b in zip(colour.getRgbF()[:3], other.getRgbF()[:3], strict=True)])


@functools.lru_cache(maxsize=512)
def _readable(start: str, background: int, minimum: float) -> str:
    back = QColor.fromRgb(background)
    colour = QColor(start)
    target = QColor("#000000") if not is_dark(back) else QColor("#ffffff")
    share = 0.0
    while contrast(colour, back) < minimum and share < 1.0:  # towards black (or white) until readable
        share = min(1.0, share + 0.04)
        colour = mix(QColor(start), target, share)
    if contrast(colour, back) < minimum:  # a mid-grey background: the other extreme may do better
        colour = max((QColor("#000000"), QColor("#ffffff")), key=lambda c: contrast(c, back))
    return colour.name()


def readable(start: QColor | str, background: QColor, minimum: float = MINIMUM_CONTRAST) -> QColor:
    """`start`, darkened or lightened as little as needed to reach `minimum` contrast on `background`."""
    return QColor(_readable(QColor(start).name(), background.rgb(), minimum))


def palette_of(where: QWidget | QPalette | None = None) -> QPalette:
    """The palette a colour is shown on: given, a widget's, or the application's."""
    return where if isinstance(where, QPalette) else where.palette() if where is not None else QApplication.palette()


def background_of(where: QWidget | QPalette | None = None,
                  role: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    """The colour behind a widget's content: its palette's Window (a label, a page) or Base (a table, a list)."""
    return palette_of(where).color(QPalette.ColorGroup.Active, role)


def colour(role: str, background: QColor) -> QColor:
    """The role's colour on `background`, readable at 4.5:1."""
    light, dark = HUES[role]
    return readable(dark if is_dark(background) else light, background)


def role_colour(role: str, where: QWidget | QPalette | None = None,
                background: QPalette.ColorRole = QPalette.ColorRole.Window) -> QColor:
    return colour(role, background_of(where, background))


def css(role: str, where: QWidget | QPalette | None = None,
        background: QPalette.ColorRole = QPalette.ColorRole.Window) -> str:
    """'#rrggbb' for a style sheet or a rich-text span shown on `where`'s background."""
    return role_colour(role, where, background).name()


def tint(role: str, where: QWidget | QPalette | None = None, share: float = 0.14) -> QColor:
    """A pale (or, on a dark palette, deep) wash of the role's hue over the Window colour, for a banner's
    background; the palette's text stays readable on it because only `share` of the hue is mixed in."""
    back = background_of(where)
    return mix(back, colour(role, back), share)


def follow_palette(widget: QWidget, event: QEvent, redraw: Callable[[], None]) -> None:
    """On a palette change (dark mode switched on or off), `redraw` once the widget's children have the new
    palette too: Qt tells a widget before its children, and several changes in a row redraw once."""
    if event.type() != QEvent.Type.PaletteChange or getattr(widget, "_redraw_pending", False):
        return
    widget._redraw_pending = True  # type: ignore[attr-defined]

    def run() -> None:
        widget._redraw_pending = False  # type: ignore[attr-defined]
        redraw()

    QTimer.singleShot(0, widget, run)


def repolish(root: QWidget) -> None:
    """Widgets with a style sheet keep the palette they had when it was applied: after the system's palette
    changes they are polished again, or a heading would stay black on a dark window."""
    for widget in [root, *root.findChildren(QWidget)]:
        if widget.styleSheet():
            widget.style().unpolish(widget)
            widget.style().polish(widget)
            widget.update()


def dark_palette() -> QPalette:
    """A dark palette like Windows 11 or macOS dark mode, for the tests and screenshots (the program itself
    takes whatever the system gives)."""
    palette = QPalette()
    window, base, text = QColor("#202020"), QColor("#2b2b2b"), QColor("#f0f0f0")
    for role, value in ((QPalette.ColorRole.Window, window), (QPalette.ColorRole.WindowText, text),
                        (QPalette.ColorRole.Base, base), (QPalette.ColorRole.AlternateBase, QColor("#323232")),
                        (QPalette.ColorRole.Text, text), (QPalette.ColorRole.Button, QColor("#2d2d2d")),
                        (QPalette.ColorRole.ButtonText, text), (QPalette.ColorRole.ToolTipBase, QColor("#2b2b2b")),
                        (QPalette.ColorRole.ToolTipText, text), (QPalette.ColorRole.Highlight, QColor("#0063b1")),
                        (QPalette.ColorRole.HighlightedText, QColor("#ffffff")), (QPalette.ColorRole.Link, QColor("#6cb8ff")),
                        (QPalette.ColorRole.LinkVisited, QColor("#c58af9")),
                        (QPalette.ColorRole.PlaceholderText, QColor("#a0a0a0")),
                        (QPalette.ColorRole.Light, QColor("#3c3c3c")), (QPalette.ColorRole.Midlight, QColor("#333333")),
                        (QPalette.ColorRole.Mid, QColor("#505050")), (QPalette.ColorRole.Dark, QColor("#101010")),
                        (QPalette.ColorRole.Shadow, QColor("#000000")), (QPalette.ColorRole.BrightText, QColor("#ff6b6b"))):
        palette.setColor(role, value)
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, QColor("#8a8a8a"))
    return palette
