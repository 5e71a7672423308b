"""The readiness report as a PDF: cover and the action plan first, then the page summary, findings, staff,
timeline, obligations and disclaimer."""

from __future__ import annotations

import os
from pathlib import Path

from .. import sentences
from ..application.fieldpaths import field_label
from ..application.model import PAGE_TITLES, PAGES, Application
from ..china.regions import BY_ID
from ..china.workdays import months_between
from ..plan.model import Plan
from ..report import VERDICT_TEXT, Finding, PageStatus, Report
from ..rulepack.basics import Severity
from ..tracking.progress import recorded_progress
from ..tracking.real import headline
from . import texts
from .fonts import register_cjk_font
from .privacy import Redactor
from .texts import t

MM = 72 / 25.4  # points per millimetre


def write_readiness_pdf(
    report: Report,
    application: Application,
    path: str | os.PathLike[str],
    lang: str = "zh",
    reveal_personal: bool = False,
    *,
    plan: Plan | None = None,
    system_fonts: bool | None = None,
) -> Path:
    """Write the readiness report; identical input gives a byte-identical file.

    It opens with `plan`; without one, the plan is built with the program's own pack for the report
    (a report evaluated against a pack the program does not ship then starts with its findings).
    """
    from .pdf_common import build_pdf, make_styles

    texts.check_lang(lang)
    font = register_cjk_font(system=system_fonts)
    path = Path(path)
    plan = plan or _plan_for(report, application)
    builder = _Builder(report, application, make_styles(font, lang), Redactor(application, reveal_personal), plan)
    story = builder.story()
    return build_pdf(path, story, title=t("report_title", lang), report=report, font=font, lang=lang)


def _plan_for(report: Report, application: Application) -> Plan | None:
    from ..plan.build import build_plan
    from ..rulepack.loader import load_packs

    pack = load_packs().for_region(application.scope.province)
    if pack is None or pack.id != report.province or [(p.id, p.reviewed) for p in report.packs] != list(pack.reviewed):
        return None
    return build_plan(application, pack, report)


class _Builder:
    def __init__(self, report: Report, application: Application, styles, redactor: Redactor, plan: Plan | None):
        self.report = report
        self.plan = plan
        # With a plan, its filing date, licence window and duties are the report's (acts marked done count).
        self.dates = report.timeline if plan is None else report.timeline.model_copy(
            update={"filing": plan.filing, "licence": plan.licence, "obligations": plan.obligations})
        self.application = application
        self.s = styles
        self.lang = styles.lang
        self.r = redactor

    def p(self, text: str | None, style=None, colour: str | None = None):
        from .pdf_common import p

        return p(self.r.clean(text), style or self.s.body, colour)

    def story(self) -> list:
        from reportlab.platypus import PageBreak

        story = self.cover()
        if self.plan is not None:
            from .pdf_plan import plan_story

            story += plan_story(self.plan, self.s, self.p) + [PageBreak()]
        story += self.summary()
        story += [PageBreak()] + self.findings()
        story += self.staff()
        story += [PageBreak()] + self.timeline()
        story += self.obligations() + self.disclaimer()
        return story

    # --- page 1 -------------------------------------------------------------

    def cover(self) -> list:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        from .pdf_common import FRAME_WIDTH, LINE, gap, heading

        report, lang = self.report, self.lang
        colour = texts.VERDICT_COLOURS[report.verdict.value]
        if report.timeline.licence.expired:  # "ready" green beside "licence expired" would read as all well
            colour = texts.VERDICT_COLOURS["not_ready"]
        entity = self.application.entity
        rep = self.r.person_name(entity.legal_representative) or "—"
        if entity.legal_representative_id:
            rep += texts.paren(self.r.id_number(entity.legal_representative_id), lang)
        rows = [
            (t("applicant", lang), report.applicant or t("unnamed", lang)),
            (t("legal_rep", lang), rep),
            (t("province", lang), report.province_name.get(lang) + texts.paren(report.licence_prefix, lang)),
            (t("authority", lang), report.authority.get(lang)),
            (t("as_of", lang), report.as_of.isoformat()),
            (t("answers", lang), sentences.answers(report).get(lang).split("：" if lang == "zh" else ": ", 1)[1]),
        ]
        if report.findings:  # with no finding there is nothing to have a basis: a row of zeros read as none
            rows.insert(5, (t("basis_counts", lang),
                            sentences.basis_counts(report).get(lang).split("：" if lang == "zh" else ": ", 1)[1]))
        facts = Table(
            [[self.p(k, self.s.cell_bold), self.p(v, self.s.cell)] for k, v in rows],
            colWidths=[34 * MM, FRAME_WIDTH - 34 * MM],
        )
        facts.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LINEBELOW", (0, 0), (-1, -1), 0.3, LINE)]))
        open_text = "—" if report.verdict.value == "licence_not_required" else sentences.open_counts(report).get(lang)
        verdict = Table(
            [[self.p(t("verdict", lang), self.s.cell_bold),
              self.p(headline(self.application, VERDICT_TEXT[report.verdict], report.timeline.licence.expired).get(lang), self.s.big, colour)],
             [self.p(t("open_items", lang), self.s.cell_bold), self.p(open_text, self.s.cell_bold, colour)],
             [self.p(t("timeline", lang), self.s.cell_bold), self.p(self.filing_sentence(), self.s.cell)]],
            colWidths=[34 * MM, FRAME_WIDTH - 34 * MM],
        )
        verdict.setStyle(TableStyle([
            ("BOX", (0, 0), (-1, -1), 1.2, colors.HexColor(colour)),
            ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
            ("TOPPADDING", (0, 0), (-1, -1), 5),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
        ]))
        return [heading(t("report_title", lang), self.s.title, "cover", 0), facts, gap(5), verdict, gap(7)]

    def filing_sentence(self) -> str:
        """The plan's filing date (else the report's); an open notice's deadline; once licensed, the licence."""
        text = sentences.filing_of(self.dates.filing).get(self.lang)
        notices = sentences.open_notice_lines(self.report)  # while a notice is open, the date that matters
        text += "".join(f"{n.zh}。" if self.lang == "zh" else f" {n.en}." for n in notices)
        if self.dates.licence.licensed:
            text += " " + sentences.licence_of(self.dates.licence).get(self.lang)
        return text

    def summary(self) -> list:
        from reportlab.lib import colors
        from reportlab.lib.enums import TA_CENTER
        from reportlab.lib.styles import ParagraphStyle
        from reportlab.platypus import Table, TableStyle

        from .pdf_common import FRAME_WIDTH, heading, table_style

        lang, report = self.lang, self.report
        centre = ParagraphStyle("centre", parent=self.s.cell, alignment=TA_CENTER)
        header = [t("page", lang), t("status", lang), t("blockers", lang), t("warnings", lang), t("infos", lang)]
        rows = [[self.p(h, self.s.cell_bold) for h in header]]
        commands = []
        for page in PAGES:
            status = report.pages.get(page, PageStatus.not_applicable)
            if status == PageStatus.not_applicable:
                continue  # hidden in the wizard for this province: nothing to report
            found = report.findings_on(page)
            counts = [sum(1 for f in found if f.severity == s) for s in Severity]
            text_colour = "#ffffff" if status != PageStatus.not_started else "#333333"
            rows.append([
                self.p(PAGE_TITLES[page][lang], self.s.cell),
                self.p(texts.page_status(status, lang), centre, text_colour),
                *[self.p(str(c) if c else "–", centre) for c in counts],
            ])
            commands.append(("BACKGROUND", (1, len(rows) - 1), (1, len(rows) - 1),
                             colors.HexColor(texts.PAGE_STATUS_COLOURS[status])))
        narrow = 22 * MM
        table = Table(rows, colWidths=[FRAME_WIDTH - 30 * MM - 3 * narrow, 30 * MM, narrow, narrow, narrow],
                      repeatRows=1)
        table.setStyle(TableStyle(table_style(extra=commands)))
        return [heading(t("summary", lang), self.s.h1, "summary", 0), table]

    # --- findings -----------------------------------------------------------

    def findings(self) -> list:
        from .pdf_common import heading

        lang = self.lang
        story = [heading(t("findings", lang), self.s.h1, "findings", 0)]
        if not self.report.findings:
            return story + [self.p(t("no_findings_at_all", lang))]
        for page in PAGES:
            found = self.report.findings_on(page)
            if not found:
                continue
            story.append(heading(PAGE_TITLES[page][lang], self.s.h2, f"findings-{page}", 1))
            story += [self.finding(f) for f in found]
        return story

    def finding(self, finding: Finding):
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        from .pdf_common import FRAME_WIDTH, LINE

        lang, s = self.lang, self.s
        fix = finding.fix.get(lang)
        duration = sentences.duration_line(finding)
        if duration:
            fix += texts.paren(duration.get(lang), lang)
        body = [
            self.p(finding.title.get(lang), s.cell_bold),
            self.p(finding.message.get(lang), s.cell),
            self.p(texts.labelled(t("fix", lang), fix, lang), s.cell),
        ]
        meta = texts.labelled(t("field", lang), field_label(finding.field, lang), lang)
        if finding.met_on and finding.met_on.isoformat() not in finding.message.get(lang):
            meta += " · " + texts.labelled(t("met_on", lang), finding.met_on.isoformat(), lang)
        body.append(self.p(meta, s.small))
        body.append(self.p(sentences.basis_line(finding).get(lang), s.small))
        if finding.doubtful:
            body.append(self.p(texts.labelled(t("doubtful", lang), finding.doubtful.get(lang), lang), s.note))
        severity = texts.severity(finding.severity, lang)
        kind = "" if finding.severity == Severity.info else sentences.kind_text(finding.kind).get(lang)
        badge = [self.p(severity, s.cell, "#ffffff")] + ([self.p(kind, s.small, "#ffffff")] if kind else [])
        badge_width = 22 * MM  # fits the longest kind in one word per line ("unanswered")
        table = Table([[badge, body]], colWidths=[badge_width, FRAME_WIDTH - badge_width])
        table.setStyle(TableStyle([
            ("BACKGROUND", (0, 0), (0, 0), colors.HexColor(texts.SEVERITY_COLOURS[finding.severity])),
            ("BOX", (0, 0), (-1, -1), 0.4, LINE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ]))
        table.spaceAfter = 5
        return table

    # --- staff --------------------------------------------------------------

    def staff(self) -> list:
        from reportlab.platypus import Table, TableStyle

        from .pdf_common import FRAME_WIDTH, heading, table_style

        lang, s = self.lang, self.s
        title = t("staff_revealed" if self.r.reveal else "staff", lang)
        story = [heading(title, s.h1, "staff", 0)]
        members = self.application.staff
        if not members:
            return story + [self.p(t("no_staff", lang))]
        header = [t("name", lang), t("posts_background", lang), t("ss_months", lang), t("ss_province", lang), t("id_number", lang)]
        rows = [[self.p(h, s.cell_bold) for h in header]]
        for member in members:
            months = (
                str(max(0, months_between(member.social_security_start, self.report.as_of)))
                if member.social_security_start else "—"
            )
            region = BY_ID.get(member.social_security_province or "")
            posts = "、" if lang == "zh" else ", "
            background = posts.join(texts.post(x, lang) for x in member.background)  # enum labels, as posts
            rows.append([
                self.p(self.r.person_name(member.name) or "—", s.cell),
                [self.p(posts.join(texts.post(x, lang) for x in member.posts) or "—", s.cell),
                 self.p(background or t("no_background", lang), s.small)],
                self.p(months, s.cell),
                self.p(getattr(region, lang) if region else "—", s.cell),
                self.p(self.r.id_number(member.id_number) or "—", s.cell),
            ])
        widths = [28, 0, 24, 26, 44]
        widths[1] = FRAME_WIDTH / MM - sum(widths)
        table = Table(rows, colWidths=[w * MM for w in widths], repeatRows=1)
        table.setStyle(TableStyle(table_style()))
        return story + [table]

    # --- timeline -----------------------------------------------------------

    def timeline(self) -> list:
        from reportlab.platypus import Table, TableStyle

        from .pdf_common import FRAME_WIDTH, gap, heading, table_style
        from .timeline_chart import bureau_steps, step_spans, timeline_drawing

        lang, s, timeline = self.lang, self.s, self.dates
        story = [heading(t("timeline", lang), s.h1, "timeline", 0), self.p(t("timeline_note", lang), s.small)]
        if timeline.approximate:
            story.append(self.p(t("approximate", lang), s.note))
        story.append(self.p(self.filing_sentence(), s.cell_bold))
        story.append(self.p(sentences.licence_of(timeline.licence).get(lang), s.cell))
        story += [gap(2), timeline_drawing(timeline, s.font, lang, FRAME_WIDTH), gap(4)]

        rows = [[self.p(h, s.cell_bold) for h in (t("condition", lang), t("date", lang))]]
        for condition in timeline.conditions:
            when = t("already_met", lang) if condition.met else (
                condition.met_on.isoformat() if condition.met_on else t("unknown_date", lang))
            rows.append([self.p(condition.title.get(lang), s.cell), self.p(when, s.cell)])
        if timeline.earliest_filing:
            rows.append([self.p(t("earliest_filing", lang), s.cell_bold),
                         self.p(timeline.earliest_filing.isoformat(), s.cell_bold)])
        spans = dict(zip([st.id for st in bureau_steps(timeline)], step_spans(timeline), strict=True))
        steps = [[self.p(h, s.cell_bold) for h in (t("step", lang), t("working_days", lang), t("date", lang),
                                                      t("source", lang))]]
        for step in timeline.steps:
            span = spans.get(step.id)
            progress = recorded_progress(step)
            when = (progress.get(lang) if progress else
                    t("by_date", lang, day=span[1].isoformat()) if span else "—")
            if step.by == "applicant":
                days = t("by_applicant", lang)
            elif step.within_working_days is not None:
                days = t("within", lang, n=step.within_working_days)
            else:
                days = t("no_duration", lang)
            name = [self.p(step.name.get(lang), s.cell)]
            if step.note:
                name.append(self.p(step.note.get(lang), s.small))
            steps.append([name, self.p(days, s.cell), self.p(when, s.cell), self.p(texts.cite(step.source, lang), s.small)])
        window = timeline.licence
        low, high = window.min_working_days, window.max_working_days
        if low is not None and high is not None:
            total = t("wd_range", lang, a=low, b=high)
        elif high is not None:
            total = t("within", lang, n=high)
        else:
            total = t("no_duration", lang)
        if window.earliest and window.latest:
            licence = f"{window.earliest.isoformat()} – {window.latest.isoformat()}"
        elif window.latest:
            licence = t("latest_by", lang, day=window.latest.isoformat())
        else:
            licence = "—"
        steps.append([self.p(f"{t('total', lang)} · {t('licence_range', lang)}", s.cell_bold),
                      self.p(total, s.cell_bold), self.p(licence, s.cell_bold),
                      self.p(window.basis.get(lang), s.small)])
        half = FRAME_WIDTH / 2
        conditions = Table(rows, colWidths=[FRAME_WIDTH - 40 * MM, 40 * MM], repeatRows=1)
        conditions.setStyle(TableStyle(table_style()))
        process = Table(steps, colWidths=[half - 30 * MM, 26 * MM, 42 * MM, half - 38 * MM], repeatRows=1)
        process.setStyle(TableStyle(table_style()))
        if len(rows) > 1:
            story += [conditions, gap(4)]
        return story + [process]

    # --- after the licence and disclaimer -------------------------------------

    def obligations(self) -> list:
        from reportlab.lib import colors
        from reportlab.platypus import Table, TableStyle

        from .pdf_common import FRAME_WIDTH, gap, heading, table_style

        lang, s = self.lang, self.s
        items = self.dates.obligations
        story = [gap(4), heading(t("obligations", lang), s.h1, "obligations", 0)]
        if self.plan is not None:
            from ..plan.wording import issued_note

            story.append(self.p(issued_note(self.plan).get(lang), s.small))
        if not items:
            return story + [self.p("—")]
        rows = [[self.p(h, s.cell_bold) for h in (t("obligation", lang), t("when", lang), t("detail", lang),
                                                     t("source", lang))]]
        commands = []
        order = {"annual_window": 0, "renewal": 1, "expiry": 2, "change_filing": 3, "standing": 4}
        for item in sorted(items, key=lambda o: order.get(o.kind, 9)):  # the two renewals side by side
            issued = self.dates.licence.issued
            if item.kind in ("standing", "change_filing"):
                when = t("standing", lang)
            elif item.kind == "expiry" and item.end and issued is not None:  # the real issue date: no projection
                when = t("expires_on_issued", lang, end=item.end.isoformat(), issued=issued.isoformat())
            elif item.kind == "expiry" and item.end:
                when = t("expires_on", lang, end=item.end.isoformat())
            elif item.start and item.end and item.kind == "renewal":
                when = t("apply_by", lang, start=item.start.isoformat(), end=item.end.isoformat())
            elif item.start and item.end:
                when = t("every_year", lang, start=item.start.isoformat(), end=item.end.isoformat())
            else:
                when = t("after_issue", lang)
            if item.kind in ("renewal", "expiry") and item.start and item.start < self.report.as_of:
                when = t("date_passed", lang, text=when)  # a renewal day or expiry already gone is not ahead
            name = [self.p(item.name.get(lang), s.cell)]
            if item.safest:
                name.append(self.p(t("safest", lang), s.cell_bold, "#b45f00"))
                commands.append(("BACKGROUND", (0, len(rows)), (-1, len(rows)), colors.HexColor("#fff3cd")))
            rows.append([name, self.p(when, s.cell), self.p(item.detail.get(lang) if item.detail else "", s.cell),
                         self.p(texts.cite(item.source, lang), s.small)])
        widths = [40 * MM, 38 * MM]
        rest = FRAME_WIDTH - sum(widths)
        table = Table(rows, colWidths=[*widths, rest * 0.6, rest * 0.4], repeatRows=1)
        table.setStyle(TableStyle(table_style(extra=commands)))
        return story + [table]

    def disclaimer(self) -> list:
        from .pdf_common import gap, heading

        lang, s = self.lang, self.s
        story = [gap(6), heading(t("disclaimer", lang), s.h1, "disclaimer", 0), self.p(t("disclaimer_text", lang), s.small)]
        packs = "；".join if lang == "zh" else "; ".join
        listing = packs(pack.id + texts.paren(f"{t('reviewed', lang)} {pack.reviewed.isoformat()}", lang) for pack in self.report.packs)
        story.append(self.p(texts.labelled(t("packs", lang), listing, lang), s.small))
        return story
