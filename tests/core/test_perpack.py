"""Results made once per pack (engine/perpack.py) are never served for another pack, even an equal copy
or an edited one, and a caller changing the list it got does not change what the next caller gets."""

from __future__ import annotations

import dataclasses
import datetime as dt

from wizard.core.engine.obligations import obligation_dates
from wizard.core.engine.timeline import process_steps
from wizard.core.rulepack.loader import load_packs

ISSUED = dt.date(2026, 6, 1)


def test_an_edited_pack_gets_its_own_steps_and_dates():
    pack = load_packs().packs["gansu"]
    steps = process_steps(pack)
    steps.clear()  # the caller's own list
    assert process_steps(pack), "a caller's change to its list reached the next caller"
    first = process_steps(pack)[0]
    renamed = first.name.model_copy(update={"en": "Renamed step"})
    changed_steps = (pack.process.steps[0].model_copy(update={"name": renamed}), *pack.process.steps[1:])
    edited = dataclasses.replace(pack, process=pack.process.model_copy(update={"steps": list(changed_steps)}),
                                 licence_validity_years=3)
    assert process_steps(edited)[0].name.en == "Renamed step"
    assert process_steps(pack)[0].name.en == first.name.en
    expiry = {o.kind: o.end for o in obligation_dates(pack, ISSUED)}["expiry"]
    edited_expiry = {o.kind: o.end for o in obligation_dates(edited, ISSUED)}["expiry"]
    assert (expiry, edited_expiry) == (dt.date(2031, 6, 1), dt.date(2029, 6, 1))
    later = {o.kind: o.end for o in obligation_dates(pack, dt.date(2027, 1, 4))}["expiry"]
    assert later == dt.date(2032, 1, 4)  # another issue day is another entry
