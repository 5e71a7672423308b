"""Materials-kit speed, measured in one run (shared machines: compare the ratios, not the seconds).

Prints the time to write one applicant's whole kit (documents, index PDF and XLSX,
manifest; target under 2 s) as a ratio to a baseline measured in the same run: bare
python-docx documents holding the same text, one paragraph per line, with no styling,
placeholders, index or manifest. Then the time for 100 applicants in one call of
`icp-wizard kit` on a folder, per applicant, against 100 of those baselines.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from wizard.core.application.documents import load_application
from wizard.core.commandline.cli import main as cli
from wizard.core.engine import evaluate
from wizard.core.kit.packet import build_kit
from wizard.core.kit.templates import load_templates
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

AS_OF = dt.date(2026, 11, 23)
REPEAT = 5
APPLICANTS = 100


def _median(function) -> float:
    times = []
    for _ in range(REPEAT):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def bare_documents(texts: list[str], folder: Path) -> None:
    """The floor: one plain python-docx document per drafted document, same text."""
    import docx

    for number, text in enumerate(texts):
        document = docx.Document()
        for line in text.splitlines():
            document.add_paragraph(line)
        document.save(str(folder / f"{number}.docx"))


def one_applicant(path: Path, label: str, packs, templates, root: Path) -> float:
    """Print one applicant's kit time against the bare documents; returns the bare time."""
    import docx

    application = load_application(path)
    pack = packs.packs[application.scope.province]
    report = evaluate(application, pack, AS_OF)
    target = root / "kit"

    def kit_once():
        return build_kit(application, pack, report, target, templates=templates)

    kit_once()  # warm-up: imports, font
    kit = _median(kit_once)
    result = kit_once()
    texts = ["\n".join(p.text for p in docx.Document(str(target / d.file)).paragraphs) for d in result.documents]
    bare_folder = root / "bare"
    bare_folder.mkdir(exist_ok=True)
    bare = _median(lambda: bare_documents(texts, bare_folder))
    print(f"{label}: kit {kit * 1000:.0f} ms for {len(result.documents)} documents + index + manifest "
          f"(target < 2000 ms) {'OK' if kit < 2 else 'OVER'}; bare python-docx, same text: "
          f"{bare * 1000:.0f} ms; ratio {kit / bare:.2f}")
    return bare


def main() -> None:
    packs = load_packs()
    templates = load_templates(known_sources={s for p in packs.packs.values() for s in p.sources})
    examples = data_dir("examples")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        bare = 0.0
        for example in ("demo/henan-with-gaps.yaml", "gansu.yaml"):
            bare = one_applicant(examples / example, example, packs, templates, root)
        clients = root / "clients"
        clients.mkdir()
        names = sorted(p for p in examples.glob("*.yaml"))
        for index in range(APPLICANTS):
            shutil.copy(names[index % len(names)], clients / f"client-{index:03d}.yaml")
        start = time.perf_counter()
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli(["kit", str(clients), "--out", str(root / "kits"), "--as-of", AS_OF.isoformat()])
        many = time.perf_counter() - start
        made = sum(1 for _ in (root / "kits").iterdir())
        per = many / APPLICANTS
        print(f"{APPLICANTS} applicants in one `icp-wizard kit` call: {many:.1f} s ({per * 1000:.0f} ms each, "
              f"exit {code}, {made} kits); ratio to {APPLICANTS} bare baselines: {many / (APPLICANTS * bare):.2f}")


if __name__ == "__main__":
    main()
