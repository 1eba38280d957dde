#!/usr/bin/env bash
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
#
# Runs the Python SDK conformance script against an SDRS/ECS endpoint (normally the emulator).
#   Tests/Conformance/run.sh --endpoint http://127.0.0.1:PORT --ak AK --sk SK --project-id PROJECT
#     [--timeout SECONDS] [--poll-interval SECONDS]
# Creates .build-venv/ at the repository root on first use and installs the pinned SDK into it.
# Exit status: 0 all checks passed, 1 a check failed, 2 bad arguments.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
venv="$root/.build-venv"
if [ ! -x "$venv/bin/python" ]; then
  python3 -m venv "$venv" >&2
fi
if ! "$venv/bin/python" -c 'import huaweicloudsdkcore, huaweicloudsdksdrs, huaweicloudsdkecs' >/dev/null 2>&1 \
  || [ "$("$venv/bin/python" -c 'from importlib.metadata import version as v; print(v("huaweicloudsdkcore"), v("huaweicloudsdksdrs"), v("huaweicloudsdkecs"))')" != "3.1.219 3.1.219 3.1.219" ]; then
  "$venv/bin/python" -m pip install --quiet --disable-pip-version-check \
    huaweicloudsdksdrs==3.1.219 huaweicloudsdkecs==3.1.219 huaweicloudsdkcore==3.1.219 >&2
fi
exec "$venv/bin/python" "$root/Tests/Conformance/sdk_conformance.py" "$@"
