"""Checks of the industry answers against the pack's own lists: the district the applicant names,
the industry scene it allows there, and the docking platform and agreement the scene requires."""

from __future__ import annotations

from ..labels import join_texts
from ..rulepack.basics import Bilingual
from ..rulepack.schema import Rule
from .context import Context, Failure, Outcome, checks_of


def _district(ctx: Context):
    """The pack's district the applicant named: by id, full name, or a short name such as 浦东."""
    wanted = (ctx.application.entity.district or "").strip()
    if not wanted:
        return None
    exact = next((d for d in ctx.pack.districts if wanted in (d.id, d.name.zh, d.name.en)), None)
    if exact or len(wanted) < 2:
        return exact
    short = [d for d in ctx.pack.districts if d.name.zh.startswith(wanted)]
    return short[0] if len(short) == 1 else None


def _scene(ctx: Context):
    wanted = ctx.application.industry.scene
    return next((s for s in ctx.pack.scenes.values() if wanted in (s.id, s.name.zh, s.name.en)), None)


def check_industry_matches_district(ctx: Context, rule: Rule) -> Outcome:
    district, scene = _district(ctx), _scene(ctx)
    entered_district, entered_scene = ctx.application.entity.district, ctx.application.industry.scene
    if district is None:
        status = Bilingual(zh=f"所在区/市“{entered_district}”不在指南列出的区/市之中",
                           en=f"the district or city “{entered_district}” is not one the guide lists")
        values = {"actual": entered_district or "—", "status": status}
        return Outcome([Failure("entity.district", values, missing=not entered_district)])
    if scene is None:
        status = Bilingual(zh=f"产业场景“{entered_scene}”不在本省规则包的场景之中",
                           en=f"the industry scene “{entered_scene}” is not one of this province's scenes")
        values = {"actual": entered_scene or "—", "status": status}
        return Outcome([Failure("industry.scene", values, missing=not entered_scene)])
    if district.scenes and scene.id not in district.scenes:
        names = join_texts([ctx.pack.scenes[s].name for s in district.scenes])
        status = Bilingual(zh=f"指南没有把“{scene.name.zh}”列为{district.name.zh}的场景（列出的是：{names.zh}）",
                           en=f"the guide does not list “{scene.name.en}” for {district.name.en} (it lists: {names.en})")
        return Outcome([Failure("industry.scene", {"actual": scene.name, "required": names, "status": status})])
    return Outcome()


def check_docking_agreement_where_required(ctx: Context, rule: Rule) -> Outcome:
    scene = _scene(ctx)
    required = [p for p in (scene.platforms if scene else []) if p.required]
    if not required:
        return Outcome()
    industry = ctx.application.industry
    chosen = next((p for p in required if industry.docking_platform in (p.id, p.name.zh, p.name.en)), None)
    names = join_texts([p.name for p in required])
    if chosen is None:
        entered = industry.docking_platform
        status = Bilingual(zh=f"所选的对接平台是“{entered}”，不是要求的平台",
                           en=f"the platform chosen is “{entered}”, not the one required") if entered else "—"
        values = {"required": names, "actual": entered or "—", "status": status}
        return Outcome([Failure("industry.docking_platform", values, missing=not entered)])
    if not industry.docking_agreement:
        status = Bilingual(zh="已选择该平台，但尚未签订合作协议", en="the platform is chosen, but no agreement is signed yet")
        return Outcome([Failure("industry.docking_agreement", {"required": chosen.name, "status": status})])
    return Outcome()


INDUSTRY_CHECKS = checks_of(globals())
