"""Render two pages of real kit documents as PNGs for the README.

    .venv/bin/python scripts/render_kit_previews.py [--out docs/images]

Builds the kits of examples/demo/henan-with-gaps.yaml (placeholders where logs are kept
too short and the domain is held by a person) and examples/gansu.yaml (the topology
diagram), converts a document of each to PDF with LibreOffice and the chosen page to PNG
with pdftoppm. Needs LibreOffice (`soffice`), poppler-utils and a Chinese font.
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
from wizard.core.kit.packet import build_kit  # noqa: E402
from wizard.core.rulepack.loader import load_packs  # noqa: E402

AS_OF = dt.date(2026, 11, 23)
PICTURES = [  # (example, document, page, picture)
    ("demo/henan-with-gaps.yaml", "06-1-网络与信息安全管理制度.docx", 2, "kit-policy-henan.png"),
    ("gansu.yaml", "07-网站拓扑图.docx", 1, "kit-topology-gansu.png"),
]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "images")
    args = parser.parse_args()
    for tool in ("soffice", "pdftoppm"):
        if shutil.which(tool) is None:
            raise SystemExit(f"{tool} not found (Debian: apt-get install libreoffice-writer poppler-utils)")
    args.out.mkdir(parents=True, exist_ok=True)
    packs = load_packs()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        for example, document, page, picture in PICTURES:
            application = load_application(ROOT / "examples" / example)
            pack = packs.packs[application.scope.province]
            kit = build_kit(application, pack, evaluate(application, pack, AS_OF), folder / Path(example).stem)
            subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(folder),
                            str(kit.folder / document)], check=True, capture_output=True, timeout=180)
            stem = folder / "page"
            subprocess.run(["pdftoppm", "-png", "-r", "70", "-f", str(page), "-l", str(page), "-singlefile",
                            str(folder / Path(document).with_suffix(".pdf").name), str(stem)], check=True)
            shutil.move(str(stem.with_suffix(".png")), args.out / picture)
            print(f"wrote {args.out / picture}")


if __name__ == "__main__":
    main()
