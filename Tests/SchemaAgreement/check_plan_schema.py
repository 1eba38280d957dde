#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks that schemas/plan.schema.json agrees with the plans switchyard writes.

Every golden `plan.json` under Tests/SwitchyardCoreTests/Fixtures/plan/ must validate, and a few
deliberately broken copies of one of them must NOT validate (so a schema that accepts anything
fails this check). Prints one line per failure and then `N passed, M failed`; exits 1 on failure.

Usage: python3 Tests/SchemaAgreement/check_plan_schema.py   (from anywhere; needs `jsonschema`)
"""
import copy
import json
import pathlib
import sys

import jsonschema

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schemas" / "plan.schema.json"
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "plan"


def broken_copies(plan):
    """(description, mutated plan) pairs that a correct schema rejects."""
    def mutate(description, change):
        broken = copy.deepcopy(plan)
        change(broken)
        return description, broken

    first = lambda p: p["groups"][0]
    return [
        mutate("missing format_version", lambda p: p.pop("format_version")),
        mutate("format_version 1", lambda p: p.update(format_version=1)),
        mutate("unknown top-level key", lambda p: p.update(secret_access_key="x")),
        mutate("unknown action", lambda p: first(p).update(action="explode")),
        mutate("unknown step kind", lambda p: first(p).update(steps=[{"kind": "reboot", "server_ids": []}])),
        mutate("bad duration", lambda p: first(p)["settings"].update(switch_timeout="30 minutes")),
        mutate("bad fingerprint", lambda p: first(p).update(fingerprint="md5:abc")),
        mutate("switch without steps", lambda p: first(p).update(action="switch", steps=[], wave=1)),
        mutate("blocked without reasons", lambda p: first(p).update(action="blocked", steps=[], reasons=[])),
    ]


def main():
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    jsonschema.Draft202012Validator.check_schema(validator.schema)
    passed = failed = 0
    plans = sorted(FIXTURES.glob("*/plan.json"))
    if not plans:
        print(f"no plan.json found under {FIXTURES}")
        failed += 1
    for path in plans:
        plan = json.loads(path.read_text())
        errors = sorted(validator.iter_errors(plan), key=lambda e: list(e.absolute_path))
        if errors:
            failed += 1
            for error in errors[:5]:
                location = "/".join(str(part) for part in error.absolute_path)
                print(f"FAIL {path.relative_to(ROOT)}: {location}: {error.message}")
        else:
            passed += 1
    sample = next((json.loads(p.read_text()) for p in plans if json.loads(p.read_text())["groups"]), None)
    for description, broken in broken_copies(sample) if sample else []:
        if validator.is_valid(broken):
            failed += 1
            print(f"FAIL schema accepts a broken plan: {description}")
        else:
            passed += 1
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
