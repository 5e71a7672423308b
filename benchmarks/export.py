"""Export speed and size, measured in one run (shared machines: compare the ratio, not seconds).

Prints the time to write the full readiness PDF as a ratio to a bare reportlab
document with the same font and the same text (target ≤ 1.5), the PDF size
(target < 1 MB), and the checklist exports' times for information.

The report is the Henan example with four gaps added (as in
scripts/render_pdf_previews.py), so that findings and the timeline are filled.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import tempfile
import time
from pathlib import Path

from wizard.core.application.documents import load_application
from wizard.core.engine import evaluate
from wizard.core.export.checklist import write_checklist_csv, write_checklist_pdf, write_checklist_xlsx
from wizard.core.export.fonts import register_cjk_font
from wizard.core.export.pdf_report import write_readiness_pdf
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

AS_OF = dt.date(2026, 11, 23)
REPEAT = 9


def demo_report():
    """The Henan example with four gaps (examples/demo/henan-with-gaps.yaml), so there is something to show."""
    application = load_application(data_dir("examples") / "demo" / "henan-with-gaps.yaml")
    return evaluate(application, load_packs().packs["henan"], AS_OF), application


def _median(function) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_document(font: str, lines: list[str]) -> None:
    """The floor: one paragraph per line of the report's text, nothing else."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    style = ParagraphStyle("bare", fontName=font, fontSize=9, leading=13, wordWrap="CJK")
    doc = SimpleDocTemplate(io.BytesIO(), pagesize=A4, invariant=1)
    doc.build([Paragraph(line.replace("&", "&amp;").replace("<", "&lt;"), style) for line in lines])


def main() -> None:
    import pypdf

    start = time.perf_counter()
    font = register_cjk_font()
    registration = time.perf_counter() - start
    report, application = demo_report()
    with tempfile.TemporaryDirectory() as folder:
        pdf = Path(folder) / "report.pdf"
        write_readiness_pdf(report, application, pdf)  # warm-up: imports, glyph caches
        export = _median(lambda: write_readiness_pdf(report, application, pdf))
        size = pdf.stat().st_size
        reader = pypdf.PdfReader(str(pdf))
        lines = [line for page in reader.pages for line in page.extract_text().splitlines() if line.strip()]
        characters = sum(len(line) for line in lines)
        bare_document(font, lines)
        bare = _median(lambda: bare_document(font, lines))
        pages = len(reader.pages)
        checklist_pdf = _median(lambda: write_checklist_pdf(report, Path(folder) / "c.pdf"))
        xlsx = _median(lambda: write_checklist_xlsx(report, Path(folder) / "c.xlsx"))
        csv = _median(lambda: write_checklist_csv(report, Path(folder) / "c.csv"))

    ratio = export / bare
    print(f"font registration (once per process): {registration * 1000:.0f} ms")
    print(f"readiness PDF: {export * 1000:.0f} ms, {pages} pages, {characters} characters of text")
    print(f"bare reportlab document, same font and text: {bare * 1000:.0f} ms")
    print(f"ratio export / bare: {ratio:.2f} (target ≤ 1.5) {'OK' if ratio <= 1.5 else 'OVER'}")
    print(f"PDF size: {size / 1024:.0f} KB (target < 1024 KB) {'OK' if size < 1024 * 1024 else 'OVER'}")
    print(f"checklist: PDF {checklist_pdf * 1000:.0f} ms, XLSX {xlsx * 1000:.0f} ms, CSV {csv * 1000:.1f} ms")


if __name__ == "__main__":
    main()
