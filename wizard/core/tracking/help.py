"""What each tracking question is for (the F1 help): no rule reads these answers, the program's dates do."""

from __future__ import annotations

from ..china.regions import BY_ID
from ..engine.sources import source_info
from ..messages import message
from ..rulepack.basics import Bilingual
from ..rulepack.loader import RulePack
from ..sentences import cite
from .deadlines import CORRECTION_PARAMETER

_PLAIN = {  # path inside the tracking section → message code
    "submitted": "tracking.help_submitted",
    "application_number": "tracking.help_application_number",
    "corrections": "tracking.help_corrections",
    "corrections[].answered": "tracking.help_answered",
    "corrections[].due": "tracking.help_due",
    "corrections[].note": "tracking.help_note",
    "inspection": "tracking.help_inspection",
    "approved": "tracking.help_approved",
}


def _text(code: str, **params: object) -> Bilingual:
    return Bilingual(zh=message(code, "zh", **params), en=message(code, "en", **params))


def tracking_purpose(pack: RulePack, path: str) -> Bilingual | None:
    """Why the program asks `path` (generic, e.g. tracking.corrections[].received) for this pack."""
    section, _, path = path.partition(".")
    if section != "tracking":
        return None
    if path in _PLAIN:
        return _text(_PLAIN[path])
    if path == "corrections[].received":
        parameter = pack.parameters.get(CORRECTION_PARAMETER)
        if parameter is None:
            return _text("tracking.help_received_no_period", pack=pack.header.name)
        source = source_info(pack, parameter.source, parameter.checked)
        return Bilingual(**{lang: message("tracking.help_received", lang, pack=pack.header.name,
                                          days=int(parameter.value), source=cite(source, lang))
                            for lang in ("zh", "en")})
    if path == "licence_number":
        region = BY_ID.get(pack.header.region or "")
        prefix = f"{region.abbreviations[0]}B2-" if region else "B2-"
        return _text("tracking.help_licence_number", prefix=prefix)
    if path == "issued":
        return _text("tracking.help_issued", years=pack.licence_validity_years)
    return None
