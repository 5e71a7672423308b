"""The materials kit: every document the province asks for, drafted from the application.

    build_kit(application, pack, report, folder)  →  KitResult

Templates (resources/templates/*.md) are data rendered in Jinja's sandbox; documents
are DOCX (python-docx), the index PDF and XLSX, with a SHA-256 manifest. Nothing here
imports Qt. The names below load on first use, so that the CLI can register the `kit`
command without importing Jinja, python-docx or reportlab.
"""

from __future__ import annotations

import importlib
from typing import Any

_EXPORTS = {
    "MANIFEST": "packet", "DraftedDocument": "packet", "KitResult": "packet", "build_kit": "packet",
    "verify_manifest": "packet", "TemplateError": "templates", "TemplateSet": "templates",
    "load_templates": "templates", "render_summary": "summary",
}
__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name in _EXPORTS:
        return getattr(importlib.import_module(f".{_EXPORTS[name]}", __name__), name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
