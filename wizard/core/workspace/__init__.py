"""The consultancy workspace without Qt: every client file in a folder as one table.

    rows = scan(folder, as_of)           # both cores; a bad file is a row with its error
    for row in sort_by_deadline(rows): ...

`find_application_files` says which files are clients, `evaluate_file` evaluates one (it never
raises for a bad file), `seen` remembers the pack versions each client was last seen with, and
`changes` / `packdiff` tell what new rules change.
"""

from __future__ import annotations

from .evaluation import evaluate_file
from .files import find_application_files
from .rows import WorkspaceRow, sort_by_deadline
from .scanning import scan

__all__ = ["WorkspaceRow", "evaluate_file", "find_application_files", "scan", "sort_by_deadline"]
