"""Display names of the model's enum values, page statuses and severities, in zh and en.

Shared by the engine's messages, the text and PDF reports and the GUI.
"""

from __future__ import annotations

from enum import Enum
from functools import lru_cache

from .rulepack.basics import Bilingual

ENUM_LABELS: dict[str, tuple[str, str]] = {
    # Channel
    "website": ("网站", "Website"),
    "app": ("App", "App"),
    "mini_program": ("小程序", "Mini-program"),
    # MerchantModel
    "own_goods": ("只卖自己的商品（商家自营）", "Only our own goods"),
    "third_party": ("允许其他商家入驻（平台）", "Third-party merchants (platform)"),
    # LegalForm
    "limited_company": ("有限责任公司", "Limited liability company"),
    "joint_stock_company": ("股份有限公司", "Joint-stock company"),
    "sole_proprietorship": ("个人独资企业", "Sole proprietorship"),
    "partnership": ("合伙企业", "Partnership"),
    "individual_business": ("个体工商户", "Individual business"),
    "other": ("其他", "Other"),
    # CapitalKind
    "subscribed": ("认缴", "Subscribed"),
    "paid_in": ("实缴", "Paid-in"),
    # FilingStatus
    "none": ("无", "None"),
    "pending": ("备案中", "Pending"),
    "filed": ("已备案", "Filed"),
    # ContractKind
    "hosting": ("服务器托管协议", "Hosting agreement"),
    "cloud": ("云服务合同", "Cloud contract"),
    "self_owned": ("自有服务器", "Self-owned"),
    # Post
    "technical": ("技术人员", "Technical staff"),
    "tech_lead": ("技术负责人", "Technical lead"),
    "security_lead": ("网络安全负责人", "Security lead"),
    "info_security": ("信息安全专员", "Information-security officer"),
    "customer_service": ("客服专员", "Customer service"),
    # StaffBackground
    "internet_service_experience": ("互联网信息服务从业经验", "Internet information service experience"),
    "online_trading_experience": ("在线交易平台运营经验", "Online trading platform operation"),
    "computing_background": ("计算机或互联网技术背景", "Computing or internet technology background"),
    "security_background": ("网络安全专业背景或管理经验", "Network security training or management"),
    # Policy
    "info_security_rules": ("信息安全管理制度", "Information-security rules"),
    "network_security_rules": ("网络安全管理制度", "Network-security rules"),
    "data_security_rules": ("数据安全保护制度", "Data-security rules"),
    "incident_response_plan": ("应急处置预案", "Incident response plan"),
    "online_trading_rules": ("在线交易规则", "Online trading rules"),
    "operating_rules": ("平台运营规则（含投诉处理）", "Operating rules (with complaints)"),
    "cross_border_rules": ("跨境服务制度", "Cross-border service rules"),
    "privacy_policy": ("隐私政策", "Privacy policy"),
    "user_agreement": ("用户协议", "User agreement"),
    # SensitiveField
    "phone": ("手机号", "Phone numbers"),
    "payment": ("支付信息", "Payment data"),
    "id_number": ("身份证号", "ID numbers"),
    "address": ("地址", "Addresses"),
    # ScanFrequency
    "yearly": ("每年", "Yearly"),
    "quarterly": ("每季度", "Quarterly"),
    "monthly": ("每月", "Monthly"),
    "weekly": ("每周", "Weekly"),
    # PasswordHashing
    "argon2": ("Argon2", "Argon2"),
    "bcrypt": ("bcrypt", "bcrypt"),
    "scrypt": ("scrypt", "scrypt"),
    "pbkdf2": ("PBKDF2", "PBKDF2"),
    "sm3_salted": ("SM3 加盐", "Salted SM3"),
    "md5": ("MD5", "MD5"),
    "sha1": ("SHA-1", "SHA-1"),
    "plain": ("明文", "Plain text"),
    "unknown": ("不清楚", "Don't know"),
    # SiteFunction
    "product_display": ("商品展示", "Product display"),
    "registration": ("用户注册", "Registration"),
    "cart": ("购物车", "Shopping cart"),
    "order_payment": ("下单支付", "Ordering and payment"),
    "order_management": ("订单管理", "Order management"),
    "logistics_tracking": ("物流查询", "Logistics tracking"),
    "contact_info": ("联系方式", "Contact details"),
    "complaint_channel": ("投诉渠道", "Complaint channel"),
    # ViolationKind
    "telecom": ("电信监管违规", "Telecom regulation"),
    "internet_service": ("互联网信息服务违规", "Internet information service"),
    "false_advertising": ("虚假宣传", "False advertising"),
    "ip_infringement": ("知识产权侵权", "IP infringement"),
    "data_leak": ("数据泄露", "Data leak"),
    # EquipmentKind
    "computer": ("电脑", "Computer"),
    "server": ("服务器", "Server"),
    "firewall": ("防火墙", "Firewall"),
    # MaterialStatus
    "missing": ("未准备", "Missing"),
    "in_progress": ("准备中", "In progress"),
    "ready": ("已备齐", "Ready"),
    "not_applicable": ("不适用", "Not applicable"),
}

PAGE_STATUS_LABELS = {
    "not_started": ("未开始", "Not started"),
    "complete": ("已完成", "Complete"),
    "warnings": ("有警告", "Warnings"),
    "blockers": ("有阻断问题", "Blockers"),
    "not_applicable": ("不适用", "Not applicable"),
}

SEVERITY_LABELS = {
    "blocker": ("阻断", "Blocker"),
    "warning": ("警告", "Warning"),
    "info": ("提示", "Note"),
}


def enum_text(value: Enum | str) -> Bilingual:
    return _enum_text(value.value if isinstance(value, Enum) else str(value))


@lru_cache(maxsize=512)
def _enum_text(key: str) -> Bilingual:  # Bilingual is frozen: one object serves every finding
    zh, en = ENUM_LABELS.get(key, (key, key))
    return Bilingual(zh=zh, en=en)


def join_texts(texts: list[Bilingual]) -> Bilingual:
    return Bilingual(zh="、".join(t.zh for t in texts) or "—", en=", ".join(t.en for t in texts) or "—")
