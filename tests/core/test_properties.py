"""Property tests: any valid application evaluates without raising, against every pack."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from wizard.core.application import model
from wizard.core.engine import evaluate
from wizard.core.rulepack.loader import load_packs

PACKS = load_packs().packs
past_dates = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2026, 11, 1))
texts = st.one_of(st.none(), st.text(max_size=30), st.sampled_from(["上海", "河南", "香港", "Gansu", "example.com"]))
regions = st.sampled_from([None, "shanghai", "henan", "gansu", "shanxi", "hong_kong", "beijing"])


def lists_of(enum):
    return st.lists(st.sampled_from(list(enum)), max_size=len(enum), unique=True)


staff = st.builds(
    model.StaffMember,
    name=texts,
    posts=lists_of(model.Post),
    full_time=st.booleans(),
    social_security_start=st.one_of(st.none(), past_dates),
    social_security_province=regions,
    qualifications=st.lists(st.sampled_from(["CISSP", "CCNA", "CISP", "x"]), max_size=3),
    industry_experience=st.booleans(),
    id_number=st.one_of(st.none(), st.text(alphabet="0123456789X", min_size=15, max_size=18)),
)
applications = st.builds(
    model.Application,
    scope=st.builds(
        model.Scope,
        province=regions,
        commercial=st.one_of(st.none(), st.booleans()),
        merchant_model=st.one_of(st.none(), st.sampled_from(list(model.MerchantModel))),
        channels=lists_of(model.Channel),
        users_mainly_abroad=st.booleans(),
        operator_abroad=st.booleans(),
    ),
    entity=st.builds(
        model.Entity,
        name=texts,
        uscc=st.one_of(st.none(), st.text(alphabet="0123456789ABCDEFGHJKLMNPQRTUWXY", min_size=0, max_size=18)),
        legal_form=st.one_of(st.none(), st.sampled_from(list(model.LegalForm))),
        registration_date=st.one_of(st.none(), past_dates),
        registered_capital_rmb=st.one_of(st.none(), st.integers(0, 10**9)),
        business_scope=texts,
        registered_address=texts,
        actual_address=texts,
        district=texts,
        foreign_invested=st.one_of(st.none(), st.booleans()),
    ),
    domains=st.lists(
        st.builds(
            model.Domain,
            name=texts,
            registrant=texts,
            icp_filing_number=st.one_of(st.none(), st.just("豫ICP备12345678号"), st.text(max_size=20)),
            filing_status=st.one_of(st.none(), st.sampled_from(list(model.FilingStatus))),
        ),
        max_size=3,
    ),
    servers=st.lists(st.builds(model.Server, province=regions, country=texts), max_size=3),
    staff=st.lists(staff, max_size=5),
    systems=st.builds(
        model.Systems,
        policies=lists_of(model.Policy),
        encrypted_fields=lists_of(model.SensitiveField),
        site_functions=lists_of(model.SiteFunction),
        log_retention_months=st.one_of(st.none(), st.integers(0, 1200)),
    ),
    industry=st.builds(model.Industry, scene=texts, docking_platform=texts, docking_agreement=st.booleans()),
    credit=st.builds(
        model.Credit,
        has_violations=st.one_of(st.none(), st.booleans()),
        violations=st.lists(
            st.builds(
                model.Violation,
                date=st.one_of(st.none(), past_dates),
                kind=st.one_of(st.none(), st.sampled_from(list(model.ViolationKind))),
            ),
            max_size=3,
        ),
    ),
    site=st.builds(model.Site, office_area_m2=st.one_of(st.none(), st.floats(0, 10_000))),
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(application=applications, as_of=st.dates(min_value=dt.date(2020, 1, 1), max_value=dt.date(2030, 12, 31)))
def test_any_valid_application_evaluates_against_every_pack(application, as_of):
    assert PACKS, "no province packs loaded"
    for pack in PACKS.values():
        report = evaluate(application, pack, as_of)
        assert report.verdict in report.verdict.__class__
        assert set(report.pages) == set(model.PAGES)
        timeline, counts = report.timeline, report.open_counts
        if timeline.earliest_filing:
            assert timeline.earliest_filing >= as_of
        if timeline.licence_from and timeline.licence_to:
            assert timeline.earliest_filing < timeline.licence_from <= timeline.licence_to
        # A date only when every open blocker is a wait or an act with a stated duration.
        blockers = [f for f in report.findings if f.severity == "blocker"]
        undated = [f for f in blockers if f.kind in ("structural", "missing")
                   or (f.kind == "act" and f.typical_duration is None)]
        assert (timeline.earliest_filing is None) == bool(undated) or report.verdict == "licence_not_required"
        if any(f.kind in ("act", "structural") for f in blockers):
            assert timeline.earliest_filing != as_of  # never "today" while something must be done first
        # The counts never contradict the verdict.
        open_blockers = counts.act + counts.wait + counts.structural + counts.missing
        assert (report.verdict == "not_ready") == (open_blockers > 0)
