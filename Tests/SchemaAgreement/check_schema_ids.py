#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Checks that every schema and every editor modeline follow one scheme (schemas/README.md).

- Every schemas/*.schema.json is a JSON Schema 2020-12 whose `$id` is
  `https://switchyard.invalid/schemas/<its own file name>`.
- Every `# yaml-language-server: $schema=…` modeline in examples/, Tests/ and docs/ names either a
  relative path that reaches a file in schemas/ from the file it is in, or exactly a schema's `$id`;
  and the schema it names is the right one for the file (`cloud.yaml` → emulator fixture, anything
  else → desired state).
- Every examples/*/desired.yaml and examples/*/cloud.yaml has a modeline on its first line.
- `switchyard import` writes the desired-state schema's `$id` (DesiredStateImporter.schemaURL).

Prints one line per failure and then `N passed, M failed`; exits 1 on failure.

Usage: python3 Tests/SchemaAgreement/check_schema_ids.py   (from anywhere; standard library only)
"""
import json
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parents[2]
SCHEMAS = ROOT / "schemas"
BASE = "https://switchyard.invalid/schemas/"
MODELINE = re.compile(r"#\s*yaml-language-server:\s*\$schema=([^\s`'\"]+)")
IMPORTER = ROOT / "Sources" / "SwitchyardCore" / "Import" / "DesiredStateImporter.swift"


def expected_schema(path):
    return "emulator-fixture.schema.json" if path.name == "cloud.yaml" else "desired-state.schema.json"


def main():
    passed = failed = 0

    def check(ok, message):
        nonlocal passed, failed
        if ok:
            passed += 1
        else:
            failed += 1
            print(f"FAIL {message}")

    ids = {}
    schemas = sorted(SCHEMAS.glob("*.schema.json"))
    check(len(schemas) >= 5, f"expected at least 5 schemas in schemas/, found {len(schemas)}")
    for schema in schemas:
        document = json.loads(schema.read_text(encoding="utf-8"))
        ids[document.get("$id")] = schema.name
        check(document.get("$schema") == "https://json-schema.org/draft/2020-12/schema",
              f"{schema.relative_to(ROOT)}: $schema is not draft 2020-12")
        check(document.get("$id") == BASE + schema.name,
              f"{schema.relative_to(ROOT)}: $id is {document.get('$id')!r}, expected {BASE + schema.name!r}")

    for example in sorted(ROOT.glob("examples/*/desired.yaml")) + sorted(ROOT.glob("examples/*/cloud.yaml")):
        first = example.read_text(encoding="utf-8").split("\n", 1)[0]
        check(MODELINE.fullmatch(first) is not None, f"{example.relative_to(ROOT)}: no modeline on the first line")

    files = [p for folder in ("examples", "Tests", "docs") for p in (ROOT / folder).rglob("*")
             if p.suffix in (".yaml", ".yml", ".md") and p.is_file()]
    modelines = 0
    for path in sorted(files):
        text = path.read_bytes().decode("utf-8", errors="replace")
        for match in MODELINE.finditer(text):
            target = match.group(1)
            modelines += 1
            where = f"{path.relative_to(ROOT)}: modeline {target}"
            if target.startswith("https://"):
                check(target in ids, f"{where} is not the $id of a schema")
                named = ids.get(target)
            elif path.suffix == ".md":
                # Documentation shows the modeline of a file in examples/; its path is relative to there.
                named = pathlib.PurePosixPath(target).name
                check((SCHEMAS / named).is_file() and target.endswith("schemas/" + named), f"{where} names no schema")
            else:
                resolved = (path.parent / target).resolve()
                check(resolved.parent == SCHEMAS and resolved.is_file(), f"{where} does not reach a file in schemas/")
                named = resolved.name
            if path.suffix != ".md" and named is not None:
                check(named == expected_schema(path), f"{where} names {named}, expected {expected_schema(path)}")
    check(modelines >= 4, f"expected modelines in the examples and fixtures, found {modelines}")

    source = IMPORTER.read_text(encoding="utf-8")
    url = re.search(r'schemaURL = "([^"]+)"', source)
    check(url is not None and url.group(1) == BASE + "desired-state.schema.json",
          f"{IMPORTER.relative_to(ROOT)}: schemaURL is {url.group(1) if url else None!r}, not the desired-state $id")

    print(f"{passed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
