"""A consultant's read of the drafts: no claim the answers do not support, every blank marked and listed."""

from __future__ import annotations

from wizard.core.documents import load_application

from .conftest import EXAMPLES, docx_text, highlighted

HENAN = "henan.yaml"


def _henan(**changes):
    """The Henan example with some sections replaced: {'entity': {'name': None}, 'servers': []}."""
    application = load_application(EXAMPLES / HENAN)
    update = {}
    for section, value in changes.items():
        current = getattr(application, section)
        update[section] = current.model_copy(update=value) if isinstance(value, dict) else value
    return application.model_copy(update=update)


def test_a_missing_company_name_is_highlighted_and_listed_wherever_it_is_printed(make_kit):
    """The name under the title and in the signature block is a blank too, not plain text nor left out."""
    result = make_kit(HENAN, application=_henan(entity={"name": None}))
    for document in result.documents:
        path = result.folder / document.file
        marks = highlighted(path)
        assert sorted(document.placeholders) == sorted(marks), document.file
        if "申请单位（盖章）" in docx_text(path):
            assert marks.count("【待补充：企业名称】") >= 2, document.file  # under the title and at the seal
