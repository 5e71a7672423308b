"""Pseudo-localisation (issue 15 §6): in pseudo-English every string is ~40% longer, and no label, button,
check box, group-box title, tab, header section or step entry may be cut off on any page, on the plan
and tracking pages or in the workspace window. The same check in Chinese at 200% scaling runs in its own
process (QT_SCALE_FACTOR must be set before the application exists): tests/clipping_at_scale.py.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel, QPushButton, QTableWidget, QWidget

from wizard.gui.language.i18n import set_pseudo, tr
from wizard.gui.language.pseudo import pseudo

from .clipping import clipped, filed_application, walk_wizard

ROOT = Path(__file__).resolve().parents[2]
GAPS = ROOT / "examples" / "demo" / "henan-with-gaps.yaml"
GANSU = ROOT / "examples" / "gansu.yaml"
SMALL_LAPTOP = (1060, 669)  # the wizard's first size on a 1366×768 screen (desktop.fit_on_screen)


@pytest.fixture
def pseudo_english():
    set_pseudo(True)
    yield
    set_pseudo(False)


def report(found: list[dict]) -> str:
    return "\n".join(f"{f.get('where', '')}: {f['kind']} {f['class']} {f['text']!r} needs {f['need']}px, has {f['have']}"
                     for f in found)


def test_pseudo_english_is_longer_and_keeps_placeholders_and_mnemonics():
    assert pseudo("Save &as…").startswith("[Šàṽé &aš…") and pseudo("Save &as…").endswith("]")  # Alt+A still
    stretched = pseudo("Row {row}: %1 of %n <b>kinds</b> &amp; more")
    for kept in ("{row}", "%1", "%n", "<b>", "</b>", "&amp;"):
        assert kept in stretched
    for text in ("Next >", "The interface translation was not found; please reinstall the program."):
        assert len(pseudo(text)) >= 1.4 * len(text)
    assert pseudo("") == ""


def test_the_interface_speaks_pseudo_english(make_window, pseudo_english):
    window = make_window([str(GAPS)], lang="en")
    assert window.next_button.text().startswith("[Ñéẋţ")
    assert tr("下一步 >").startswith("[")
    labels = [w.text() for w in window.current_page().findChildren(QLabel) if w.text().strip()]
    assert labels and all("[" in text for text in labels), labels  # field labels and core messages too


@pytest.mark.parametrize("example", [GAPS, GANSU])
def test_nothing_is_cut_off_in_pseudo_english(make_window, pseudo_english, example, tmp_path):
    client = tmp_path / "client.yaml"
    text = example.read_text(encoding="utf-8")
    client.write_text(filed_application(text) if example == GANSU else text, encoding="utf-8")
    window = make_window([str(client)], lang="en")
    window.session.as_of = dt.date(2026, 11, 30)
    window.session.reevaluate()
    window.resize(*SMALL_LAPTOP)  # the offscreen screen is 800 px wide: the window would be fitted to that
    window.show()
    seen = Counter()
    found = walk_wizard(window, seen)
    assert not found, report(found)
    assert seen["pages"] >= 11 and seen["QLabel"] > 80 and seen["QHeaderView"] >= 4 and seen["QCheckBox"], seen


def test_the_check_finds_what_is_cut_off(qtbot):
    """The check itself: a label, a button and a column too narrow for their texts are all reported."""
    box = QWidget()
    qtbot.addWidget(box)
    label, button, table = QLabel("A label far too long for it", box), QPushButton("A long button text", box), \
        QTableWidget(1, 1, box)
    wrapped = QLabel("Wrapped text that needs several lines at this width " * 3, box)
    wrapped.setWordWrap(True)
    table.setHorizontalHeaderLabels(["A column title wider than its column"])
    table.horizontalHeader().resizeSection(0, 40)
    label.setGeometry(0, 0, 40, 20)
    button.setGeometry(0, 30, 40, 24)
    wrapped.setGeometry(0, 60, 120, 20)
    table.setGeometry(0, 90, 200, 80)
    box.resize(300, 200)
    box.show()
    kinds = sorted(f["kind"] for f in clipped(box))
    assert kinds == ["QPushButton", "header section", "label (width)", "wrapped label (height)"], kinds


def test_nothing_is_cut_off_in_the_workspace_window_in_pseudo_english(qtbot, pseudo_english, tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    from workspace_clients import AS_OF, generate_clients

    from wizard.gui.language.i18n import set_language
    from wizard.gui.workspace import WorkspaceWindow

    set_language("en")
    generate_clients(tmp_path / "clients", 8)
    window = WorkspaceWindow(tmp_path / "clients", None, AS_OF)
    window.show()
    if window.scanning:
        with qtbot.waitSignal(window.scanned, timeout=60000):
            pass
    qtbot.wait(100)  # the columns are fitted to the rows just after the scan
    found = clipped(window)
    window.close()
    assert not found, report(found)


def test_nothing_is_cut_off_in_chinese_at_200_percent():
    result = subprocess.run([sys.executable, str(ROOT / "tests" / "clipping_at_scale.py"), "--scale", "2"],
                            capture_output=True, text=True, timeout=600,
                            env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert result.returncode == 0, result.stderr[-3000:]
    outcome = json.loads(result.stdout.strip().splitlines()[-1])
    assert outcome["pages"] >= 10 and outcome["scale"] == 2.0, outcome
    assert not outcome["clipped"], report(outcome["clipped"])


def test_nothing_is_cut_off_in_the_help_dialogs_in_pseudo_english(make_window, pseudo_english, monkeypatch):
    from wizard.gui.access import help as help_module

    window = make_window([str(GAPS)], lang="en")
    shown = []
    monkeypatch.setattr(help_module.QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window.actions_by_key["glossary"].trigger()
    window.go_to(window.page_index["entity"])
    editor = window.current_page().forms[0].fields["name"].editor
    help_module.help_for_focus(window, editor)
    assert [type(d).__name__ for d in shown] == ["GlossaryDialog", "HelpDialog"]
    found = []
    for dialog in shown:
        dialog.show()
        found += clipped(dialog)
        dialog.close()
    assert not found, report(found)
