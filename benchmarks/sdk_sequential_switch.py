#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""The peer of `switchyard apply` in the benchmark: a sequential switchover over the official SDK.

What a careful person writes by hand with huaweicloudsdksdrs / huaweicloudsdkecs (3.1.219), one
group after the other:

    show the group (which AZ is production?)
    list its protected instances
    show each server (AZ and status)
    batch-stop the running production servers (SOFT), poll the ECS job until it ends
    reverse the group to the other site, poll the SDRS job until it ends
    batch-start the servers of the new production site, poll the ECS job until it ends

With --plan-only it stops after reading (show group, list instances, show servers) and prints
what it would do: the peer of `switchyard plan`.

Jobs are polled every --poll-seconds (emulated seconds, multiplied by --time-scale like every
emulator duration). Credentials come from HUAWEICLOUD_SDK_AK / HUAWEICLOUD_SDK_SK and are never
printed. The last stdout line is a JSON summary: {"groups": N, "planned"|"switched": N, ...}.
Exit status: 0 every group done, 1 a group failed, 2 bad arguments.
"""

import argparse
import json
import os
import sys
import time

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import SdkException
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkecs.v2 import EcsClient
import huaweicloudsdkecs.v2.model as ecs_model
from huaweicloudsdksdrs.v1 import SdrsClient
import huaweicloudsdksdrs.v1.model as sdrs_model


class SwitchFailed(Exception):
    """A group could not be switched."""


def build_clients(endpoint, project_id):
    access_key = os.environ.get("HUAWEICLOUD_SDK_AK")
    secret_key = os.environ.get("HUAWEICLOUD_SDK_SK")
    if not access_key or not secret_key:
        raise SystemExit("error: set HUAWEICLOUD_SDK_AK and HUAWEICLOUD_SDK_SK")
    config = HttpConfig.get_default_config()
    config.timeout = (10, 60)
    credentials = BasicCredentials(access_key, secret_key, project_id)
    sdrs = SdrsClient.new_builder().with_http_config(config).with_credentials(credentials) \
        .with_endpoints([endpoint]).build()
    ecs = EcsClient.new_builder().with_http_config(config).with_credentials(credentials) \
        .with_endpoints([endpoint]).build()
    return sdrs, ecs


def wait_for(read_status, job_id, label, interval, timeout):
    """Polls a job every `interval` seconds until SUCCESS; raises on FAIL or timeout."""
    deadline = time.monotonic() + timeout
    while True:
        time.sleep(interval)
        status, detail = read_status(job_id)
        if status == "SUCCESS":
            return
        if status == "FAIL":
            raise SwitchFailed("%s job %s failed: %s" % (label, job_id, detail))
        if time.monotonic() > deadline:
            raise SwitchFailed("%s job %s still %s after %.0f s" % (label, job_id, status, timeout))


def read_group(sdrs, ecs, group_id):
    """Shows the group, lists its instances and shows every server: (group, production, recovery)."""
    group = sdrs.show_protection_group(sdrs_model.ShowProtectionGroupRequest(server_group_id=group_id)).server_group
    instances = sdrs.list_protected_instances(
        sdrs_model.ListProtectedInstancesRequest(server_group_id=group_id)).protected_instances or []
    production_az = group.source_availability_zone if group.priority_station == "source" \
        else group.target_availability_zone
    production, recovery = [], []
    for instance in instances:
        for server_id in (instance.source_server, instance.target_server):
            server = ecs.show_server(ecs_model.ShowServerRequest(server_id=server_id)).server
            zone = server.os_ext_a_zavailability_zone
            (production if zone == production_az else recovery).append(server)
    return group, production, recovery


def switch_group(sdrs, ecs, group_id, interval, timeout):
    group, production, recovery = read_group(sdrs, ecs, group_id)
    if group.status != "protected":
        raise SwitchFailed("group %s is %s, not protected" % (group.name, group.status))
    other = "target" if group.priority_station == "source" else "source"

    running = [server.id for server in production if server.status != "SHUTOFF"]
    if running:
        body = ecs_model.BatchStopServersRequestBody(os_stop=ecs_model.BatchStopServersOption(
            servers=[ecs_model.ServerId(id=server_id) for server_id in running], type="SOFT"))
        job_id = ecs.batch_stop_servers(ecs_model.BatchStopServersRequest(body=body)).job_id
        wait_for(lambda job: ecs_job(ecs, job), job_id, "stop", interval, timeout)

    body = sdrs_model.ReverseProtectionGroupRequestBody(
        reverse_server_group=sdrs_model.ReverseProtectionGroupRequestParams(priority_station=other))
    job_id = sdrs.start_reverse_protection_group(
        sdrs_model.StartReverseProtectionGroupRequest(server_group_id=group_id, body=body)).job_id
    wait_for(lambda job: sdrs_job(sdrs, job), job_id, "reverse", interval, timeout)

    stopped = [server.id for server in recovery if server.status != "ACTIVE"]
    if stopped:
        body = ecs_model.BatchStartServersRequestBody(os_start=ecs_model.BatchStartServersOption(
            servers=[ecs_model.ServerId(id=server_id) for server_id in stopped]))
        job_id = ecs.batch_start_servers(ecs_model.BatchStartServersRequest(body=body)).job_id
        wait_for(lambda job: ecs_job(ecs, job), job_id, "start", interval, timeout)


def ecs_job(ecs, job_id):
    job = ecs.show_job(ecs_model.ShowJobRequest(job_id=job_id))
    return job.status, job.fail_reason


def sdrs_job(sdrs, job_id):
    job = sdrs.show_job_status(sdrs_model.ShowJobStatusRequest(job_id=job_id))
    return job.status, job.fail_reason


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--endpoint", required=True, help="base URL serving SDRS and ECS")
    parser.add_argument("--project-id", required=True)
    parser.add_argument("--groups-file", required=True, help="protection group IDs, one per line")
    parser.add_argument("--plan-only", action="store_true", help="only read each group and say what would be done")
    parser.add_argument("--time-scale", type=float, default=1.0, help="multiplies every wait (the emulator's)")
    parser.add_argument("--poll-seconds", type=float, default=5.0, help="job poll interval in emulated seconds")
    parser.add_argument("--timeout-seconds", type=float, default=1800.0, help="per job, emulated seconds")
    arguments = parser.parse_args(argv)
    with open(arguments.groups_file) as handle:
        group_ids = [line.strip() for line in handle if line.strip()]
    sdrs, ecs = build_clients(arguments.endpoint, arguments.project_id)
    interval = arguments.poll_seconds * arguments.time_scale
    timeout = arguments.timeout_seconds * arguments.time_scale
    done, failed = 0, []
    for group_id in group_ids:
        try:
            if arguments.plan_only:
                group, production, recovery = read_group(sdrs, ecs, group_id)
                running = sum(1 for server in production if server.status != "SHUTOFF")
                print("%s: production %s, %d running production server(s), %d DR server(s)" % (
                    group.name, group.priority_station, running, len(recovery)))
            else:
                switch_group(sdrs, ecs, group_id, interval, timeout)
                print("%s: switched" % group_id, flush=True)
            done += 1
        except (SwitchFailed, SdkException) as error:
            failed.append(group_id)
            print("%s: FAILED: %s" % (group_id, error), file=sys.stderr, flush=True)
    key = "planned" if arguments.plan_only else "switched"
    print(json.dumps({"groups": len(group_ids), key: done, "failed": failed}))
    return 0 if not failed else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
