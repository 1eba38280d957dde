#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Writes the INPUTS of the drift golden fixtures: <scenario>/{desired.json, live.json}.

Builders (`Live`/`Desired`) are shared with ../plan/generate_inputs.py in ../fixture_inputs.py. It rewrites
every scenario's inputs; review `git diff`, re-record the outputs with RECORD_SNAPSHOTS=1 and read
them before committing.

Usage: python3 generate_inputs.py <this folder>
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_inputs import *  # noqa: E402,F403  (Live, Desired, server, SRC, TGT, scenario, ...)

@scenario
def all_in_sync():
    l, d = Live(), Desired()
    l.group("erp-db", priority="target")
    l.group("erp-app", priority="source")
    d.group("erp-db", active="target")
    d.group("erp-app", active="source")
    return d, l

@scenario
def switched_out_of_band():
    # Someone switched erp-db in the console: production is at the source AZ again, Git says target.
    l, d = Live(), Desired()
    l.group("erp-db", priority="source")["updatedAt"] = "2026-03-02T08:15:00Z"
    l.group("erp-app", priority="target")
    l.group("legacy-crm", instances=1, priority="source")
    l.group("", gid="grp-0c1d9a", instances=0, replications=0, status="available")
    d.group("erp-db", active="target")
    d.group("erp-app", active="cn-north-4b")
    return d, l

@scenario
def in_progress():
    l, d = Live(), Desired()
    l.group("erp-db", status="reversing", priority="source")["updatedAt"] = "2026-03-02T08:15:00Z"
    l.group("erp-app", status="failing-over", priority="source")
    l.group("erp-web", status="reprotecting", priority="target")
    d.group("erp-db", active="target")
    d.group("erp-app", active="target")
    d.group("erp-web", active="target")
    return d, l

@scenario
def degraded():
    l, d = Live(), Desired()
    l.group("g-error-reversing", status="error-reversing", priority="source", instances=1)["updatedAt"] = "2026-03-02T08:15:00Z"
    l.group("g-failed-over", status="failed-over", priority="target", instances=1)
    l.group("g-available", status="available", priority="target", instances=1)
    l.group("g-mystery", status="mystery", priority="target", instances=1)
    l.group("g-no-priority", priority=None, instances=1)
    l.group("g-link-broken", priority="target", instances=1)
    l.rep("rep-g-link-broken-01")["faultLevel"] = "5"
    l.group("g-instance-invalid", priority="target", instances=2)
    l.ins("ins-g-instance-invalid-2")["status"] = "invalid"
    l.group("g-server-deleted", priority="target", instances=1)
    l.servers = [s for s in l.servers if s["id"] != "srv-g-server-deleted-01-a"]
    l.group("g-no-pairs", priority="target", instances=0, replications=0)
    for g in l.groups:
        d.group(g["name"], active="target")
    return d, l

@scenario
def missing():
    l, d = Live(), Desired()
    l.group("erp-db", priority="target")
    l.group("twin", gid="grp-twin-1", priority="target", instances=1)
    l.group("twin", gid="grp-twin-2", priority="target", instances=1)
    l.group("erp-app", priority="target", instances=1)
    d.group("erp-db", active="target")
    d.group("gone", active="target")
    d.group("twin", active="target")
    d.group("erp-app", gid="grp-erp-db", active="target")
    d.group("erp-web", gid="grp-erp-web", active="target")
    d.group(None, gid="grp-twin-1", active="cn-north-4z")   # an AZ that is not the group's
    d.group(None, gid="grp-erp-db", active="target")       # erp-db declared a second time
    return d, l

@scenario
def escaping():
    # Names no console allows, to prove every format escapes what it prints.
    l, d = Live(), Desired()
    l.group('crm "blue" <a&b>', gid="grp-crm-odd", priority="source", instances=1)
    l.group('back\\slash', gid="grp-back-slash", priority="target", instances=1)
    d.group('crm "blue" <a&b>', active="target")
    l.group('un"managed <&>', gid="grp-odd-unmanaged", priority="source", instances=0, replications=0)
    d.group('back\\slash', active="target")
    d.group("line|pipe`tick", active="target")
    return d, l

@scenario
def blocked_and_waves():
    # Drift lists groups as the plan does (by wave, then name; blocked ones after), and a group the
    # plan blocks carries the plan's block reasons: a frozen instance, a broken replication link,
    # a dependency on a blocked group. erp-app (wave 2) sorts before erp-db (wave 1) by name.
    l, d = Live(), Desired()
    l.group("erp-db", priority="source", instances=1)
    l.group("erp-app", priority="source", instances=1)
    l.group("crm-frozen", priority="source", instances=1)
    l.ins("ins-crm-frozen-1")["frozen"] = True
    l.group("crm-link", priority="source", instances=1)
    l.rep("rep-crm-link-01")["faultLevel"] = "5"
    l.group("crm-app", priority="source", instances=1)
    d.group("erp-db", active="target")
    d.group("erp-app", active="target", depends=["erp-db"])
    d.group("crm-frozen", active="target")
    d.group("crm-link", active="target")
    d.group("crm-app", active="target", depends=["crm-link"])
    return d, l

write_scenarios(sys.argv[1])
