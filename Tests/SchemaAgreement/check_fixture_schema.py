#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Validates every emulator fixture in examples/ against schemas/emulator-fixture.schema.json.

The Swift loader (EmulatorFixture.load) is tested on the same files by SDRSEmulatorTests; this
keeps the published schema honest for editors and users' own fixtures. Prints `N passed, M failed`.
"""
import glob
import json
import os
import sys

import jsonschema
import yaml

root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
schema = json.load(open(os.path.join(root, "schemas", "emulator-fixture.schema.json")))
validator = jsonschema.Draft202012Validator(schema)
passed = failed = 0
for path in sorted(glob.glob(os.path.join(root, "examples", "**", "cloud.yaml"), recursive=True)):
    errors = list(validator.iter_errors(yaml.safe_load(open(path))))
    name = os.path.relpath(path, root)
    if errors:
        failed += 1
        print("FAIL %s: %s" % (name, errors[0].message))
    else:
        passed += 1
        print("PASS %s" % name)
print("%d passed, %d failed" % (passed, failed))
sys.exit(1 if failed or not passed else 0)
