// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorFixture {
    /// Known SDRS protection group statuses (§2.2), plus the three legacy strings.
    static let groupStatuses: Set<String> = [
        "creating", "available", "protected", "deleting", "error-deleting", "error", "starting", "error-starting",
        "reprotecting", "error-reprotecting", "stopping", "error-stopping", "reversing", "error-reversing",
        "failing-over", "failed-over", "error-failing-over", "failed-over-back", "error-failing-over-back",
        "error-failing-back",
    ]

    /// Known protected instance statuses (§3.2).
    static let instanceStatuses: Set<String> = groupStatuses.union([
        "nic-creating", "nic-deleting", "resizing", "error-resizing", "invalid", "fault",
    ])

    /// Known replication pair statuses (§3.5).
    static let replicationStatuses: Set<String> = groupStatuses.union([
        "extending", "error-extending", "invalid", "fault", "attaching", "detaching", "error-attaching",
        "error-detaching",
    ])

    /// Every rule this fixture breaks (empty when usable).
    func problems() -> [FixtureProblem] {
        var problems: [FixtureProblem] = []
        func add(_ path: [FixtureProblem.PathComponent], _ message: String) {
            problems.append(FixtureProblem(path: path, message: message))
        }
        if !Self.isProjectID(projectID) {
            add([.key("project_id")], "project_id must be 32 lower-case hexadecimal characters")
        }
        if credentials.isEmpty {
            add([.key("credentials")], "at least one credential is needed")
        }
        if let problem = rateLimit?.problem {
            add([.key("rate_limit")], problem)
        }
        checkUnique(credentials.map(\.accessKeyID), "credentials", "access_key_id", into: &problems)
        checkUnique(groups.map(\.id), "groups", "id", into: &problems)
        checkUnique(protectedInstances.map(\.id), "protected_instances", "id", into: &problems)
        checkUnique(servers.map(\.id), "servers", "id", into: &problems)
        checkUnique(replications.map(\.id), "replications", "id", into: &problems)
        checkUnique(jobs.map(\.id), "jobs", "id", into: &problems)

        var groupsByID: [String: Group] = [:]
        for group in groups { groupsByID[group.id] = group }
        var serversByID: [String: Server] = [:]
        for server in servers { serversByID[server.id] = server }

        for (index, group) in groups.enumerated() {
            let path: [FixtureProblem.PathComponent] = [.key("groups"), .index(index)]
            if !Self.groupStatuses.contains(group.status) {
                add(path + [.key("status")], "unknown protection group status '\(group.status)'")
            }
            if !PriorityStation.isValid(group.priorityStation) {
                add(path + [.key("priority_station")], "priority_station must be 'source' or 'target'")
            }
            if group.sourceAvailabilityZone == group.targetAvailabilityZone {
                add(path + [.key("target_availability_zone")], "the target AZ must differ from the source AZ")
            }
            if let createdAt = group.createdAt, FixtureDate.parse(createdAt) == nil {
                add(path + [.key("created_at")], "created_at must look like 2024-01-01T00:00:00Z")
            }
        }
        for (index, server) in servers.enumerated() {
            let path: [FixtureProblem.PathComponent] = [.key("servers"), .index(index)]
            if !["ACTIVE", "SHUTOFF", "ERROR"].contains(server.status) {
                add(path + [.key("status")], "server status must be ACTIVE, SHUTOFF or ERROR")
            }
            if !["Linux", "Windows"].contains(server.osType) {
                add(path + [.key("os_type")], "os_type must be Linux or Windows")
            }
        }
        var owner: [String: String] = [:]
        for (index, instance) in protectedInstances.enumerated() {
            let path: [FixtureProblem.PathComponent] = [.key("protected_instances"), .index(index)]
            guard let group = groupsByID[instance.group] else {
                add(path + [.key("group")], "no group with id '\(instance.group)'")
                continue
            }
            if let status = instance.status, !Self.instanceStatuses.contains(status) {
                add(path + [.key("status")], "unknown protected instance status '\(status)'")
            }
            for (key, serverID, zone) in [
                ("source_server", instance.sourceServer, group.sourceAvailabilityZone),
                ("target_server", instance.targetServer, group.targetAvailabilityZone),
            ] {
                guard let server = serversByID[serverID] else {
                    add(path + [.key(key)], "no server with id '\(serverID)'")
                    continue
                }
                if server.availabilityZone != zone {
                    add(path + [.key(key)], "server '\(serverID)' is in \(server.availabilityZone), expected \(zone)")
                }
                if let other = owner[serverID] {
                    add(path + [.key(key)], "server '\(serverID)' already belongs to instance '\(other)'")
                }
                owner[serverID] = instance.id
            }
        }
        let instanceIDs = Set(protectedInstances.map(\.id))
        for (index, replication) in replications.enumerated() {
            let path: [FixtureProblem.PathComponent] = [.key("replications"), .index(index)]
            if !instanceIDs.contains(replication.instance) {
                add(path + [.key("instance")], "no protected instance with id '\(replication.instance)'")
            }
            if let status = replication.status, !Self.replicationStatuses.contains(status) {
                add(path + [.key("status")], "unknown replication pair status '\(status)'")
            }
            if replication.faultLevel.isEmpty || !replication.faultLevel.allSatisfy(\.isNumber) {
                add(path + [.key("fault_level")], "fault_level must be a digit string such as \"0\", \"2\" or \"5\"")
            }
        }
        for (index, job) in jobs.enumerated() {
            let path: [FixtureProblem.PathComponent] = [.key("jobs"), .index(index)]
            if groupsByID[job.group] == nil {
                add(path + [.key("group")], "no group with id '\(job.group)'")
            }
            if job.actionKind == nil {
                add(
                    path + [.key("action")],
                    "action must be reverse, failover, enable-protection, reprotect or disable-protection")
            }
            if let station = job.priorityStation, !PriorityStation.isValid(station) {
                add(path + [.key("priority_station")], "priority_station must be 'source' or 'target'")
            }
            if !Self.isJobID(job.id) {
                add(path + [.key("id")], "a job id is 32 lower-case hexadecimal characters")
            }
        }
        for (index, fault) in faults.enumerated() {
            if let problem = fault.validationProblem {
                add([.key("faults"), .index(index)], problem)
            }
        }
        if let createdAt, FixtureDate.parse(createdAt) == nil {
            add([.key("created_at")], "created_at must look like 2024-01-01T00:00:00Z")
        }
        return problems
    }

    private func checkUnique(_ ids: [String], _ section: String, _ key: String, into problems: inout [FixtureProblem]) {
        var seen: Set<String> = []
        for (index, id) in ids.enumerated() where !seen.insert(id).inserted {
            problems.append(
                FixtureProblem(path: [.key(section), .index(index), .key(key)], message: "duplicate \(key) '\(id)'")
            )
        }
    }

    static func isProjectID(_ value: String) -> Bool {
        isJobID(value)
    }

    static func isJobID(_ value: String) -> Bool {
        value.utf8.count == 32 && value.utf8.allSatisfy { (48...57).contains($0) || (97...102).contains($0) }
    }
}
