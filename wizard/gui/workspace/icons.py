"""Small icons of the workspace table, drawn for the table's palette (marks.py): a padlock, a warning."""

from __future__ import annotations

from PySide6.QtGui import QIcon

from ..marks import lock_icon as _lock_icon
from ..marks import severity_icon


def lock_icon() -> QIcon:
    """A padlock (the row also says "locked" in words: never colour or icon alone)."""
    return _lock_icon()


def error_icon() -> QIcon:
    """An unreadable client file (its row says why in words)."""
    return severity_icon("warning")
