#!/usr/bin/env python3
# This file is part of switchyard. Licensed under the Apache License, Version 2.0.
"""Drives an SDRS/ECS endpoint (the switchyard emulator) with the official Huawei Cloud Python SDK.

Runs a planned switchover the way a reconciler would, through SdrsClient and EcsClient 3.1.219:
discover a protected group, read its instances, replication pairs and servers, check that a
reverse is refused while production servers run, stop them, reverse, start the new production
servers, check that a wrong secret key is refused with APIGW.0301, and (against the emulator, through
its admin API) that a call over a per-identity rate limit is refused with 429 APIGW.0308.

Besides SDK deserialisation errors, every response body is checked against the SDK model's
declared JSON types (an `int` field must be a JSON integer, a `str` field a JSON string, ...), so
the emulator cannot rely on the SDK silently converting values.

Each check prints one line; the last line is `N passed, M failed`. Exit status: 0 when every
check passed, 1 otherwise, 2 for bad arguments. Credentials are never printed.
"""

import argparse
import json
import os
import sys
import time
import urllib.error
import urllib.request
import warnings

from huaweicloudsdkcore.auth.credentials import BasicCredentials
from huaweicloudsdkcore.exceptions.exceptions import ClientRequestException, SdkException
from huaweicloudsdkcore.http.http_config import HttpConfig
from huaweicloudsdkcore.warning.warning import SdkWarning
from huaweicloudsdkecs.v2 import EcsClient
import huaweicloudsdkecs.v2.model as ecs_model
from huaweicloudsdksdrs.v1 import SdrsClient
import huaweicloudsdksdrs.v1.model as sdrs_model

# An SDK type-conversion warning means the body did not match the model: treat it as an error.
warnings.simplefilter("error", SdkWarning)


class CheckFailed(Exception):
    """A check whose expectation did not hold."""


class Abort(Exception):
    """Stops the run after a failed check that later checks depend on."""


class Runner:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def check(self, name, action):
        """Runs one check; prints one line; returns the action's result or raises Abort."""
        try:
            result, detail = action()
        except CheckFailed as error:
            self._fail(name, str(error))
        except ClientRequestException as error:
            self._fail(name, "unexpected %s: HTTP %s %s %s" % (
                type(error).__name__, error.status_code, error.error_code, error.error_msg))
        except SdkException as error:
            self._fail(name, "unexpected %s: %s" % (type(error).__name__, error))
        except Exception as error:  # Deserialisation and type errors surface here.
            self._fail(name, "unexpected %s: %s" % (type(error).__name__, error))
        else:
            self.passed += 1
            print("PASS %s: %s" % (name, detail), flush=True)
            return result
        raise Abort()

    def _fail(self, name, reason):
        self.failed += 1
        print("FAIL %s: %s" % (name, reason), flush=True)


def expect(condition, message):
    if not condition:
        raise CheckFailed(message)


# --- wire-type checks -------------------------------------------------------------------------

def wire_type_problems(model_package, type_name, value, path):
    """Lists places where `value` (parsed JSON) does not have the JSON type the SDK declares."""
    if value is None:
        return []
    if type_name.startswith("list["):
        if not isinstance(value, list):
            return ["%s: expected array, got %s" % (path, json_kind(value))]
        inner = type_name[5:-1]
        problems = []
        for index, element in enumerate(value):
            problems += wire_type_problems(model_package, inner, element, "%s[%d]" % (path, index))
        return problems
    if type_name.startswith("dict("):
        if not isinstance(value, dict):
            return ["%s: expected object, got %s" % (path, json_kind(value))]
        inner = type_name[5:-1].split(", ", 1)[1]
        problems = []
        for key, element in value.items():
            problems += wire_type_problems(model_package, inner, element, "%s[%s]" % (path, key))
        return problems
    primitive = {"str": str, "int": int, "bool": bool, "float": (int, float)}
    if type_name in primitive:
        ok = isinstance(value, primitive[type_name]) and not (type_name == "int" and isinstance(value, bool))
        return [] if ok else ["%s: expected %s, got %s" % (path, type_name, json_kind(value))]
    if type_name == "object":
        return []
    klass = getattr(model_package, type_name)
    if not isinstance(value, dict):
        return ["%s: expected object (%s), got %s" % (path, type_name, json_kind(value))]
    problems = []
    for attribute, attribute_type in klass.openapi_types.items():
        key = klass.attribute_map[attribute]
        if key in value:
            problems += wire_type_problems(model_package, attribute_type, value[key], "%s.%s" % (path, key))
    return problems


def json_kind(value):
    return {bool: "boolean", int: "integer", float: "number", str: "string", list: "array",
            dict: "object"}.get(type(value), type(value).__name__)


def checked(response, model_package, expected_status=200):
    """Verifies status and wire types of an SDK response; returns it."""
    expect(response.status_code == expected_status,
           "HTTP %s, expected %s" % (response.status_code, expected_status))
    body = json.loads(response.raw_content)
    problems = wire_type_problems(model_package, type(response).__name__, body, "body")
    expect(not problems, "body does not match the SDK model types: " + "; ".join(problems[:5]))
    return response


# --- the scenario -----------------------------------------------------------------------------

def build_clients(arguments, secret_key):
    config = HttpConfig.get_default_config()
    config.timeout = (10, 60)
    credentials = BasicCredentials(arguments.ak, secret_key, arguments.project_id)
    sdrs = SdrsClient.new_builder().with_http_config(config).with_credentials(credentials) \
        .with_endpoints([arguments.endpoint]).build()
    ecs = EcsClient.new_builder().with_http_config(config).with_credentials(credentials) \
        .with_endpoints([arguments.endpoint]).build()
    return sdrs, ecs


def list_servers(ecs, server_ids):
    request = ecs_model.ListServersDetailsRequest(server_id=",".join(server_ids), limit=1000)
    response = checked(ecs.list_servers_details(request), ecs_model)
    servers = {server.id: server for server in response.servers or []}
    missing = [server_id for server_id in server_ids if server_id not in servers]
    expect(not missing, "servers missing from cloudservers/detail: %s" % ", ".join(missing))
    return servers


def wait_for_job(show, status_of, job_id, arguments, label):
    deadline = time.monotonic() + arguments.timeout
    while True:
        job = show(job_id)
        status = status_of(job)
        if status in ("SUCCESS", "FAIL"):
            expect(status == "SUCCESS", "%s job %s ended %s: %s %s" % (
                label, job_id, status, job.error_code, job.fail_reason))
            return job
        expect(status in ("RUNNING", "INIT"), "%s job %s has unexpected status %r" % (label, job_id, status))
        expect(time.monotonic() < deadline, "%s job %s still %s after %ss" % (
            label, job_id, status, arguments.timeout))
        time.sleep(arguments.poll_interval)


def wait_for_servers(ecs, server_ids, wanted_status, arguments):
    deadline = time.monotonic() + arguments.timeout
    while True:
        servers = list_servers(ecs, server_ids)
        settled = all(server.status == wanted_status and server.os_ext_st_stask_state is None
                      for server in servers.values())
        if settled:
            return servers
        expect(time.monotonic() < deadline, "servers not %s after %ss: %s" % (wanted_status, arguments.timeout, ", ".join(
            "%s=%s/%s" % (s.id, s.status, s.os_ext_st_stask_state) for s in servers.values())))
        time.sleep(arguments.poll_interval)


def batch(ecs, action, server_ids, arguments, label):
    references = [ecs_model.ServerId(id=server_id) for server_id in server_ids]
    if action == "stop":
        body = ecs_model.BatchStopServersRequestBody(os_stop=ecs_model.BatchStopServersOption(
            servers=references, type="SOFT"))
        response = checked(ecs.batch_stop_servers(ecs_model.BatchStopServersRequest(body=body)), ecs_model)
    else:
        body = ecs_model.BatchStartServersRequestBody(os_start=ecs_model.BatchStartServersOption(servers=references))
        response = checked(ecs.batch_start_servers(ecs_model.BatchStartServersRequest(body=body)), ecs_model)
    expect(response.job_id, "no job_id in the %s response" % label)

    def show(job_id):
        return checked(ecs.show_job(ecs_model.ShowJobRequest(job_id=job_id)), ecs_model)

    job = wait_for_job(show, lambda job: job.status, response.job_id, arguments, "ECS")
    wanted = "SHUTOFF" if action == "stop" else "ACTIVE"
    wait_for_servers(ecs, server_ids, wanted, arguments)
    return job, "job %s SUCCESS, %d server(s) %s" % (response.job_id, len(server_ids), wanted)


def run(arguments, runner):
    sdrs, ecs = build_clients(arguments, arguments.sk)

    def discover():
        response = checked(sdrs.list_protection_groups(sdrs_model.ListProtectionGroupsRequest()), sdrs_model)
        groups = response.server_groups or []
        candidates = [g for g in groups if g.status == "protected" and (g.replication_num or 0) > 0]
        expect(candidates, "no protection group with status protected and replication_num > 0 among %d" % len(groups))
        expect(response.count is not None, "count is missing")
        group = candidates[0]
        return group.id, "%d group(s); using %s (%s)" % (len(groups), group.id, group.name)

    group_id = runner.check("list protection groups", discover)

    def show_group():
        response = checked(sdrs.show_protection_group(
            sdrs_model.ShowProtectionGroupRequest(server_group_id=group_id)), sdrs_model)
        group = response.server_group
        expect(group is not None and group.id == group_id, "server_group missing or with another id")
        expect(group.priority_station in ("source", "target"), "priority_station is %r" % group.priority_station)
        expect(group.source_availability_zone and group.target_availability_zone, "availability zones missing")
        return group, "status %s, priority_station %s, AZs %s/%s" % (
            group.status, group.priority_station, group.source_availability_zone, group.target_availability_zone)

    group = runner.check("show protection group", show_group)
    production_az, disaster_recovery_az = (
        (group.source_availability_zone, group.target_availability_zone) if group.priority_station == "source"
        else (group.target_availability_zone, group.source_availability_zone))

    def list_instances():
        response = checked(sdrs.list_protected_instances(
            sdrs_model.ListProtectedInstancesRequest(server_group_id=group_id)), sdrs_model)
        instances = response.protected_instances or []
        expect(instances, "no protected instances")
        for instance in instances:
            expect(instance.server_group_id == group_id, "instance %s belongs to %s" % (instance.id, instance.server_group_id))
            expect(instance.source_server and instance.target_server, "instance %s lacks servers" % instance.id)
        return instances, "%d protected instance(s)" % len(instances)

    instances = runner.check("list protected instances", list_instances)

    def list_replications():
        response = checked(sdrs.list_replications(sdrs_model.ListReplicationsRequest(server_group_id=group_id)), sdrs_model)
        replications = response.replications or []
        expect(len(replications) == group.replication_num, "%d replication(s), group says %s" % (
            len(replications), group.replication_num))
        for replication in replications:
            expect(replication.server_group_id == group_id, "replication %s belongs elsewhere" % replication.id)
        return replications, "%d replication pair(s)" % len(replications)

    runner.check("list replications", list_replications)

    server_ids = [server for instance in instances for server in (instance.source_server, instance.target_server)]

    def split_servers():
        servers = list_servers(ecs, server_ids)
        shown = checked(ecs.show_server(ecs_model.ShowServerRequest(server_id=server_ids[0])), ecs_model).server
        expect(shown is not None and shown.id == server_ids[0], "show server returned another server")
        production, recovery = [], []
        for instance in instances:
            zones = {servers[s].os_ext_a_zavailability_zone: s for s in (instance.source_server, instance.target_server)}
            expect(set(zones) == {production_az, disaster_recovery_az},
                   "instance %s servers are in %s, expected %s and %s" % (
                       instance.id, sorted(zones), production_az, disaster_recovery_az))
            production.append(zones[production_az])
            recovery.append(zones[disaster_recovery_az])
        return (production, recovery, servers), "%d server(s) listed by server_id; production AZ %s" % (
            len(servers), production_az)

    production, recovery, servers = runner.check("list and show servers", split_servers)

    if any(servers[s].status != "ACTIVE" for s in production):
        not_running = [s for s in production if servers[s].status != "ACTIVE"]
        runner.check("start production servers (precondition)",
                     lambda: batch(ecs, "start", not_running, arguments, "batch start"))

    other_station = "target" if group.priority_station == "source" else "source"

    def reverse_body():
        return sdrs_model.ReverseProtectionGroupRequestBody(
            reverse_server_group=sdrs_model.ReverseProtectionGroupRequestParams(priority_station=other_station))

    def refused_reverse():
        try:
            sdrs.start_reverse_protection_group(sdrs_model.StartReverseProtectionGroupRequest(
                server_group_id=group_id, body=reverse_body()))
        except ClientRequestException as error:
            expect(error.status_code == 400, "HTTP %s, expected 400" % error.status_code)
            code = str(error.error_code)
            expect(code.startswith("SDRS.") and len(code) == 9, "error code %r is not an SDRS code" % code)
            return None, "refused with HTTP 400 %s" % code
        raise CheckFailed("reverse was accepted while production servers were running")

    runner.check("reverse refused while production servers run", refused_reverse)
    runner.check("batch stop production servers (SOFT)", lambda: batch(ecs, "stop", production, arguments, "batch stop"))

    def reverse():
        response = checked(sdrs.start_reverse_protection_group(sdrs_model.StartReverseProtectionGroupRequest(
            server_group_id=group_id, body=reverse_body())), sdrs_model)
        expect(response.job_id, "no job_id in the reverse response")

        def show(job_id):
            return checked(sdrs.show_job_status(sdrs_model.ShowJobStatusRequest(job_id=job_id)), sdrs_model)

        job = wait_for_job(show, lambda job: job.status, response.job_id, arguments, "SDRS")
        return job, "job %s (%s) SUCCESS" % (response.job_id, job.job_type)

    runner.check("reverse to priority_station %s" % other_station, reverse)

    def flipped():
        response = checked(sdrs.show_protection_group(
            sdrs_model.ShowProtectionGroupRequest(server_group_id=group_id)), sdrs_model)
        after = response.server_group
        expect(after.priority_station == other_station, "priority_station is %r, expected %r" % (
            after.priority_station, other_station))
        expect(after.status == "protected", "status is %r, expected 'protected'" % after.status)
        expect(after.source_availability_zone == group.source_availability_zone
               and after.target_availability_zone == group.target_availability_zone, "availability zones changed")
        return after, "priority_station %s, status protected" % after.priority_station

    runner.check("group flipped after reverse", flipped)
    runner.check("batch start servers in the new production AZ",
                 lambda: batch(ecs, "start", recovery, arguments, "batch start"))

    # The DR operations beyond the switchover (reference §12.3): failover, re-protect, a switchover
    # back, then disable and enable protection, each through the SDK's own request models.
    def sdrs_job(response, label):
        expect(response.job_id, "no job_id in the %s response" % label)

        def show(job_id):
            return checked(sdrs.show_job_status(sdrs_model.ShowJobStatusRequest(job_id=job_id)), sdrs_model)

        return wait_for_job(show, lambda job: job.status, response.job_id, arguments, "SDRS")

    def group_now():
        return checked(sdrs.show_protection_group(
            sdrs_model.ShowProtectionGroupRequest(server_group_id=group_id)), sdrs_model).server_group

    def failover():
        job = sdrs_job(checked(sdrs.start_failover_protection_group(sdrs_model.StartFailoverProtectionGroupRequest(
            server_group_id=group_id, body=sdrs_model.FailoverProtectionGroupRequestBody(failover_server_group={}))),
            sdrs_model), "failover")
        after = group_now()
        expect(after.status == "failed-over", "status is %r, expected 'failed-over'" % after.status)
        expect(after.priority_station == group.priority_station, "priority_station is %r after the failover, expected %r" % (
            after.priority_station, group.priority_station))
        return job, "job %s (%s) SUCCESS; failed-over, priority_station %s" % (job.job_id, job.job_type, after.priority_station)

    runner.check("failover", failover)

    def start_protection():
        return checked(sdrs.start_protection_group(sdrs_model.StartProtectionGroupRequest(
            server_group_id=group_id, body=sdrs_model.StartProtectionGroupRequestBody(start_server_group={}))), sdrs_model)

    def refused_reprotect():
        try:
            start_protection()
        except ClientRequestException as error:
            expect(error.status_code == 400 and error.error_code == "SDRS.1342", "HTTP %s %s, expected 400 SDRS.1342" % (
                error.status_code, error.error_code))
            return None, "refused with HTTP 400 SDRS.1342 (DR-site servers run)"
        raise CheckFailed("re-protect was accepted while the DR-site servers ran")

    runner.check("re-protect refused while the DR-site servers run", refused_reprotect)
    runner.check("batch stop the DR-site servers", lambda: batch(ecs, "stop", recovery, arguments, "batch stop"))

    def reprotect():
        job = sdrs_job(start_protection(), "re-protect")
        after = group_now()
        expect(after.status == "protected", "status is %r after the re-protect, expected 'protected'" % after.status)
        return job, "job %s (%s) SUCCESS; protected" % (job.job_id, job.job_type)

    runner.check("re-protect", reprotect)
    runner.check("batch stop the production servers again",
                 lambda: batch(ecs, "stop", production, arguments, "batch stop"))

    def switch_back():
        job = sdrs_job(checked(sdrs.start_reverse_protection_group(sdrs_model.StartReverseProtectionGroupRequest(
            server_group_id=group_id, body=reverse_body())), sdrs_model), "reverse")
        after = group_now()
        expect(after.priority_station == other_station and after.status == "protected", "priority_station %r, status %r" % (
            after.priority_station, after.status))
        return job, "job %s SUCCESS; protected at %s" % (job.job_id, other_station)

    runner.check("switchover back after the re-protect", switch_back)

    def disable_then_enable():
        stop = sdrs_job(checked(sdrs.stop_protection_group(sdrs_model.StopProtectionGroupRequest(
            server_group_id=group_id, body=sdrs_model.StopProtectionGroupRequestBody(stop_server_group={}))), sdrs_model),
            "disable protection")
        expect(group_now().status == "available", "status is %r after disabling, expected 'available'" % group_now().status)
        start = sdrs_job(start_protection(), "enable protection")
        expect(group_now().status == "protected", "status is %r after enabling, expected 'protected'" % group_now().status)
        return None, "%s then %s SUCCESS; protected" % (stop.job_type, start.job_type)

    runner.check("disable then enable protection", disable_then_enable)

    run_drill_checks(sdrs, ecs, group_id, arguments, runner)

    def wrong_secret():
        wrong_sdrs, _ = build_clients(arguments, arguments.sk + "x")
        try:
            wrong_sdrs.list_protection_groups(sdrs_model.ListProtectionGroupsRequest())
        except ClientRequestException as error:
            expect(error.status_code == 401, "HTTP %s, expected 401" % error.status_code)
            expect(error.error_code == "APIGW.0301", "error code %r, expected APIGW.0301" % error.error_code)
            return None, "refused with HTTP 401 APIGW.0301 (request ID %s)" % error.request_id
        raise CheckFailed("a request signed with a wrong secret key was accepted")

    runner.check("wrong secret key refused", wrong_secret)

    def over_rate_limit():
        admin = arguments.endpoint.rstrip("/") + "/__emulator/rate-limit"

        def admin_call(method, body=None):
            data = None if body is None else json.dumps(body).encode()
            request = urllib.request.Request(admin, data=data, method=method, headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=10) as response:
                return response.status

        try:
            admin_call("PUT", {"calls": 1, "per_seconds": 86400})
        except (urllib.error.URLError, OSError):
            return None, "skipped: the endpoint has no emulator admin API"
        try:
            sdrs.list_protection_groups(sdrs_model.ListProtectionGroupsRequest())
            try:
                sdrs.list_protection_groups(sdrs_model.ListProtectionGroupsRequest())
            except ClientRequestException as error:
                expect(error.status_code == 429, "HTTP %s, expected 429" % error.status_code)
                if error.error_code == "APIGW.0308":
                    expect("policy user over ratelimit" in (error.error_msg or ""), "message %r" % error.error_msg)
                    return None, "refused with HTTP 429 APIGW.0308: %s" % error.error_msg
                # SDK 3.1.219 puts 429 in urllib3's status_forcelist with retry_times 0: the answer
                # surfaces as a RetryError, body unread, code "429".
                expect(error.error_code == "429", "error code %r, expected APIGW.0308 or 429" % error.error_code)
                return None, "refused with HTTP 429 (the SDK reports 429 answers as a RetryError without reading the body)"
            raise CheckFailed("a call over the rate limit was answered")
        finally:
            admin_call("DELETE")

    runner.check("call over the rate limit refused", over_rate_limit)


def run_drill_checks(sdrs, ecs, group_id, arguments, runner):
    """DR drill create -> list -> show -> rename -> delete (reference section 12.4) through the SDK."""
    state = {}

    def show_sdrs_job(job_id):
        return checked(sdrs.show_job_status(sdrs_model.ShowJobStatusRequest(job_id=job_id)), sdrs_model)

    def create():
        params = sdrs_model.CreateDisasterRecoveryDrillRequestParams(server_group_id=group_id, name="sdk-conformance-drill")
        body = sdrs_model.CreateDisasterRecoveryDrillRequestBody(disaster_recovery_drill=params)
        response = checked(sdrs.create_disaster_recovery_drill(
            sdrs_model.CreateDisasterRecoveryDrillRequest(body=body)), sdrs_model)
        expect(response.job_id, "no job_id in the create response")
        job = wait_for_job(show_sdrs_job, lambda job: job.status, response.job_id, arguments, "drill create")
        expect(job.job_type == "createDisasterRecoveryDrill", "job type %r" % job.job_type)
        raw = json.loads(show_sdrs_job(response.job_id).raw_content)
        drill_id = (raw.get("entities") or {}).get("disaster_recovery_drill_id")
        expect(drill_id, "the create job's entities carry no disaster_recovery_drill_id")
        state["drill_id"] = drill_id
        return drill_id, "job %s SUCCESS, drill %s" % (response.job_id, drill_id)

    runner.check("DR drill created", create)

    def listed():
        response = checked(sdrs.list_disaster_recovery_drills(
            sdrs_model.ListDisasterRecoveryDrillsRequest(server_group_id=group_id, limit=10, offset=0)), sdrs_model)
        ids = [drill.id for drill in response.disaster_recovery_drills or []]
        expect(state["drill_id"] in ids, "the drill is not listed for its group: %s" % ids)
        expect(response.count >= 1, "count is %r" % response.count)
        return None, "%d drill(s) listed for the group" % len(ids)

    runner.check("DR drills listed by group", listed)

    def shown():
        response = checked(sdrs.show_disaster_recovery_drill(
            sdrs_model.ShowDisasterRecoveryDrillRequest(disaster_recovery_drill_id=state["drill_id"])), sdrs_model)
        drill = response.disaster_recovery_drill
        expect(drill.status == "available", "status %r, expected available" % drill.status)
        expect(drill.server_group_id == group_id, "server_group_id %r" % drill.server_group_id)
        server_ids = [server.drill_server_id for server in drill.drill_servers or []]
        expect(server_ids, "the drill has no drill servers")
        list_servers(ecs, server_ids)
        state["servers"] = server_ids
        return None, "available with %d drill server(s), listed by ECS" % len(server_ids)

    runner.check("DR drill shown", shown)

    def renamed():
        params = sdrs_model.UpdateDisasterRecoveryDrillNameRequestParams(name="sdk-conformance-renamed")
        body = sdrs_model.UpdateDisasterRecoveryDrillNameRequestBody(disaster_recovery_drill=params)
        response = checked(sdrs.update_disaster_recovery_drill_name(sdrs_model.UpdateDisasterRecoveryDrillNameRequest(
            disaster_recovery_drill_id=state["drill_id"], body=body)), sdrs_model)
        expect(response.disaster_recovery_drill.name == "sdk-conformance-renamed",
               "name %r" % response.disaster_recovery_drill.name)
        return None, "renamed"

    runner.check("DR drill renamed", renamed)

    def deleted():
        response = checked(sdrs.delete_disaster_recovery_drill(
            sdrs_model.DeleteDisasterRecoveryDrillRequest(disaster_recovery_drill_id=state["drill_id"])), sdrs_model)
        job = wait_for_job(show_sdrs_job, lambda job: job.status, response.job_id, arguments, "drill delete")
        expect(job.job_type == "deleteDisasterRecoveryDrill", "job type %r" % job.job_type)
        try:
            sdrs.show_disaster_recovery_drill(
                sdrs_model.ShowDisasterRecoveryDrillRequest(disaster_recovery_drill_id=state["drill_id"]))
        except ClientRequestException as error:
            expect(error.error_code == "SDRS.1902", "error code %r, expected SDRS.1902" % error.error_code)
            return None, "job %s SUCCESS; the drill is gone (SDRS.1902)" % response.job_id
        raise CheckFailed("the deleted drill is still shown")

    runner.check("DR drill deleted", deleted)


def main(argv):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--endpoint", required=True, help="base URL serving SDRS and ECS, e.g. http://127.0.0.1:8080")
    parser.add_argument("--ak", required=True, help="access key ID")
    parser.add_argument("--sk", required=True, help="secret access key (never printed)")
    parser.add_argument("--project-id", required=True, help="project ID used in paths and X-Project-Id")
    parser.add_argument("--timeout", type=float, default=300, help="seconds to wait for each job (default 300)")
    parser.add_argument("--poll-interval", type=float, default=1.0, help="seconds between job polls (default 1)")
    arguments = parser.parse_args(argv)
    # A local emulator must never be reached through a proxy from the environment.
    for name in ("NO_PROXY", "no_proxy"):
        os.environ[name] = ",".join(filter(None, [os.environ.get(name), "127.0.0.1", "localhost"]))

    runner = Runner()
    try:
        run(arguments, runner)
    except Abort:
        print("stopping: later checks depend on the failed one", flush=True)
    print("%d passed, %d failed" % (runner.passed, runner.failed), flush=True)
    return 0 if runner.failed == 0 and runner.passed > 0 else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
