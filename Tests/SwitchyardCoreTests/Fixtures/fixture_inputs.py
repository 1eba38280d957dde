# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Shared builders for the golden-fixture input generators (plan/ and drift/generate_inputs.py):
`Live`/`Desired` JSON builders, a `scenario` registry and the writer. Not run by the tests; the
generated inputs are committed."""
import json, os, copy

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
              switch_timeout="30m", shutdown_timeout="10m", on_failure="leave-stopped", rto=None,
              protection=None, failover=None):
        sel = {}
        if gid: sel["id"] = gid
        if name: sel["name"] = name
        line = 8 + 4 * len(self.groups)
        g = {"selector": sel, "activeSite": active, "dependsOn": list(depends), "shutdown": shutdown,
             "startAfterSwitch": start, "switchTimeout": switch_timeout, "shutdownTimeout": shutdown_timeout,
             "onFailure": on_failure, "location": {"file": "desired.yaml", "line": line, "column": 5}}
        if rto: g["rto"] = rto
        if protection: g["protection"] = protection
        if failover: g["failover"] = {"reason": failover, "location": {"file": "desired.yaml", "line": line + 1, "column": 5}}
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


def write_scenarios(root):
    """Writes <root>/<scenario>/{desired.json, live.json[, options.json]} for every registered scenario."""
    for name, fn in SCENARIOS.items():
        result = fn()
        d, l = result[0], result[1]
        opts = result[2] if len(result) > 2 else None
        folder = os.path.join(root, name)
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "desired.json"), "w") as f:
            json.dump(d.to_json(), f, indent=2, sort_keys=True); f.write("\n")
        with open(os.path.join(folder, "live.json"), "w") as f:
            json.dump(l.to_json(), f, indent=2, sort_keys=True); f.write("\n")
        if opts:
            with open(os.path.join(folder, "options.json"), "w") as f:
                json.dump(opts, f, indent=2, sort_keys=True); f.write("\n")
    print(len(SCENARIOS), "scenarios")
