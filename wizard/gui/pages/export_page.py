"""The Export page: the readiness PDF and checklists, and the materials kit (生成申请材料包)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt, QThread, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QWidget,
)

from wizard.core.report import Report
from wizard.core.runtime.crash import breadcrumb

from ..access import accessibility
from ..language.i18n import joined, labelled, lang, tr
from ..session import Session
from ..system.kit_runner import KitWorker, kit_templates, start_kit
from ..tracking_nav import set_track_button
from .editing import Page

KIT_SUFFIX = "-申请材料包"


class ExportPage(Page):
    key = "export"
    track = Signal()  # the user has submitted the application: the window opens the tracking page
    intro = QT_TR_NOOP("把检查结果和材料清单导出为 PDF 报告和 Excel 表格，或生成申请材料包（各项文件的草稿）。")

    def __init__(self, session: Session, parent: QWidget | None = None):
        super().__init__(session, parent)
        self.pdf = QCheckBox()
        self.xlsx = QCheckBox()
        self.checklist_pdf = QCheckBox()
        self.pdf.setChecked(True)
        self.xlsx.setChecked(True)
        self.reveal = QCheckBox()  # off by default: exports mask ID numbers and names
        self.button = QPushButton()
        self.button.clicked.connect(self.export)
        row = QHBoxLayout()
        for widget in (self.pdf, self.xlsx, self.checklist_pdf):
            row.addWidget(widget)
        row.addStretch(1)
        self.body_layout.addLayout(row)
        self.body_layout.addWidget(self.reveal)
        self.track_button = QPushButton()
        self.track_button.clicked.connect(self.track.emit)
        button_row = QHBoxLayout()
        button_row.addWidget(self.button)
        button_row.addStretch(1)
        button_row.addWidget(self.track_button)
        self.body_layout.addLayout(button_row)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.body_layout.addWidget(self.result)
        self._build_kit_section()
        self.finish()

    # --- the materials kit ----------------------------------------------------
    def _build_kit_section(self) -> None:
        rule = QFrame()
        rule.setFrameShape(QFrame.Shape.HLine)
        rule.setFrameShadow(QFrame.Shadow.Sunken)
        self.kit_intro = QLabel()
        self.kit_intro.setWordWrap(True)
        self.kit_button = QPushButton()
        self.kit_button.clicked.connect(self.make_kit)
        self.kit_zip = QCheckBox()
        self.open_folder = QPushButton()
        self.open_folder.setVisible(False)
        self.open_folder.clicked.connect(self._open_folder)
        self.kit_progress = QProgressBar()
        self.kit_progress.setVisible(False)
        self.kit_progress.setTextVisible(True)
        self.kit_status = QLabel()
        self.kit_status.setWordWrap(True)
        self.kit_status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        row = QHBoxLayout()
        row.addWidget(self.kit_button)
        row.addWidget(self.kit_zip)
        row.addStretch(1)
        row.addWidget(self.open_folder)
        for widget in (rule, self.kit_intro):
            self.body_layout.addWidget(widget)
        self.body_layout.addLayout(row)
        self.body_layout.addWidget(self.kit_progress)
        self.body_layout.addWidget(self.kit_status)
        self.kit_folder: Path | None = None
        self.kit_thread: QThread | None = None
        self.kit_worker: KitWorker | None = None
        self.kit_result = None

    def kit_target(self, folder: str) -> Path:
        stem = Path(self.session.path).stem if self.session.path else "icp-application"
        return Path(folder) / f"{stem}{KIT_SUFFIX}"

    def make_kit(self) -> None:
        session = self.session
        if session.report is None or session.pack is None:
            QMessageBox.information(self, tr("生成申请材料包"), tr("请先选择申请省份。"))
            return
        folder = QFileDialog.getExistingDirectory(self, tr("选择保存材料包的文件夹"))
        if not folder:
            return
        target = self.kit_target(folder)
        if target.exists() and QMessageBox.question(
                self, tr("替换材料包？"), tr("该文件夹中已有材料包，是否替换？\n") + str(target),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        job = {"application": session.application.model_copy(deep=True), "pack": session.pack,
               "report": session.report, "target": target, "templates": kit_templates(session.packs),
               "zip": self.kit_zip.isChecked(), "reveal": self.reveal.isChecked()}
        self.kit_button.setEnabled(False)
        self.open_folder.setVisible(False)
        self.kit_progress.setRange(0, 0)
        self.kit_progress.setVisible(True)
        self.kit_status.setText(tr("正在生成……"))
        self.kit_thread, self.kit_worker = start_kit(job, self)
        self.kit_worker.progress.connect(self._kit_progress)
        self.kit_worker.finished.connect(self._kit_done)
        self.kit_worker.failed.connect(self._kit_failed)
        self.kit_thread.start()

    def _kit_progress(self, done: int, total: int, what: str) -> None:
        self.kit_progress.setRange(0, total)
        self.kit_progress.setValue(done)
        if what:
            self.kit_progress.setFormat(f"%p%  {what}")

    def _kit_finished(self) -> None:
        self.kit_button.setEnabled(True)
        self.kit_progress.setVisible(False)

    def _kit_done(self, result) -> None:
        self._kit_finished()
        self.kit_result = result
        self.kit_folder = result.folder
        lines = [tr("已生成 %n 份文件：", "", len(result.documents)) + str(result.folder)]
        placeholders = result.placeholders
        if placeholders:
            lines.append(tr("还有 %n 处待补充内容（文件中以黄色标出，见目录的“待补充内容”表）。", "", len(placeholders)))
        if result.masked:
            lines.append(tr("姓名和身份证号已部分隐去，这些文件不能直接提交；需要时勾选上面的选项重新生成。"))
        if result.zip_path:
            lines.append(labelled(tr("压缩包"), str(result.zip_path)))
        if result.errors:
            lines.append(labelled(tr("未能使用的模板"), joined(e.describe() for e in result.errors)))
        self.kit_status.setText("\n".join(lines))
        self.open_folder.setVisible(True)
        accessibility.announce(self.kit_button, lines[0])

    def _kit_failed(self, reason: str) -> None:
        self._kit_finished()
        self.kit_status.setText(tr("没有生成材料包。") + reason)
        QMessageBox.warning(self, tr("生成失败"), tr("没有写入材料包，原有文件未被改动。\n原因：{reason}").format(reason=reason))

    def _open_folder(self) -> None:
        if self.kit_folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.kit_folder)))

    # --- the reports ----------------------------------------------------------
    def title(self) -> str:
        return tr("导出")

    def apply_report(self, report: Report | None) -> None:
        super().apply_report(report)
        set_track_button(self.track_button, self.session.application)

    def targets(self, folder: str) -> dict[str, Path]:
        stem = Path(self.session.path).stem if self.session.path else "icp-application"
        chosen = {"pdf": (self.pdf, f"{stem}.pdf"), "xlsx": (self.xlsx, f"{stem}-checklist.xlsx"),
                  "checklist_pdf": (self.checklist_pdf, f"{stem}-checklist.pdf")}
        return {key: Path(folder) / name for key, (box, name) in chosen.items() if box.isChecked()}

    def export(self) -> None:
        breadcrumb("action", "export")
        report = self.session.report
        if report is None:
            QMessageBox.information(self, tr("导出"), tr("请先选择申请省份。"))
            return
        folder = QFileDialog.getExistingDirectory(self, tr("选择导出文件夹"))
        if not folder:
            return
        targets = self.targets(folder)
        existing = [p.name for p in targets.values() if p.exists()]
        if existing and QMessageBox.question(
                self, tr("覆盖文件？"),
                tr("以下文件已存在，是否覆盖？\n") + "\n".join(existing),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        from wizard.core.export import export_all  # reportlab loads here, not at start-up
        from wizard.core.runtime.errors import InputError, os_reason

        try:
            plan = self.session.plan() if "pdf" in targets else None  # the report opens with the plan
            written = export_all(report, self.session.application, lang=lang(),
                                 reveal_personal=self.reveal.isChecked(), plan=plan, **targets)
        except (InputError, OSError) as exc:  # e.g. no Chinese font, or a folder that is not writable
            if isinstance(exc, InputError):
                reason = exc.reason.full(lang())
            else:
                reason = InputError(os_reason(exc), file=str(exc.filename) if exc.filename else None).describe(lang())
            QMessageBox.warning(self, tr("导出失败"),
                                tr("没有写入导出文件。\n原因：{reason}").format(reason=reason))
            return
        self.result.setText(labelled(tr("已导出"), joined(str(p) for p in written)))
        accessibility.announce(self.button, self.result.text())  # the focus stays on the button: say what happened

    def retranslate(self) -> None:
        super().retranslate()
        self.pdf.setText(tr("PDF 报告"))
        self.xlsx.setText(tr("Excel 材料清单"))
        self.checklist_pdf.setText(tr("可打印的材料清单（PDF）"))
        self.reveal.setText(tr("导出完整的身份证号和姓名（默认隐去部分字符）"))
        self.button.setText(tr("导出…"))
        set_track_button(self.track_button, self.session.application)
        self.kit_intro.setText(tr("申请材料包：按本省材料清单的顺序起草各项制度、名单和声明（Word 文件），"
                                  "附目录（PDF 和 Excel）和校验文件。文件均为草稿，须审核、签字、盖章后提交。"))
        self.kit_button.setText(tr("生成申请材料包…"))
        self.kit_zip.setText(tr("同时生成 zip 压缩包"))
        self.open_folder.setText(tr("打开文件夹"))
        self._describe()

    def _describe(self) -> None:
        """What each control does, for a screen reader (the names are the controls' own texts)."""
        for widget, description in (
                (self.pdf, tr("导出检查结果和行动计划的 PDF 报告。")),
                (self.xlsx, tr("导出可编辑的材料清单（Excel）。")),
                (self.checklist_pdf, tr("导出可打印的材料清单（PDF）。")),
                (self.reveal, tr("不勾选时，导出的文件中身份证号和姓名只显示部分字符。")),
                (self.button, tr("选择文件夹，写入上面勾选的文件。")),
                (self.kit_button, tr("选择文件夹，生成各项申请材料的草稿。")),
                (self.kit_zip, tr("另外把材料包打成一个 zip 文件。")),
                (self.open_folder, tr("在文件管理器中打开刚生成的材料包。"))):
            accessibility.name(widget, widget.text().replace("…", ""), description)
