#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks the golden metrics files with the real Prometheus text parser.

Drift: for every Tests/SwitchyardCoreTests/Fixtures/drift/<scenario>/drift.prom, apply: for every
Tests/SwitchyardCoreTests/Fixtures/apply-report/<case>/metrics.prom,
`prometheus_client.parser.text_string_to_metric_families` must parse it, every family must be a
gauge with help text and follow the naming conventions (`switchyard_` prefix, `_info` for info
metrics, no old names), and the values must agree with the case's drift.json / rendered.json
(label values round-trip through the exposition escaping). A metrics file written by
`switchyard drift --metrics-file` or `switchyard apply --metrics-file` can be checked too: pass its
path (then only the shape is checked; which command wrote it is told by its families).
Prints failures, then `N passed, M failed`.

Usage: python3 Tests/SchemaAgreement/check_metrics.py [FILE.prom ...]   (needs `prometheus_client`)
"""
import json
import pathlib
import re
import sys

from prometheus_client.parser import text_string_to_metric_families

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "drift"
APPLY_FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "apply-report"
STATES = ["in-sync", "drifted", "in-progress", "degraded", "missing"]
RESULTS = ["converged", "already-converged", "failed", "skipped", "refused", "interrupted", "in-sync", "blocked", "excluded"]
RUN_RESULTS = ["success", "blocked", "failed", "interrupted", "error"]
# Renamed in issue #17 (docs/drift.md, "Changed"); a file that still has them is wrong.
OLD_NAMES = {"switchyard_drifted_groups", "switchyard_group_active_site"}
RUN_FAMILIES = {
    "switchyard_drift_last_run_timestamp_seconds",
    "switchyard_drift_last_run_duration_seconds",
    "switchyard_drift_last_run_success",
}
GROUP_FAMILIES = {"switchyard_group_in_sync", "switchyard_group_active_site_info", "switchyard_group_state",
                  "switchyard_groups", "switchyard_unmanaged_groups"}
APPLY_RUN_FAMILIES = {
    "switchyard_apply_last_run_result",
    "switchyard_apply_last_run_success",
    "switchyard_apply_last_run_timestamp_seconds",
    "switchyard_apply_last_run_duration_seconds",
}
APPLY_GROUP_FAMILIES = {"switchyard_apply_group_result", "switchyard_apply_group_downtime_seconds",
                        "switchyard_apply_group_rto_seconds", "switchyard_apply_group_rto_met", "switchyard_apply_groups"}


def parse(text):
    families = {}
    for family in text_string_to_metric_families(text):
        if family.name in families:
            raise ValueError(f"family {family.name} appears twice")
        families[family.name] = family
    return families


def is_apply(families):
    return any(name.startswith("switchyard_apply_") for name in families)


def shape_problems(families):
    problems = []
    if is_apply(families):
        required = APPLY_RUN_FAMILIES | (APPLY_GROUP_FAMILIES if "switchyard_apply_groups" in families else set())
    else:
        required = RUN_FAMILIES | (GROUP_FAMILIES if "switchyard_group_state" in families else set())
    missing = required - families.keys()
    if missing:
        problems.append(f"missing families {sorted(missing)}")
    for name, family in families.items():
        if family.type != "gauge":
            problems.append(f"{name} has type {family.type}")
        if not family.documentation:
            problems.append(f"{name} has no help")
        if not name.startswith("switchyard_"):
            problems.append(f"{name} lacks the switchyard_ prefix")
        if name in OLD_NAMES:
            problems.append(f"{name} is an old name (renamed in issue #17)")
        if "always 1" in family.documentation and not name.endswith("_info"):
            problems.append(f"{name} is an info metric without the _info suffix")
        if name.endswith("_info") and any(s.value != 1 for s in family.samples):
            problems.append(f"{name} is an info metric with a value other than 1")
    one_hot = {"switchyard_group_state": ("group",), "switchyard_apply_group_result": ("group", "group_id"),
               "switchyard_apply_last_run_result": ()}
    for name, keys in one_hot.items():
        if name not in families:
            continue
        ones = {}
        for sample in families[name].samples:
            key = tuple(sample.labels[k] for k in keys)
            ones[key] = ones.get(key, 0) + sample.value
        if any(v != 1 for v in ones.values()):
            problems.append(f"{name} is not one-hot")
    return problems


def value_problems(families, report):
    problems = []
    samples = lambda name: families[name].samples
    in_sync = {s.labels["group"]: (s.labels["group_id"], s.value) for s in samples("switchyard_group_in_sync")}
    expected = {g["address"]: (g.get("group_id", ""), 1.0 if g["state"] == "in-sync" else 0.0) for g in report["groups"]}
    if in_sync != expected:
        problems.append(f"switchyard_group_in_sync {in_sync} != {expected}")
    active = {s.labels["group"]: (s.labels["site"], s.labels["availability_zone"], s.value) for s in samples("switchyard_group_active_site_info")}
    expected = {g["address"]: (g["live_site"], g.get("live_availability_zone", ""), 1.0) for g in report["groups"] if "live_site" in g}
    if active != expected:
        problems.append(f"switchyard_group_active_site_info {active} != {expected}")
    state = {(s.labels["group"], s.labels["state"]): s.value for s in samples("switchyard_group_state")}
    expected = {(g["address"], st): 1.0 if g["state"] == st else 0.0 for g in report["groups"] for st in STATES}
    if state != expected:
        problems.append("switchyard_group_state is not one-hot over the report's states")
    counts = {s.labels["state"]: s.value for s in samples("switchyard_groups")}
    expected = {st: float(report["summary"][st.replace("-", "_")]) for st in STATES}
    if counts != expected:
        problems.append(f"switchyard_groups {counts} != the summary's {expected}")
    if samples("switchyard_unmanaged_groups")[0].value != report["summary"]["unmanaged"]:
        problems.append("switchyard_unmanaged_groups disagrees with the report")
    run = {name: samples(name)[0].value for name in RUN_FAMILIES}
    if run != {"switchyard_drift_last_run_timestamp_seconds": 1767225600.0,
               "switchyard_drift_last_run_duration_seconds": 1.25,
               "switchyard_drift_last_run_success": 1.0}:
        problems.append(f"run gauges {run} are not the golden run (2026-01-01T00:00:00Z, 1.25 s, success)")
    return problems


def seconds(text):
    """`1h30m` etc. in seconds."""
    match = re.fullmatch(r"(?:(\d+)h)?(?:(\d+)m)?(?:(\d+)s)?", text)
    hours, minutes, secs = (int(part or 0) for part in match.groups())
    return hours * 3600 + minutes * 60 + secs


def timestamp(text):
    from datetime import datetime
    return datetime.fromisoformat(text.replace("Z", "+00:00")).timestamp()


def run_result(report):
    results = {g["result"] for g in report["groups"]}
    if report["interrupted"] or "interrupted" in results:
        return "interrupted"
    if "failed" in results:
        return "failed"
    if "refusal" in report or results & {"refused", "skipped", "blocked"}:
        return "blocked"
    return "success"


def apply_value_problems(families, report):
    problems = []
    samples = lambda name: families[name].samples
    by_group = lambda name: {(s.labels["group"], s.labels["group_id"]): s.value for s in samples(name)}
    groups = {(g["address"], g["group_id"]): g for g in report["groups"]}
    result = {(s.labels["group"], s.labels["group_id"], s.labels["result"]): s.value for s in samples("switchyard_apply_group_result")}
    expected = {(a, i, r): 1.0 if g["result"] == r else 0.0 for (a, i), g in groups.items() for r in RESULTS}
    if result != expected:
        problems.append("switchyard_apply_group_result is not one-hot over the report's results")
    downtime = {key: timestamp(g["downtime_end"]) - timestamp(g["downtime_start"])
                for key, g in groups.items() if "downtime_end" in g and "downtime_start" in g}
    if by_group("switchyard_apply_group_downtime_seconds") != downtime:
        problems.append(f"switchyard_apply_group_downtime_seconds {by_group('switchyard_apply_group_downtime_seconds')} != {downtime}")
    rto = {key: float(seconds(g["rto"])) for key, g in groups.items() if "rto" in g}
    if by_group("switchyard_apply_group_rto_seconds") != rto:
        problems.append(f"switchyard_apply_group_rto_seconds {by_group('switchyard_apply_group_rto_seconds')} != {rto}")
    met = {key: 1.0 if downtime[key] <= rto[key] else 0.0 for key in downtime.keys() & rto.keys()}
    if by_group("switchyard_apply_group_rto_met") != met:
        problems.append(f"switchyard_apply_group_rto_met {by_group('switchyard_apply_group_rto_met')} != {met}")
    counts = {s.labels["result"]: s.value for s in samples("switchyard_apply_groups")}
    if counts != {r: float(sum(1 for g in report["groups"] if g["result"] == r)) for r in RESULTS}:
        problems.append(f"switchyard_apply_groups {counts} does not count the report's results")
    run = {s.labels["result"]: s.value for s in samples("switchyard_apply_last_run_result")}
    if run != {r: 1.0 if r == run_result(report) else 0.0 for r in RUN_RESULTS}:
        problems.append(f"switchyard_apply_last_run_result {run} is not {run_result(report)}")
    if samples("switchyard_apply_last_run_success")[0].value != (1.0 if run_result(report) == "success" else 0.0):
        problems.append("switchyard_apply_last_run_success disagrees with the run's result")
    facts = {name: samples(name)[0].value for name in ("switchyard_apply_last_run_timestamp_seconds", "switchyard_apply_last_run_duration_seconds")}
    if facts != {"switchyard_apply_last_run_timestamp_seconds": 1767225600.0, "switchyard_apply_last_run_duration_seconds": 1.25}:
        problems.append(f"run gauges {facts} are not the golden run (2026-01-01T00:00:00Z, 1.25 s)")
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
        apply_files = sorted(APPLY_FIXTURES.glob("*/metrics.prom"))
        if len(apply_files) < 4:
            print(f"FAIL expected at least 4 metrics.prom under {APPLY_FIXTURES}, found {len(apply_files)}")
            failed += 1
        targets += [(f, json.loads((f.parent / "rendered.json").read_text())) for f in apply_files]
    for path, report in targets:
        try:
            families = parse(path.read_text(encoding="utf-8"))
            problems = shape_problems(families)
            if report is not None and not problems:
                problems += (apply_value_problems if is_apply(families) else value_problems)(families, report)
        except Exception as error:
            problems = [f"{type(error).__name__}: {error}"]
        for problem in problems:
            print(f"FAIL {path}: {problem}")
        failed += bool(problems)
        passed += not problems
    if not arguments:
        for description, broken in [
            ("unescaped quote in a label value", 'switchyard_group_in_sync{group="a"b"} 1\n'),
            ("value that is not a number", "switchyard_groups one\n"),
        ]:
            try:
                parse(broken)
                failed += 1
                print(f"FAIL the parser accepts a broken file: {description}")
            except Exception:
                passed += 1
        for description, expected, text in [
            ("an old name", "is an old name",
             "# HELP switchyard_drifted_groups x\n# TYPE switchyard_drifted_groups gauge\nswitchyard_drifted_groups 7\n"),
            ("an info metric without _info", "without the _info suffix",
             "# HELP switchyard_site The site; always 1.\n# TYPE switchyard_site gauge\nswitchyard_site{site=\"source\"} 1\n"),
            ("a state that is not one-hot", "is not one-hot",
             "# HELP switchyard_group_state s\n# TYPE switchyard_group_state gauge\n"
             "switchyard_group_state{group=\"a\",state=\"drifted\"} 1\nswitchyard_group_state{group=\"a\",state=\"in-sync\"} 1\n"),
        ]:
            if any(expected in problem for problem in shape_problems(parse(text))):
                passed += 1
            else:
                failed += 1
                print(f"FAIL the shape check accepts {description}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
