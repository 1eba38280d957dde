#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks that schemas/drift-report.schema.json agrees with the drift reports switchyard writes.

Every golden `drift.json` under Tests/SwitchyardCoreTests/Fixtures/drift/ must validate and have a
summary that counts its groups; deliberately broken copies of one of them must NOT validate (so a
schema that accepts anything fails this check). Prints one line per failure and then
`N passed, M failed`; exits 1 on failure.

Usage: python3 Tests/SchemaAgreement/check_drift_schema.py   (from anywhere; needs `jsonschema`)
"""
import copy
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schemas" / "drift-report.schema.json"
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "drift"
STATES = {"in-sync": "in_sync", "drifted": "drifted", "in-progress": "in_progress", "degraded": "degraded", "missing": "missing"}


def broken_copies(report):
    """(description, mutated report) pairs that a correct schema rejects."""
    def mutate(description, change):
        broken = copy.deepcopy(report)
        change(broken)
        return description, broken

    drifted = lambda r: next(g for g in r["groups"] if g["state"] == "drifted")
    copies = [
        mutate("missing format_version", lambda r: r.pop("format_version")),
        mutate("format_version 2", lambda r: r.update(format_version=2)),
        mutate("unknown top-level key", lambda r: r.update(secret_access_key="x")),
        mutate("unknown state", lambda r: drifted(r).update(state="sideways")),
        mutate("unknown reason code", lambda r: drifted(r)["reasons"][0].update(code="explode")),
        mutate("drifted without reasons", lambda r: drifted(r).update(reasons=[])),
        mutate("drifted without live site", lambda r: drifted(r).pop("live_site")),
        mutate("bad site", lambda r: drifted(r).update(live_site="primary")),
        mutate("summary without drift_found", lambda r: r["summary"].pop("drift_found")),
        mutate("negative count", lambda r: r["summary"].update(drifted=-1)),
        mutate("null project", lambda r: r.update(project_id=None)),
        mutate("bad declared_at", lambda r: drifted(r).update(declared_at="desired.yaml")),
        mutate("drifted and blocked", lambda r: drifted(r).update(blocked=[{"code": "instance-frozen", "message": "frozen"}])),
        mutate("wave 0", lambda r: drifted(r).update(wave=0)),
    ]
    blocked = [g for g in report["groups"] if g.get("blocked")]
    if blocked:
        first = lambda r: next(g for g in r["groups"] if g.get("blocked"))
        copies += [
            mutate("unknown block reason code", lambda r: first(r)["blocked"][0].update(code="explode")),
            mutate("empty blocked list", lambda r: first(r).update(blocked=[])),
            mutate("block reason without message", lambda r: first(r)["blocked"][0].pop("message")),
            mutate("in sync and blocked", lambda r: first(r).update(state="in-sync", reasons=[])),
        ]
    return copies


def summary_errors(report):
    """Facts the schema cannot express: the summary counts the groups."""
    errors = []
    summary = report["summary"]
    for state, key in STATES.items():
        count = sum(1 for g in report["groups"] if g["state"] == state)
        if summary[key] != count:
            errors.append(f"summary.{key} is {summary[key]}, but {count} groups are {state}")
    if summary["declared"] != len(report["groups"]):
        errors.append("summary.declared does not count the groups")
    if summary["unmanaged"] != len(report["unmanaged"]):
        errors.append("summary.unmanaged does not count the unmanaged groups")
    if summary["drift_found"] != (summary["in_sync"] < summary["declared"]):
        errors.append("summary.drift_found disagrees with the counts")
    return errors


def main():
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    jsonschema.Draft202012Validator.check_schema(validator.schema)
    passed = failed = 0
    reports = sorted(FIXTURES.glob("*/drift.json"))
    if len(reports) < 6:
        print(f"FAIL expected at least 6 drift.json under {FIXTURES}, found {len(reports)}")
        failed += 1
    for path in reports:
        report = json.loads(path.read_text())
        errors = [f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}" for e in validator.iter_errors(report)]
        errors += summary_errors(report)
        if errors:
            failed += 1
            for error in errors[:5]:
                print(f"FAIL {path.relative_to(ROOT)}: {error}")
        else:
            passed += 1
    sample = next((json.loads(p.read_text()) for p in reports
                   if any(g["state"] == "drifted" for g in json.loads(p.read_text())["groups"])), None)
    if sample is None:
        print("FAIL no golden report with a drifted group to break")
        failed += 1
    for description, broken in broken_copies(sample) if sample else []:
        if validator.is_valid(broken):
            failed += 1
            print(f"FAIL schema accepts a broken report: {description}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
