"""The materials kit: every document the province asks for, drafted from the application.

    build_kit(application, pack, report, folder)  →  KitResult

Templates (resources/templates/*.md) are data rendered in Jinja's sandbox; documents
are DOCX (python-docx), the index PDF and XLSX, with a SHA-256 manifest. Nothing here
imports Qt, and python-docx/reportlab load only when a kit is written.
"""

from __future__ import annotations

from .packet import MANIFEST, DraftedDocument, KitResult, build_kit, verify_manifest
from .templates import TemplateError, TemplateSet, load_templates

__all__ = ["MANIFEST", "DraftedDocument", "KitResult", "TemplateError", "TemplateSet", "build_kit",
           "load_templates", "verify_manifest"]
