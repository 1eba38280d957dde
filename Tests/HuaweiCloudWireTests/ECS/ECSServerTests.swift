// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

struct ECSServerTests {
    /// The show sample of the ECS API reference (§6.2), verbatim apart from a removed comment.
    static let documentedShowSample = #"""
        {
            "server": {
                "id": "4f4b3dfa-eb70-47cf-a60a-998a53bd598a",
                "name": "ecs-2ecf",
                "addresses": {
                    "0431c5e5-bc94-4a44-8263-15da2a642435": [{
                        "version": "4",
                        "addr": "192.168.1.99",
                        "OS-EXT-IPS-MAC:mac_addr": "fa:16:3e:df:18:6d",
                        "OS-EXT-IPS:port_id": "23037c18-027a-44e5-b6b9-f8d8f113fe02",
                        "OS-EXT-IPS:type": "fixed"
                    }]
                },
                "flavor": {"disk": "0", "vcpus": "1", "ram": "1024", "id": "s3.small.1", "name": "s3.small.1"},
                "accessIPv4": "",
                "accessIPv6": "",
                "status": "ACTIVE",
                "progress": 0,
                "hostId": "c7145889b2e3202cd295ceddb1742ff8941b827b586861fd0acedf64",
                "updated": "2018-09-13T07:06:51Z",
                "created": "2018-09-13T07:03:44Z",
                "image": {"id": "1ce5800a-e487-4c1b-b264-3353a39e2b4b"},
                "metadata": {
                    "metering.order_id": "CS1809131459IGC24",
                    "metering.image_id": "c71b64e7-4767-4406-afde-2c7c7ac2242c",
                    "metering.imagetype": "gold",
                    "metering.resourcespeccode": "s3.small.1.linux",
                    "image_name": "HEC_Public_Cloudinit_Oracle_Linux_7.4_64bit_40G",
                    "metering.resourcetype": "1",
                    "metering.product_id": "00301-117024-0--0",
                    "cascaded.instance_extrainfo": "pcibridge:2",
                    "os_bit": "64",
                    "vpc_id": "0431c5e5-bc94-4a44-8263-15da2a642435",
                    "os_type": "Linux",
                    "charging_mode": "1"
                },
                "tags": [],
                "description": "",
                "locked": false,
                "config_drive": "",
                "tenant_id": "ff2eb406effc455aba53174463eb9322",
                "user_id": "0bc5e11f91dd48849bb03b7c8a263b2c",
                "key_name": "KeyPair-d750",
                "os-extended-volumes:volumes_attached": [{
                    "device": "/dev/vda",
                    "bootIndex": "0",
                    "id": "80c15cff-2473-4982-a816-d760cad6c42c",
                    "delete_on_termination": "false"
                }],
                "OS-EXT-STS:task_state": null,
                "OS-EXT-STS:power_state": 1,
                "OS-EXT-STS:vm_state": "active",
                "OS-EXT-SRV-ATTR:host": "az21.dc1",
                "OS-EXT-SRV-ATTR:instance_name": "instance-0015147f",
                "OS-EXT-SRV-ATTR:hypervisor_hostname": "nova003@74",
                "OS-EXT-SRV-ATTR:user_data": null,
                "OS-DCF:diskConfig": "MANUAL",
                "OS-EXT-AZ:availability_zone": "az1-dc1",
                "os:scheduler_hints": {},
                "OS-EXT-SRV-ATTR:root_device_name": "/dev/vda",
                "OS-EXT-SRV-ATTR:ramdisk_id": "",
                "enterprise_project_id": "0",
                "OS-SRV-USG:launched_at": "2018-09-13T07:04:09.197749",
                "OS-EXT-SRV-ATTR:kernel_id": "",
                "OS-EXT-SRV-ATTR:launch_index": 0,
                "host_status": "UP",
                "OS-EXT-SRV-ATTR:reservation_id": "r-nrd8b5c4",
                "OS-EXT-SRV-ATTR:hostname": "ecs-2ecf",
                "sys_tags": [{"key": "_sys_enterprise_project_id", "value": "0"}],
                "security_groups": [{"name": "sg-95ec", "id": "6505b5d1-7837-41eb-8a1c-869d4355baa3"}]
            }
        }
        """#

    /// A failed server in OpenStack style: numeric address versions, flavor without strings,
    /// `fault` with an integer code, many nulls.
    static let failedServerSample = #"""
        {"id": "24152c29-a6ba-462a-ba83-6bb81c5e4a90", "name": "test1", "status": "ERROR",
         "fault": {"code": 500, "created": "2020-09-06T15:26:13Z", "message": "Exceeded maximum number of retries.",
                   "details": "Traceback (most recent call last): ..."},
         "OS-EXT-AZ:availability_zone": "", "config_drive": "", "key_name": null,
         "OS-SRV-USG:launched_at": null, "OS-SRV-USG:terminated_at": null, "OS-EXT-SRV-ATTR:host": null,
         "OS-EXT-SRV-ATTR:hypervisor_hostname": null, "OS-EXT-STS:task_state": null, "OS-EXT-STS:vm_state": "error",
         "OS-EXT-STS:power_state": 0, "os-extended-volumes:volumes_attached": [{"id": "d6a7d469-2062-41b3-b31c-7fb2fbe027f2"}],
         "addresses": {"public": [{"addr": "10.0.0.5", "version": 4}]},
         "flavor": {"id": "1", "links": [{"rel": "bookmark", "href": "http://_URL:PORT_/flavors/1"}], "vcpus": 2}}
        """#

    /// The keys `ECSServer` writes: every modelled `ServerDetail` key.
    static let encodedKeys: Set<String> = [
        "id", "name", "status", "OS-EXT-STS:vm_state", "OS-EXT-STS:task_state", "OS-EXT-STS:power_state",
        "OS-EXT-AZ:availability_zone", "flavor", "addresses", "os-extended-volumes:volumes_attached", "metadata",
        "fault", "locked", "host_status", "created", "updated", "OS-SRV-USG:launched_at", "OS-SRV-USG:terminated_at",
        "progress", "description", "tenant_id", "user_id", "image", "key_name", "security_groups", "tags", "sys_tags",
        "enterprise_project_id", "hostId", "OS-EXT-SRV-ATTR:host", "OS-EXT-SRV-ATTR:hypervisor_hostname",
        "OS-EXT-SRV-ATTR:instance_name", "OS-EXT-SRV-ATTR:hostname", "OS-EXT-SRV-ATTR:reservation_id",
        "OS-EXT-SRV-ATTR:launch_index", "OS-EXT-SRV-ATTR:kernel_id", "OS-EXT-SRV-ATTR:ramdisk_id",
        "OS-EXT-SRV-ATTR:root_device_name", "OS-EXT-SRV-ATTR:user_data", "OS-DCF:diskConfig", "accessIPv4",
        "accessIPv6", "config_drive", "os:scheduler_hints", "auto_terminate_time",
    ]

    @Test func decodesTheDocumentedShowSample() throws {
        let server = try #require(try decodeWire(ECSServerResponse.self, Self.documentedShowSample).server)
        #expect(server.status == .active)
        #expect(server.vmState == .active)
        #expect(server.taskState == nil)
        #expect(server.powerState == .running)
        #expect(server.isRunning && !server.isStopped)
        #expect(server.availabilityZone == "az1-dc1")
        #expect(server.flavor == ECSFlavor(id: "s3.small.1", name: "s3.small.1", disk: "0", vcpus: "1", ram: "1024"))
        let address = try #require(server.addresses?["0431c5e5-bc94-4a44-8263-15da2a642435"]?.first)
        #expect(address.address == "192.168.1.99" && address.type == "fixed" && address.version == "4")
        #expect(address.macAddress == "fa:16:3e:df:18:6d" && address.portID == "23037c18-027a-44e5-b6b9-f8d8f113fe02")
        #expect(
            server.volumesAttached == [
                .init(
                    id: "80c15cff-2473-4982-a816-d760cad6c42c", device: "/dev/vda", bootIndex: "0",
                    deleteOnTermination: "false")
            ])
        #expect(server.metadata?["charging_mode"] == "1")
        #expect(server.locked == false)
        #expect(server.tags == [])
        #expect(server.sysTags == [.init(key: "_sys_enterprise_project_id", value: "0")])
        #expect(server.securityGroups == [.init(name: "sg-95ec", id: "6505b5d1-7837-41eb-8a1c-869d4355baa3")])
        #expect(server.schedulerHints == ECSSchedulerHints())
        #expect(server.launchedAt == "2018-09-13T07:04:09.197749")
        #expect(server.launchIndex == 0)
        #expect(server.hostID == "c7145889b2e3202cd295ceddb1742ff8941b827b586861fd0acedf64")
        #expect(server.userData == nil)
        #expect(server.fault == nil)
    }

    @Test func decodesANullHeavyFailedServerWithLooseTypes() throws {
        let server = try decodeWire(ECSServer.self, Self.failedServerSample)
        #expect(server.status == .error && server.vmState == .error && server.powerState == .noState)
        #expect(
            server.fault
                == ECSFault(
                    code: 500, message: "Exceeded maximum number of retries.",
                    details: "Traceback (most recent call last): ...",
                    created: "2020-09-06T15:26:13Z"))
        #expect(server.keyName == nil && server.launchedAt == nil && server.host == nil)
        #expect(server.addresses?["public"]?.first?.version == "4")
        #expect(server.flavor?.vcpus == "2" && server.flavor?.vcpuCount == 2 && server.flavor?.ram == nil)
        #expect(server.volumesAttached?.first?.bootIndex == nil)
    }

    @Test func stoppedMeansShutoffWithNoTaskInFlight() {
        #expect(ECSServer(status: .shutoff, taskState: nil).isStopped)
        #expect(!ECSServer(status: .shutoff, taskState: .poweringOn).isStopped)
        #expect(!ECSServer(status: .active, taskState: .poweringOff).isStopped)
        #expect(!ECSServer(status: .active, taskState: .poweringOff).isRunning)
    }

    @Test func encodesEveryModelledKeyWithExplicitNullsAndSDKTypes() throws {
        let empty = try encodedObject(ECSServer())
        #expect(Set(empty.keys) == Self.encodedKeys)
        #expect(nullKeys(empty) == Self.encodedKeys)
        #expect(isExplicitNull(empty, "OS-EXT-STS:task_state") && isExplicitNull(empty, "description"))
        let decoded = try decodeWire(ECSServerResponse.self, Self.documentedShowSample)
        let server = try #require(try encodedObject(decoded)["server"] as? [String: Any])
        #expect(server["OS-EXT-STS:power_state"] as? Int == 1)
        #expect(server["progress"] as? Int == 0)
        #expect(server["OS-EXT-SRV-ATTR:launch_index"] as? Int == 0)
        #expect(server["locked"] as? Bool == false)
        #expect((server["flavor"] as? [String: Any])?["vcpus"] as? String == "1")
        #expect((server["os:scheduler_hints"] as? [String: Any])?.isEmpty == true)
        #expect(
            nullKeys(server) == [
                "OS-EXT-STS:task_state", "OS-EXT-SRV-ATTR:user_data", "fault", "OS-SRV-USG:terminated_at",
                "auto_terminate_time",
            ])
        let volume = try #require((server["os-extended-volumes:volumes_attached"] as? [[String: Any]])?.first)
        #expect(volume["delete_on_termination"] as? String == "false" && volume["bootIndex"] as? String == "0")
        let address = try #require((server["addresses"] as? [String: [[String: Any]]])?.values.first?.first)
        #expect(
            Set(address.keys) == [
                "version", "addr", "OS-EXT-IPS:type", "OS-EXT-IPS-MAC:mac_addr", "OS-EXT-IPS:port_id", "primary",
            ])
    }

    @Test func roundTripsServersAndLists() throws {
        let shown = try decodeWire(ECSServerResponse.self, Self.documentedShowSample)
        #expect(try roundTrip(shown) == shown)
        let failed = try decodeWire(ECSServer.self, Self.failedServerSample)
        let list = ECSServerListResponse(servers: [try #require(shown.server), failed, ECSServer(id: "x")], count: 3)
        #expect(try roundTrip(list) == list)
        let hints = ECSSchedulerHints(group: ["sg"], tenancy: nil, dedicatedHostID: ["h"])
        #expect(try encodedText(hints) == #"{"dedicated_host_id":["h"],"group":["sg"]}"#)
        #expect(try roundTrip(hints) == hints)
    }

    @Test func listDecodesUnknownIDEntriesAndCount() throws {
        let json = #"""
            {"count": 2, "servers": [
                {"id": "a", "status": "SHUTOFF", "OS-EXT-STS:task_state": "powering-on", "OS-EXT-STS:power_state": 4},
                {"id": "missing", "fault": {"code": 404, "message": "instance not found"}, "name": null}
            ]}
            """#
        let list = try decodeWire(ECSServerListResponse.self, json)
        #expect(list.count == 2)
        #expect(list.servers?.first?.taskState == .poweringOn)
        #expect(list.servers?.first?.powerState == .shutdown)
        #expect(list.servers?.last?.fault?.code == 404)
        #expect(Set(try encodedObject(list).keys) == ["count", "servers"])
    }

    @Test func observationListKeepsExactlyTheObservedFieldsOfTheFullList() throws {
        let shown = try #require(try decodeWire(ECSServerResponse.self, Self.documentedShowSample).server)
        let failed = try decodeWire(ECSServer.self, Self.failedServerSample)
        let full = ECSServerListResponse(servers: [shown, failed, ECSServer(id: "x")], count: 3)
        let text = String(decoding: try WireJSON.encode(full), as: UTF8.self)
        let observed = try decodeWire(ECSServerObservationList.self, text)
        #expect(observed.count == 3)
        let servers = try #require(observed.servers)
        #expect(servers.count == 3)
        for (slim, whole) in zip(servers, full.servers ?? []) {
            let expected = ECSServer(
                id: whole.id, name: whole.name, status: whole.status, taskState: whole.taskState, powerState: whole.powerState,
                availabilityZone: whole.availabilityZone, metadata: whole.metadata, locked: whole.locked
            )
            #expect(slim == expected)
        }
        #expect(servers[0].addresses == nil && servers[0].flavor == nil && shown.flavor != nil)
    }
}
