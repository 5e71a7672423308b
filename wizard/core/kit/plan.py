"""Which documents a kit holds and how they are numbered: in the order of the province's list.

Every material on the pack's checklist gets a number; the templates that draft it
become that number's documents (03-1, 03-2 when several). Templates marked `always`
that no listed material asks for (a domain list in Henan, say) follow as supporting
documents. Materials nobody can draft (licence copies, ID copies, bank statements)
keep their number in the index with what must come from elsewhere.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..labels import enum_text
from ..report import Report
from .templates import DocumentTemplate

SUPPORTING_GROUP = "补充材料（本材料包起草，清单未单列）"
_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]')


@dataclass(frozen=True)
class PlannedDocument:
    number: str  # "03" or "03-2"
    template: DocumentTemplate
    material_id: str | None

    @property
    def stem(self) -> str:
        return f"{self.number}-{safe_name(self.template.header.title)}"


@dataclass
class IndexEntry:
    number: str
    group: str
    name: str
    status: str  # the checklist's status, in Chinese; "—" for supporting documents
    material_id: str | None
    detail: str = ""  # what must come from elsewhere, from the pack
    files: list[str] | None = None  # documents of this kit that draft it
    name_en: str = ""  # for the English summary; the index itself is Chinese

    @property
    def drafted(self) -> bool:
        return bool(self.files)


def safe_name(title: str) -> str:
    return _UNSAFE_NAME.sub("_", title).strip() or "document"


def plan_kit(report: Report, templates: list[DocumentTemplate]) -> tuple[list[IndexEntry], list[PlannedDocument]]:
    serving = sorted((t for t in templates if t.header.serves(report.province)),
                     key=lambda t: (t.header.order, t.header.id))
    used: set[str] = set()
    entries: list[IndexEntry] = []
    documents: list[PlannedDocument] = []
    for position, item in enumerate(report.checklist, start=1):
        number = f"{position:02d}"
        drafts = [t for t in serving if item.id in t.header.materials and t.header.id not in used]
        for index, template in enumerate(drafts, start=1):
            used.add(template.header.id)
            documents.append(PlannedDocument(number if len(drafts) == 1 else f"{number}-{index}", template, item.id))
        entries.append(IndexEntry(number, item.group.zh, item.name.zh, enum_text(item.status).zh, item.id,
                                  item.detail.zh if item.detail else "", name_en=item.name.en))
    position = len(report.checklist)
    for template in serving:
        if template.header.always and template.header.id not in used:
            position += 1
            number = f"{position:02d}"
            used.add(template.header.id)
            documents.append(PlannedDocument(number, template, None))
            entries.append(IndexEntry(number, SUPPORTING_GROUP, template.header.title, "—", None))
    return entries, documents
