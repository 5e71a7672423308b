"""The plan's cost, as a ratio to one evaluation of the same application, measured in one run.

The plan evaluates variants of the application (staff left off or given another post, a doubtful
claim set aside), so it costs a few evaluations; the GUI builds it only when the plan page is shown.
Prints: the demo (four gaps, one late staff member) and a large application (500 staff, one of
them late, 100 servers, 50 domains), each with and without the re-evaluated choices.

    .venv/bin/python benchmarks/plan.py
"""

from __future__ import annotations

import datetime as dt
import statistics
import time

from wizard.core.application.documents import application_from_data, load_application
from wizard.core.engine import evaluate
from wizard.core.plan.build import build_plan
from wizard.core.rulepack.loader import load_packs
from wizard.core.runtime.resources import data_dir

AS_OF = dt.date(2026, 11, 23)


def _median_ms(function, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def _large():
    data = load_application(data_dir("examples") / "henan.yaml").model_dump(mode="json")
    person = data["staff"][1]
    data["staff"] = [dict(person, name=f"员工{i}", id_number=None) for i in range(499)] + [
        dict(person, name="新人", id_number=None, social_security_start="2026-10-01")]
    data["staff"][0]["posts"] = ["security_lead", "technical"]
    data["staff"][0]["background"] = ["security_background", "computing_background"]
    data["servers"] = data["servers"] * 100
    data["domains"] = [dict(data["domains"][0], name=f"site{i}-example.com") for i in range(50)]
    return application_from_data(data)


def main() -> None:
    pack = load_packs().packs["henan"]
    for label, application, repeat in (
        ("demo (henan-with-gaps)", load_application(data_dir("examples") / "demo" / "henan-with-gaps.yaml"), 50),
        ("500 staff, 100 servers, 50 domains", _large(), 5),
    ):
        report = evaluate(application, pack, AS_OF)
        build_plan(application, pack, report)  # warm caches
        one = _median_ms(lambda a=application: evaluate(a, pack, AS_OF), repeat)
        quick = _median_ms(lambda a=application, r=report: build_plan(a, pack, r, choices=False), repeat)
        full = _median_ms(lambda a=application, r=report: build_plan(a, pack, r), repeat)
        print(f"{label}: evaluation {one:.1f} ms; plan without choices {quick:.1f} ms = {quick / one:.2f}x; "
              f"with the re-evaluated choices {full:.1f} ms = {full / one:.1f}x")


if __name__ == "__main__":
    main()
