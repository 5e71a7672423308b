"""Shared fixtures. Qt tests need an offscreen platform on machines without a screen."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
