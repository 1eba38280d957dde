#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks that schemas/desired-state.schema.json agrees with the Swift desired-state parser.

Validates every examples/**/desired.yaml and every fixture under
Tests/SwitchyardCoreTests/Fixtures/desired-state-*/<case>/desired.yaml:
  - examples and desired-state-valid cases must pass the schema;
  - desired-state-errors cases must fail it, unless the case folder holds a `schema-valid` marker
    (the error is one JSON Schema cannot express: repeated keys, duplicate groups, unknown or
    cyclic dependsOn, durations over 7 days).
A file YAML cannot load (syntax errors, several documents, not UTF-8, unknown tags) counts as failing.

Usage: python3 Tests/SchemaAgreement/check_desired_schema.py   (needs jsonschema and PyYAML)
Prints `N passed, M failed` and exits non-zero when any file disagrees.
"""
import json
import pathlib
import sys

import jsonschema
import yaml

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMA = ROOT / "schemas" / "desired-state.schema.json"
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures"


def load_validator():
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def schema_verdict(validator, path):
    """Returns (accepted, reason)."""
    try:
        # utf-8-sig: a byte-order mark is fine, as it is for libyaml.
        text = path.read_bytes().decode("utf-8-sig")
        document = yaml.safe_load(text)
    except (UnicodeDecodeError, yaml.YAMLError) as error:
        return False, "not loadable: " + str(error).splitlines()[0]
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.absolute_path))
    if errors:
        first = errors[0]
        where = "/".join(str(part) for part in first.absolute_path) or "(root)"
        return False, f"{where}: {first.message}"
    return True, "valid"


def cases():
    for path in sorted((ROOT / "examples").glob("**/desired.yaml")):
        yield path, True
    for path in sorted(FIXTURES.glob("desired-state-valid/*/desired.yaml")):
        yield path, True
    for path in sorted(FIXTURES.glob("desired-state-errors/*/desired.yaml")):
        yield path, (path.parent / "schema-valid").exists()


def main():
    validator = load_validator()
    passed = failed = 0
    for path, expect_valid in cases():
        accepted, reason = schema_verdict(validator, path)
        relative = path.relative_to(ROOT)
        if accepted == expect_valid:
            passed += 1
        else:
            failed += 1
            expected = "accept" if expect_valid else "reject"
            print(f"DISAGREE {relative}: schema should {expected} it ({reason})")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed or passed == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
