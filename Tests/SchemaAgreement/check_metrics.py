#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks the golden drift metrics files with the real Prometheus text parser.

For every Tests/SwitchyardCoreTests/Fixtures/drift/<scenario>/drift.prom,
`prometheus_client.parser.text_string_to_metric_families` must parse it, every family must be a
gauge with help text, and the values must agree with the scenario's drift.json (label values
round-trip through the exposition escaping). A metrics file written by `switchyard drift
--metrics-file` can be checked too: pass its path (then only the shape is checked).
Prints failures, then `N passed, M failed`.

Usage: python3 Tests/SchemaAgreement/check_metrics.py [FILE.prom ...]   (needs `prometheus_client`)
"""
import json
import pathlib
import sys

from prometheus_client.parser import text_string_to_metric_families

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "drift"
STATES = ["in-sync", "drifted", "in-progress", "degraded", "missing"]
RUN_FAMILIES = {
    "switchyard_drift_last_run_timestamp_seconds",
    "switchyard_drift_last_run_duration_seconds",
    "switchyard_drift_last_run_success",
}
GROUP_FAMILIES = {"switchyard_group_in_sync", "switchyard_group_active_site", "switchyard_group_state",
                  "switchyard_drifted_groups", "switchyard_unmanaged_groups"}


def parse(text):
    families = {}
    for family in text_string_to_metric_families(text):
        if family.name in families:
            raise ValueError(f"family {family.name} appears twice")
        families[family.name] = family
    return families


def shape_problems(families):
    problems = []
    missing = (RUN_FAMILIES | GROUP_FAMILIES) - families.keys()
    if missing:
        problems.append(f"missing families {sorted(missing)}")
    for name, family in families.items():
        if family.type != "gauge":
            problems.append(f"{name} has type {family.type}")
        if not family.documentation:
            problems.append(f"{name} has no help")
        if not name.startswith("switchyard_"):
            problems.append(f"{name} lacks the switchyard_ prefix")
    return problems


def value_problems(families, report):
    problems = []
    samples = lambda name: families[name].samples
    in_sync = {s.labels["group"]: (s.labels["group_id"], s.value) for s in samples("switchyard_group_in_sync")}
    expected = {g["address"]: (g.get("group_id", ""), 1.0 if g["state"] == "in-sync" else 0.0) for g in report["groups"]}
    if in_sync != expected:
        problems.append(f"switchyard_group_in_sync {in_sync} != {expected}")
    active = {s.labels["group"]: (s.labels["site"], s.labels["availability_zone"], s.value) for s in samples("switchyard_group_active_site")}
    expected = {g["address"]: (g["live_site"], g.get("live_availability_zone", ""), 1.0) for g in report["groups"] if "live_site" in g}
    if active != expected:
        problems.append(f"switchyard_group_active_site {active} != {expected}")
    state = {(s.labels["group"], s.labels["state"]): s.value for s in samples("switchyard_group_state")}
    expected = {(g["address"], st): 1.0 if g["state"] == st else 0.0 for g in report["groups"] for st in STATES}
    if state != expected:
        problems.append("switchyard_group_state is not one-hot over the report's states")
    drifted = samples("switchyard_drifted_groups")[0].value
    if drifted != report["summary"]["declared"] - report["summary"]["in_sync"]:
        problems.append(f"switchyard_drifted_groups is {drifted}")
    if samples("switchyard_unmanaged_groups")[0].value != report["summary"]["unmanaged"]:
        problems.append("switchyard_unmanaged_groups disagrees with the report")
    run = {name: samples(name)[0].value for name in RUN_FAMILIES}
    if run != {"switchyard_drift_last_run_timestamp_seconds": 1767225600.0,
               "switchyard_drift_last_run_duration_seconds": 1.25,
               "switchyard_drift_last_run_success": 1.0}:
        problems.append(f"run gauges {run} are not the golden run (2026-01-01T00:00:00Z, 1.25 s, success)")
    return problems


def main(arguments):
    passed = failed = 0
    if arguments:
        targets = [(pathlib.Path(a), None) for a in arguments]
    else:
        files = sorted(FIXTURES.glob("*/drift.prom"))
        if len(files) < 6:
            print(f"FAIL expected at least 6 drift.prom under {FIXTURES}, found {len(files)}")
            failed += 1
        targets = [(f, json.loads((f.parent / "drift.json").read_text())) for f in files]
    for path, report in targets:
        try:
            families = parse(path.read_text(encoding="utf-8"))
            problems = shape_problems(families)
            if report is not None and not problems:
                problems += value_problems(families, report)
        except Exception as error:
            problems = [f"{type(error).__name__}: {error}"]
        for problem in problems:
            print(f"FAIL {path}: {problem}")
        failed += bool(problems)
        passed += not problems
    if not arguments:
        for description, broken in [
            ("unescaped quote in a label value", 'switchyard_group_in_sync{group="a"b"} 1\n'),
            ("value that is not a number", "switchyard_drifted_groups one\n"),
        ]:
            try:
                parse(broken)
                failed += 1
                print(f"FAIL the parser accepts a broken file: {description}")
            except Exception:
                passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
