"""ICP licence readiness wizard."""

__version__ = "0.1.0"
