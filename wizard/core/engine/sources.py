"""Turning a rule's source reference into the citation shown to users."""

from __future__ import annotations

import datetime as dt

from ..report import SourceInfo
from ..rulepack.basics import SourceRef
from ..rulepack.loader import RulePack


def source_info(pack: RulePack, ref: SourceRef, checked: dt.date) -> SourceInfo:
    source = pack.sources[ref.ref]
    return SourceInfo(
        ref=ref.ref, title=source.title, section=ref.section, kind=source.kind, file=source.file, checked=checked
    )
