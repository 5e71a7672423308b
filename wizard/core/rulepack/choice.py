"""Which pack evaluates an applicant: the region's own pack, or the national baseline for a
mainland region without one. Shared by the CLI's commands and the workspace scan."""

from __future__ import annotations

from ..messages import Reason
from ..runtime.errors import InputError
from .loader import PackSet, RulePack


def pick_pack(packs: PackSet, wanted: str | None, file: str) -> RulePack:
    """The pack for `wanted` (a region name or pack id); an InputError saying why there is none."""
    if not wanted:
        raise InputError("cli.no_province", file=file)
    from ..china.regions import find_region

    region = find_region(wanted) or next((p.header.region and find_region(p.header.region)
                                          for p in packs.packs.values() if p.id == wanted), None)
    if region is None:
        raise InputError("cli.unknown_region", {"province": wanted}, file=file)
    pack = packs.for_region(region.id)
    if pack is None:
        from .basics import Bilingual

        name = Bilingual(zh=region.zh, en=region.en)
        if not region.mainland:
            raise InputError("cli.region_not_mainland", {"region": name}, file=file)
        if region.id in packs.failed_regions:  # its pack was refused: the errors above say why
            available = sorted(packs.packs) or Reason("word.none")
            raise InputError("cli.no_pack", {"province": region.id, "available": available}, file=file)
        raise InputError("cli.region_no_rules", {"region": name}, file=file)
    return pack
