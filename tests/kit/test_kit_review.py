"""A consultant's read of the drafts: no claim the answers do not support, every blank marked and listed."""

from __future__ import annotations

from wizard.core.application.documents import load_application
from wizard.core.application.model import PasswordHashing

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


def _paragraphs_with(path, text: str) -> list[str]:
    return [line for line in docx_text(path).splitlines() if text in line]


def test_the_domain_list_says_the_company_holds_its_domains_only_when_it_does(make_kit, packs):
    holds = "上述域名均由本单位持有"
    result = make_kit(HENAN)
    assert _paragraphs_with(result.folder / "14-域名清单.docx", holds)
    person = load_application(EXAMPLES / "demo/henan-with-gaps.yaml")  # registered to the legal representative
    result = make_kit(HENAN, application=person)
    assert not _paragraphs_with(result.folder / "14-域名清单.docx", holds)
    # Beijing's baseline has no rule on the registrant: the registrant is printed, never the claim
    beijing = load_application(EXAMPLES / "beijing.yaml")
    domain = beijing.domains[0].model_copy(update={"registrant": "北京另一家科技有限公司"})
    result = make_kit("beijing.yaml", application=beijing.model_copy(update={"domains": [domain]}),
                      pack=packs.for_region("beijing"))
    listing = next(d for d in result.documents if d.title == "域名清单")
    assert not _paragraphs_with(result.folder / listing.file, holds)
    assert _paragraphs_with(result.folder / listing.file, "北京另一家科技有限公司")


def test_no_draft_says_the_data_is_stored_in_china_unless_every_server_is_on_the_mainland(make_kit):
    claims = ("存储于中国境内的服务器", "存储在中国境内的服务器")
    ready = make_kit(HENAN)
    assert any(_paragraphs_with(ready.folder / d.file, c) for d in ready.documents for c in claims)
    server = load_application(EXAMPLES / HENAN).servers[0].model_copy(
        update={"country": "美国", "province": None, "city": "洛杉矶"})
    for servers in ([server], []):
        result = make_kit(HENAN, application=_henan(servers=servers), target=ready.folder.with_name(
            f"kit-{len(servers)}"))
        for document in result.documents:
            for claim in claims:
                assert not _paragraphs_with(result.folder / document.file, claim), (servers, document.file)
        policy = highlighted(result.folder / next(d.file for d in result.documents if d.title == "隐私政策"))
        assert any("服务器所在地" in mark for mark in policy)


def test_an_empty_list_is_not_counted_as_none_held(make_kit):
    """'共0个，清单如下' over a blank row reads as a fact; the blank row is the placeholder."""
    result = make_kit(HENAN, application=_henan(domains=[], servers=[], staff=[]))
    for document in result.documents:
        text = docx_text(result.folder / document.file)
        for zero in ("共0个", "共0处", "共0名", "从业人员0名"):
            assert zero not in text, (document.file, zero)


def test_a_server_in_a_city_named_like_its_region_gives_the_place_once(make_kit):
    result = make_kit("shanghai.yaml")
    servers = docx_text(result.folder / "16-服务器与机房清单.docx")
    assert "上海上海" not in servers and "\n上海\n" in servers
    assert "河南郑州" in docx_text(make_kit(HENAN, target=result.folder.with_name("henan")).folder
                                / "13-服务器与机房清单.docx")


def test_no_draft_says_sensitive_data_is_encrypted_when_the_answers_do_not(make_kit):
    claims = ("敏感信息采用加密方式存储", "敏感信息加密存储", "敏感信息加密后存储")
    for example in (HENAN, "gansu.yaml", "shanxi.yaml"):
        application = load_application(EXAMPLES / example)
        systems = application.systems.model_copy(update={"encrypted_fields": []})
        result = make_kit(example, application=application.model_copy(update={"systems": systems}))
        for document in result.documents:
            for claim in claims:  # a sentence that leaves the encrypted data as a blank to fill is no claim
                stated = [p for p in _paragraphs_with(result.folder / document.file, claim) if "【待补充：" not in p]
                assert not stated, (example, document.file, claim)


def test_the_space_between_a_blank_and_the_next_words_is_kept(make_kit):
    """Runs are cleaned one by one; trimming each ate the ideographic space the template puts between fields."""
    result = make_kit("gansu.yaml")
    report = docx_text(result.folder / "08-网站内容审查报告（提纲）.docx")
    assert "【待补充：审查人员姓名】\u3000审查日期：【待补充：审查日期】" in report


def test_a_domain_held_by_a_person_outside_the_staff_list_is_masked_unless_revealed(make_kit, tmp_path):
    """The redactor knows only the legal representative's and the staff's names; a registrant is a person too."""
    import zipfile

    application = load_application(EXAMPLES / HENAN)
    domain = application.domains[0].model_copy(update={"registrant": "孙小红"})
    changed = application.model_copy(update={"domains": [domain]})
    masked = make_kit(HENAN, application=changed, make_zip=True, target=tmp_path / "masked")
    every_text = ""
    with zipfile.ZipFile(masked.zip_path) as archive:
        for name in archive.namelist():
            data = archive.read(name)
            if name.endswith((".docx", ".xlsx")):
                import io

                with zipfile.ZipFile(io.BytesIO(data)) as inner:
                    every_text += "".join(inner.read(n).decode("utf-8", "ignore") for n in inner.namelist())
            else:
                every_text += data.decode("utf-8", "ignore")
    assert "孙小红" not in every_text
    assert any("孙**" in mark for mark in highlighted(masked.folder / "14-域名清单.docx"))
    revealed = make_kit(HENAN, application=changed, reveal_personal=True, target=tmp_path / "revealed")
    assert any("孙小红" in mark for mark in highlighted(revealed.folder / "14-域名清单.docx"))


def test_a_blank_resting_on_the_programs_own_inference_does_not_say_the_province_requires_it(make_kit):
    """MD5 passwords: the national rule is security practice, 'not a licensing condition' in its own words."""
    systems = load_application(EXAMPLES / HENAN).systems.model_copy(update={"password_hashing": PasswordHashing.md5})
    result = make_kit(HENAN, application=_henan(systems=systems))
    marks = [text for _, text in result.placeholders if text.startswith("【待补充：密码存储方式")]
    assert marks and all("河南要求" not in m and "本程序判断" in m and "MD5" in m for m in marks), marks
    # a rule from the Henan guide still names the province
    logs = load_application(EXAMPLES / HENAN).systems.model_copy(update={"log_retention_months": 3})
    result = make_kit(HENAN, application=_henan(systems=logs), target=result.folder.with_name("logs"))
    assert any(text.startswith("【待补充：日志留存期限，河南要求") for _, text in result.placeholders)


def test_a_company_on_a_list_reads_as_listed_not_as_an_unanswered_query(make_kit):
    credit = load_application(EXAMPLES / HENAN).credit.model_copy(
        update={"abnormal_operations_list": True, "legal_rep_dishonest_debtor": None})
    result = make_kit(HENAN, application=_henan(credit=credit))
    marks = highlighted(result.folder / "07-信用承诺书.docx")
    assert any(m.startswith("【待补充：经营异常名录查询结果") and "已列入" in m for m in marks), marks
    assert "未被列入经营异常名录" not in docx_text(result.folder / "07-信用承诺书.docx")
    assert any(m.startswith("【待补充：法定代表人失信查询结果") and "已列入" not in m for m in marks), marks


def test_the_user_agreement_lists_services_not_the_pages_that_describe_them(make_kit):
    result = make_kit(HENAN)
    services = _paragraphs_with(result.folder / "11-用户协议.docx", "等在线交易服务")
    assert services and "下单支付" in services[0]
    assert not any(page in services[0] for page in ("隐私政策", "用户协议", "联系方式", "投诉渠道")), services


def test_the_cross_border_rules_say_the_platform_is_docked_only_once_the_agreement_is_signed(make_kit):
    application = load_application(EXAMPLES / "shanghai.yaml")
    unsigned = application.model_copy(update={"industry": application.industry.model_copy(
        update={"docking_agreement": False})})
    result = make_kit("shanghai.yaml", application=unsigned)
    rules = result.folder / "09-跨境服务制度.docx"
    assert not _paragraphs_with(rules, "物流信息与")  # as done
    assert any("合作协议" in mark for mark in highlighted(rules))
    signed = make_kit("shanghai.yaml", target=result.folder.with_name("signed"))
    assert _paragraphs_with(signed.folder / "09-跨境服务制度.docx", "物流信息与")


def test_an_information_security_officer_is_not_named_the_security_lead(make_kit):
    """Shanxi's example has a 信息安全专员 and no 网络安全负责人: the policies must not promote him."""
    result = make_kit("shanxi.yaml")
    policy = result.folder / "09-网络与信息安全管理制度.docx"
    article = _paragraphs_with(policy, "第五条")[0]
    assert "由张**担任" not in article and "信息安全专员张**协助落实" in article
    assert "【待补充：网络安全负责人姓名】" in highlighted(policy)
    plan = docx_text(result.folder / "15-网络安全事件应急预案.docx")
    assert "网络安全负责人张**" not in plan and "网络安全负责人 | 张**" not in plan.replace("\n", " | ")
    assert "信息安全人员1名" in docx_text(result.folder / "13-平台运营方案.docx")
    henan = make_kit(HENAN, target=result.folder.with_name("henan"))
    assert "由王**担任" in docx_text(henan.folder / "06-1-网络与信息安全管理制度.docx")


def test_a_server_on_the_mainland_but_outside_shanghai_still_keeps_the_data_in_china(make_kit):
    """Shanghai only warns that the server is not in Shanghai: the data is still stored in China."""
    application = load_application(EXAMPLES / "shanghai.yaml")
    server = application.servers[0].model_copy(update={"province": "zhejiang", "city": "杭州"})
    result = make_kit("shanghai.yaml", application=application.model_copy(update={"servers": [server]}))
    assert _paragraphs_with(result.folder / "13-隐私政策.docx", "存储在中国境内的服务器")


def test_the_topology_describes_a_payment_flow_only_for_a_site_that_takes_payments(make_kit):
    application = load_application(EXAMPLES / "gansu.yaml")
    functions = [f for f in application.systems.site_functions if f.value != "order_payment"]
    systems = application.systems.model_copy(update={"site_functions": functions})
    result = make_kit("gansu.yaml", application=application.model_copy(update={"systems": systems}))
    flow = docx_text(result.folder / "07-网站拓扑图.docx")
    assert "支付请求" not in flow and "3. 访问和操作日志" in flow
    assert "3. 支付请求" in docx_text(make_kit("gansu.yaml", target=result.folder.with_name("pays")).folder
                                     / "07-网站拓扑图.docx")
