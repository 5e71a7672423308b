"""Drafts state the address and domains the application gives, never a stand-in for them."""

from __future__ import annotations

from wizard.core.application.documents import load_application
from wizard.core.application.model import Domain

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


def test_the_policies_name_every_domain_listed(make_kit):
    application = load_application(EXAMPLES / "henan.yaml")
    application.domains.append(Domain(name="zyyouxuan-example.cn", registrant=application.entity.name,
                                      icp_filing_number="豫ICP备2024012346号", filing_status="filed"))
    result = make_kit("henan.yaml", application=application)
    both = "zyyouxuan-example.com、zyyouxuan-example.cn"
    assert f"（域名：{both}）提供的服务" in docx_text(result.folder / "10-隐私政策.docx")
    assert f"平台（域名：{both}）" in docx_text(result.folder / "06-1-网络与信息安全管理制度.docx")
    assert f"平台（{both}）" in docx_text(result.folder / "06-3-网络安全事件应急预案.docx")
    assert f"（域名：{both}）" in docx_text(result.folder / "11-用户协议.docx")


def test_a_domain_held_by_a_person_is_named_and_its_holder_stays_masked(make_kit):
    application = load_application(EXAMPLES / "henan.yaml")
    application.domains.append(Domain(name="zyyx-shop.cn", registrant="赵明远", filing_status="pending"))
    result = make_kit("henan.yaml", application=application)
    assert "（域名：zyyouxuan-example.com、zyyx-shop.cn）" in docx_text(result.folder / "10-隐私政策.docx")
    for document in result.documents:
        assert "赵明远" not in docx_text(result.folder / document.file), document.file
    assert any(m.startswith("【待补充：域名持有者，河南要求") for m in highlighted(result.folder / "14-域名清单.docx"))


def test_a_domain_without_a_name_is_a_placeholder_beside_the_others(make_kit):
    application = load_application(EXAMPLES / "henan.yaml")
    application.domains.append(Domain(registrant=application.entity.name))
    result = make_kit("henan.yaml", application=application)
    assert "（域名：zyyouxuan-example.com、【待补充：域名】）" in docx_text(result.folder / "10-隐私政策.docx")
