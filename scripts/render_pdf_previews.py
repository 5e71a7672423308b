"""Render the readiness PDF's first page (it opens with the action plan) and its timeline page as PNGs for the docs.

    .venv/bin/python scripts/render_pdf_previews.py [--lang zh|en] [--out docs/images]

Uses the Henan example with four gaps added (a company registered in February
2026, a staff member insured only since September, short log retention, a domain
held by the legal representative) so the pictures show findings and a timeline
with markers; the unmodified examples are all ready. Needs poppler-utils
(`pdftoppm`) and a Chinese TrueType font (fonts-wqy-microhei).
"""

from __future__ import annotations

import argparse
import datetime as dt
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from wizard.core.application.documents import load_application  # noqa: E402
from wizard.core.engine import evaluate  # noqa: E402
from wizard.core.export.pdf_report import write_readiness_pdf  # noqa: E402
from wizard.core.rulepack.loader import load_packs  # noqa: E402

AS_OF = dt.date(2026, 11, 23)
TIMELINE_TITLES = {"zh": "时间预估", "en": "Timeline"}


def demo_report():
    """The Henan example with four gaps (examples/demo/henan-with-gaps.yaml), so there is something to show."""
    application = load_application(ROOT / "examples" / "demo" / "henan-with-gaps.yaml")
    return evaluate(application, load_packs().packs["henan"], AS_OF), application


def timeline_page(pdf: Path, lang: str) -> int:
    """1-based number of the page the timeline bookmark points at."""
    import pypdf

    reader = pypdf.PdfReader(str(pdf))
    for item in reader.outline:
        if not isinstance(item, list) and item.title == TIMELINE_TITLES[lang]:
            return reader.get_destination_page_number(item) + 1
    raise SystemExit("no timeline bookmark in the PDF")


def render(pdf: Path, page: int, target: Path) -> None:
    with tempfile.TemporaryDirectory() as folder:
        stem = Path(folder) / "page"
        subprocess.run(
            ["pdftoppm", "-png", "-r", "60", "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
            check=True,
        )
        shutil.move(str(stem.with_suffix(".png")), target)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=("zh", "en"), default="zh")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    parser.add_argument("--keep-pdf", type=Path, help="also copy the PDF here")
    args = parser.parse_args()
    if shutil.which("pdftoppm") is None:
        raise SystemExit("pdftoppm not found: install poppler-utils (Debian: apt-get install poppler-utils)")
    args.out.mkdir(parents=True, exist_ok=True)
    report, application = demo_report()
    suffix = "" if args.lang == "zh" else "-en"
    with tempfile.TemporaryDirectory() as folder:
        pdf = write_readiness_pdf(report, application, Path(folder) / "readiness.pdf", args.lang)
        render(pdf, 1, args.out / f"readiness-page1{suffix}.png")
        render(pdf, timeline_page(pdf, args.lang), args.out / f"readiness-timeline{suffix}.png")
        if args.keep_pdf:
            shutil.copy(pdf, args.keep_pdf)
    print(f"wrote {args.out / f'readiness-page1{suffix}.png'} and {args.out / f'readiness-timeline{suffix}.png'}")


if __name__ == "__main__":
    main()
