// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Turns a validated fixture into the store's initial state, filling generated values (VPC IDs,
/// addresses, volume IDs) from the seeded identifier generator so the same seed gives the same
/// state.
struct FixtureImporter {
    let fixture: EmulatorFixture
    let seed: UInt64
    let now: Date
    let timeScale: Double

    func makeState() -> EmulatorState {
        var random = SplitMix64(seed: seed ^ 0x5EED_1D5E_ED1D_5EED)
        let created = fixture.createdAt.flatMap(FixtureDate.parse) ?? now
        var state = EmulatorState(
            projectID: fixture.projectID, region: fixture.region, credentials: fixture.credentials,
            timings: fixture.timings, virtualNow: now, faultRandom: SplitMix64(seed: seed),
            identifierRandom: SplitMix64(seed: seed ^ 0x1D5E_ED1D_5EED_1D5E)
        )
        var groupVPC: [String: String] = [:]
        for group in fixture.groups {
            let vpc = group.vpcID ?? random.nextUUID()
            groupVPC[group.id] = vpc
            let createdAt = group.createdAt.flatMap(FixtureDate.parse) ?? created
            state.groupOrder.append(group.id)
            state.groups[group.id] = EmulatedGroup(
                id: group.id, name: group.name, description: group.description, status: group.status,
                priorityStation: group.priorityStation, sourceAvailabilityZone: group.sourceAvailabilityZone,
                targetAvailabilityZone: group.targetAvailabilityZone, sourceVPCID: vpc, targetVPCID: vpc,
                drType: "migration", protectionType: "replication-pair", serverType: "ECS",
                drillCount: group.drillCount, progress: 100, createdAt: createdAt, updatedAt: createdAt
            )
        }
        var vpcByServer: [String: String] = [:]
        for instance in fixture.protectedInstances {
            for serverID in [instance.sourceServer, instance.targetServer] {
                vpcByServer[serverID] = groupVPC[instance.group]
            }
        }
        var flavors: [String: EmulatedFlavor] = [:]
        var images: [String: String] = [:]
        for server in fixture.servers {
            if flavors[server.flavor] == nil { flavors[server.flavor] = FlavorCatalogue.flavor(named: server.flavor) }
            if images[server.imageName] == nil { images[server.imageName] = random.nextUUID() }
        }
        state.serverOrder.reserveCapacity(fixture.servers.count)
        state.servers.reserveCapacity(fixture.servers.count)
        for (index, server) in fixture.servers.enumerated() {
            state.serverOrder.append(server.id)
            state.servers[server.id] = makeServer(
                server, index: index, vpcID: vpcByServer[server.id] ?? random.nextUUID(), created: created,
                catalogue: (flavors, images), random: &random
            )
        }
        for instance in fixture.protectedInstances {
            let group = state.groups[instance.group]
            let deleted = [instance.sourceServer, instance.targetServer].contains {
                state.servers[$0]?.isDeleted ?? true
            }
            let status = instance.status ?? (deleted ? "invalid" : group?.status ?? "protected")
            state.instanceOrder.append(instance.id)
            state.instances[instance.id] = EmulatedInstance(
                id: instance.id, name: instance.name, description: instance.description, groupID: instance.group,
                status: status, sourceServerID: instance.sourceServer, targetServerID: instance.targetServer,
                priorityStation: group?.priorityStation ?? PriorityStation.source, frozen: instance.frozen,
                tags: instance.tags.sorted { $0.key < $1.key }.map { EmulatedTag(key: $0.key, value: $0.value) },
                progress: 100, createdAt: group?.createdAt ?? created, updatedAt: group?.createdAt ?? created
            )
        }
        for replication in fixture.replications {
            guard let instance = state.instances[replication.instance] else { continue }
            let group = state.groups[instance.groupID]
            let deviceName = replication.device.split(separator: "/").last.map(String.init) ?? "disk"
            state.replicationOrder.append(replication.id)
            state.replications[replication.id] = EmulatedReplication(
                id: replication.id, name: replication.name ?? "\(instance.name)-\(deviceName)", description: nil,
                groupID: instance.groupID, instanceID: instance.id, device: replication.device,
                sourceVolumeID: random.nextUUID(), targetVolumeID: random.nextUUID(),
                status: replication.status ?? group?.status ?? "protected",
                replicationStatus: replication.faultLevel == "0" ? "active" : "inactive",
                faultLevel: replication.faultLevel, failureDetail: nil,
                priorityStation: group?.priorityStation ?? PriorityStation.source, volumeSizeGB: replication.volumeSize,
                volumeType: replication.volumeType, bootable: replication.device == "/dev/vda", multiattach: false,
                progress: 100, createdAt: group?.createdAt ?? created, updatedAt: group?.createdAt ?? created
            )
        }
        attachVolumes(to: &state)
        importJobs(into: &state)
        state.faults = fixture.faults.enumerated().map { index, rule in
            var rule = rule
            rule.id = "fault-\(index + 1)"
            return rule
        }
        state.nextFaultNumber = fixture.faults.count + 1
        return state
    }

    private func makeServer(
        _ server: EmulatorFixture.Server, index: Int, vpcID: String, created: Date,
        catalogue: (flavors: [String: EmulatedFlavor], images: [String: String]), random: inout SplitMix64
    ) -> EmulatedServer {
        let vmState: EmulatedServer.VMState =
            server.deleted
            ? .deleted : server.status == "SHUTOFF" ? .stopped : server.status == "ERROR" ? .error : .active
        let host = index % 250 + 2
        let subnet = index / 250 % 250
        var macBytes: [UInt8] = Array("fa:16:3e".utf8)
        let macValue = random.next()
        for shift in [16, 8, 0] {
            macBytes.append(UInt8(ascii: ":"))
            SplitMix64.appendHex(macValue >> UInt64(shift), digits: 2, to: &macBytes)
        }
        var metadata = server.metadata
        metadata["os_type"] = server.osType
        metadata["image_name"] = server.imageName
        metadata["charging_mode"] = "0"
        metadata["vpc_id"] = vpcID
        metadata["os_bit"] = "64"
        metadata["EcmResStatus"] = server.frozen ? "freeze" : "normal"
        return EmulatedServer(
            id: server.id, name: server.name, availabilityZone: server.availabilityZone, vmState: vmState,
            taskState: nil, osType: server.osType, imageID: catalogue.images[server.imageName] ?? "",
            imageName: server.imageName,
            flavor: catalogue.flavors[server.flavor] ?? FlavorCatalogue.flavor(named: server.flavor),
            frozen: server.frozen, locked: server.locked,
            softStopHangs: server.softStopHangs, vpcID: vpcID,
            ipAddress: server.ipAddress ?? "192.168.\(subnet).\(host)",
            macAddress: String(decoding: macBytes, as: UTF8.self),
            portID: random.nextUUID(), volumes: [], metadata: metadata, tags: server.tags, createdAt: created,
            updatedAt: created, launchedAt: created, transition: nil
        )
    }

    /// Creates the fixture's running SDRS jobs and schedules their ends.
    private func importJobs(into state: inout EmulatorState) {
        for job in fixture.jobs {
            guard let kind = job.actionKind, let group = state.groups[job.group] else { continue }
            let remaining = (job.remainingSeconds ?? fixture.timings.duration(of: kind)) * timeScale
            let failure = job.failWithErrorCode.map {
                JobFailure(errorCode: $0, reason: "The job was set up to fail by the fixture.")
            }
            let requested = kind == .reverse ? job.priorityStation ?? PriorityStation.other(group.priorityStation) : nil
            state.jobs[job.id] = EmulatedJob(
                id: job.id, service: .sdrs, jobType: kind.jobType, status: .running, beginTime: now, endTime: nil,
                errorCode: nil, failReason: nil, serverGroupID: group.id, subJobs: [],
                groupAction: GroupActionPlan(kind: kind, requestedPriorityStation: requested, forcedFailure: failure)
            )
            let event = ScheduledEvent(
                due: now.addingTimeInterval(max(0, remaining)), sequence: state.nextSequence,
                kind: .finishGroupJob(jobID: job.id)
            )
            state.nextSequence += 1
            let position = state.events.firstIndex { ScheduledEvent.precedes(event, $0) } ?? state.events.endIndex
            state.events.insert(event, at: position)
        }
    }

    /// Attaches each replication pair's source disk to the source server and target disk to the
    /// target server (boot disk first).
    private func attachVolumes(to state: inout EmulatorState) {
        for id in state.replicationOrder {
            guard let replication = state.replications[id], let instance = state.instances[replication.instanceID]
            else { continue }
            let bootIndex = replication.bootable ? "0" : "-1"
            state.servers[instance.sourceServerID]?.volumes.append(
                EmulatedVolumeAttachment(
                    id: replication.sourceVolumeID, device: replication.device, bootIndex: bootIndex)
            )
            state.servers[instance.targetServerID]?.volumes.append(
                EmulatedVolumeAttachment(
                    id: replication.targetVolumeID, device: replication.device, bootIndex: bootIndex)
            )
        }
    }
}
