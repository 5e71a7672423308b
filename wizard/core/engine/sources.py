"""Turning a rule's source reference into the citation shown to users."""

from __future__ import annotations

import datetime as dt

from ..report import ActDuration, SourceInfo
from ..rulepack.basics import SourceRef, TypicalDuration
from ..rulepack.loader import RulePack


def source_info(pack: RulePack, ref: SourceRef, checked: dt.date) -> SourceInfo:
    source = pack.sources[ref.ref]
    return SourceInfo(
        ref=ref.ref, title=source.title, title_en=source.title_en, section=ref.section, section_en=ref.section_en,
        kind=source.kind,
        file=source.file, checked=checked, unconfirmed=ref.unconfirmed,
    )


def act_duration(pack: RulePack, duration: TypicalDuration | None, checked: dt.date) -> ActDuration | None:
    if duration is None:
        return None
    return ActDuration(working_days=duration.working_days, source=source_info(pack, duration.source, checked))
