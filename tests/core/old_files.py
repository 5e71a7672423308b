"""What a current example looks like once written by an older version and migrated (tests/core/test_migrations*.py)."""

from __future__ import annotations

from pathlib import Path

from wizard.core.application.documents import load_application
from wizard.core.application.model import SCHEMA_VERSION, Application
from wizard.core.application.storage import save_application


def unanswered_violations(application: Application) -> Application:
    """A current example as a file from before version 6 opens: its "no violations" not answered yet, since
    an empty list of violations meant both "none" and "not filled in"."""
    application.credit.has_violations = None
    return application


def saved_again(application: Application, folder: Path) -> Application:
    """The migrated file saved as the program saves it, which says the current version, and opened again."""
    saved = folder / "saved.yaml"
    save_application(application, saved)
    assert f"schema_version: {SCHEMA_VERSION}" in saved.read_text(encoding="utf-8")
    return load_application(saved)
