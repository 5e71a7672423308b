"""What a current example looks like once written by an older version and migrated (tests/core/test_migrations*.py)."""

from __future__ import annotations

from wizard.core.model import Application


def unanswered_violations(application: Application) -> Application:
    """A current example as a file from before version 6 opens: its "no violations" not answered yet, since
    an empty list of violations meant both "none" and "not filled in"."""
    application.credit.has_violations = None
    return application
