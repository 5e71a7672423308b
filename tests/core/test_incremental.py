"""Incremental evaluation (engine/incremental.py): after any sequence of edits, an evaluation that
reuses what the last ones worked out gives exactly the report of a fresh, full evaluation."""

from __future__ import annotations

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_properties import PACKS, applications, staff

from wizard.core.application import model
from wizard.core.application.documents import load_application
from wizard.core.engine import EvaluationCache, evaluate
from wizard.core.runtime.resources import data_dir

EXAMPLES = {path.stem: load_application(path) for path in sorted(data_dir("examples").glob("*.yaml"))}
SECTIONS = ("scope", "entity", "systems", "industry", "credit", "site")
LISTS = ("staff", "servers", "domains")
days = st.dates(min_value=dt.date(2024, 1, 1), max_value=dt.date(2028, 12, 31))


def _grown(application):
    """An example with its staff list long enough for the per-person rules to matter."""
    people = [member.model_copy(update={"name": f"员工{index}"}) for index in range(12)
              for member in application.staff[:1]]
    return application.model_copy(update={"staff": application.staff + people}, deep=True)


edits = st.one_of(
    st.tuples(st.just("section"), st.sampled_from(SECTIONS), applications),  # a page answered anew
    st.tuples(st.just("item"), st.sampled_from(LISTS), st.integers(0, 30), applications),  # one row edited
    st.tuples(st.just("add"), st.sampled_from(LISTS), applications),
    st.tuples(st.just("remove"), st.sampled_from(LISTS), st.integers(0, 30)),
    st.tuples(st.just("in_place"), st.integers(0, 30), staff),  # a person's fields assigned in place
    st.tuples(st.just("tracking"), st.one_of(st.none(), days), st.one_of(st.none(), days)),  # filed, licensed
    st.tuples(st.just("material"), st.integers(0, 40), st.sampled_from(list(model.MaterialStatus))),
    st.tuples(st.just("commercial"), st.sampled_from([True, False, None])),  # False: no licence needed, no rule runs
    st.tuples(st.just("day"), days),
    st.tuples(st.just("pack"), st.sampled_from(sorted(PACKS))),
)


def _apply(application, edit, state):
    kind = edit[0]
    if kind == "section":
        _, name, other = edit
        setattr(application, name, getattr(other, name).model_copy(deep=True))
    elif kind == "item":
        _, name, index, other = edit
        items, new = getattr(application, name), getattr(other, name)
        if items and new:
            items[index % len(items)] = new[0].model_copy(deep=True)
    elif kind == "add":
        _, name, other = edit
        getattr(application, name).extend(item.model_copy(deep=True) for item in getattr(other, name)[:2])
    elif kind == "remove":
        _, name, index = edit
        items = getattr(application, name)
        if items:
            del items[index % len(items)]
    elif kind == "in_place":
        _, index, person = edit
        if application.staff:
            member = application.staff[index % len(application.staff)]
            member.social_security_start = person.social_security_start
            member.posts.extend(post for post in person.posts if post not in member.posts)
            member.name = person.name
    elif kind == "tracking":
        _, submitted, issued = edit
        application.tracking.submitted = min(submitted, dt.date(2026, 11, 1)) if submitted else None
        application.tracking.issued = min(issued, dt.date(2026, 11, 1)) if issued and submitted else None
    elif kind == "material":
        _, index, status = edit
        items = [item.id for pack in PACKS.values() for item in pack.materials]
        application.materials.items[items[index % len(items)]] = model.MaterialRecord(status=status)
    elif kind == "commercial":
        application.scope.commercial = edit[1]
    elif kind == "day":
        state["as_of"] = edit[1]
    else:
        state["pack"] = PACKS[edit[1]]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(example=st.sampled_from(sorted(EXAMPLES)), sequence=st.lists(edits, min_size=1, max_size=8))
def test_any_sequence_of_edits_evaluates_as_a_fresh_full_evaluation(example, sequence):
    application = _grown(EXAMPLES[example])
    state = {"pack": PACKS[example] if example in PACKS else PACKS["henan"], "as_of": dt.date(2026, 11, 23)}
    cache = EvaluationCache()
    assert evaluate(application, state["pack"], state["as_of"], cache) == evaluate(
        application, state["pack"], state["as_of"])
    for edit in sequence:
        _apply(application, edit, state)
        incremental = evaluate(application, state["pack"], state["as_of"], cache)
        fresh = evaluate(application.model_copy(deep=True), state["pack"], state["as_of"])
        assert incremental.findings == fresh.findings
        assert incremental == fresh


def test_an_edit_rechecks_only_the_rules_that_read_the_edited_section():
    application = _grown(EXAMPLES["henan"])
    pack, cache = PACKS["henan"], EvaluationCache()
    evaluate(application, pack, dt.date(2026, 11, 23), cache)
    everything = cache.recomputed
    application.servers[0] = application.servers[0].model_copy(update={"province": "hong_kong"})
    report = evaluate(application, pack, dt.date(2026, 11, 23), cache)
    assert 0 < cache.recomputed < everything / 4 and cache.reused > 0
    assert any(f.field == "servers[0].province" for f in report.findings)  # the edit is seen
    assert cache.changed == {"servers"}


def test_edits_made_while_no_licence_is_needed_are_seen_once_it_is():
    """While the scope says no licence is needed no rule runs; what changed meanwhile still counts."""
    application = _grown(EXAMPLES["henan"])
    pack, cache, day = PACKS["henan"], EvaluationCache(), dt.date(2026, 11, 23)
    before = evaluate(application, pack, day, cache)
    application.scope.commercial = False
    assert evaluate(application, pack, day, cache).verdict == "licence_not_required"
    application.staff[1].social_security_start = dt.date(2026, 10, 1)  # now short of the months asked
    application.servers[0].province = "hong_kong"
    assert evaluate(application, pack, day, cache).verdict == "licence_not_required"
    application.scope.commercial = True
    after = evaluate(application, pack, day, cache)
    assert after == evaluate(application.model_copy(deep=True), pack, day)
    assert after.findings != before.findings
