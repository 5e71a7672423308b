"""Qt Linguist translations: the .ts matches the code, the build's .qm is current, English shows no Chinese."""

from __future__ import annotations

import ast
import importlib.util
import re
import shutil
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenu, QTableWidget, QTreeWidget

from wizard.core.application.documents import load_application

ROOT = Path(__file__).resolve().parents[2]
CJK = re.compile(r"[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+")
# Chinese that belongs in the English interface: the licence's legal name, the filing's name,
# an example of typed input, and each language's own name in the Language menu.
CHINESE_IN_ENGLISH = {"增值电信业务经营许可证", "ICP备案", "100万", "中文"}


def _translations():
    spec = importlib.util.spec_from_file_location("icp_wizard_translations", ROOT / "scripts" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


translations = _translations()


def test_the_ts_file_holds_every_ui_string_and_no_stale_one(tmp_path):
    shutil.copytree(translations.FOLDER, tmp_path, dirs_exist_ok=True)
    committed = {s: translations.messages(translations.ts_file(s)) for s in translations.TARGETS}
    translations.update(folder=tmp_path)
    for suffix, before in committed.items():
        after = translations.messages(translations.ts_file(suffix, tmp_path))
        new = {m.source for m in after} - {m.source for m in before}
        gone = {m.source for m in before} - {m.source for m in after}
        assert not new and not gone, ("run `python scripts/translations.py update` and translate: "
                                      f"new {sorted(new)}, no longer used {sorted(gone)}")


def test_every_message_is_translated_with_the_same_placeholders():
    found = [p for suffix in translations.TARGETS for p in translations.problems(translations.ts_file(suffix))]
    assert found == []


def test_the_checker_catches_a_broken_translation(tmp_path):
    broken = tmp_path / "icp_wizard_en.ts"
    text = translations.ts_file("en").read_text(encoding="utf-8")
    text = text.replace("<translation>Met from: {date}</translation>", "<translation>Met from</translation>")
    text = text.replace("<translation>&amp;Quit</translation>", '<translation type="unfinished"></translation>')
    broken.write_text(text, encoding="utf-8")
    found = translations.problems(broken)
    assert len(found) == 2 and "placeholders" in found[0] and "unfinished" in found[1]


def test_the_compiled_translation_is_what_the_build_makes_of_the_ts(tmp_path):
    from wizard.gui.language.i18n import translations_dir

    shutil.copy(translations.ts_file("en"), tmp_path)
    fresh = translations.compile_all(tmp_path)[0]
    installed = translations_dir() / fresh.name
    assert installed.is_file(), "no compiled translation: reinstall (`pip install -e .`) so the build step runs"
    assert installed.read_bytes() == fresh.read_bytes(), "stale .qm: `python scripts/translations.py compile`"


def _tr_calls_lupdate_cannot_see(path: Path) -> list[str]:
    """lupdate reads only literal arguments, and not calls inside f-strings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    inside_fstrings = {id(n) for f in ast.walk(tree) if isinstance(f, ast.JoinedStr) for n in ast.walk(f)}
    bad = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                and node.func.id in ("tr", "QT_TR_NOOP")):
            continue
        literal = bool(node.args) and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str)
        if not literal or id(node) in inside_fstrings:
            bad.append(f"{path.name}:{node.lineno}")
    return bad


def test_every_marked_string_is_visible_to_lupdate():
    bad = [b for path in sorted((ROOT / "wizard" / "gui").glob("*.py")) for b in _tr_calls_lupdate_cannot_see(path)]
    assert bad == []


def _visible_texts(window) -> list[str]:
    texts = [window.windowTitle()]
    texts += [w.text() for w in window.findChildren(QLabel) if w.isVisibleTo(window)]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisibleTo(window)]
    texts += [w.title() for w in window.findChildren(QGroupBox)]
    texts += [m.title() for m in window.findChildren(QMenu)]
    texts += [a.text() for m in window.findChildren(QMenu) for a in m.actions()]
    for table in window.findChildren(QTableWidget):
        texts += [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())
                  if table.horizontalHeaderItem(c)]
        texts += [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())
                  if table.item(r, c)]
    for tree in window.findChildren(QTreeWidget):
        header = tree.headerItem()
        texts += [header.text(c) for c in range(header.columnCount())]
    return texts


@pytest.mark.parametrize("example", ["examples/demo/henan-with-gaps.yaml", "examples/shanxi.yaml"])
def test_the_english_interface_shows_no_untranslated_chinese(make_window, example):
    window = make_window(lang="en")
    application = load_application(ROOT / example)
    window.session.load(application, None)
    typed_by_the_user = set(CJK.findall(application.model_dump_json()))  # names, addresses: shown as typed
    leftovers = set()
    for index in range(window.stack.count()):
        window.go_to(index)
        for text in _visible_texts(window):
            leftovers |= {chunk for chunk in CJK.findall(text) if chunk not in CHINESE_IN_ENGLISH | typed_by_the_user}
    assert leftovers == set()
    assert window.next_button.text() == "Next >"


def test_the_plan_page_counts_open_blockers_by_kind_in_english(make_window):
    window = make_window([str(ROOT / "examples" / "demo" / "henan-with-gaps.yaml")], lang="en")
    review = window.pages[window.page_index["plan"]]
    window.go_to(window.page_index["plan"])
    counts = window.session.report.open_counts
    assert (counts.act, counts.wait) == (2, 2)
    summary = review.summary.text()
    assert "2 to do now, 2 waiting until 2027-03-01, 0 ruling you out, 0 unanswered; also 1 warning" in summary
    assert "%" not in summary.replace("(100%)", "")  # no readiness percentage; the answers figure says what it is
    window.session.load(load_application(ROOT / "examples" / "henan.yaml"), None)
    window.go_to(window.page_index["plan"])
    assert "Open blockers: none" in review.summary.text()
    assert window.session.set_value("servers[0].province", "香港") is None  # outside the mainland: one act
    window.go_to(window.page_index["plan"])
    assert "1 to do now, 0 waiting, 0 ruling you out" in review.summary.text()


def test_a_missing_translation_file_is_reported_not_hidden(make_window, monkeypatch, tmp_path):
    from wizard.gui.language import i18n

    window = make_window(lang="zh")
    monkeypatch.setattr(i18n, "translations_dir", lambda: tmp_path)  # a damaged installation: no .qm
    english = next(a for a in window.language_group.actions() if a.data() == "en")
    english.trigger()
    assert "icp_wizard_en.qm" in window.statusBar().currentMessage()
    assert window.next_button.text() == "下一步 >"  # still usable, in the source language
    monkeypatch.undo()
    english.trigger()
    assert window.next_button.text() == "Next >" and window.statusBar().currentMessage() == ""
