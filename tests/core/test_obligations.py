"""obligation_dates(pack, issued): the duties after the licence, dated from a real or projected issue date."""

from __future__ import annotations

import datetime as dt

import pytest

from wizard.core.engine.obligations import obligation_dates
from wizard.core.rulepack.loader import load_packs


@pytest.fixture(scope="module")
def packs():
    packs = load_packs()
    assert not packs.errors
    return packs


def _by_id(items):
    return {item.id: item for item in items}


def test_gansu_dates_from_an_issue_date(packs):
    issued = dt.date(2027, 2, 15)
    dated = _by_id(obligation_dates(packs.packs["gansu"], issued))
    assert (dated["annual_report"].start, dated["annual_report"].end) == (dt.date(2028, 1, 1), dt.date(2028, 3, 31))
    assert dated["licence_expiry"].end == dt.date(2032, 2, 15)
    # Law: 90 days before expiry; the Gansu guide: 6 months. Both shown, the earlier is the safe date.
    assert dated["renewal_national"].start == dt.date(2032, 2, 15) - dt.timedelta(days=90)
    assert dated["renewal_guide"].start == dt.date(2031, 8, 15)
    assert dated["renewal_guide"].safest and not dated["renewal_national"].safest
    assert dated["change_filing"].days_after_change == 10 and dated["change_filing"].start is None
    # The licence number belongs in the footer from the day the licence is issued.
    assert dated["display_licence_number"].start == issued
    assert dated["annual_report"].until == dt.date(2032, 2, 15)


def test_national_renewal_alone_is_not_marked_safest(packs):
    dated = _by_id(obligation_dates(packs.packs["henan"], dt.date(2027, 3, 1)))
    assert "renewal_guide" not in dated
    assert not dated["renewal_national"].safest
    assert dated["renewal_national"].start == dt.date(2031, 12, 2)  # 2032 is a leap year


def test_without_an_issue_date_nothing_is_dated(packs):
    for item in obligation_dates(packs.packs["shanxi"], None):
        assert item.start is None and item.end is None


def test_a_leap_day_issue_still_gives_dates(packs):
    dated = _by_id(obligation_dates(packs.packs["shanxi"], dt.date(2028, 2, 29)))
    assert dated["licence_expiry"].end == dt.date(2033, 2, 28)
    assert dated["renewal_guide"].start == dt.date(2032, 8, 28)
