"""Every question says why it is asked: exactly the rules of the chosen province that read it, with sources.

The expected rules are derived here from the pack itself (each rule's `field:`, the fields its
`when:` tests, and what its check reads besides, as rules/README.md documents the vocabulary),
never listed by hand.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from wizard.core.application.fieldpaths import generic
from wizard.core.rulepack.schema import Rule

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ["shanghai", "henan", "gansu", "shanxi", "beijing"]

# What a check reads besides its field (rules/README.md, "Checks"): servers by their country, province and city …
BESIDES = {
    "domain_registrant_is_entity": {"entity.name"},
    "uscc_matches_legal_form": {"entity.uscc", "entity.legal_form"},
    "server_province_known": {"servers[].country", "servers[].province", "servers[].city"},
    "servers_in_mainland": {"servers[].country", "servers[].province", "servers[].city"},
    "servers_in_pack_region": {"servers[].country", "servers[].province", "servers[].city"},
    "park_known": {"industry.park", "entity.registered_address"},
    "park_recognised": {"industry.park", "entity.registered_address"},
    "in_free_trade_zone": {"industry.park", "entity.registered_address"},
    "industry_matches_district": {"entity.district", "industry.scene"},
    "docking_agreement_where_required": {"industry.scene", "industry.docking_platform", "industry.docking_agreement"},
    "no_recent_violations": {"credit.has_violations", "credit.violations[].date", "credit.violations[].kind"},
}
# … and a staff check each person's answers that its filters name.
FILTERS = {"posts_any": "posts", "full_time": "full_time", "social_security_months": "social_security_start",
           "social_security_in_pack_region": "social_security_province", "qualifications_any": "qualifications",
           "industry_experience": "industry_experience", "background_any": "background"}


def _when_fields(condition) -> set[str]:
    if condition is None:
        return set()
    found = {generic(condition.field)} if condition.field else set()
    for part in (condition.all or []) + (condition.any or []) + ([condition.not_] if condition.not_ else []):
        found |= _when_fields(part)
    return found


def _read_by(rule) -> set[str]:
    paths = _when_fields(rule.when)
    if not isinstance(rule, Rule):
        return paths
    paths.add(generic(rule.field))
    check = rule.check
    paths |= BESIDES.get(check.kind, set())
    if check.kind == "same_text_as":
        paths.add(generic(check.other))
    for parameter, part in FILTERS.items():
        if getattr(check, parameter, None) not in (None, False, []):
            paths.add(f"staff[].{part}")
    if check.kind == "each_staff_member" and check.social_security_months is not None:
        paths.add("staff[].social_security_province")
    return paths


def _questions(window):
    """Every question on every page the province shows: (page key, path, widget with .help)."""
    for page in window.pages:
        if not window.visible(window.page_index[page.key]):
            continue
        window.go_to(window.page_index[page.key])
        for widget in page.widgets():
            yield page.key, widget.path, widget
        for editor in page.lists:
            yield page.key, editor.path, editor
            if editor.items():
                editor.select(0)
            for widget in editor.form.all_widgets():
                yield page.key, widget.path, widget


@pytest.mark.parametrize("province", EXAMPLES)
def test_each_question_lists_exactly_the_rules_of_the_pack_that_read_it(make_window, province):
    window = make_window([str(ROOT / "examples" / f"{province}.yaml")])
    pack = window.session.pack
    rules = [*pack.scoping, *pack.rules]
    seen = 0
    for _page, path, widget in _questions(window):
        expected = [rule.id for rule in rules if generic(path) in _read_by(rule)]
        assert widget.help is not None, path
        assert widget.help.rule_ids == expected, path
        description = (widget.table if hasattr(widget, "table") else widget.focus_widget()).accessibleDescription()
        for rule_id in expected:
            assert f"({rule_id})" in description, (path, rule_id)
        assert widget.help_button.isVisibleTo(window) or not widget.isVisibleTo(window)
        seen += bool(expected)
    assert seen >= 20  # most questions are read by some rule


def test_the_help_follows_the_chosen_province(make_window):
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    window.go_to(window.page_index["staff"])
    start = window.pages[window.page_index["staff"]].lists[0].form.fields["social_security_start"]
    assert start.help.rule_ids == ["henan.staff.social_security"]
    assert window.session.set_value("scope.province", "gansu") is None
    window.go_to(window.page_index["staff"])
    assert start.help.rule_ids == ["gansu.staff.social_security"]
    assert "甘肃省有1条规则检查这一项" in start.focus_widget().accessibleDescription()


def test_f1_opens_the_help_of_the_focused_question_and_it_links_the_glossary(make_window, qtbot, monkeypatch):
    from PySide6.QtWidgets import QApplication

    from wizard.gui.access import help as gui_help

    shown = []
    monkeypatch.setattr(gui_help.HelpDialog, "exec", lambda self: shown.append(gui_help.help_html(self.info)))
    monkeypatch.setattr(gui_help.GlossaryDialog, "exec", lambda self: shown.append("glossary"))
    window = make_window([str(ROOT / "examples" / "henan.yaml")])
    window.show()
    window.activateWindow()
    window.go_to(window.page_index["entity"])
    uscc = window.pages[window.page_index["entity"]].widget_for("entity.uscc")
    uscc.editor.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is uscc.editor)
    window.actions_by_key["field_help"].trigger()
    assert len(shown) == 1
    for wanted in ("统一社会信用代码", "在河南注册", "henan.entity.registered_in_henan", "national.entity.uscc_valid", "GB 32100-2015",
                   'href="glossary:uscc"'):
        assert wanted in shown[0], wanted


def test_the_glossary_has_every_term_in_both_languages_with_sources(make_window, monkeypatch):
    from wizard.core.help.glossary import shipped_glossary
    from wizard.gui.access import help as gui_help
    from wizard.gui.language.i18n import set_language

    dialogs = []
    monkeypatch.setattr(gui_help.GlossaryDialog, "exec", lambda self: dialogs.append(self))
    window = make_window()
    window.actions_by_key["glossary"].trigger()
    [dialog] = dialogs
    glossary = shipped_glossary()
    ids = {term.id for term in glossary.terms}
    assert {"value_added_telecom", "icp_filing_or_licence", "commercial_or_not", "uscc", "social_security",
            "business_scope", "access_provider", "communications_administration", "correction"} <= ids
    assert dialog.list.count() == len(glossary.terms)
    dialog.select("correction")
    assert "第三十二条(四)" in dialog.browser.toPlainText() and "补正" in dialog.browser.toPlainText()
    set_language("en")
    english = gui_help.GlossaryDialog(glossary)
    english.select("correction")
    text = english.browser.toPlainText()
    assert "Administrative Licensing Law" in text and "Art. 32(4)" in text and "补正" in text  # the term's own name
