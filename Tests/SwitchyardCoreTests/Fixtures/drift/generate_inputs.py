#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Writes the INPUTS of the drift golden fixtures: <scenario>/{desired.json, live.json}.

Same shapes (and the same `Live`/`Desired` helpers) as ../plan/generate_inputs.py. It rewrites
every scenario's inputs; review `git diff`, re-record the outputs with RECORD_SNAPSHOTS=1 and read
them before committing.

Usage: python3 generate_inputs.py <this folder>
"""
import json, os, sys, copy

ROOT = sys.argv[1]
SRC, TGT = "cn-north-4a", "cn-north-4b"

def server(sid, name, az, status="ACTIVE", task=None, os_type="Linux", image="CentOS 7.9 64bit", exists=True, frozen=False, locked=False):
    s = {"id": sid, "name": name, "exists": exists, "status": status, "frozen": frozen, "locked": locked}
    if task is not None: s["taskState"] = task
    if status == "ACTIVE": s["powerState"] = 1
    elif status == "SHUTOFF": s["powerState"] = 4
    if az is not None: s["availabilityZone"] = az
    if os_type is not None: s["osType"] = os_type
    if image is not None: s["imageName"] = image
    return s

class Live:
    def __init__(self):
        self.groups, self.instances, self.replications, self.servers = [], [], [], []

    def group(self, name, gid=None, status="protected", priority="source", instances=2, prod_running=True,
              dr_status="SHUTOFF", os_type="Linux", image="CentOS 7.9 64bit", replications=None, names=None):
        gid = gid or f"grp-{name}"
        g = {"id": gid, "name": name, "status": status, "sourceAvailabilityZone": SRC,
             "targetAvailabilityZone": TGT, "replicationCount": instances if replications is None else replications,
             "protectedInstanceCount": instances}
        if priority is not None: g["priorityStation"] = priority
        self.groups.append(g)
        prod_az = SRC if priority in ("source", None) else TGT
        for i in range(1, instances + 1):
            base = (names[i-1] if names else f"{name}-{i:02d}")
            iid = f"ins-{gid[4:] if gid.startswith('grp-') else gid}-{i}"
            src_id, tgt_id = f"srv-{base}-a", f"srv-{base}-b"
            self.instances.append({"id": iid, "name": base, "groupID": gid, "status": status if status in ("protected", "error-reversing") else "protected",
                                   "sourceServerID": src_id, "targetServerID": tgt_id, "frozen": False})
            for sid, az in ((src_id, SRC), (tgt_id, TGT)):
                st = ("ACTIVE" if prod_running else "SHUTOFF") if az == prod_az else dr_status
                self.servers.append(server(sid, base, az, status=st, os_type=os_type, image=image))
            if replications is None:
                self.replications.append({"id": f"rep-{base}", "groupID": gid, "status": status if status in ("protected", "error-reversing") else "protected",
                                          "faultLevel": "0", "instanceIDs": [iid]})
        return g

    def srv(self, sid):
        return next(s for s in self.servers if s["id"] == sid)

    def ins(self, iid):
        return next(s for s in self.instances if s["id"] == iid)

    def rep(self, rid):
        return next(s for s in self.replications if s["id"] == rid)

    def to_json(self):
        key = lambda x: x["id"]
        return {"groups": sorted(self.groups, key=key), "instances": sorted(self.instances, key=key),
                "replications": sorted(self.replications, key=key), "servers": sorted(self.servers, key=key)}

class Desired:
    def __init__(self, max_switches=10, parallelism=10, cloud=True):
        self.groups = []
        self.policy = {"maxSwitchesPerRun": max_switches, "parallelism": parallelism}
        self.cloud = {"region": "cn-north-4", "projectID": "0605767b5e00d3f52f0ec01e3e9cbd12"} if cloud else None

    def group(self, name=None, gid=None, active="target", depends=(), shutdown="soft", start=True,
              switch_timeout="30m", shutdown_timeout="10m", on_failure="leave-stopped", rto=None):
        sel = {}
        if gid: sel["id"] = gid
        if name: sel["name"] = name
        line = 8 + 4 * len(self.groups)
        g = {"selector": sel, "activeSite": active, "dependsOn": list(depends), "shutdown": shutdown,
             "startAfterSwitch": start, "switchTimeout": switch_timeout, "shutdownTimeout": shutdown_timeout,
             "onFailure": on_failure, "location": {"file": "desired.yaml", "line": line, "column": 5}}
        if rto: g["rto"] = rto
        self.groups.append(g)
        return g

    def to_json(self):
        d = {"version": 1, "file": "desired.yaml",
             "defaults": {"shutdown": "soft", "startAfterSwitch": True, "switchTimeout": "30m", "shutdownTimeout": "10m", "onFailure": "leave-stopped"},
             "policy": self.policy, "groups": self.groups}
        if self.cloud: d["cloud"] = self.cloud
        return d

SCENARIOS = {}
def scenario(fn):
    SCENARIOS[fn.__name__.replace("_", "-")] = fn
    return fn

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

for name, fn in SCENARIOS.items():
    d, l = fn()
    folder = os.path.join(ROOT, name)
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "desired.json"), "w") as f:
        json.dump(d.to_json(), f, indent=2, sort_keys=True); f.write("\n")
    with open(os.path.join(folder, "live.json"), "w") as f:
        json.dump(l.to_json(), f, indent=2, sort_keys=True); f.write("\n")
print(len(SCENARIOS), "scenarios")
