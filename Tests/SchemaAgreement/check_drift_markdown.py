#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks the golden Markdown drift reports (Tests/SwitchyardCoreTests/Fixtures/drift/*/drift.md,
and the Chinese drift.zh-CN.md, whose title, states and truncation note are in Chinese).

Each must: fit a GitHub comment (<= 65,536 UTF-8 bytes); start with the title carrying the verdict
and the summary line of the same scenario's drift.json; have tables whose rows all have the
header's column count (escaped `\\|` inside cells does not split); have balanced, properly nested
`<details>`/`<summary>` elements (checked with the standard library's HTML parser); and name every
group that is not in sync in a table row and in a `<details>` block. Broken copies must be rejected.
Prints failures, then `N passed, M failed`.

Usage: python3 Tests/SchemaAgreement/check_drift_markdown.py
"""
import html.parser
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "Tests" / "SwitchyardCoreTests" / "Fixtures" / "drift"
LIMIT = 65_536

# Per golden file name: the title's prefix for (drift found, no drift), how the summary line ends,
# the state labels of the table, and a word of the truncation note.
LANGUAGES = {
    "drift.md": {
        "title": ("### switchyard drift: drift found. ", "### switchyard drift: no drift. "),
        "end": r"\d+ unmanaged\.$",
        "states": {},
        "truncated": "Truncated",
    },
    "drift.zh-CN.md": {
        "title": ("### switchyard 漂移检查：发现漂移。", "### switchyard 漂移检查：无漂移。"),
        "end": r"\d+ 个未纳管。$",
        "states": {"in-sync": "已一致", "drifted": "已漂移", "in-progress": "进行中", "degraded": "降级", "missing": "缺失"},
        "truncated": "已截断",
    },
}


class Nesting(html.parser.HTMLParser):
    """Records problems with the nesting of the HTML elements the report uses."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack, self.problems, self.summaries = [], [], []
        self._in_summary = False

    def handle_starttag(self, tag, attrs):
        if tag in ("details", "summary", "code"):
            if tag == "summary" and (not self.stack or self.stack[-1] != "details"):
                self.problems.append("<summary> outside <details>")
            self.stack.append(tag)
            if tag == "summary":
                self._in_summary = True
                self.summaries.append("")

    def handle_endtag(self, tag):
        if tag in ("details", "summary", "code"):
            if not self.stack or self.stack[-1] != tag:
                self.problems.append(f"</{tag}> does not close {self.stack[-1] if self.stack else 'anything'}")
            else:
                self.stack.pop()
            if tag == "summary":
                self._in_summary = False

    def handle_data(self, data):
        if self._in_summary:
            self.summaries[-1] += data


def cells(row):
    return re.split(r"(?<!\\)\|", row.strip())[1:-1]


def problems_of(text, report, language=LANGUAGES["drift.md"]):
    problems = []
    if len(text.encode("utf-8")) > LIMIT:
        problems.append(f"{len(text.encode('utf-8'))} bytes, over {LIMIT}")
    title = language["title"][0 if report["summary"]["drift_found"] else 1]
    first = text.split("\n", 1)[0]
    if not first.startswith(title) or not re.search(language["end"], first):
        problems.append(f"title {first!r} lacks the verdict or the summary line")
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if line.startswith("|---"):
            width = len(cells(lines[index - 1]))
            for row in lines[index + 1:]:
                if not row.startswith("|"):
                    break
                if len(cells(row)) != width:
                    problems.append(f"table row has {len(cells(row))} cells, header {width}: {row}")
    nesting = Nesting()
    nesting.feed(text)
    nesting.close()
    problems += nesting.problems
    if nesting.stack:
        problems.append(f"unclosed elements {nesting.stack}")
    if language["truncated"] not in text:
        drifting = [g for g in report["groups"] if g["state"] != "in-sync"]
        for group in drifting:
            if not any(group["address"] in s for s in nesting.summaries):
                problems.append(f"no <details> for {group['address']}")
            state = language["states"].get(group["state"], group["state"])
            if not any(r.startswith("| `") and f"| {state} |" in r for r in lines):
                problems.append(f"no table row for {group['address']}")
        if len(nesting.summaries) != len(drifting):
            problems.append(f"{len(nesting.summaries)} <details> blocks for {len(drifting)} groups not in sync")
    return problems


def main():
    passed = failed = 0
    samples = {}
    for name, language in LANGUAGES.items():
        files = sorted(FIXTURES.glob(f"*/{name}"))
        if len(files) < 6:
            print(f"FAIL expected at least 6 {name} under {FIXTURES}, found {len(files)}")
            failed += 1
        for path in files:
            report = json.loads((path.parent / "drift.json").read_text())
            text = path.read_text(encoding="utf-8")
            if name not in samples and report["summary"]["drift_found"]:
                samples[name] = (text, report, language)
            problems = problems_of(text, report, language)
            for problem in problems:
                print(f"FAIL {path.relative_to(ROOT)}: {problem}")
            failed += bool(problems)
            passed += not problems
    for text, report, language in samples.values():
        for description, broken in [
            ("unclosed details", text.replace("</details>", "", 1)),
            ("title without the summary", "### switchyard drift\n" + text.split("\n", 1)[1]),
            ("a row with an extra cell", text.replace("|---|---|---|---|---|---|\n", "|---|---|---|---|---|---|\n| a | b |\n", 1)),
            ("over the size limit", text + "x" * LIMIT),
        ]:
            if problems_of(broken, report, language):
                passed += 1
            else:
                failed += 1
                print(f"FAIL a broken copy is accepted: {description}")
    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
