"""A finding as the line beside its field, and the basis and source behind it as a tooltip."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtWidgets import QWidget

from wizard.core import sentences
from wizard.core.report import BASIS_TEXT

from ..access.colours import css
from .i18n import labelled, lang, pick, tr


def finding_html(finding: Any, where: QWidget | None = None) -> str:
    """The finding as the field's message line: '阻断 · 等待：message → fix (met from …)', in its severity's
    colour for the background of `where` (the label it is shown in)."""
    severity = str(finding.severity)
    colour = css(severity if severity in ("blocker", "warning", "info") else "muted", where)
    badge = pick(sentences.badge(finding))
    parts = [labelled(f"<b>{html.escape(badge)}</b>", html.escape(pick(finding.message)))]
    fix = pick(finding.fix)
    duration = sentences.duration_line(finding)
    if duration is not None:
        fix += tr("（{duration}）").format(duration=pick(duration))
    if fix:
        parts.append("<br>→ " + html.escape(fix))
    if finding.met_on and finding.met_on.isoformat() not in pick(finding.message):
        parts.append("<br>" + html.escape(tr("满足日期：{date}").format(date=finding.met_on.isoformat())))
    return f'<span style="color:{colour}">{"".join(parts)}</span>'


def source_tooltip(item: Any) -> str:
    """A finding's basis (its class and every source), or a checklist item's source, with the date checked."""
    checked = tr("核对日期：{checked}").format(checked=item.source.checked.isoformat())
    if hasattr(item, "basis"):  # a finding
        return pick(sentences.basis_line(item)) + "\n" + checked
    source = item.source
    basis = pick(BASIS_TEXT[source.basis])
    return labelled(tr("依据"), f"{sentences.cite(source, lang())}〔{basis}〕" if lang() == "zh"
                    else f"{sentences.cite(source, lang())} [{basis}]") + "\n" + checked

