#!/usr/bin/env bash
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
#
# Runs the Python SDK conformance script against an SDRS/ECS endpoint (normally the emulator).
#   Tests/Conformance/run.sh --endpoint http://127.0.0.1:PORT --ak AK --sk SK --project-id PROJECT
#     [--timeout SECONDS] [--poll-interval SECONDS]
# Uses the test virtualenv from scripts/python-env (pinned SDK 3.1.219, see Tests/requirements.txt).
# Exit status: 0 all checks passed, 1 a check failed, 2 bad arguments.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
python="$("$root/scripts/python-env")"
exec "$python" "$root/Tests/Conformance/sdk_conformance.py" "$@"
