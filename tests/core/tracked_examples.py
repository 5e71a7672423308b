"""Examples with a tracking section, for the tests of filed and licensed applicants."""

from __future__ import annotations

from pathlib import Path

from wizard.core.application.documents import load_application
from wizard.core.application.records import Tracking

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"


def gansu_tracked(**tracking):
    """The Gansu example with the tracking section given."""
    application = load_application(EXAMPLES / "gansu.yaml")
    application.tracking = Tracking(**tracking)
    return application
