#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks that schemas/apply-report.schema.json agrees with the apply reports switchyard writes.

Every golden `rendered.json` under Tests/SwitchyardCoreTests/Fixtures/apply-report/ (what
`apply --format json` prints for that report) must validate and be consistent in ways the schema
cannot say (dates in order, snake_case keys only); deliberately broken copies of one of them must
NOT validate (so a schema that accepts anything fails this check). A report written by a real
`switchyard apply --format json` can be checked too: pass its path (ApplyCommandTests does, for a
run against the emulator). Prints one line per failure and then `N passed, M failed`; exits 1 on
failure.

Usage: python3 Tests/SchemaAgreement/check_apply_schema.py [REPORT.json ...]   (needs `jsonschema`)
"""
import copy
import json
import pathlib
import re
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schemas" / "apply-report.schema.json"
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "apply-report"
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def broken_copies(report):
    """(description, mutated report) pairs that a correct schema rejects."""
    def mutate(description, change):
        broken = copy.deepcopy(report)
        change(broken)
        return description, broken

    with_steps = lambda r: next(g for g in r["groups"] if g["steps"])
    failed = lambda r: next(g for g in r["groups"] if g["result"] == "failed")
    return [
        mutate("missing format_version", lambda r: r.pop("format_version")),
        mutate("format_version 2", lambda r: r.update(format_version=2)),
        mutate("camelCase key of the old shape", lambda r: r.update(endedAt=r["ended_at"])),
        mutate("camelCase group key of the old shape", lambda r: with_steps(r).update(groupID="g")),
        mutate("unknown top-level key", lambda r: r.update(secret_access_key="x")),
        mutate("unknown result", lambda r: with_steps(r).update(result="exploded")),
        mutate("unknown step kind", lambda r: with_steps(r)["steps"][0].update(kind="reboot")),
        mutate("date that is not ISO 8601", lambda r: r.update(started_at="yesterday")),
        mutate("negative polls", lambda r: with_steps(r)["steps"][0].update(polls=-1)),
        mutate("bad rto", lambda r: with_steps(r).update(rto="ten minutes")),
        mutate("failed without its failure", lambda r: failed(r).pop("failure")),
        mutate("failure without next_safe_action", lambda r: failed(r)["failure"].pop("next_safe_action")),
        mutate("null refusal", lambda r: r.update(refusal=None)),
        mutate("in-sync group with steps", lambda r: with_steps(r).update(result="in-sync")),
    ]


def keys(value, path=""):
    """Every object key in `value`, with where it is."""
    if isinstance(value, dict):
        for key, inner in value.items():
            yield f"{path}/{key}", key
            yield from keys(inner, f"{path}/{key}")
    elif isinstance(value, list):
        for index, inner in enumerate(value):
            yield from keys(inner, f"{path}/{index}")


def consistency_errors(report):
    """Facts the schema cannot express."""
    errors = [f"{where}: key '{key}' is not snake_case" for where, key in keys(report) if not SNAKE.match(key)]
    if report["started_at"] > report["ended_at"]:
        errors.append("started_at is after ended_at")
    for group in report["groups"]:
        name = group["address"]
        for step in group["steps"]:
            if "ended_at" in step and step["started_at"] > step["ended_at"]:
                errors.append(f"{name}: a {step['kind']} step ends before it starts")
        if "downtime_end" in group and group["downtime_start"] > group["downtime_end"]:
            errors.append(f"{name}: downtime ends before it starts")
    return errors


def check(validator, report):
    errors = [f"{'/'.join(str(p) for p in e.absolute_path)}: {e.message}" for e in validator.iter_errors(report)]
    return errors + (consistency_errors(report) if not errors else [])


def main(arguments):
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    jsonschema.Draft202012Validator.check_schema(validator.schema)
    passed = failed = 0
    paths = [pathlib.Path(a) for a in arguments] or sorted(FIXTURES.glob("*/rendered.json"))
    if not arguments and len(paths) < 4:
        print(f"FAIL expected at least 4 rendered.json under {FIXTURES}, found {len(paths)}")
        failed += 1
    for path in paths:
        try:
            errors = check(validator, json.loads(path.read_text(encoding="utf-8")))
        except (OSError, ValueError) as error:
            errors = [f"{type(error).__name__}: {error}"]
        if errors:
            failed += 1
            for error in errors[:5]:
                print(f"FAIL {path}: {error}")
        else:
            passed += 1
    if not arguments:
        reports = [json.loads(p.read_text()) for p in paths]
        sample = next((r for r in reports if any(g["result"] == "failed" for g in r["groups"])
                       and any(g["steps"] for g in r["groups"])), None)
        if sample is None:
            print("FAIL no golden report with a failed group and steps to break")
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
    sys.exit(main(sys.argv[1:]))
