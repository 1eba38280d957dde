// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire

/// Random wire models for round-trip and writer tests: every optional field present or `nil` at
/// random, strings drawn from `HostileStrings`.
enum WireModelSamples {
    static func text(using random: inout SeededRandom) -> String? {
        random.chance(0.2) ? nil : HostileStrings.pick(using: &random)
    }

    static func number(using random: inout SeededRandom) -> Int? {
        random.chance(0.2) ? nil : [0, 1, -1, 42, 100, Int.max, Int.min].randomElement(using: &random)!
    }

    static func flag(using random: inout SeededRandom) -> Bool? {
        random.chance(0.2) ? nil : random.chance(0.5)
    }

    static func list<Element>(using random: inout SeededRandom, _ make: (inout SeededRandom) -> Element) -> [Element]? {
        random.chance(0.2) ? nil : (0..<Int(random.next() % 4)).map { _ in make(&random) }
    }

    static func map<Value>(using random: inout SeededRandom, _ make: (inout SeededRandom) -> Value) -> [String: Value]? {
        guard !random.chance(0.2) else { return nil }
        var result: [String: Value] = [:]
        for _ in 0..<Int(random.next() % 6) { result[HostileStrings.pick(using: &random)] = make(&random) }
        return result
    }

    static func group(using r: inout SeededRandom) -> ProtectionGroup {
        ProtectionGroup(
            id: text(using: &r), name: text(using: &r), description: text(using: &r),
            status: text(using: &r).map { ProtectionGroupStatus(rawValue: $0) }, progress: number(using: &r),
            sourceAvailabilityZone: text(using: &r), targetAvailabilityZone: text(using: &r), domainID: text(using: &r),
            domainName: text(using: &r), priorityStation: text(using: &r).map { PriorityStation(rawValue: $0) },
            protectedInstanceCount: number(using: &r), replicationCount: number(using: &r),
            disasterRecoveryDrillCount: number(using: &r), protectedStatus: text(using: &r),
            replicationStatus: text(using: &r), healthStatus: text(using: &r), sourceVPCID: text(using: &r),
            targetVPCID: text(using: &r), testVPCID: text(using: &r), drType: text(using: &r), createdAt: text(using: &r),
            updatedAt: text(using: &r), protectionType: text(using: &r), replicationModel: text(using: &r),
            serverType: text(using: &r)
        )
    }

    static func instance(using r: inout SeededRandom) -> ProtectedInstance {
        ProtectedInstance(
            id: text(using: &r), name: text(using: &r), description: text(using: &r), serverGroupID: text(using: &r),
            status: text(using: &r).map { ProtectedInstanceStatus(rawValue: $0) }, progress: number(using: &r),
            sourceServer: text(using: &r), targetServer: text(using: &r),
            priorityStation: text(using: &r).map { PriorityStation(rawValue: $0) },
            attachments: list(using: &r) { ProtectedInstanceAttachment(replicationID: text(using: &$0), device: text(using: &$0)) },
            tags: list(using: &r) { ResourceTag(key: text(using: &$0), value: text(using: &$0)) },
            metadata: map(using: &r) { HostileStrings.pick(using: &$0) }, createdAt: text(using: &r), updatedAt: text(using: &r)
        )
    }

    static func replication(using r: inout SeededRandom) -> ReplicationPair {
        ReplicationPair(
            id: text(using: &r), name: text(using: &r), description: text(using: &r),
            status: text(using: &r).map { ReplicationPairStatus(rawValue: $0) }, volumeIDs: text(using: &r),
            attachments: list(using: &r) {
                ReplicationPairAttachment(protectedInstanceID: text(using: &$0), device: text(using: &$0))
            },
            replicationModel: text(using: &r), progress: number(using: &r), replicationStatus: text(using: &r),
            failureDetail: text(using: &r), faultLevel: text(using: &r), serverGroupID: text(using: &r),
            priorityStation: text(using: &r).map { PriorityStation(rawValue: $0) },
            recordMetadata: r.chance(0.2)
                ? nil
                : ReplicationRecordMetadata(
                    multiattach: flag(using: &r), bootable: flag(using: &r), volumeSize: number(using: &r),
                    volumeType: text(using: &r)),
            createdAt: text(using: &r), updatedAt: text(using: &r)
        )
    }

    static func server(using r: inout SeededRandom) -> ECSServer {
        ECSServer(
            id: text(using: &r), name: text(using: &r), status: text(using: &r).map { ECSServerStatus(rawValue: $0) },
            vmState: text(using: &r).map { ECSVMState(rawValue: $0) }, taskState: text(using: &r).map { ECSTaskState(rawValue: $0) },
            powerState: number(using: &r).map { ECSPowerState(rawValue: $0) }, availabilityZone: text(using: &r),
            flavor: r.chance(0.2)
                ? nil
                : ECSFlavor(id: text(using: &r), name: text(using: &r), disk: text(using: &r), vcpus: text(using: &r), ram: text(using: &r)),
            addresses: map(using: &r) { random in
                list(using: &random) {
                    ECSAddress(
                        version: text(using: &$0), address: text(using: &$0), type: text(using: &$0),
                        macAddress: text(using: &$0), portID: text(using: &$0), primary: flag(using: &$0))
                } ?? []
            },
            volumesAttached: list(using: &r) {
                ECSVolumeAttachment(id: text(using: &$0), device: text(using: &$0), bootIndex: text(using: &$0), deleteOnTermination: text(using: &$0))
            },
            metadata: map(using: &r) { HostileStrings.pick(using: &$0) },
            fault: r.chance(0.5)
                ? nil : ECSFault(code: number(using: &r), message: text(using: &r), details: text(using: &r), created: text(using: &r)),
            locked: flag(using: &r), hostStatus: text(using: &r), created: text(using: &r), updated: text(using: &r),
            launchedAt: text(using: &r), terminatedAt: text(using: &r), progress: number(using: &r), description: text(using: &r),
            tenantID: text(using: &r), userID: text(using: &r), image: r.chance(0.2) ? nil : ECSImageReference(id: text(using: &r)),
            keyName: text(using: &r),
            securityGroups: list(using: &r) { ECSSecurityGroupReference(name: text(using: &$0), id: text(using: &$0)) },
            tags: list(using: &r) { HostileStrings.pick(using: &$0) },
            sysTags: list(using: &r) { ECSSystemTag(key: text(using: &$0), value: text(using: &$0)) },
            enterpriseProjectID: text(using: &r), hostID: text(using: &r), host: text(using: &r),
            hypervisorHostname: text(using: &r), instanceName: text(using: &r), hostname: text(using: &r),
            reservationID: text(using: &r), launchIndex: number(using: &r), kernelID: text(using: &r),
            ramdiskID: text(using: &r), rootDeviceName: text(using: &r), userData: text(using: &r),
            diskConfig: text(using: &r), accessIPv4: text(using: &r), accessIPv6: text(using: &r),
            configDrive: text(using: &r),
            schedulerHints: r.chance(0.3)
                ? nil
                : ECSSchedulerHints(
                    group: list(using: &r) { HostileStrings.pick(using: &$0) }, tenancy: list(using: &r) { HostileStrings.pick(using: &$0) },
                    dedicatedHostID: list(using: &r) { HostileStrings.pick(using: &$0) }),
            autoTerminateTime: text(using: &r)
        )
    }
}
