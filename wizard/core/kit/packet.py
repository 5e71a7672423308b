"""Writing a whole kit: the numbered documents, the index, the SHA-256 manifest, optionally a zip.

Everything is written into a temporary folder beside the target and moved into place
at the end, so a full or read-only disk leaves nothing half-written: either the whole
packet is there, or the old one (if any) is untouched.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import shutil
import tempfile
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from ..application.model import Application
from ..export.privacy import Redactor
from ..report import Report
from ..rulepack.loader import RulePack
from ..runtime.errors import InputError
from .facts import build_context
from .plan import IndexEntry, plan_kit
from .render import render_blocks
from .stamp import entry, kit_time
from .templates import TemplateError, TemplateSet, load_templates

MANIFEST = "SHA256SUMS.txt"
INDEX_STEM = "00-申请材料目录"
Progress = Callable[[int, int, str], None]


@dataclass(frozen=True)
class DraftedDocument:
    number: str
    title: str
    file: str  # relative to the packet folder
    material_id: str | None
    placeholders: tuple[str, ...]
    extra_files: tuple[str, ...] = ()  # the topology's SVG and PNG


@dataclass
class KitResult:
    folder: Path
    documents: list[DraftedDocument] = field(default_factory=list)
    index: list[IndexEntry] = field(default_factory=list)
    errors: list[TemplateError] = field(default_factory=list)  # templates refused or failed for this applicant
    masked: bool = True
    zip_path: Path | None = None
    files: list[str] = field(default_factory=list)

    @property
    def placeholders(self) -> list[tuple[str, str]]:
        return [(doc.file, text) for doc in self.documents for text in doc.placeholders]


def sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 16), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_manifest(folder: Path) -> Path:
    """`sha256sum -c SHA256SUMS.txt` checks it; so does verify_manifest."""
    files = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST)
    lines = [f"{sha256(folder / name)}  {name}" for name in files]
    target = folder / MANIFEST
    target.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return target


def verify_manifest(folder: Path) -> list[str]:
    """Problems with a packet: files changed, missing, or not in the manifest. Empty when intact."""
    manifest = folder / MANIFEST
    if not manifest.is_file():
        return [f"{MANIFEST} is missing"]
    listed: dict[str, str] = {}
    for line in manifest.read_text(encoding="utf-8").splitlines():
        digest, _, name = line.partition("  ")
        if name:
            listed[name] = digest
    problems = []
    for name, digest in listed.items():
        path = folder / name
        if not path.is_file():
            problems.append(f"{name}: missing")
        elif sha256(path) != digest:
            problems.append(f"{name}: changed since the kit was made")
    present = {p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file() and p.name != MANIFEST}
    problems += [f"{name}: not in the manifest" for name in sorted(present - set(listed))]
    return problems


def _check_target(target: Path) -> None:
    if target.exists() and not target.is_dir():
        raise InputError("kit.target_not_folder", file=str(target))
    if target.is_dir() and any(target.iterdir()) and not (target / MANIFEST).is_file():
        raise InputError("kit.target_not_empty", file=str(target))


def _move_into_place(staging: Path, target: Path) -> None:
    if target.exists():
        old = Path(tempfile.mkdtemp(prefix=f".{target.name}.old-", dir=target.parent))
        os.replace(target, old / target.name)
        try:
            os.replace(staging, target)
        except OSError:
            os.replace(old / target.name, target)  # put the earlier packet back
            raise
        shutil.rmtree(old, ignore_errors=True)
    else:
        os.replace(staging, target)


def build_kit(application: Application, pack: RulePack, report: Report, target: str | os.PathLike[str], *,
              templates: TemplateSet | None = None, make_zip: bool = False, reveal_personal: bool = False,
              progress: Progress | None = None) -> KitResult:
    """Draft every document the province asks for into the folder `target` (replacing an earlier kit there)."""
    from .docx_writer import frame_placeholders, write_docx  # python-docx and reportlab load here, not at import
    from .index import write_index_pdf, write_index_xlsx

    target = Path(target).absolute()
    _check_target(target)
    if templates is None:
        templates = load_templates()
    privacy = Redactor(application, reveal_personal)
    entries, planned = plan_kit(report, templates.templates)
    result = KitResult(folder=target, index=entries, errors=list(templates.errors), masked=not reveal_personal)
    context = build_context(application, pack, report, privacy)
    company = str(context["company"]["name"])
    total = len(planned) + 3
    target.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{target.name}.partial-", dir=target.parent))
    try:
        by_material: dict[str, list[str]] = {}
        for step, document in enumerate(planned, start=1):
            title = document.template.header.title
            if progress:
                progress(step - 1, total, title)
            try:
                rendered = render_blocks(document.template, context, privacy.clean)
            except TemplateError as exc:
                result.errors.append(exc)
                continue
            figures, extra = {}, ()
            if any(block.kind == "figure" and block.figure == "topology" for block in rendered.blocks):
                from .topology import draw_topology

                svg, png = draw_topology(context, staging, document.stem)
                figures["topology"], extra = png, (svg.name, png.name)
            file = f"{document.stem}.docx"
            write_docx(staging / file, title=title, company=company, blocks=rendered.blocks,
                       signature=document.template.header.signature, figures=figures, created=report.as_of,
                       landscape=document.template.header.landscape)
            before, after = frame_placeholders(company, document.template.header.signature)
            result.documents.append(DraftedDocument(document.number, title, file, document.material_id,
                                                    (*before, *rendered.placeholders(), *after), extra))
            key = document.material_id or f"supporting:{document.number}"
            by_material.setdefault(key, []).append(file)
        for entry in entries:
            key = entry.material_id or f"supporting:{entry.number}"
            entry.files = by_material.get(key, [])
        if progress:
            progress(len(planned), total, "申请材料目录")
        write_index_pdf(staging / f"{INDEX_STEM}.pdf", report, entries, result.masked)
        write_index_xlsx(staging / f"{INDEX_STEM}.xlsx", report, entries, result.placeholders, result.masked)
        if progress:
            progress(len(planned) + 1, total, MANIFEST)
        write_manifest(staging)
        result.files = sorted(p.relative_to(staging).as_posix() for p in staging.rglob("*") if p.is_file())
        if make_zip:
            if progress:
                progress(len(planned) + 2, total, "zip")
            zip_target = target.with_name(target.name + ".zip")
            partial_zip = staging.with_name(staging.name + ".zip")
            try:
                _zip_named(staging, partial_zip, target.name, kit_time(report.as_of))
                os.replace(partial_zip, zip_target)
            finally:
                partial_zip.unlink(missing_ok=True)
            result.zip_path = zip_target
        _move_into_place(staging, target)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    if progress:
        progress(total, total, "")
    return result


def _zip_named(folder: Path, target: Path, name: str, when: dt.datetime) -> None:
    """The zip's top folder carries the packet's name, not the staging folder's; its entries the kit's date."""
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.writestr(entry(f"{name}/{path.relative_to(folder).as_posix()}", when), path.read_bytes())
