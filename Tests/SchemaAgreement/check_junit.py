#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks the golden JUnit XML drift reports with real parsers.

For every Tests/SwitchyardCoreTests/Fixtures/drift/<scenario>/drift.xml, and the Chinese
drift.zh-CN.xml (messages in Chinese, the same names, types and codes): `xml.etree` parses it
(well-formed), and `junitparser` reads one suite named `switchyard drift` whose counts, test
cases, failure types and skips agree with the same scenario's drift.json. Broken copies (an
unescaped `&`, a truncated document) must be rejected. Prints failures, then `N passed, M failed`.

Usage: python3 Tests/SchemaAgreement/check_junit.py   (needs `junitparser`)
"""
import json
import pathlib
import sys
import xml.etree.ElementTree as ElementTree

from junitparser import Failure, JUnitXml, Skipped

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "drift"
# Per golden file name: how the failure text introduces a block reason's code.
BLOCKED = {"drift.xml": "blocked: ", "drift.zh-CN.xml": "受阻："}


def check(xml_path):
    """A list of problems with one golden JUnit file (empty: fine)."""
    problems = []
    report = json.loads((xml_path.parent / "drift.json").read_text())
    text = xml_path.read_text(encoding="utf-8")
    root = ElementTree.fromstring(text.encode("utf-8"))
    if root.tag != "testsuites":
        problems.append(f"root element is <{root.tag}>, expected <testsuites>")
    suites = list(JUnitXml.fromfile(str(xml_path)))
    if len(suites) != 1:
        return problems + [f"{len(suites)} test suites, expected exactly 1"]
    suite = suites[0]
    if suite.name != "switchyard drift":
        problems.append(f"suite name {suite.name!r}")
    groups, unmanaged = report["groups"], report["unmanaged"]
    drifting = [g for g in groups if g["state"] != "in-sync"]
    expected = {"tests": len(groups) + len(unmanaged), "failures": len(drifting), "errors": 0, "skipped": len(unmanaged)}
    for key, value in expected.items():
        if getattr(suite, key) != value:
            problems.append(f"suite {key}={getattr(suite, key)}, expected {value}")
    for key, value in expected.items():
        if root.get(key) != str(value):
            problems.append(f"<testsuites> {key}={root.get(key)}, expected {value}")
    suite.update_statistics()  # recount from the cases: the attributes must not lie
    for key, value in expected.items():
        if getattr(suite, key) != value:
            problems.append(f"counted {key}={getattr(suite, key)} from the cases, expected {value}")
    cases = list(suite)
    declared = [c for c in cases if c.classname == "switchyard.drift"]
    if [c.name for c in declared] != [g["address"] for g in groups]:
        problems.append(f"declared test cases {[c.name for c in declared]} != groups {[g['address'] for g in groups]}")
    for case, group in zip(declared, groups):
        failures = [r for r in case.result if isinstance(r, Failure)]
        if group["state"] == "in-sync":
            if case.result:
                problems.append(f"{group['address']}: in sync but has results")
            continue
        if len(failures) != 1:
            problems.append(f"{group['address']}: {len(failures)} failures, expected 1")
            continue
        failure = failures[0]
        if failure.type != group["state"]:
            problems.append(f"{group['address']}: failure type {failure.type!r}, expected {group['state']!r}")
        if not failure.message:
            problems.append(f"{group['address']}: failure without a message")
        for reason in group["reasons"]:
            if reason["code"] not in (failure.text or ""):
                problems.append(f"{group['address']}: failure text lacks reason {reason['code']}")
        for reason in group.get("blocked", []):
            if f"{BLOCKED[xml_path.name]}{reason['code']}" not in (failure.text or ""):
                problems.append(f"{group['address']}: failure text lacks block reason {reason['code']}")
    skipped = [c for c in cases if c.classname == "switchyard.drift.unmanaged"]
    if [c.name for c in skipped] != [u["address"] for u in unmanaged]:
        problems.append("unmanaged test cases do not match the report")
    if any(not any(isinstance(r, Skipped) for r in c.result) for c in skipped):
        problems.append("an unmanaged test case is not skipped")
    return problems


def rejects(text):
    try:
        ElementTree.fromstring(text.encode("utf-8"))
    except ElementTree.ParseError:
        return True
    return False


def main():
    passed = failed = 0
    files = []
    for name in BLOCKED:
        found = sorted(FIXTURES.glob(f"*/{name}"))
        if len(found) < 6:
            print(f"FAIL expected at least 6 {name} under {FIXTURES}, found {len(found)}")
            failed += 1
        files += found
    for path in files:
        try:
            problems = check(path)
        except Exception as error:  # a parser error is a failure of this file
            problems = [f"{type(error).__name__}: {error}"]
        for problem in problems:
            print(f"FAIL {path.relative_to(ROOT)}: {problem}")
        failed += bool(problems)
        passed += not problems
    if files:
        sample = files[0].read_text(encoding="utf-8")
        for description, broken in [
            ("unescaped ampersand", sample.replace('name="switchyard drift"', 'name="switchyard & drift"')),
            ("truncated document", sample[: len(sample) // 2]),
        ]:
            if rejects(broken):
                passed += 1
            else:
                failed += 1
                print(f"FAIL the parser accepts a broken copy: {description}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
