// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorFixture {
    /// The fake credential synthetic fixtures use unless told otherwise.
    public static let syntheticCredential = Credential(
        accessKeyID: "HPUASYNTHETIC0000000", secretAccessKey: "synthetic-secret-key-not-real-000000000"
    )

    /// Generates a large, realistic estate: `groups` protected groups of `instancesPerGroup`
    /// instances, each with a running production server, a stopped DR twin and a boot-disk
    /// replication pair. Every tenth group is already switched to its target AZ.
    ///
    /// Generation is linear in the number of resources and fully determined by `seed`.
    ///
    /// - Parameters:
    ///   - groups: Number of protection groups.
    ///   - instancesPerGroup: Protected instances per group.
    ///   - seed: Seeds the generated IDs.
    ///   - projectID: The project (32 hex characters).
    ///   - region: The region; AZs are `<region>a` and `<region>b`.
    ///   - credentials: Accepted credentials.
    public static func synthetic(
        groups: Int, instancesPerGroup: Int, seed: UInt64 = 1,
        projectID: String = "5eed0000000000000000000000000000", region: String = "cn-north-4",
        credentials: [Credential] = [syntheticCredential]
    ) -> EmulatorFixture {
        var random = SplitMix64(seed: seed)
        var fixture = EmulatorFixture(
            projectID: projectID, region: region, credentials: credentials, createdAt: "2024-01-01T00:00:00Z"
        )
        let zoneA = region + "a"
        let zoneB = region + "b"
        let tiers = ["web", "app", "db", "cache", "batch", "mq"]
        fixture.groups.reserveCapacity(groups)
        fixture.protectedInstances.reserveCapacity(groups * instancesPerGroup)
        fixture.servers.reserveCapacity(groups * instancesPerGroup * 2)
        fixture.replications.reserveCapacity(groups * instancesPerGroup)
        for groupIndex in 0..<groups {
            let atTarget = groupIndex % 10 == 9
            let groupName = "\(tiers[groupIndex % tiers.count])-\(String(groupIndex).leftPadded(to: 5))"
            let group = Group(
                id: random.nextUUID(), name: groupName, description: "synthetic group \(groupIndex)",
                priorityStation: atTarget ? "target" : "source", sourceAvailabilityZone: zoneA,
                targetAvailabilityZone: zoneB
            )
            fixture.groups.append(group)
            for instanceIndex in 0..<instancesPerGroup {
                let name = "\(groupName)-\(instanceIndex + 1)"
                let windows = groupIndex % 4 == 1
                let image = windows ? "Windows Server 2019 Datacenter 64bit with Cloudbase-Init" : "CentOS 7.9 64bit"
                let sourceServer = Server(
                    id: random.nextUUID(), name: name, availabilityZone: zoneA, status: atTarget ? "SHUTOFF" : "ACTIVE",
                    osType: windows ? "Windows" : "Linux", imageName: image
                )
                let targetServer = Server(
                    id: random.nextUUID(), name: name, availabilityZone: zoneB, status: atTarget ? "ACTIVE" : "SHUTOFF",
                    osType: windows ? "Windows" : "Linux", imageName: image
                )
                fixture.servers += [sourceServer, targetServer]
                let instance = ProtectedInstance(
                    id: random.nextUUID(), name: name, group: group.id, sourceServer: sourceServer.id,
                    targetServer: targetServer.id, tags: ["tier": tiers[groupIndex % tiers.count]]
                )
                fixture.protectedInstances.append(instance)
                fixture.replications.append(Replication(id: random.nextUUID(), instance: instance.id))
            }
        }
        return fixture
    }
}

extension String {
    /// Left-pads with zeros to `width` characters.
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
