"""The values a template may use, taken only from the application, the pack and its evaluation.

A value becomes a `Gap` when the application leaves it empty, or when the pack's
rules found it short (a blocker or warning finding on that field): the draft then
says what is needed and what the province asks, never a sentence the applicant
cannot stand behind. The requirement comes from the finding, i.e. from the pack, so
changing a threshold in rules/*.yaml moves the placeholder without touching Python.

Everything here is plain data (dicts, lists, strings, numbers, dates): templates
run in a sandbox and get nothing with behaviour except `findings_on`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ..application.model import Application, Post, Server, StaffMember
from ..application.values import format_rmb
from ..china.regions import BY_ID
from ..export.privacy import Redactor, is_person
from ..labels import enum_text
from ..report import Finding, Report
from ..rulepack.basics import Basis, FindingKind, Severity
from ..rulepack.loader import RulePack
from .gaps import Gap, as_text

CONTEXT_NAMES = frozenset({
    "company", "province", "params", "domains", "servers", "staff", "security_leads", "tech_leads",
    "customer_service", "systems", "site", "industry", "credit", "platform", "as_of", "masked", "findings_on",
})

_SECURITY_POSTS = (Post.security_lead, Post.info_security)
_PLACE_UNKNOWN_OR_ABROAD = frozenset({"servers_in_mainland", "server_province_known"})  # engine check kinds


class Params(dict):
    """The pack's parameters by name; one the pack does not define reads as a Gap (falsy)."""

    def __missing__(self, name: str) -> Gap:
        return Gap(f"规则包参数 {name}", "本省规则包未规定")


def label(value: Any) -> str:
    return enum_text(value).zh


class _Facts:
    def __init__(self, application: Application, pack: RulePack, report: Report):
        self.application = application
        self.pack = pack
        self.province = pack.header.name.zh.removesuffix("省").removesuffix("市")
        self.problems: dict[str, Finding] = {}
        for finding in report.findings:
            if finding.severity in (Severity.blocker, Severity.warning):
                self.problems.setdefault(finding.field, finding)
        self.findings = report.findings
        self.rule_kinds = {rule.id: rule.check.kind for rule in pack.rules}

    def whose(self, finding: Finding) -> str:
        """Who asks for it: the province (its guide, or the law it applies), or only this program's reasoning."""
        return "本程序判断" if finding.basis == Basis.inference else f"{self.province}要求"

    def why(self, finding: Finding, actual: object = None) -> str:
        text = f"{self.whose(finding)}：{finding.title.zh}"
        shown = as_text(actual)
        return f"{text}（申请中为{shown}）" if shown else text

    def fact(self, path: str, value: Any, what: str, shown: object = None) -> Any:
        """The value, or a Gap if it is empty or a rule found it short."""
        finding = self.problems.get(path)
        empty = value is None or value == "" or value == [] or value is False
        if finding is not None and not (empty and (finding.title.zh in what or what in finding.title.zh)):
            return Gap(what, self.why(finding, value if shown is None else shown))
        if empty or finding is not None:
            return Gap(what)  # a rule that only asks for the value adds nothing to "missing"
        return value

    def server_in_mainland(self, index: int, server: Server) -> bool:
        """The check's word on it: a place is given and no rule found it outside mainland China or unknown.

        A rule that only wants the server in the province (Shanghai's warning) leaves it in China."""
        path = f"servers[{index}].province"
        kinds = {self.rule_kinds.get(rule_id) for finding in self.findings if finding.field == path
                 and finding.severity != Severity.info for rule_id in finding.rule_ids}
        return bool(_server_place(server)) and not kinds & _PLACE_UNKNOWN_OR_ABROAD

    def findings_on(self, prefix: str = "") -> list[Gap]:
        """Every open problem the check found on fields under `prefix` (e.g. 'staff'), as placeholders.

        One per finding (a rule that checks each person gives one per person, named by the
        list's number, never by name); each says what clearing it takes, as the check does."""
        gaps = []
        for finding in self.findings:
            if finding.severity == Severity.info or not finding.field.startswith(prefix):
                continue
            what = finding.title.zh + _item_number(finding.field)
            gaps.append(Gap(what, f"{self.whose(finding)}，{_clearing(finding)}，见检查结果"))
        return gaps


def _item_number(path: str) -> str:
    """'（第2位人员）' for staff[1].…, '（第1项）' for servers[0].…; nothing for a single field."""
    if "[" not in path:
        return ""
    head, rest = path.split("[", 1)
    number = int(rest.split("]", 1)[0]) + 1
    return f"（第{number}位人员）" if head == "staff" else f"（第{number}项）"


def _clearing(finding: Finding) -> str:
    """What clearing the finding takes, in the words of the report (FindingKind)."""
    if finding.kind == FindingKind.wait and finding.met_on:
        return f"{as_text(finding.met_on)}起满足"
    return {
        FindingKind.missing: "申请信息中尚缺回答",
        FindingKind.structural: "按现状不能申请",
    }.get(finding.kind, "须申请单位办理")


def _every_domain(domains: list[dict[str, Any]]) -> Any:
    """Every domain the application lists, for a policy that covers the whole platform ("a.cn、b.com"); each
    one as the domain list shows it (a placeholder where its name is missing or a rule found it short)."""
    if not domains:
        return Gap("网站域名")
    if len(domains) == 1:
        return domains[0]["name"]
    return "、".join(as_text(d["name"]) for d in domains)


def _region(region_id: str | None) -> str:
    region = BY_ID.get(region_id or "")
    return region.zh if region else (region_id or "")


def _registrant(privacy: Redactor, registrant: str | None) -> str:
    """A domain registered to a person (the check's own blocker) is a person's name: masked like the staff's."""
    if registrant and is_person(registrant) and not privacy.reveal:
        return privacy.person_name(registrant)
    return privacy.clean(registrant)


def _server_place(server: Server) -> str:
    """'河南郑州', '美国洛杉矶'; a city named like its region ('上海', '上海市') is given once."""
    region = _region(server.province)
    city = server.city or ""
    if region and city.removesuffix("市") == region.removesuffix("市"):
        city = ""
    country = server.country if server.country != "中国" else ""
    return "".join(x for x in (country, region, city) if x)


def _company(facts: _Facts, privacy: Redactor) -> dict[str, Any]:
    entity = facts.application.entity
    f = facts.fact
    capital = None
    if entity.registered_capital_rmb is not None:
        capital = format_rmb(entity.registered_capital_rmb)
        if entity.capital_kind is not None:
            capital += f"（{label(entity.capital_kind)}）"
    rep = privacy.person_name(entity.legal_representative) or None
    address = f("entity.actual_address", entity.actual_address, "实际经营地址")
    if not entity.actual_address and "entity.actual_address" not in facts.problems:
        # never the registered address in its place: the two may differ, and the model has no "same as" answer
        address = Gap("实际经营地址", "申请中未填写；与注册地址相同的也请照填")
    return {
        "name": f("entity.name", entity.name, "企业名称"),
        "uscc": f("entity.uscc", entity.uscc, "统一社会信用代码"),
        "legal_form": f("entity.legal_form", entity.legal_form and label(entity.legal_form), "企业类型"),
        "registration_date": f("entity.registration_date", entity.registration_date, "成立日期"),
        "capital": f("entity.registered_capital_rmb", capital, "注册资本"),
        "business_scope": f("entity.business_scope", entity.business_scope, "经营范围"),
        "registered_address": f("entity.registered_address", entity.registered_address, "注册地址"),
        "address": address,
        "district": f("entity.district", entity.district, "所在区/市"),
        "legal_representative": f("entity.legal_representative", rep, "法定代表人姓名"),
    }


def _person(facts: _Facts, index: int, member: StaffMember, privacy: Redactor) -> dict[str, Any]:
    f = facts.fact
    at = f"staff[{index}]"
    experience = [label(b) for b in member.background]
    if member.industry_experience:
        experience.append("具有本地行业经验")
    return {
        "name": f(f"{at}.name", privacy.person_name(member.name) or None, "姓名"),
        "posts": f(f"{at}.posts", [label(p) for p in member.posts], "岗位"),
        "full_time": "全职" if member.full_time else "兼职",
        "social_security_start": f(f"{at}.social_security_start", member.social_security_start, "社保起缴日期"),
        "social_security_province": f(f"{at}.social_security_province",
                                      _region(member.social_security_province) or None, "社保缴纳地"),
        "qualifications": "、".join(member.qualifications) or "—",
        "id_number": f(f"{at}.id_number", privacy.id_number(member.id_number) or None, "身份证号"),
        "experience": f(f"{at}.background", "、".join(experience) or None, "从业经历或专业背景"),
        "is_security": any(p in _SECURITY_POSTS for p in member.posts),
        "is_security_lead": Post.security_lead in member.posts,
    }


def _systems(facts: _Facts) -> dict[str, Any]:
    s = facts.application.systems
    f = facts.fact
    return {
        "policies": [label(p) for p in s.policies],
        "firewall": f("systems.firewall", s.firewall, "防火墙部署情况"),
        "intrusion_detection": f("systems.intrusion_detection", s.intrusion_detection, "入侵检测措施"),
        "encrypted_fields": f("systems.encrypted_fields", [label(x) for x in s.encrypted_fields],
                              "加密存储的敏感信息范围"),
        "password_hashing": f("systems.password_hashing", s.password_hashing and s.password_hashing.value != "unknown"
                              and label(s.password_hashing) or None, "密码存储方式"),
        "vulnerability_scan": f("systems.vulnerability_scan", s.vulnerability_scan and s.vulnerability_scan.value != "none"
                                and label(s.vulnerability_scan) or None, "漏洞扫描频率"),
        "log_retention_months": f("systems.log_retention_months", s.log_retention_months or None, "日志留存期限",
                                  shown=f"{s.log_retention_months}个月" if s.log_retention_months else None),
        "staff_training": f("systems.staff_training", s.staff_training, "员工安全培训安排"),
        "site_functions": [label(x) for x in s.site_functions],
        "has_complaint_channel": "complaint_channel" in s.site_functions,
    }


def _credit(facts: _Facts) -> dict[str, Any]:
    """What a no-violation statement may say: the years and kinds from the pack's own rule."""
    credit = facts.application.credit
    rule = next((r for r in facts.pack.rules if r.check.kind == "no_recent_violations"), None)
    years = facts.pack.parameter(rule.check.years) if rule else None
    kinds = [label(k) for k in rule.check.kinds] if rule else []
    return {
        "statement_years": int(years) if years else Gap("无违规声明的年限", "本省规则包未规定"),
        "statement_kinds": "、".join(kinds) or "违法违规",
        "clean": _clean_record(facts, credit.has_violations, bool(credit.violations), rule is not None),
        "abnormal_list": _cleared(facts, "credit.abnormal_operations_list", credit.abnormal_operations_list,
                                  "经营异常名录查询结果", "已列入"),
        "dishonesty_list": _cleared(facts, "credit.serious_dishonesty_list", credit.serious_dishonesty_list,
                                    "严重违法失信名单查询结果", "已列入"),
        "legal_rep_debtor": _cleared(facts, "credit.legal_rep_dishonest_debtor", credit.legal_rep_dishonest_debtor,
                                     "法定代表人失信查询结果", "法定代表人为失信被执行人"),
    }


def _clean_record(facts: _Facts, has_violations: bool | None, listed: bool, pack_rule: bool) -> Any:
    """True only when the statement can stand: the answer is "no", or the pack's own rule dated every listed
    violation outside its years or kinds; and no finding stands against it. Otherwise a Gap that says why,
    the state of the answer first (the check's finding on it names only the rule)."""
    what = "无违规声明不能照此出具"
    if has_violations is None:
        return Gap(what, "“是否有违规记录”尚未回答")
    if has_violations and not listed:
        return Gap(what, "已回答有违规记录，但尚未列出")
    if not has_violations and listed:
        return Gap(what, "已回答没有违规记录，但列表中登记了违规记录，两者矛盾")
    finding = next((x for path, x in facts.problems.items()
                    if path == "credit.violations" or path.startswith("credit.violations[")), None)
    if finding is not None:
        return Gap(what, f"{facts.why(finding)}，{_clearing(finding)}")
    if has_violations and not pack_rule:
        return Gap(what, "申请中登记了违规记录，本省规则包没有可据以判断的年限，须据实核对后出具")
    return True


def _cleared(facts: _Facts, path: str, listed: bool | None, what: str, listed_text: str) -> Any:
    """True when the answer is 'not listed'; otherwise a Gap that says whether it is unanswered or listed."""
    value = facts.fact(path, listed is False or None, what, shown=listed_text if listed else None)
    if listed and isinstance(value, Gap) and value.why is None:  # no rule on it here: still say what the answer is
        return Gap(what, f"申请中为{listed_text}")
    return value


def _industry(facts: _Facts) -> dict[str, Any]:
    industry = facts.application.industry
    scene = next((s for s in facts.pack.scenes.values() if industry.scene in (s.id, s.name.zh, s.name.en)), None)
    platform = None
    if scene is not None and industry.docking_platform:
        platform = next((p.name.zh for p in scene.platforms if p.id == industry.docking_platform), None)
    return {
        "scene": facts.fact("industry.scene", scene.name.zh if scene else industry.scene, "产业场景"),
        "docking_platform": facts.fact("industry.docking_platform", platform or industry.docking_platform,
                                       "对接平台"),
        "docking_agreement": bool(industry.docking_agreement),
        "park": industry.park or "",
    }


def build_context(application: Application, pack: RulePack, report: Report, privacy: Redactor) -> dict[str, Any]:
    facts = _Facts(application, pack, report)
    f = facts.fact
    staff = [_person(facts, i, m, privacy) for i, m in enumerate(application.staff)]
    in_mainland = [facts.server_in_mainland(i, s) for i, s in enumerate(application.servers)]
    scope = application.scope
    domains = [{
        "name": f(f"domains[{i}].name", d.name, "域名"),
        "registrant": f(f"domains[{i}].registrant", _registrant(privacy, d.registrant) or None, "域名持有者"),
        "filing_number": f(f"domains[{i}].icp_filing_number", d.icp_filing_number, "ICP备案号"),
        "filing_status": f(f"domains[{i}].filing_status", d.filing_status and label(d.filing_status), "备案状态"),
    } for i, d in enumerate(application.domains)]
    context: dict[str, Any] = {
        "company": _company(facts, privacy),
        "province": {
            "id": pack.id, "name": pack.header.name.zh, "short": facts.province,
            "authority": pack.header.authority.zh if pack.header.authority else Gap("受理机关"),
            "licence_prefix": pack.header.licence_prefix or "",
        },
        "params": Params({name: p.value for name, p in pack.parameters.items()}),
        "domains": domains,
        "servers": [{
            "provider": f(f"servers[{i}].provider", s.provider, "服务商"),
            "location": f(f"servers[{i}].province", _server_place(s) or None, "服务器所在地"),
            "in_mainland": in_mainland[i],
            "data_centre": f(f"servers[{i}].data_centre", s.data_centre, "机房"),
            "contract": f(f"servers[{i}].contract", s.contract and s.contract.value != "none" and label(s.contract)
                          or None, "托管或云服务合同"),
        } for i, s in enumerate(application.servers)],
        "staff": staff,
        # only who holds the post: an information-security officer is not named the lead (Shanxi asks for one)
        "security_leads": [p for p in staff if p["is_security_lead"]],
        "tech_leads": [p for i, p in enumerate(staff) if Post.tech_lead in application.staff[i].posts],
        "customer_service": [p for i, p in enumerate(staff) if Post.customer_service in application.staff[i].posts],
        "systems": _systems(facts),
        "site": {
            "office_area_m2": f("site.office_area_m2", application.site.office_area_m2, "办公面积"),
            "equipment": [{
                "kind": label(e.kind) if e.kind else "—",
                "name": f(f"site.equipment[{i}].name", e.name, "设备名称"),
                "brand": f(f"site.equipment[{i}].brand", e.brand, "品牌"),
                "quantity": e.quantity,
            } for i, e in enumerate(application.site.equipment)],
        },
        "industry": _industry(facts),
        "credit": _credit(facts),
        "platform": {
            "channels": f("scope.channels", [label(c) for c in scope.channels], "服务渠道（网站、App 或小程序）"),
            "merchant_model": f("scope.merchant_model", scope.merchant_model and label(scope.merchant_model),
                                "经营模式"),
            "third_party": scope.merchant_model is not None and scope.merchant_model.value == "third_party",
            "domain": _every_domain(domains),
            # what a draft needs before it may say the data stays in China: servers given, all on the mainland
            "servers_in_mainland": bool(in_mainland) and all(in_mainland),
        },
        "as_of": report.as_of if isinstance(report.as_of, dt.date) else dt.date.today(),
        "masked": not privacy.reveal,
        "findings_on": facts.findings_on,
    }
    assert set(context) == CONTEXT_NAMES, set(context) ^ CONTEXT_NAMES
    return context
