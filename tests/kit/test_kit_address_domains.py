"""Drafts state the address and domains the application gives, never a stand-in for them."""

from __future__ import annotations

from wizard.core.documents import load_application

from .conftest import EXAMPLES, docx_text, highlighted

ADDRESS_GAP = "【待补充：实际经营地址，申请中未填写；与注册地址相同的也请照填】"


def test_a_blank_actual_address_is_a_placeholder_not_the_registered_one(make_kit):
    application = load_application(EXAMPLES / "henan.yaml")
    registered = application.entity.registered_address
    application.entity.actual_address = None
    result = make_kit("henan.yaml", application=application)
    privacy = result.folder / "10-隐私政策.docx"
    assert ADDRESS_GAP in highlighted(privacy)
    assert ADDRESS_GAP in highlighted(result.folder / "11-用户协议.docx")
    for document in result.documents:  # no Henan draft names the registered address itself
        assert registered not in docx_text(result.folder / document.file), document.file


def test_a_given_actual_address_is_stated(make_kit):
    result = make_kit("henan.yaml")
    assert "地址：河南省郑州市金水区示例路88号创新大厦12层1203室" in docx_text(result.folder / "10-隐私政策.docx")
