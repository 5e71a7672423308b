"""Each province's example: the documents the province asks for, in its order, with the facts that matter."""

from __future__ import annotations

import re

import pytest

from wizard.core.application.documents import load_application
from wizard.core.kit.packet import MANIFEST, verify_manifest

from .conftest import EXAMPLES, docx_text, highlighted

EVERY_PROVINCE = ["网络与信息安全管理制度", "数据安全与用户个人信息保护制度", "网络安全事件应急预案", "隐私政策",
                  "用户协议", "从业人员名单", "服务器与机房清单", "域名清单"]
EXPECTED = {
    # (file name, in the order of the pack's list) → what must be in it besides the company's name
    "henan.yaml": [
        ("06-1-网络与信息安全管理制度.docx", ["12个月", "防火墙", "手机号、支付信息、身份证号、地址", "每月"]),
        ("06-2-数据安全与用户个人信息保护制度.docx", ["某云服务商", "郑州可用区A"]),
        ("06-3-网络安全事件应急预案.docx", ["河南省通信管理局", "及时向河南省通信管理局报告"]),
        ("07-信用承诺书.docx", ["91410105MA9K7X2Q57", "未被列入经营异常名录", "法定代表人（签字）"]),
        ("10-隐私政策.docx", ["zyyouxuan-example.com"]),
        ("11-用户协议.docx", ["zyyouxuan-example.com"]),
        ("12-从业人员名单.docx", ["网络安全负责人", "2024年3月1日", "410305********4015"]),
        ("13-服务器与机房清单.docx", ["某云服务商", "河南郑州", "云服务合同"]),
        ("14-域名清单.docx", ["zyyouxuan-example.com", "豫ICP备2024012345号"]),
    ],
    "shanghai.yaml": [
        ("07-网络与信息安全管理制度.docx", ["12个月"]),
        ("08-在线交易规则.docx", ["下单—支付—发货—售后", "7天内可申请无理由退换货", "3个工作日内作出响应"]),
        ("09-跨境服务制度.docx", ["自贸区跨境电商"]),
        ("11-数据安全与用户个人信息保护制度.docx", ["张江数据中心二号楼"]),
        ("12-网络安全事件应急预案.docx", ["上海市通信管理局"]),
        ("13-隐私政策.docx", ["lanxi-global.com"]),
        ("14-用户协议.docx", ["lanxi-global.com"]),
        ("15-从业人员名单.docx", ["CISP", "具有本地行业经验"]),
        ("16-服务器与机房清单.docx", ["上海浦江云数据有限公司"]),
        ("17-域名清单.docx", ["沪ICP备2024012345号"]),
    ],
    "gansu.yaml": [
        ("07-网站拓扑图.docx", ["longyuanyouxuan.com", "陇云数据服务有限公司", "兰州新区云计算数据中心"]),
        ("08-网站内容审查报告（提纲）.docx", ["longyuanyouxuan.com", "审查结论"]),
        ("15-无违规经营声明.docx", ["近2年内未发生互联网信息服务违规行为", "法定代表人（签字）"]),
        ("16-1-隐私政策.docx", ["longyuanyouxuan.com"]),
        ("16-2-用户协议.docx", ["longyuanyouxuan.com"]),
        ("17-网络与信息安全管理制度.docx", ["12个月"]),
        ("18-数据安全与用户个人信息保护制度.docx", ["兰州新区云计算数据中心"]),
        ("19-网络安全事件应急预案.docx", ["在24小时内向甘肃省通信管理局报告"]),
        ("20-从业人员名单.docx", ["CISSP"]),
        ("21-服务器与机房清单.docx", ["陇云数据服务有限公司"]),
        ("22-域名清单.docx", ["陇ICP备2024012345号"]),
    ],
    "shanxi.yaml": [
        ("06-办公设备清单.docx", ["机架式服务器", "戴尔", "深信服", "80平方米"]),
        ("07-从业人员名单.docx", ["技术负责人", "客服专员", "信息安全专员", "140105********2036"]),
        ("09-网络与信息安全管理制度.docx", ["12个月", "每季度"]),
        ("10-平台运营规则.docx", ["24小时内响应", "投诉入口"]),
        ("11-无违规经营声明.docx", ["近2年内未发生电信监管违规行为"]),
        ("13-平台运营方案.docx", ["jinwei-shili.cn", "允许其他商家入驻（平台）", "技术负责人1名"]),
        ("14-数据安全与用户个人信息保护制度.docx", ["太原示例数据中心"]),
        ("15-网络安全事件应急预案.docx", ["山西省通信管理局"]),
        ("16-隐私政策.docx", ["jinwei-shili.cn"]),
        ("17-用户协议.docx", ["jinwei-shili.cn"]),
        ("18-服务器与机房清单.docx", ["示例云计算(山西)有限公司"]),
        ("19-域名清单.docx", ["晋ICP备2024012345号"]),
    ],
}


@pytest.mark.parametrize("example", sorted(EXPECTED))
def test_the_documents_are_there_in_order_with_the_values_that_matter(make_kit, example):
    result = make_kit(example)
    company = load_application(EXAMPLES / example).entity.name
    assert [d.file for d in result.documents] == [name for name, _ in EXPECTED[example]]
    numbers = [int(d.number.split("-")[0]) for d in result.documents]
    assert numbers == sorted(numbers)
    for name, wanted in EXPECTED[example]:
        text = docx_text(result.folder / name)
        assert company in text, name
        assert all(word in text for word in ("草稿", "审核", "签字", "公章")), name  # a draft to review, sign, seal
        for value in wanted:
            assert value in text, f"{name}: {value!r} not found"
    titles = {d.title for d in result.documents}
    assert set(EVERY_PROVINCE) <= titles
    assert result.errors == []


def test_documents_only_a_province_asks_for_stay_in_that_province(make_kit, tmp_path):
    henan = {d.title for d in make_kit("henan.yaml", target=tmp_path / "h").documents}
    assert "信用承诺书" in henan and "在线交易规则" not in henan and "网站拓扑图" not in henan
    shanxi = {d.title for d in make_kit("shanxi.yaml", target=tmp_path / "s").documents}
    assert "平台运营方案" in shanxi and "信用承诺书" not in shanxi and "网站拓扑图" not in shanxi


def test_cross_border_rules_only_for_ftz_cross_border(make_kit):
    application = load_application(EXAMPLES / "shanghai.yaml")
    changed = application.model_copy(update={"industry": application.industry.model_copy(
        update={"scene": "high_end_consumer", "docking_platform": None})})
    titles = [d.title for d in make_kit("shanghai.yaml", application=changed).documents]
    assert "在线交易规则" in titles and "跨境服务制度" not in titles


def test_the_roster_is_masked_and_says_so_unless_revealed(make_kit, tmp_path):
    masked = make_kit("henan.yaml", target=tmp_path / "masked")
    roster = masked.folder / "12-从业人员名单.docx"
    text = docx_text(roster)
    assert "410305199206084015" not in text and "王晓峰" not in text
    assert "不能用于提交" in text and any("完整的姓名和身份证号" in h for h in highlighted(roster))
    for document in masked.documents:  # no other document leaks a name or ID either
        body = docx_text(masked.folder / document.file)
        assert "410305199206084015" not in body and "赵明远" not in body, document.file
    revealed = make_kit("henan.yaml", target=tmp_path / "revealed", reveal_personal=True)
    text = docx_text(revealed.folder / "12-从业人员名单.docx")
    assert "410305199206084015" in text and "王晓峰" in text and "不能用于提交" not in text
    assert not revealed.masked


def test_manifest_verifies_and_catches_a_changed_file(make_kit):
    result = make_kit("gansu.yaml")
    assert verify_manifest(result.folder) == []
    manifest = (result.folder / MANIFEST).read_text(encoding="utf-8").splitlines()
    assert len(manifest) == len(result.files) - 1  # every file but the manifest itself
    assert all(re.fullmatch(r"[0-9a-f]{64}  \S.*", line) for line in manifest)
    (result.folder / "22-域名清单.docx").write_bytes(b"tampered")
    (result.folder / "extra.txt").write_text("x")
    problems = verify_manifest(result.folder)
    assert any("22-域名清单.docx: changed" in p for p in problems)
    assert any("extra.txt: not in the manifest" in p for p in problems)


def test_the_xlsx_index_lists_every_material_with_status_and_source(make_kit):
    import openpyxl

    result = make_kit("demo/henan-with-gaps.yaml")
    workbook = openpyxl.load_workbook(result.folder / "00-申请材料目录.xlsx")
    sheet = workbook["目录"]
    rows = [[c for c in row] for row in sheet.iter_rows(values_only=True)]
    header = rows.index(["序号", "类别", "材料", "清单状态", "本材料包", "说明（需另行提供的材料）"])
    body = {row[2]: row for row in rows[header + 1:]}
    assert body["信用承诺书"][3] == "未准备" and body["信用承诺书"][4].startswith("已起草")
    assert "07-信用承诺书.docx" in body["信用承诺书"][4]
    assert body["营业执照副本复印件"][4] == "需另行提供" and "公章" in body["营业执照副本复印件"][5]
    assert body["从业人员社保缴纳证明"][3] == "准备中"
    assert "06-1-网络与信息安全管理制度.docx" in body["网络安全管理制度"][4]
    assert body["域名清单"][1].startswith("补充材料")
    gaps = [row for row in workbook["待补充内容"].iter_rows(min_row=2, values_only=True)]
    assert len(gaps) == len(result.placeholders) and gaps


def test_the_pdf_index_reads_back(make_kit):
    import pypdf

    result = make_kit("shanxi.yaml")
    text = "".join(page.extract_text() for page in pypdf.PdfReader(result.folder / "00-申请材料目录.pdf").pages)
    text = text.replace("\n", "")
    for name in ("申请材料目录", "太原汾河晋味网络科技有限公司", "办公场地租赁合同", "平台运营方案", "需另行提供"):
        assert name in text, name


def test_a_region_on_the_baseline_gets_the_drafts_and_an_index_that_says_its_list_is_not_encoded(make_kit, packs):
    import openpyxl

    result = make_kit("beijing.yaml", pack=packs.for_region("beijing"))
    assert [d.file for d in result.documents][:2] == ["01-网络与信息安全管理制度.docx", "02-数据安全与用户个人信息保护制度.docx"]
    assert "北京市通信管理局" in docx_text(result.folder / "03-网络安全事件应急预案.docx")
    rows = [r[0] for r in openpyxl.load_workbook(result.folder / "00-申请材料目录.xlsx")["目录"].iter_rows(values_only=True)]
    assert any(r and "尚未编入北京市的材料清单" in r and "北京市通信管理局确认" in r for r in rows)


def test_zip_holds_the_same_files(make_kit):
    import zipfile

    result = make_kit("henan.yaml", make_zip=True)
    with zipfile.ZipFile(result.zip_path) as archive:
        names = sorted(n.split("/", 1)[1] for n in archive.namelist())
    assert names == sorted(result.files)
