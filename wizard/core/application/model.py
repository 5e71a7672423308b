"""The applicant document: one per applicant, one section per wizard page.

Every field is optional so that a half-finished application still loads; the
rule packs decide what is missing. What the model itself refuses is input that
cannot be right whatever the province: impossible dates, negative capital,
unknown enum values.
"""

# No `from __future__ import annotations`: pydantic would evaluate each model field's annotation
# from its text at import (tests/core/test_startup_cost.py).

from enum import StrEnum
from typing import Annotated, Any

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from ..runtime.errors import ReasonError
from .fieldtypes import Date, RegionId, Section, Text, capital, label, nfkc, past_date
from .records import PlanRecord, Tracking
from .values import normalise_text

SCHEMA_VERSION = 6  # 2: materials.items with owner, due date and notes (was materials.status); 3: plan.done;
# 4: tracking (submission, corrections, inspection, licence); 5: the deadline a correction notice states;
# 6: credit.has_violations, the yes/no asked before the list of violations


# --- scope -----------------------------------------------------------------


class Channel(StrEnum):
    website = "website"
    app = "app"
    mini_program = "mini_program"


class MerchantModel(StrEnum):
    own_goods = "own_goods"  # 商家自营
    third_party = "third_party"  # 平台类, third-party merchants


class Scope(Section):
    province: Annotated[RegionId, Field(**label("申请省份", "Province of application"))] = None
    commercial: Annotated[bool | None, Field(**label("是否经营性（收费）", "Commercial (users are charged)"))] = None
    merchant_model: Annotated[
        MerchantModel | None, Field(**label("经营模式", "Who sells on the platform"))
    ] = None
    channels: Annotated[list[Channel], Field(**label("渠道", "Channels"))] = []
    users_mainly_abroad: Annotated[bool, Field(**label("用户主要在境外", "Users mainly abroad"))] = False
    operator_abroad: Annotated[bool, Field(**label("运营主体在境外注册", "Operator registered abroad"))] = False


# --- entity ----------------------------------------------------------------


class LegalForm(StrEnum):
    limited_company = "limited_company"  # 有限责任公司
    joint_stock_company = "joint_stock_company"  # 股份有限公司
    sole_proprietorship = "sole_proprietorship"  # 个人独资企业
    partnership = "partnership"  # 合伙企业
    individual_business = "individual_business"  # 个体工商户
    other = "other"


class CapitalKind(StrEnum):
    subscribed = "subscribed"  # 认缴
    paid_in = "paid_in"  # 实缴


class Entity(Section):
    name: Annotated[Text, Field(**label("企业名称", "Company name"))] = None
    uscc: Annotated[Text, Field(**label("统一社会信用代码", "Unified social credit code"))] = None
    legal_form: Annotated[LegalForm | None, Field(**label("企业类型", "Legal form"))] = None
    registration_date: Annotated[Date, Field(**label("成立日期", "Date of registration"))] = None
    registered_capital_rmb: Annotated[
        int | None,
        BeforeValidator(capital),
        Field(**label("注册资本（元）", "Registered capital (RMB)")),
    ] = None
    capital_kind: Annotated[CapitalKind | None, Field(**label("认缴/实缴", "Subscribed or paid-in"))] = None
    business_scope: Annotated[Text, Field(**label("经营范围", "Business scope"))] = None
    registered_address: Annotated[Text, Field(**label("注册地址", "Registered address"))] = None
    actual_address: Annotated[Text, Field(**label("实际经营地址", "Actual business address"))] = None
    district: Annotated[Text, Field(**label("所在区/市", "District or city"))] = None
    foreign_invested: Annotated[bool | None, Field(**label("是否外商投资", "Foreign-invested"))] = None
    legal_representative: Annotated[Text, Field(**label("法定代表人", "Legal representative"))] = None
    legal_representative_id: Annotated[
        Text, Field(**label("法定代表人身份证号", "Legal representative's ID number"))
    ] = None

    _check_date = field_validator("registration_date")(past_date)


# --- domains and servers ---------------------------------------------------


class FilingStatus(StrEnum):
    none = "none"
    pending = "pending"
    filed = "filed"


class Domain(Section):
    name: Annotated[Text, Field(**label("域名", "Domain name"))] = None
    registrant: Annotated[Text, Field(**label("域名持有者", "Registrant"))] = None
    icp_filing_number: Annotated[Text, Field(**label("ICP备案号", "ICP filing number"))] = None
    filing_status: Annotated[FilingStatus | None, Field(**label("备案状态", "Filing status"))] = None


class ContractKind(StrEnum):
    hosting = "hosting"  # 服务器托管协议
    cloud = "cloud"  # 云服务合同
    self_owned = "self_owned"
    none = "none"


class Server(Section):
    provider: Annotated[Text, Field(**label("服务商", "Provider"))] = None
    country: Annotated[Text, Field(**label("国家/地区", "Country"))] = "中国"
    province: Annotated[RegionId, Field(**label("省份", "Province"))] = None
    city: Annotated[Text, Field(**label("城市", "City"))] = None
    data_centre: Annotated[Text, Field(**label("机房", "Data centre"))] = None
    contract: Annotated[ContractKind | None, Field(**label("合同类型", "Contract"))] = None


# --- staff -----------------------------------------------------------------


class Post(StrEnum):
    technical = "technical"  # 技术人员
    tech_lead = "tech_lead"  # 技术负责人
    security_lead = "security_lead"  # 网站/网络安全负责人
    info_security = "info_security"  # 信息安全专员
    customer_service = "customer_service"  # 客服专员
    other = "other"


class StaffBackground(StrEnum):
    """The experience or training the guides ask of staff (上海 §二3, 河南 §二(三)1–2, 甘肃 §三3)."""

    internet_service_experience = "internet_service_experience"  # 互联网信息服务从业经验
    online_trading_experience = "online_trading_experience"  # 在线交易平台运营经验
    computing_background = "computing_background"  # 计算机或互联网技术专业背景
    security_background = "security_background"  # 网络安全专业背景或安全管理经验


class StaffMember(Section):
    name: Annotated[Text, Field(**label("姓名", "Name"))] = None
    posts: Annotated[list[Post], Field(**label("岗位", "Posts"))] = []
    full_time: Annotated[bool, Field(**label("全职", "Full-time"))] = True
    social_security_start: Annotated[
        Date, Field(**label("社保起缴日期", "Social security since"))
    ] = None
    social_security_province: Annotated[RegionId, Field(**label("社保缴纳省份", "Social security province"))] = None
    qualifications: Annotated[list[str], Field(**label("资质证书", "Qualifications"))] = []
    industry_experience: Annotated[bool, Field(**label("本地行业经验", "Local industry experience"))] = False
    background: Annotated[
        list[StaffBackground], Field(**label("从业经验与专业背景", "Experience and background"))
    ] = []
    id_number: Annotated[Text, Field(**label("身份证号", "ID number"))] = None

    _check_date = field_validator("social_security_start")(past_date)

    @field_validator("qualifications", mode="before")
    @classmethod
    def _qualifications(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = [part for part in value.replace("，", ",").split(",")]
        if isinstance(value, list):
            return [normalise_text(v) for v in value if isinstance(v, str) and normalise_text(v)]
        return value


# --- systems ---------------------------------------------------------------


class Policy(StrEnum):
    info_security_rules = "info_security_rules"  # 信息安全管理制度
    network_security_rules = "network_security_rules"  # 网络安全管理制度
    data_security_rules = "data_security_rules"  # 数据安全保护制度
    incident_response_plan = "incident_response_plan"  # 应急处置预案
    online_trading_rules = "online_trading_rules"  # 在线交易规则
    operating_rules = "operating_rules"  # 平台运营规则（含投诉处理）
    cross_border_rules = "cross_border_rules"  # 跨境服务制度
    privacy_policy = "privacy_policy"  # 隐私政策
    user_agreement = "user_agreement"  # 用户协议


class SensitiveField(StrEnum):
    phone = "phone"
    payment = "payment"
    id_number = "id_number"
    address = "address"


class ScanFrequency(StrEnum):
    none = "none"
    yearly = "yearly"
    quarterly = "quarterly"
    monthly = "monthly"
    weekly = "weekly"


class PasswordHashing(StrEnum):
    argon2 = "argon2"
    bcrypt = "bcrypt"
    scrypt = "scrypt"
    pbkdf2 = "pbkdf2"
    sm3_salted = "sm3_salted"
    md5 = "md5"
    sha1 = "sha1"
    plain = "plain"
    unknown = "unknown"


class SiteFunction(StrEnum):
    product_display = "product_display"
    registration = "registration"
    cart = "cart"
    order_payment = "order_payment"
    order_management = "order_management"
    logistics_tracking = "logistics_tracking"
    privacy_policy = "privacy_policy"
    user_agreement = "user_agreement"
    contact_info = "contact_info"
    complaint_channel = "complaint_channel"


class Systems(Section):
    policies: Annotated[list[Policy], Field(**label("管理制度", "Policy documents"))] = []
    firewall: Annotated[bool | None, Field(**label("防火墙", "Firewall"))] = None
    intrusion_detection: Annotated[bool | None, Field(**label("入侵检测", "Intrusion detection"))] = None
    encrypted_fields: Annotated[
        list[SensitiveField], Field(**label("加密存储的敏感信息", "Sensitive data stored encrypted"))
    ] = []
    password_hashing: Annotated[
        PasswordHashing | None, Field(**label("密码存储方式", "Password storage"))
    ] = None
    vulnerability_scan: Annotated[ScanFrequency | None, Field(**label("漏洞扫描频率", "Vulnerability scans"))] = None
    log_retention_months: Annotated[
        Annotated[int, Field(ge=0, le=1200)] | None,
        BeforeValidator(nfkc),
        Field(**label("日志留存（月）", "Log retention (months)")),
    ] = None
    staff_training: Annotated[bool | None, Field(**label("员工安全培训", "Staff security training"))] = None
    site_functions: Annotated[list[SiteFunction], Field(**label("网站功能", "Site functions"))] = []


# --- industry, credit, site ------------------------------------------------


class Industry(Section):
    scene: Annotated[Text, Field(**label("产业场景", "Industry scene"))] = None
    docking_platform: Annotated[Text, Field(**label("对接平台", "Docking platform"))] = None
    docking_agreement: Annotated[bool, Field(**label("已签合作协议", "Agreement signed"))] = False
    park: Annotated[Text, Field(**label("所在园区", "Park"))] = None


class ViolationKind(StrEnum):
    telecom = "telecom"  # 电信监管违规
    internet_service = "internet_service"  # 互联网信息服务违规
    false_advertising = "false_advertising"
    ip_infringement = "ip_infringement"
    data_leak = "data_leak"
    other = "other"


class Violation(Section):
    date: Annotated[Date, Field(**label("日期", "Date"))] = None
    kind: Annotated[ViolationKind | None, Field(**label("类型", "Kind"))] = None
    description: Annotated[Text, Field(**label("说明", "Description"))] = None

    _check_date = field_validator("date")(past_date)


class Credit(Section):
    # Asked before the list: an empty list alone cannot tell "no violations" from "not answered yet".
    has_violations: Annotated[bool | None, Field(**label("是否有违规记录", "Any violations on record"))] = None
    violations: Annotated[list[Violation], Field(**label("违规记录", "Violations"))] = []
    abnormal_operations_list: Annotated[
        bool | None, Field(**label("列入经营异常名录", "On the abnormal-operations list"))
    ] = None
    serious_dishonesty_list: Annotated[
        bool | None, Field(**label("列入严重违法失信名单", "On the serious-dishonesty list"))
    ] = None
    telecom_dishonesty_list: Annotated[
        bool | None,
        Field(**label("列入电信业务经营失信名单（含主要投资者、主要经营管理人员）",
                      "On the telecom business dishonesty list (company, main investors or managers)")),
    ] = None
    legal_rep_dishonest_debtor: Annotated[
        bool | None, Field(**label("法定代表人为失信被执行人", "Legal representative is a dishonest debtor"))
    ] = None
    credit_report: Annotated[bool | None, Field(**label("已取得信用报告", "Credit report obtained"))] = None


class EquipmentKind(StrEnum):
    computer = "computer"
    server = "server"
    firewall = "firewall"
    other = "other"


class Equipment(Section):
    kind: Annotated[EquipmentKind | None, Field(**label("类别", "Kind"))] = None
    name: Annotated[Text, Field(**label("名称", "Name"))] = None
    brand: Annotated[Text, Field(**label("品牌", "Brand"))] = None
    quantity: Annotated[
        Annotated[int, Field(ge=0, le=100_000)], BeforeValidator(nfkc), Field(**label("数量", "Quantity"))
    ] = 1


class Site(Section):
    office_area_m2: Annotated[
        Annotated[float, Field(ge=0, le=1_000_000)] | None,
        BeforeValidator(nfkc),
        Field(**label("办公面积（㎡）", "Office area (m²)")),
    ] = None
    lease: Annotated[bool | None, Field(**label("有租赁合同", "Lease contract"))] = None
    fire_safety_filing: Annotated[bool | None, Field(**label("消防备案", "Fire-safety filing"))] = None
    equipment: Annotated[list[Equipment], Field(**label("设备清单", "Equipment"))] = []


class MaterialStatus(StrEnum):
    missing = "missing"
    in_progress = "in_progress"
    ready = "ready"
    not_applicable = "not_applicable"


class MaterialRecord(Section):
    """The applicant's own tracking of one checklist item."""

    status: Annotated[MaterialStatus, Field(**label("状态", "Status"))] = MaterialStatus.missing
    owner: Annotated[Text, Field(**label("负责人", "Owner"))] = None
    due: Annotated[Date, Field(**label("截止日期", "Due date"))] = None
    notes: Annotated[Text, Field(**label("备注", "Notes"))] = None


class Materials(Section):
    items: Annotated[dict[str, MaterialRecord], Field(**label("材料", "Checklist items"))] = {}

    def record(self, item_id: str) -> MaterialRecord:
        return self.items.get(item_id) or MaterialRecord()


# --- the document ----------------------------------------------------------


class Application(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    schema_version: int = SCHEMA_VERSION
    scope: Scope = Scope()
    entity: Entity = Entity()
    domains: list[Domain] = []
    servers: list[Server] = []
    staff: list[StaffMember] = []
    systems: Systems = Systems()
    industry: Industry = Industry()
    credit: Credit = Credit()
    site: Site = Site()
    materials: Materials = Materials()
    plan: PlanRecord = PlanRecord()  # not a page: the plan page records acts done here
    tracking: Tracking = Tracking()  # the "tracking" page, shown once filed; not one of PAGES (no rules)

    @field_validator("schema_version")
    @classmethod
    def _known_version(cls, value: int) -> int:
        if value != SCHEMA_VERSION:  # older files are migrated before validation (migrations.py)
            raise ReasonError("schema.not_migrated", {"supported": SCHEMA_VERSION, "version": value})
        return value


PAGES: tuple[str, ...] = (
    "scope",
    "entity",
    "domains",
    "servers",
    "staff",
    "systems",
    "industry",
    "credit",
    "site",
    "materials",
)

PAGE_TITLES: dict[str, dict[str, str]] = {
    "scope": {"zh": "经营范围判定", "en": "Scope"},
    "entity": {"zh": "申请主体", "en": "Entity"},
    "domains": {"zh": "域名", "en": "Domains"},
    "servers": {"zh": "服务器", "en": "Servers"},
    "staff": {"zh": "人员", "en": "Staff"},
    "systems": {"zh": "安全制度与网站功能", "en": "Security and site functions"},
    "industry": {"zh": "产业匹配", "en": "Industry matching"},
    "credit": {"zh": "信用与合规", "en": "Credit and compliance"},
    "site": {"zh": "办公场地", "en": "Office site"},
    "materials": {"zh": "申请材料", "en": "Materials"},
    "tracking": {"zh": "申请跟踪", "en": "Application tracking"},  # a page, not in PAGES: no rule reads it
}
