"""Building a materials kit off the GUI thread, with progress and a plain reason on failure."""

from __future__ import annotations

import errno
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal

from ..language.i18n import lang, tr

_templates: Any = None


def kit_templates(packs: dict[str, Any]) -> Any:
    """Loaded once per process: the templates do not change while the program runs."""
    global _templates
    if _templates is None:
        from wizard.core.kit.templates import load_templates

        _templates = load_templates(known_sources={s for pack in packs.values() for s in pack.sources})
    return _templates


def failure_reason(exc: BaseException) -> str:
    """Why nothing was written, in the user's words: a full disk and a read-only folder are said so."""
    from wizard.core.runtime.errors import InputError, os_reason

    if isinstance(exc, InputError):
        return exc.describe(lang())
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            return tr("磁盘空间不足。请清理磁盘，或选择另一个磁盘上的文件夹。")
        if exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
            return tr("该文件夹不能写入（只读或没有权限）。请选择另一个文件夹。")
        return InputError(os_reason(exc), file=str(exc.filename) if exc.filename else None).describe(lang())
    return str(exc)


class KitWorker(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)  # KitResult
    failed = Signal(str)

    def __init__(self, job: dict[str, Any]):
        super().__init__()
        self.job = job

    def run(self) -> None:
        from wizard.core.kit.packet import build_kit

        job = self.job
        try:
            result = build_kit(job["application"], job["pack"], job["report"], Path(job["target"]),
                               templates=job["templates"], make_zip=job["zip"],
                               reveal_personal=job["reveal"], progress=self.progress.emit)
        except Exception as exc:  # noqa: BLE001 - every failure is reported; nothing was left half-written
            self.failed.emit(failure_reason(exc))
            return
        self.finished.emit(result)


def start_kit(job: dict[str, Any], owner: QObject) -> tuple[QThread, KitWorker]:
    """Run the job in a thread owned by `owner`; connect to the worker's signals before it ends."""
    thread = QThread(owner)
    worker = KitWorker(job)
    worker.moveToThread(thread)
    thread.started.connect(worker.run)
    worker.finished.connect(thread.quit)
    worker.failed.connect(thread.quit)
    thread.finished.connect(worker.deleteLater)
    return thread, worker
