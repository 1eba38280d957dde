#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Writes the INPUTS of the plan golden fixtures: <scenario>/{desired.json, live.json[, options.json]}.

The JSON files are what the tests read; this script only documents how they were made and makes it
cheap to add a scenario. It rewrites every scenario's inputs, so after running it, review the diff
(`git diff`) and re-record the outputs with RECORD_SNAPSHOTS=1, then read them before committing.

Usage: python3 generate_inputs.py <this folder>
"""
import os, sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from fixture_inputs import *  # noqa: E402,F403  (Live, Desired, server, SRC, TGT, scenario, ...)

@scenario
def switch_with_running_servers():
    l, d = Live(), Desired()
    l.group("erp-db")
    d.group("erp-db", active="target", rto="15m")
    return d, l, None

@scenario
def already_in_sync():
    l, d = Live(), Desired()
    l.group("erp-db", priority="target")
    l.group("erp-app", priority="source")
    d.group("erp-db", active="target")
    d.group("erp-app", active="source")
    return d, l, None

@scenario
def blocked_group_statuses():
    l, d = Live(), Desired()
    for st in ["reversing", "failing-over", "failed-over", "available", "creating", "reprotecting", "error",
               "error-starting", "error-stopping", "error-reprotecting", "error-failing-over", "error-deleting", "mystery"]:
        l.group(f"g-{st}", status=st, instances=1)
        d.group(f"g-{st}", active="target")
    return d, l, None

@scenario
def blocked_instances():
    l, d = Live(), Desired()
    l.group("deleted-server", instances=2)
    l.ins("ins-deleted-server-1")["status"] = "invalid"
    l.servers.remove(l.srv("srv-deleted-server-01-b"))  # ECS no longer knows it: the observer returns a missing entry
    l.servers.append({"id": "srv-deleted-server-01-b", "name": "", "exists": False, "status": "DELETED", "frozen": False, "locked": False})
    l.group("invalid-instance", instances=1)
    l.ins("ins-invalid-instance-1")["status"] = "invalid"
    l.group("fault-instance", instances=1)
    l.ins("ins-fault-instance-1")["status"] = "fault"
    l.group("resizing-instance", instances=1)
    l.ins("ins-resizing-instance-1")["status"] = "resizing"
    l.group("frozen-instance", instances=1)
    l.ins("ins-frozen-instance-1")["frozen"] = True
    l.group("one-site-instance", instances=1)
    l.srv("srv-one-site-instance-01-b")["availabilityZone"] = SRC
    for name in ["deleted-server", "invalid-instance", "fault-instance", "resizing-instance", "frozen-instance", "one-site-instance"]:
        d.group(name, active="target")
    return d, l, None

@scenario
def blocked_servers():
    l, d = Live(), Desired()
    l.group("frozen-server", instances=1)
    l.srv("srv-frozen-server-01-a")["frozen"] = True
    l.group("locked-server", instances=1)
    l.srv("srv-locked-server-01-b")["locked"] = True
    l.group("error-server", instances=1)
    l.srv("srv-error-server-01-a")["status"] = "ERROR"
    l.srv("srv-error-server-01-a").pop("powerState")
    l.group("foreign-az", instances=2)
    l.srv("srv-foreign-az-01-b")["availabilityZone"] = "cn-north-4c"
    l.srv("srv-foreign-az-02-b").pop("availabilityZone")
    for name in ["frozen-server", "locked-server", "error-server", "foreign-az"]:
        d.group(name, active="target")
    return d, l, None

@scenario
def blocked_replication():
    l, d = Live(), Desired()
    l.group("no-pairs", instances=0, replications=0)
    l.group("link-broken", instances=1)
    l.rep("rep-link-broken-01")["faultLevel"] = "5"
    l.group("disk-inaccessible", instances=1)
    l.rep("rep-disk-inaccessible-01")["faultLevel"] = "2"
    l.group("replication-fault", instances=1)
    l.rep("rep-replication-fault-01")["status"] = "fault"
    l.group("replication-invalid", instances=1)
    l.rep("rep-replication-invalid-01")["status"] = "invalid"
    l.group("replication-extending", instances=1)
    l.rep("rep-replication-extending-01")["status"] = "extending"
    for name in ["no-pairs", "link-broken", "disk-inaccessible", "replication-fault", "replication-invalid", "replication-extending"]:
        d.group(name, active="target")
    return d, l, None

@scenario
def blocked_priority_station_unknown():
    l, d = Live(), Desired()
    l.group("erp-db", priority=None, instances=1)
    d.group("erp-db", active="target")
    return d, l, None

@scenario
def blocked_multiple_reasons():
    l, d = Live(), Desired()
    l.group("erp-db", status="failed-over", instances=2)
    l.srv("srv-erp-db-01-a")["locked"] = True
    l.rep("rep-erp-db-02")["faultLevel"] = "5"
    l.rep("rep-erp-db-02")["status"] = "fault"
    l.ins("ins-erp-db-2")["frozen"] = True
    d.group("erp-db", active="target")
    return d, l, None

@scenario
def error_reversing_retry():
    l, d = Live(), Desired()
    l.group("erp-db", status="error-reversing", instances=1)
    l.srv("srv-erp-db-01-a")["status"] = "SHUTOFF"; l.srv("srv-erp-db-01-a")["powerState"] = 4
    d.group("erp-db", active="target")
    return d, l, None

@scenario
def reversing_in_progress():
    l, d = Live(), Desired()
    l.group("erp-db", status="reversing", instances=1, prod_running=False)
    l.group("erp-app", status="reversing", priority="target", instances=1)
    d.group("erp-db", active="target")
    d.group("erp-app", active="target")
    return d, l, None

@scenario
def not_found():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1)
    d.group("erp-db", active="target")
    d.group("erp-dbb", active="target")
    d.group(gid="0ddba11-0000-4000-8000-000000000000", active="target")
    d.group("erp-web", gid="0ddba11-0000-4000-8000-000000000001", active="target")
    return d, l, None

@scenario
def ambiguous_name():
    l, d = Live(), Desired()
    l.group("erp-db", gid="grp-erp-db-1", instances=1, names=["erp-db-x"])
    l.group("erp-db", gid="grp-erp-db-2", instances=1, names=["erp-db-y"])
    l.group("erp-app", instances=1)
    d.group("erp-db", active="target")
    d.group("erp-app", active="target", depends=["erp-db"])
    return d, l, None

@scenario
def id_name_conflict():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1)
    l.group("erp-app", instances=1)
    d.group("erp-db", gid="grp-erp-app", active="target")
    d.group("erp-app", gid="0ddba11-0000-4000-8000-000000000000", active="target")
    return d, l, None

@scenario
def az_name_active_site():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1)
    l.group("erp-app", instances=1, priority="target")
    l.group("erp-web", instances=1)
    d.group("erp-db", active=TGT)
    d.group("erp-app", active=TGT)
    d.group("erp-web", active="cn-north-4z")
    return d, l, None

@scenario
def duplicate_declaration():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1)
    d.group("erp-db", active="target")
    d.group(gid="grp-erp-db", active="target")
    return d, l, None

@scenario
def waves_depends_on():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1)
    l.group("erp-app", instances=1)
    l.group("erp-web", instances=1)
    l.group("erp-cache", instances=1, priority="target")   # in sync: holds nobody back
    l.group("erp-search", instances=1)
    l.group("report-db", instances=1, status="failed-over")  # blocked dependency
    l.group("report-app", instances=1)
    l.group("report-web", instances=1)
    d.group("erp-db", active="target")
    d.group("erp-cache", active="target")
    d.group("erp-app", active="target", depends=["erp-db", "erp-cache"])
    d.group("erp-web", active="target", depends=["erp-app"])
    d.group("erp-search", active="target", depends=["erp-cache"])
    d.group("report-db", active="target")
    d.group("report-app", active="target", depends=["report-db"])
    d.group("report-web", active="target", depends=["report-app"])
    return d, l, None

def targeting_base():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1)
    l.group("erp-app", instances=1)
    l.group("erp-web", instances=1)
    l.group("erp-cache", instances=1, priority="target")
    l.group("hr-app", instances=1)
    d.group("erp-db", active="target")
    d.group("erp-cache", active="target")
    d.group("erp-app", active="target", depends=["erp-db", "erp-cache"])
    d.group("erp-web", active="target", depends=["erp-app"])
    d.group("hr-app", active="target")
    return d, l

@scenario
def targeting():
    d, l = targeting_base()
    return d, l, {"targets": ["erp-app"]}

@scenario
def targeting_exclude():
    d, l = targeting_base()
    return d, l, {"excludes": ["erp-db", "erp-cache"]}

@scenario
def targeting_unknown_address():
    d, l = targeting_base()
    return d, l, {"targets": ["erp-ap"], "excludes": ["hr-app"]}

@scenario
def max_switches_exceeded():
    l, d = Live(), Desired(max_switches=2)
    for name in ["a-app", "b-app", "c-app"]:
        l.group(name, instances=1)
        d.group(name, active="target")
    return d, l, None

@scenario
def windows_cloudbase_init():
    l, d = Live(), Desired()
    l.group("win-app", instances=2, os_type="Windows", image="Windows Server 2019 Datacenter 64bit English")
    l.group("win-legacy", instances=1, os_type="Windows", image="corp-win2016-cloudbase-init", priority="target")
    d.group("win-app", active="target")
    d.group("win-legacy", active="source")
    return d, l, None

@scenario
def windows_without_cloudbase_init():
    l, d = Live(), Desired()
    l.group("win-erp", instances=1, os_type="Windows", image="corp-win2012-golden")
    d.group("win-erp", active="target")
    return d, l, None

@scenario
def coreos_advisory():
    l, d = Live(), Desired()
    l.group("edge", instances=1, os_type="Linux", image="CoreOS 2303.3.0 64bit")
    l.group("edge-back", instances=1, os_type="Linux", image="CoreOS 2303.3.0 64bit", priority="target")
    d.group("edge", active="target")
    d.group("edge-back", active="source")
    return d, l, None

@scenario
def linux_advisory():
    l, d = Live(), Desired()
    l.group("web", instances=1, os_type="Linux", image="Ubuntu 22.04 server 64bit")
    l.group("mixed", instances=2, os_type="Linux", image="EulerOS 2.5 64bit", names=["mixed-lin", "mixed-win"])
    w = l.srv("srv-mixed-win-a"); w["osType"] = "Windows"; w["imageName"] = "Windows Server 2022 Standard 64bit"
    w = l.srv("srv-mixed-win-b"); w["osType"] = "Windows"; w["imageName"] = "Windows Server 2022 Standard 64bit"
    l.group("unknown-os", instances=1, os_type=None, image=None)
    d.group("web", active="target")
    d.group("mixed", active="target")
    d.group("unknown-os", active="target")
    return d, l, None

@scenario
def unmanaged_groups():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1)
    l.group("legacy-crm", instances=1, priority="target")
    l.group("", gid="grp-0c1d9a", instances=0, replications=0, status="available")
    l.group("zz-test", instances=1, priority=None)
    d.group("erp-db", active="target")
    return d, l, None

@scenario
def start_after_switch_false():
    l, d = Live(), Desired()
    l.group("erp-batch", instances=2)
    d.group("erp-batch", active="target", start=False)
    return d, l, None

@scenario
def production_servers_already_stopped():
    l, d = Live(), Desired()
    l.group("erp-db", instances=2, prod_running=False)
    l.group("erp-app", instances=2, priority="target", prod_running=False)
    d.group("erp-db", active="target")
    d.group("erp-app", active="target")
    return d, l, None

@scenario
def soft_then_hard():
    l, d = Live(), Desired()
    l.group("erp-db", instances=2)
    l.group("erp-app", instances=1)
    l.group("erp-web", instances=2)
    d.group("erp-db", active="target", shutdown="soft-then-hard", shutdown_timeout="5m", switch_timeout="45m", on_failure="restart-original")
    d.group("erp-app", active="target", shutdown="hard")
    d.group("erp-web", active="target", shutdown="soft-then-hard")
    # one production server already stopped, one in the middle of powering off; a DR server running
    l.srv("srv-erp-web-01-a")["status"] = "SHUTOFF"; l.srv("srv-erp-web-01-a")["powerState"] = 4
    l.srv("srv-erp-web-02-a")["taskState"] = "powering-off"
    l.srv("srv-erp-web-02-b")["status"] = "ACTIVE"; l.srv("srv-erp-web-02-b")["powerState"] = 1
    return d, l, None

@scenario
def in_sync_degraded():
    l, d = Live(), Desired()
    l.group("erp-db", instances=1, priority="target", status="error-reversing")
    l.group("erp-app", instances=1, priority="target")
    l.rep("rep-erp-app-01")["faultLevel"] = "5"
    l.srv("srv-erp-app-01-b")["status"] = "SHUTOFF"; l.srv("srv-erp-app-01-b")["powerState"] = 4
    d.group("erp-db", active="target")
    d.group("erp-app", active="target")
    return d, l, None

@scenario
def switch_back_to_source():
    l, d = Live(), Desired()
    l.group("erp-db", instances=2, priority="target")
    d.group("erp-db", gid="grp-erp-db", active="source", rto="20m")
    return d, l, None

@scenario
def dependency_cycle():
    # The parser rejects cycles; the planner still copes with hand-built states.
    l, d = Live(), Desired()
    l.group("ring-a", instances=1)
    l.group("ring-b", instances=1)
    l.group("after-ring", instances=1)
    d.group("ring-a", active="target", depends=["ring-b"])
    d.group("ring-b", active="target", depends=["ring-a"])
    d.group("after-ring", active="target", depends=["ring-a", "not-declared"])
    return d, l, None

@scenario
def production_down_start():
    # Production is at the desired site but its servers are stopped (an apply died after the
    # reverse, or a person stopped them): the plan starts them.
    l, d = Live(), Desired()
    l.group("erp-db", instances=2, priority="target", prod_running=False)
    d.group("erp-db", active="target", rto="15m")
    return d, l, None

@scenario
def production_down_dr_running():
    # Production is down and an old production server runs: starting production would run both sites.
    l, d = Live(), Desired()
    l.group("erp-db", instances=2, priority="target", prod_running=False)
    l.srv("srv-erp-db-01-a")["status"] = "ACTIVE"; l.srv("srv-erp-db-01-a")["powerState"] = 1
    d.group("erp-db", active="target")
    return d, l, None

@scenario
def production_down_power_unmanaged():
    # startAfterSwitch: false leaves power alone: production down is in sync, with a note.
    l, d = Live(), Desired()
    l.group("erp-batch", instances=1, priority="target", prod_running=False)
    d.group("erp-batch", active="target", start=False)
    return d, l, None

@scenario
def switch_with_running_dr_server():
    # SDRS wants every server of the group shut down: the running DR-site server is stopped too.
    l, d = Live(), Desired()
    l.group("erp-db", instances=2)
    l.srv("srv-erp-db-02-b")["status"] = "ACTIVE"; l.srv("srv-erp-db-02-b")["powerState"] = 1
    d.group("erp-db", active="target")
    return d, l, None

def site_down(l, group, site_suffix):
    # The servers of one site are unreachable: ECS reports them UNKNOWN (its AZ is down).
    for i in range(1, 3):
        sid = f"srv-{group}-0{i}-{site_suffix}"
        try:
            l.srv(sid)["status"] = "UNKNOWN"; l.srv(sid)["powerState"] = 0
        except (KeyError, StopIteration):
            pass

@scenario
def production_site_down():
    # The production AZ is down (its servers UNKNOWN), no failover declared: blocked, naming it.
    l, d = Live(), Desired()
    l.group("erp-db", instances=2)
    site_down(l, "erp-db", "a")
    d.group("erp-db", active="target")
    return d, l, None

@scenario
def failover_declared():
    # The same outage with the emergency declaration: fence nothing (unreachable), fail over, start.
    # A second group's production still answers: it is fenced first.
    l, d = Live(), Desired()
    l.group("erp-db", instances=2)
    site_down(l, "erp-db", "a")
    l.group("erp-app", instances=1)
    d.group("erp-db", active="target", rto="15m", failover="INC-4711: cn-north-4a is down")
    d.group("erp-app", active="target", failover="INC-4711: cn-north-4a is down", shutdown="hard")
    return d, l, None

@scenario
def failover_in_flight():
    # A failover started by an interrupted run: wait for it, never send a second one, then start.
    l, d = Live(), Desired()
    l.group("erp-db", instances=1, status="failing-over", prod_running=False)
    d.group("erp-db", active="target", failover="INC-4711: cn-north-4a is down")
    return d, l, None

@scenario
def reprotect_after_failover():
    # Failed over to target; the old site is back with a server running: stop it, then re-protect.
    l, d = Live(), Desired()
    l.group("erp-db", instances=2, status="failed-over", priority="target")
    l.srv("srv-erp-db-01-a")["status"] = "ACTIVE"; l.srv("srv-erp-db-01-a")["powerState"] = 1
    d.group("erp-db", active="target", protection="enabled", failover="INC-4711: cn-north-4a is down")
    return d, l, None

@scenario
def reprotect_site_still_down():
    # Failed over, the old site still unreachable: re-protect is blocked until it is back.
    l, d = Live(), Desired()
    l.group("erp-db", instances=2, status="failed-over", priority="target")
    site_down(l, "erp-db", "a")
    d.group("erp-db", active="target", protection="enabled")
    return d, l, None

@scenario
def protection_enable_disable():
    # protection: enabled on an available group, disabled on a protected one; a conflict when a
    # group with protection disabled must still move.
    l, d = Live(), Desired()
    l.group("erp-db", instances=1, status="available", priority="target")
    l.group("erp-batch", instances=1, priority="target")
    l.group("erp-app", instances=1, status="available")
    d.group("erp-db", active="target", protection="enabled")
    d.group("erp-batch", active="target", protection="disabled")
    d.group("erp-app", active="target", protection="disabled")
    return d, l, None

write_scenarios(sys.argv[1])
