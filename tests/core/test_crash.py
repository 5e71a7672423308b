"""Crash reports keep an exception's wording and lose every value (wizard.core.runtime.crash, wizard.core.runtime.scrub)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from pydantic import BaseModel, ValidationError

from wizard.core.application.documents import load_application
from wizard.core.runtime import crash
from wizard.core.runtime.resources import data_dir
from wizard.core.runtime.scrub import PATH, PERSONAL, QUOTED, personal_strings, scrub_message

HENAN = data_dir("examples") / "henan.yaml"


@pytest.fixture(autouse=True)
def fresh_state(tmp_path, monkeypatch):
    """Each test starts with no breadcrumbs, no remembered document, no reports written, its own data folder."""
    import platformdirs

    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *a, **k: str(tmp_path / "data"))
    monkeypatch.setattr(crash, "_trail", type(crash._trail)(maxlen=crash.MAX_BREADCRUMBS))
    monkeypatch.setattr(crash, "_documents", [])
    monkeypatch.setattr(crash, "_written", {})


def raised(function, *args):
    try:
        function(*args)
    except Exception as exc:  # noqa: BLE001 - the test wants whatever it raised
        return exc
    raise AssertionError("nothing was raised")


def test_an_int_error_quoting_an_id_and_a_name_keeps_its_wording_only():
    application = load_application(HENAN)
    entity = application.entity
    exc = raised(int, f"{entity.legal_representative_id} {entity.legal_representative}")
    assert entity.legal_representative_id in str(exc)  # the message really quotes them
    text = scrub_message(str(exc))
    assert text == f"invalid literal for int() with base <number>: {QUOTED}"


def test_a_pydantic_error_loses_the_input_value():
    class Person(BaseModel):
        age: int

    exc = raised(Person.model_validate, {"age": "欧阳建国 410105198503122318"})
    assert isinstance(exc, ValidationError)
    text = scrub_message(str(exc))
    assert "欧阳" not in text and "4101" not in text
    assert "validation error for Person" in text and "input_value=<quoted>" in text


@pytest.mark.parametrize("path", [
    r"C:\Users\Ouyang Jianguo\Documents\clients\ouyang.yaml",
    "/home/Ouyang Jianguo/clients/ouyang.yaml",
    r"\\server\share\Ouyang Jianguo\ouyang.yaml",
])
def test_an_unquoted_path_with_a_name_in_it_is_removed_whole(path):
    text = scrub_message(f"could not read {path}: permission denied")
    assert "Ouyang" not in text and "ouyang" not in text and "Jianguo" not in text
    assert text.startswith("could not read ") and text.endswith(": permission denied") and PATH in text


def test_emails_chinese_text_and_numbers_become_markers():
    text = scrub_message("contact zhang.san@example.cn at 138-1234-5678 about 上海市浦东新区 100 号")
    assert text == "contact <email> at <number> about <text> <number> <text>"


def test_strings_of_the_open_document_are_removed_wherever_they_appear():
    application = load_application(HENAN)
    application.entity.legal_representative = "Zhao Mingyuan"
    personal = personal_strings(application, Path("/data/clients/zhao.yaml"))
    text = scrub_message("no seal for Zhao Mingyuan of ZHAO MINGYUAN; cannot go on", personal)
    assert "Zhao" not in text and "ZHAO" not in text
    assert text.count(PERSONAL) == 2
    assert "cannot go on" in text  # a short value such as "no" only matches a whole word


def test_the_home_folder_and_login_are_personal(monkeypatch):
    monkeypatch.setattr(Path, "home", classmethod(lambda cls: Path("/Users/ouyangjianguo")))
    assert {"/Users/ouyangjianguo", "ouyangjianguo"} <= personal_strings()


def test_the_report_has_versions_a_short_traceback_and_the_last_actions(tmp_path):
    application = load_application(HENAN)
    crash.remember(application, HENAN)
    for kind, name in (("page", "entity"), ("edit", "entity"), ("edit", "entity"), ("action", "save"),
                       ("file", "C:/Users/Ouyang/x.yaml")):
        crash.breadcrumb(kind, name)

    def evaluate():
        entity = application.entity
        raise RuntimeError(f"engine failed for {entity.name} ({entity.legal_representative})")

    report = crash.write_report(raised(evaluate), where="main thread", environment={"qt": "Qt 6.x"})
    text = report.text
    assert report.path is not None and report.path.read_text(encoding="utf-8") == text
    assert report.path.parent == tmp_path / "data" / crash.REPORTS_FOLDER
    assert "exception: builtins.RuntimeError" in text and "message: engine failed for <personal> (<personal>)" in text
    assert "test_crash.py:" in text and "in evaluate" in text  # where the code is, without the folders above
    assert str(Path(__file__).parent) not in text
    assert "qt: Qt 6.x" in text and "program: icp-wizard " in text and "python: " in text and "os: " in text
    actions = text.split("last actions")[1]
    assert "page entity" in actions and "edit entity (×2)" in actions and "action save" in actions
    assert "file ?" in actions and "Ouyang" not in text  # a value passed as an event name is not kept
    for secret in (application.entity.name, application.entity.legal_representative,
                   application.entity.legal_representative_id, str(HENAN)):
        assert secret not in text


def test_a_chained_exception_is_scrubbed_too():
    entity = load_application(HENAN).entity

    def load():
        try:
            int(entity.legal_representative_id + "X")
        except ValueError as exc:
            raise KeyError(entity.legal_representative) from exc

    text = crash.report_text(raised(load), where="command line: check")
    assert "which was caused by:" in text and "builtins.ValueError" in text
    assert entity.legal_representative_id not in text and entity.legal_representative not in text


def test_the_same_error_at_the_same_place_is_written_once():
    def fail(value):
        raise ValueError(value)

    first = crash.write_report(raised(fail, "a"), where="main thread")
    again = crash.write_report(raised(fail, "b"), where="main thread")
    assert not first.repeated and again.repeated and again.path == first.path
    assert len(list(first.path.parent.glob("crash-*.txt"))) == 1


def test_old_reports_are_pruned(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for number in range(crash.MAX_REPORTS + 5):
        (folder / f"crash-old-{number}.txt").write_text("old", encoding="utf-8")
    report = crash.write_report(raised(int, "x"), where="main thread", folder=folder)
    remaining = list(folder.glob("crash-*.txt"))
    assert len(remaining) == crash.MAX_REPORTS and report.path in remaining


def test_an_unwritable_data_folder_falls_back_to_the_temporary_folder(tmp_path, monkeypatch):
    import tempfile

    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    monkeypatch.setattr(tempfile, "gettempdir", lambda: str(tmp_path / "tmp"))
    report = crash.write_report(raised(int, "x"), where="main thread", folder=blocked / "reports")
    assert report.path is not None and report.path.is_relative_to(tmp_path / "tmp")
    assert report.problem is None


def test_the_report_time_is_local_with_its_offset():
    text = crash.report_text(raised(int, "x"), where="main thread")
    stamp = next(line for line in text.splitlines() if line.startswith("time: "))[6:]
    assert dt.datetime.fromisoformat(stamp).utcoffset() is not None


def test_traceback_files_are_named_inside_the_program_only(monkeypatch):
    from wizard.core.runtime.scrub import code_location

    assert code_location(str(crash.__file__)) == ("wizard/core/runtime/crash.py", True)
    assert code_location("wizard/gui/window.py") == ("wizard/gui/window.py", False)  # how a bundle names them
    assert code_location("/home/ouyang/scratch/run.py") == ("run.py", False)  # outside: its name only, no code
    assert code_location("../../Users/ouyang/run.py") == ("run.py", False)
    assert code_location("<frozen importlib._bootstrap>") == ("<frozen importlib._bootstrap>", False)
