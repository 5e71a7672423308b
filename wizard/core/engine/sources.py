"""Turning a rule's source reference into the citation shown to users."""

from __future__ import annotations

import datetime as dt

from ..report import ActDuration, SourceInfo
from ..rulepack.basics import SourceRef, TypicalDuration
from ..rulepack.loader import RulePack

_MADE: dict[tuple, SourceInfo] = {}  # SourceInfo is frozen: one object serves every finding citing the same
_MADE_LIMIT = 20_000  # (an evaluation makes about twenty; validating each again was a tenth of a workspace row)


def source_info(pack: RulePack, ref: SourceRef, checked: dt.date) -> SourceInfo:
    source = pack.sources[ref.ref]
    key = (ref.ref, ref.section, ref.section_en, ref.unconfirmed, checked,
           source.title, source.title_en, source.kind, source.file)
    made = _MADE.get(key)
    if made is None:
        if len(_MADE) >= _MADE_LIMIT:
            _MADE.clear()
        made = _MADE[key] = SourceInfo(
            ref=ref.ref, title=source.title, title_en=source.title_en, section=ref.section,
            section_en=ref.section_en, kind=source.kind, file=source.file, checked=checked,
            unconfirmed=ref.unconfirmed,
        )
    return made


def act_duration(pack: RulePack, duration: TypicalDuration | None, checked: dt.date) -> ActDuration | None:
    if duration is None:
        return None
    return ActDuration(working_days=duration.working_days, source=source_info(pack, duration.source, checked))
