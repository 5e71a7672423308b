"""What other rules change for the clients on the books: every client evaluated with the program's
packs and with another rules folder (an older program's, or a pack being edited), and the clients
whose verdict, open items or dates differ, each with the rules that caused the difference.

Each file's two reports are compared in the worker that evaluated them; only the difference
travels back. The causes are the rules whose findings appear, clear or change between the two
reports, with what the pack diff (packdiff.py) says changed in those rules or in the thresholds
they read.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..rulepack.basics import Bilingual
from ..runtime.errors import InputError
from .files import find_application_files, relative_name
from .packdiff import PackChange, diff_pack_folders, parameters_of
from .scanning import Progress, map_files

if TYPE_CHECKING:
    from ..report import Report
    from ..rulepack.loader import PackSet

_other_packs: dict[str, PackSet] = {}  # per worker process: each rules folder loaded once


def load_rules_folder(folder: Path) -> PackSet:
    """The packs of a rules folder (its data/ tables if it has them, else the program's)."""
    key = str(Path(folder).resolve())
    if key not in _other_packs:
        from ..rulepack.loader import load_packs

        _other_packs[key] = load_packs(sorted(Path(folder).glob("*.yaml")))
    return _other_packs[key]


@dataclass(frozen=True)
class Difference:
    what: str  # "verdict" | "open" | "filing" | "licence" | "deadline" | "readable"
    old: Any
    new: Any


@dataclass(frozen=True)
class Cause:
    rule: str
    title: Bilingual | None
    effect: str  # "fires" (a finding appears) | "clears" (one goes away) | "changes"
    pack: str
    pack_changes: tuple[PackChange, ...] = ()


@dataclass(frozen=True)
class ClientChange:
    path: str
    client: str | None
    province: str | None
    differences: tuple[Difference, ...]
    causes: tuple[Cause, ...] = ()
    other_changes: tuple[PackChange, ...] = field(default=())  # dated items changed where no finding did


@dataclass(frozen=True)
class _Raw:  # what a worker sends back for one file
    path: str
    client: str | None
    province: str | None
    differences: tuple[Difference, ...]
    effects: tuple[tuple[str, str, str, Bilingual | None], ...]  # (rule id, effect, pack id, title)


def compare_clients(folder: Path, other_rules: Path, as_of: dt.date, *, workers: int | None = None,
                    progress: Progress | None = None,
                    start_method: str | None = None) -> tuple[list[ClientChange], list[PackChange]]:
    """(the clients whose outcome differs between `other_rules` and the program's packs, the pack
    changes). `other_rules` is the old side: a difference reads old → new (the program's)."""
    from ..runtime.resources import data_dir

    changes, _, _ = diff_pack_folders(other_rules, data_dir("rules"))
    folder = Path(folder)
    paths = find_application_files(folder)
    raws = map_files(_compare_chunk, paths, (folder, Path(other_rules), as_of), workers=workers,
                     progress=progress, start_method=start_method)
    return [_attributed(raw, changes) for raw in raws if raw is not None], changes


def _compare_chunk(paths: list[Path], folder: Path, other_rules: Path, as_of: dt.date) -> list[_Raw | None]:
    from .evaluation import program_packs

    old_packs, new_packs = load_rules_folder(other_rules), program_packs()
    return [_compare_file(path, relative_name(path, folder), old_packs, new_packs, as_of) for path in paths]


def _evaluate(application: Any, name: str, packs: PackSet, as_of: dt.date) -> Report | InputError:
    from ..engine import evaluate
    from ..rulepack.choice import pick_pack

    try:
        pack = pick_pack(packs, application.scope.province, name)
    except InputError as exc:
        return exc
    return evaluate(application, pack, as_of)


def _compare_file(path: Path, name: str, old_packs: PackSet, new_packs: PackSet, as_of: dt.date) -> _Raw | None:
    from ..application.documents import load_application

    try:
        application = load_application(path)  # read once, evaluated under both sets of rules
    except InputError:
        return None  # unreadable either way: the rules change nothing about it (status shows the error)
    new = _evaluate(application, str(path), new_packs, as_of)
    old = _evaluate(application, str(path), old_packs, as_of)
    province = new.province if not isinstance(new, InputError) else None
    if isinstance(old, InputError) or isinstance(new, InputError):
        if isinstance(old, InputError) and isinstance(new, InputError):
            return None
        differences = (Difference("readable", _outcome(old), _outcome(new)),)
        return _Raw(name, application.entity.name, province, differences, ())
    differences = tuple(_differences(old, new))
    if not differences:
        return None
    return _Raw(name, application.entity.name, province, differences, tuple(_effects(old, new)))


def _outcome(result: Report | InputError) -> str:
    return result.code if isinstance(result, InputError) else result.verdict.value


def _differences(old: Report, new: Report):
    if old.verdict != new.verdict:
        yield Difference("verdict", old.verdict, new.verdict)
    counted = ("act", "wait", "structural", "missing", "warnings")
    old_open = {key: getattr(old.open_counts, key) for key in counted}
    new_open = {key: getattr(new.open_counts, key) for key in counted}
    if old_open != new_open:
        yield Difference("open", old_open, new_open)
    if old.timeline.filing.date != new.timeline.filing.date:
        yield Difference("filing", old.timeline.filing.date, new.timeline.filing.date)
    old_window = (old.timeline.licence.earliest, old.timeline.licence.latest)
    new_window = (new.timeline.licence.earliest, new.timeline.licence.latest)
    if old_window != new_window:
        yield Difference("licence", old_window, new_window)


def _effects(old: Report, new: Report):
    def facts(report: Report) -> dict[str, tuple]:
        return {f.id: (f.severity, f.kind, f.met_on, f.message.zh) for f in report.findings}

    old_facts, new_facts = facts(old), facts(new)
    titles = {f.id: (f.rule_id, f.title) for f in (*old.findings, *new.findings)}
    seen = set()
    for finding_id in sorted(old_facts.keys() | new_facts.keys()):
        if finding_id not in old_facts:
            effect, pack = "fires", new.province
        elif finding_id not in new_facts:
            effect, pack = "clears", new.province
        elif old_facts[finding_id] != new_facts[finding_id]:
            effect, pack = "changes", new.province
        else:
            continue
        rule, title = titles[finding_id]
        if (rule, effect) not in seen:
            seen.add((rule, effect))
            yield rule, effect, pack, title


def _attributed(raw: _Raw, changes: list[PackChange]) -> ClientChange:
    from .evaluation import program_packs

    rules = {rule.id: rule for pack in program_packs().packs.values() for rule in pack.rules}
    if program_packs().national is not None:
        rules.update({rule.id: rule for rule in program_packs().national.rules})
    packs_of_client = {raw.province, "national"}
    causes = []
    explained: set[int] = set()
    for rule_id, effect, pack, title in raw.effects:
        rule = rules.get(rule_id)
        thresholds = parameters_of(rule) if rule is not None else set()
        related = tuple(change for change in changes if change.pack in packs_of_client and (
            (change.kind == "rule" and change.item == rule_id)
            or (change.kind == "threshold" and change.item in thresholds)))
        explained.update(id(change) for change in related)
        causes.append(Cause(rule_id, title, effect, pack or "", related))
    dated = {"filing", "licence", "deadline"}
    other = ()
    if any(d.what in dated for d in raw.differences):
        other = tuple(change for change in changes if change.pack in packs_of_client and id(change) not in explained
                      and change.kind in ("step", "obligation", "threshold"))
    return ClientChange(raw.path, raw.client, raw.province, raw.differences, tuple(causes), other)
