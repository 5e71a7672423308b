"""What the exports say, read as the client reads them: the checklist's sheet name in each language."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.core.documents import load_application
from wizard.core.engine import evaluate
from wizard.core.export.checklist import write_checklist_xlsx
from wizard.core.resources import data_dir
from wizard.core.rulepack.loader import load_packs

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def report():
    packs = load_packs()
    application = load_application(data_dir("examples") / "gansu.yaml")
    return evaluate(application, packs.packs["gansu"], dt.date(2026, 11, 23))


@pytest.mark.parametrize(("lang", "name"), [("zh", "ICP许可证申请材料清单"), ("en", "ICP licence checklist")])
def test_the_checklist_sheet_has_a_whole_name(report, tmp_path, lang, name):
    """Excel allows 31 characters: the English title cut to fit read 'ICP licence application checkli'."""
    path = write_checklist_xlsx(report, tmp_path / "c.xlsx", lang)
    workbook = openpyxl.load_workbook(path)
    assert workbook.sheetnames == [name]
