"""The consultancy workspace without Qt: every client file in a folder as one table.

    rows = scan(folder, as_of)           # both cores; a bad file is a row with its error
    for row in sort_by_deadline(rows): ...

`find_application_files` says which files are clients, `evaluate_file` evaluates one (it never
raises for a bad file), `seen` remembers the pack versions each client was last seen with, and
`changes` / `packdiff` tell what other rules change. The names are imported when first used, so
that importing the CLI's command module (command.py) costs nothing.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .evaluation import evaluate_file
    from .files import find_application_files
    from .rows import WorkspaceRow, sort_by_deadline
    from .scanning import scan

__all__ = ["WorkspaceRow", "evaluate_file", "find_application_files", "scan", "sort_by_deadline"]
_HOMES = {"WorkspaceRow": "rows", "sort_by_deadline": "rows", "evaluate_file": "evaluation",
          "find_application_files": "files", "scan": "scanning"}


def __getattr__(name: str) -> Any:
    if name not in _HOMES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from importlib import import_module

    return getattr(import_module(f".{_HOMES[name]}", __name__), name)
