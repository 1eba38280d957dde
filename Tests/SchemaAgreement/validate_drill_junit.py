#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks a `switchyard drill --format junit` report against the same run's JSON report.

`xml.etree` parses it (well-formed) and `junitparser` reads one suite named `switchyard drill`
whose counts agree with the JSON report (recounted from the cases too), with one test case per
drilled group in report order, a failure exactly for the groups that did not pass (type
`rto-exceeded` or `drill-failed`) and for unresolved groups (`not-drilled`).
Prints failures, then `N passed, M failed`.

Usage: python3 Tests/SchemaAgreement/validate_drill_junit.py REPORT.xml REPORT.json   (needs `junitparser`)
"""
import json
import sys
import xml.etree.ElementTree as ElementTree

from junitparser import Failure, JUnitXml


def check(xml_path, json_path):
    problems = []
    report = json.load(open(json_path, encoding="utf-8"))
    root = ElementTree.parse(xml_path).getroot()
    if root.tag != "testsuites":
        problems.append(f"root element is <{root.tag}>, expected <testsuites>")
    suites = list(JUnitXml.fromfile(xml_path))
    if len(suites) != 1:
        return problems + [f"{len(suites)} test suites, expected exactly 1"]
    suite = suites[0]
    if suite.name != "switchyard drill":
        problems.append(f"suite name {suite.name!r}")
    groups, unresolved = report["groups"], report["unresolved"]
    failing = [g for g in groups if not g["passed"]]
    expected = {"tests": len(groups) + len(unresolved), "failures": len(failing) + len(unresolved), "errors": 0}
    for key, value in expected.items():
        if getattr(suite, key) != value:
            problems.append(f"suite {key}={getattr(suite, key)}, expected {value}")
    suite.update_statistics()
    for key, value in expected.items():
        if getattr(suite, key) != value:
            problems.append(f"counted {key}={getattr(suite, key)} from the cases, expected {value}")
    cases = list(suite)
    names = [c.name for c in cases]
    wanted = [g["address"] for g in groups] + [g["address"] for g in unresolved]
    if names != wanted:
        problems.append(f"test cases {names} != groups {wanted}")
    for case, group in zip(cases, groups):
        failures = [r for r in case.result if isinstance(r, Failure)]
        if group["passed"]:
            if case.result:
                problems.append(f"{group['address']}: passed but has results")
            continue
        wanted_type = "drill-failed" if group["failure"] else "rto-exceeded"
        if len(failures) != 1 or failures[0].type != wanted_type:
            problems.append(f"{group['address']}: expected one {wanted_type} failure, got {[f.type for f in failures]}")
    return problems


def main(argv):
    if len(argv) != 2:
        print(__doc__)
        return 2
    problems = check(argv[0], argv[1])
    for problem in problems:
        print("FAIL " + problem)
    print(f"{0 if problems else 1} passed, {len(problems)} failed")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
