"""Personal data stays out of logs and (unless asked) out of exports; nothing touches the network.

A whole GUI session is run with the root logger at DEBUG written to a file and
Qt's own messages captured too: open an example, type ID numbers and names on
the entity page and into the staff table, enter an invalid ID so that a finding
quotes the field, save, and export the PDF and the Excel checklist.
"""

from __future__ import annotations

import logging
import shutil
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
from PySide6.QtCore import QtMsgType, qInstallMessageHandler, qWarning
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication, QFileDialog
from stdnum.cn import ric

from wizard.core.application.documents import load_application
from wizard.core.china.identifiers import mask_id
from wizard.core.export.privacy import mask_name

from .conftest import AS_OF, EXAMPLES, ROOT

pypdf = pytest.importorskip("pypdf")
openpyxl = pytest.importorskip("openpyxl")


def _resident_id(first17: str) -> str:
    return first17 + ric.calc_check_digit(first17)


LEGAL_REP = "欧阳建国"
LEGAL_REP_ID = _resident_id("41010519800307123")
STAFF_NAME = "司马相如"
STAFF_ID = _resident_id("41030519950918402")
BAD_ID = LEGAL_REP_ID[:-1] + ("0" if LEGAL_REP_ID[-1] != "0" else "1")  # wrong check character
SECRETS = [LEGAL_REP, LEGAL_REP_ID, STAFF_NAME, STAFF_ID, BAD_ID]


@pytest.fixture
def captured_logs(tmp_path):
    """Everything Python logging (root at DEBUG), warnings and Qt's message handler emit, in one file."""
    log_file = tmp_path / "session.log"
    handler = logging.FileHandler(log_file, encoding="utf-8")
    handler.setLevel(logging.DEBUG)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root = logging.getLogger()
    old_level = root.level
    root.setLevel(logging.DEBUG)
    root.addHandler(handler)
    logging.captureWarnings(True)
    qt_lines: list[str] = []

    def qt_handler(kind: QtMsgType, context, message: str) -> None:
        qt_lines.append(f"QT {kind.name} {context.category} {message}")

    previous = qInstallMessageHandler(qt_handler)
    qWarning("qt-capture-probe")  # proves the Qt handler is really in place
    logging.getLogger("wizard").debug("python-capture-probe")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("always")
            yield lambda: log_file.read_text(encoding="utf-8") + "\n".join(qt_lines)
    finally:
        qInstallMessageHandler(previous)
        logging.captureWarnings(False)
        root.removeHandler(handler)
        root.setLevel(old_level)
        handler.close()


@pytest.fixture
def no_network(monkeypatch):
    """socket.socket / create_connection / getaddrinfo raise; every attempt is recorded."""
    attempts: list[str] = []

    def refuse(name):
        def blocked(*args, **kwargs):
            attempts.append(f"{name}{args!r}")
            raise OSError(f"network access blocked by the test: {name}")

        return blocked

    class BlockedSocket(socket.socket):  # a class, so that `class SSLSocket(socket)` still imports
        def __init__(self, *args, **kwargs):
            refuse("socket.socket")(*args, **kwargs)

    monkeypatch.setattr(socket, "socket", BlockedSocket)
    monkeypatch.setattr(socket, "create_connection", refuse("socket.create_connection"))
    monkeypatch.setattr(socket, "getaddrinfo", refuse("socket.getaddrinfo"))
    return attempts


def _type(qtbot, widget, text: str) -> None:
    """Type as a user does: keys for ASCII, the input method for Chinese; then leave the field."""
    editor = widget.editor
    line = editor.lineEdit() if hasattr(editor, "lineEdit") and editor.lineEdit() else editor
    line.setFocus()
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(line, event)
    line.editingFinished.emit()


def _page(window, key):
    return window.pages[window.page_index[key]]


def _pdf_text(path: Path) -> str:
    return "".join(page.extract_text() for page in pypdf.PdfReader(str(path)).pages).replace(" ", "").replace("\n", "")


def _xlsx_text(path: Path) -> str:
    book = openpyxl.load_workbook(path, read_only=True)
    return "\n".join(str(cell) for sheet in book.worksheets for row in sheet.iter_rows(values_only=True)
                     for cell in row if cell is not None)


def run_session(window, qtbot, folder: Path, monkeypatch) -> dict[str, Path]:
    """The user's session; returns the saved file and the exports."""
    window.go_to(window.page_index["entity"])
    entity = _page(window, "entity").forms[0].fields
    _type(qtbot, entity["legal_representative"], LEGAL_REP)
    _type(qtbot, entity["legal_representative_id"], LEGAL_REP_ID)
    assert window.session.application.entity.legal_representative_id == LEGAL_REP_ID

    window.go_to(window.page_index["staff"])
    staff = _page(window, "staff").lists[0]
    staff.add_button.click()
    row = len(window.session.application.staff) - 1
    _type(qtbot, staff.form.fields["name"], STAFF_NAME)
    _type(qtbot, staff.form.fields["id_number"], STAFF_ID)
    assert window.session.application.staff[row].name == STAFF_NAME
    assert window.session.application.staff[row].id_number == STAFF_ID
    assert STAFF_NAME in staff.table.item(row, 0).text()  # shown in the staff table

    window.go_to(window.page_index["entity"])
    _type(qtbot, entity["legal_representative_id"], BAD_ID)  # a validation finding on the ID
    assert window.session.application.entity.legal_representative_id == BAD_ID
    assert any(f.severity == "blocker" for f in entity["legal_representative_id"].findings)
    assert entity["legal_representative_id"].message.isVisible() or entity["legal_representative_id"].findings
    window.go_to(window.page_index["plan"])  # the plan page lists the finding too

    saved = folder / "saved.yaml"
    assert window.save_to(str(saved))
    assert load_application(saved).entity.legal_representative_id == BAD_ID

    exports = folder / "exports"
    exports.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: str(exports)))
    window.go_to(window.page_index["export"])
    export = _page(window, "export")
    export.pdf.setChecked(True)
    export.xlsx.setChecked(True)
    export.button.click()
    pdfs, workbooks = sorted(exports.glob("*.pdf")), sorted(exports.glob("*.xlsx"))
    assert len(pdfs) == 1 and len(workbooks) == 1, export.result.text()
    pdf, xlsx = pdfs[0], workbooks[0]
    return {"saved": saved, "pdf": pdf, "xlsx": xlsx}


@pytest.fixture
def session_window(make_window, tmp_path):
    start = tmp_path / "client.yaml"
    shutil.copyfile(EXAMPLES / "henan.yaml", start)
    return make_window([str(start)])


def test_personal_data_never_reaches_the_logs_and_exports_mask_it(
    captured_logs, session_window, qtbot, tmp_path, monkeypatch, dialogs
):
    files = run_session(session_window, qtbot, tmp_path, monkeypatch)
    logging.getLogger().debug("end of session")
    log_text = captured_logs()
    assert "python-capture-probe" in log_text and "qt-capture-probe" in log_text and "end of session" in log_text
    for secret in SECRETS:
        assert secret not in log_text, f"{secret!r} was logged"

    pdf_text, xlsx_text = _pdf_text(files["pdf"]), _xlsx_text(files["xlsx"])
    for secret in SECRETS:
        assert secret not in pdf_text, f"{secret!r} is in the PDF"
        assert secret not in xlsx_text, f"{secret!r} is in the workbook"
    assert mask_name(STAFF_NAME) in pdf_text  # the staff member is listed, masked
    assert mask_id(STAFF_ID) in pdf_text
    assert not [d for d in dialogs.shown if d[0] in ("warning", "critical")]


def test_reveal_personal_shows_them(tmp_path):
    """The CLI's --reveal-personal (the Export page's check box in the GUI) prints the real names and numbers."""
    from .conftest import run_cli

    client = tmp_path / "client.yaml"
    text = (EXAMPLES / "henan.yaml").read_text(encoding="utf-8")
    text = text.replace("legal_representative: 赵明远", f"legal_representative: {LEGAL_REP}")
    text = text.replace('legal_representative_id: "410105198503122318"', f'legal_representative_id: "{LEGAL_REP_ID}"')
    text = text.replace("name: 王晓峰", f"name: {STAFF_NAME}").replace('"410305199206084015"', f'"{STAFF_ID}"')
    client.write_text(text, encoding="utf-8")
    for reveal in (False, True):
        pdf = tmp_path / f"r{reveal}.pdf"
        result = run_cli("export", str(client), "--pdf", str(pdf), "--as-of", AS_OF,
                         *(["--reveal-personal"] if reveal else []), timeout=120)
        assert result.returncode == 0, result.stderr
        content = _pdf_text(pdf)
        assert (STAFF_NAME in content) is reveal and (STAFF_ID in content) is reveal
        assert (mask_id(STAFF_ID) in content) is not reveal


def test_gui_session_opens_no_connection(no_network, session_window, qtbot, tmp_path, monkeypatch, dialogs):
    run_session(session_window, qtbot, tmp_path, monkeypatch)
    session_window.open_path(str(EXAMPLES / "shanxi.yaml"))
    session_window.about()
    assert no_network == [], no_network


_NO_NETWORK_CLI = r"""
import socket, sys
attempts = []
def refuse(name):
    def blocked(*args, **kwargs):
        attempts.append(name)
        raise OSError("network access blocked by the test: " + name)
    return blocked
class BlockedSocket(socket.socket):  # a class, so that `class SSLSocket(socket)` still imports
    def __init__(self, *args, **kwargs):
        refuse("socket.socket")(*args, **kwargs)
socket.socket = BlockedSocket
for name in ("create_connection", "getaddrinfo"):
    setattr(socket, name, refuse("socket." + name))
sys.addaudithook(lambda event, args: attempts.append(event) if event.startswith("socket.") else None)
from wizard.launch import main
codes = [main(argv) for argv in ARGVS]
print("ATTEMPTS=" + repr(attempts) + " CODES=" + repr(codes), file=sys.stderr)
"""


def test_cli_opens_no_connection(tmp_path):
    """`check` and `export` in a process where the socket functions raise and an audit hook watches
    every socket event (connect, getaddrinfo, even creating a socket)."""
    example = str(EXAMPLES / "henan.yaml")
    argvs = [
        ["check", example, "--province", "henan", "--as-of", AS_OF],
        ["export", example, "--pdf", str(tmp_path / "r.pdf"), "--checklist", str(tmp_path / "c.xlsx"), "--as-of", AS_OF],
    ]
    script = _NO_NETWORK_CLI.replace("ARGVS", repr(argvs))
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, encoding="utf-8",
                            errors="replace", timeout=120, cwd=ROOT)
    assert "Traceback" not in result.stderr, result.stderr
    assert "ATTEMPTS=[] CODES=[0, 0]" in result.stderr, result.stderr
    assert (tmp_path / "r.pdf").exists() and (tmp_path / "c.xlsx").exists()
