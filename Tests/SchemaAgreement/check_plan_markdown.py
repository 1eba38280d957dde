#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks the golden Markdown plans (Tests/SwitchyardCoreTests/Fixtures/plan/*/plan.md) as GitHub
renders them, through cmark-gfm (the C library GitHub's own renderer is built on).

Each must: fit a GitHub comment (<= 65,536 UTF-8 bytes); start with the hidden marker
`<!-- switchyard:plan file=... -->` (CI finds and updates its previous comment by it), then the
title with the summary line of the same scenario's plan.json; render to HTML whose first table has
the columns ` `, Group, Action, Live, Desired, Wave, Reason, one row per group the plan details, each
with seven cells; and give every blocked or unresolved group a reason in that column. Broken copies
must be rejected. Prints failures, then `N passed, M failed`.

Usage: python3 Tests/SchemaAgreement/check_plan_markdown.py
"""
import html.parser
import json
import pathlib
import re
import sys

import cmarkgfm
from cmarkgfm.cmark import Options

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "plan"
LIMIT = 65_536
COLUMNS = ["", "Group", "Action", "Live", "Desired", "Wave", "Reason"]
MARKER = re.compile(r"^<!-- switchyard:plan file=[A-Za-z0-9._/~+%-]+ -->$")


class Tables(html.parser.HTMLParser):
    """Collects the rendered tables as lists of rows of cell texts (header row first)."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.tables, self._cell = [], None

    def handle_starttag(self, tag, attrs):
        if tag == "table":
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            self._cell = ""

    def handle_endtag(self, tag):
        if tag in ("td", "th") and self._cell is not None:
            self.tables[-1][-1].append(self._cell.strip())
            self._cell = None

    def handle_data(self, data):
        if self._cell is not None:
            self._cell += data


def problems_of(text, plan):
    problems = []
    if len(text.encode("utf-8")) > LIMIT:
        problems.append(f"{len(text.encode('utf-8'))} bytes, over {LIMIT}")
    lines = text.split("\n")
    if not MARKER.match(lines[0]):
        problems.append(f"first line {lines[0]!r} is not the hidden marker")
    if len(lines) < 2 or lines[1] != f"### switchyard plan: {plan_line(plan)}":
        problems.append(f"title {lines[1] if len(lines) > 1 else ''!r} lacks the summary line")
    rendered = cmarkgfm.github_flavored_markdown_to_html(text, options=Options.CMARK_OPT_DEFAULT)
    tables = Tables()
    tables.feed(rendered)
    detailed = [g for g in plan["groups"] if g["action"] != "excluded" and (g["action"] != "in-sync" or g["notes"])]
    if not detailed:
        return problems
    if not tables.tables:
        return problems + ["no table in the rendered HTML"]
    table = tables.tables[0]
    if table[0] != COLUMNS:
        problems.append(f"table header {table[0]} is not {COLUMNS}")
    rows = {row[1]: row for row in table[1:] if len(row) > 1}
    for row in table[1:]:
        if len(row) != len(COLUMNS):
            problems.append(f"table row has {len(row)} cells: {row}")
    if "Truncated" not in text:
        for group in detailed:
            row = rows.get(group["address"])
            if row is None:
                problems.append(f"no table row for {group['address']}")
            elif group["action"] in ("blocked", "not-found", "ambiguous", "invalid") and len(row) == len(COLUMNS) and not row[6]:
                problems.append(f"{group['address']} is {group['action']} but its reason cell is empty")
    return problems


def plan_line(plan):
    s = plan["summary"]
    parts = []
    if s.get("to_fail_over"):
        parts.append(f"{s['to_fail_over']} to FAIL OVER")
    parts.append(f"{s['to_switch']} to switch")
    if s["to_start"]:
        parts.append(f"{s['to_start']} to start")
    if s.get("to_change_protection"):
        parts.append(f"{s['to_change_protection']} to change protection")
    parts += [f"{s['in_sync']} in sync", f"{s['blocked']} blocked"]
    if s["unresolved"]:
        parts.append(f"{s['unresolved']} unresolved")
    if s["excluded"]:
        parts.append(f"{s['excluded']} excluded")
    return ", ".join(parts) + "."


def main():
    passed = failed = 0
    files = sorted(FIXTURES.glob("*/plan.md"))
    if len(files) < 30:
        print(f"FAIL expected at least 30 plan.md under {FIXTURES}, found {len(files)}")
        failed += 1
    sample = None
    for path in files:
        plan = json.loads((path.parent / "plan.json").read_text())
        text = path.read_text(encoding="utf-8")
        if sample is None and plan["summary"]["blocked"]:
            sample = (text, plan)
        problems = problems_of(text, plan)
        for problem in problems:
            print(f"FAIL {path.relative_to(ROOT)}: {problem}")
        failed += bool(problems)
        passed += not problems
    if sample:
        text, plan = sample
        header = "|---|---|---|---|---|---|---|\n"
        for description, broken in [
            ("no marker", text.split("\n", 1)[1]),
            ("title without the summary", text.split("\n", 1)[0] + "\n### switchyard plan\n" + text.split("\n", 2)[2]),
            ("a row with a missing cell", re.sub(r"\| `!` \| (`[^`]+`) \|[^\n]*\n", r"| `!` | \1 | blocked |\n", text, count=1)),
            ("an empty reason", re.sub(r"(\| `!` \|[^\n]*\|) [^|\n]+ \|\n", r"\1  |\n", text, count=1)),
            ("a marker that ends early", text.replace("file=", "file=a-->b", 1)),
            ("over the size limit", text + "x" * LIMIT),
        ]:
            if problems_of(broken, plan):
                passed += 1
            else:
                failed += 1
                print(f"FAIL a broken copy is accepted: {description}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
