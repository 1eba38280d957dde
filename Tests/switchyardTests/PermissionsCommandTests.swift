// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@Suite("switchyard permissions, end to end")
struct PermissionsCommandTests {
    static let readOperations = ["ListProtectionGroups", "ListProtectedInstances", "ListReplications", "ListServersDetails"]
    static let applyOnlyOperations = ["ShowProtectionGroup", "BatchStopServers", "StartReverseProtectionGroup", "StartFailoverProtectionGroup",
                                      "StartProtectionGroup", "StopProtectionGroup", "ShowJobStatus",
                                      "BatchStartServers", "ShowJob"]
    /// The only IAM action names Huawei's permission tables map to switchyard's calls (reference §12.2).
    static let publishedActions: Set<String> = ["ecs:cloudServers:list", "ecs:cloudServers:stop", "ecs:cloudServers:start"]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.switchyard(["permissions", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func calls(_ document: [String: Any]) -> [[String: Any]] {
        document["calls"] as? [[String: Any]] ?? []
    }

    @Test func planAndDriftListOnlyTheFourReadCallsAndTenantGuest() throws {
        for purpose in ["plan", "drift"] {
            let document = try json(["--for", purpose])
            #expect(document["for"] as? String == purpose)
            #expect(calls(document).compactMap { $0["operation"] as? String } == Self.readOperations)
            for entry in calls(document) {
                #expect(entry["method"] as? String == "GET", "\(purpose) must not need a changing call: \(entry)")
            }
            let grants = (document["grants"] as? [[String: Any]] ?? []).compactMap { $0["grant"] as? String }
            #expect(grants == ["Tenant Guest"])
        }
    }

    @Test func applyAddsStopReverseStartAndJobPollingAndTheSDRSAdministratorRole() throws {
        let document = try json(["--for", "apply"])
        #expect(Set(calls(document).compactMap { $0["operation"] as? String }) == Set(Self.readOperations + Self.applyOnlyOperations))
        let reverse = try #require(calls(document).first { $0["operation"] as? String == "StartReverseProtectionGroup" })
        #expect(reverse["method"] as? String == "POST")
        #expect(reverse["action"] == nil)
        #expect(reverse["status"] as? String == "no-published-action")
        #expect(reverse["granted_by"] as? [String] == ["SDRS Administrator (sdrs_adm)"])
        let grants = try #require(document["grants"] as? [[String: Any]])
        let administrator = try #require(grants.first { $0["grant"] as? String == "SDRS Administrator (sdrs_adm)" })
        #expect(administrator["depends_on"] as? [String] == ["Tenant Guest", "Server Administrator"])
    }

    @Test func printsNoActionNameHuaweiDoesNotPublishAndASourceForEveryCall() throws {
        let document = try json(["--for", "all"])
        #expect(document["policy"] == nil, "no custom policy: SDRS has no actions to put in one")
        for entry in calls(document) {
            #expect(!((entry["source"] as? String) ?? "").isEmpty, "\(entry)")
            if let action = entry["action"] as? String {
                #expect(Self.publishedActions.contains(action), "\(action) is not a published action")
                #expect(entry["status"] as? String == "confirmed")
            }
        }
        let job = try #require(calls(document).first { $0["operation"] as? String == "ShowJob" })
        #expect(job["status"] as? String == "not-in-permission-table")
        #expect(job["granted_by"] as? [String] == ["ECS CommonOperations"])
        let text = try CommandRunner.switchyard(["permissions"]).stdout
        #expect(!text.contains("sdrs:"), "no invented SDRS action names")
        #expect(!text.contains("ecs:jobs:get"))
    }

    @Test func textNamesEachCallWhatGrantsItAndTheSource() throws {
        let result = try CommandRunner.switchyard(["permissions", "--for", "apply"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "API calls made by apply, and what grants each:")
        #expect(lines.contains { $0.contains("ECS BatchStopServers") && $0.contains("POST /v1/{project_id}/cloudservers/action (os-stop)") })
        #expect(lines.contains { $0.contains("IAM action ecs:cloudServers:stop (confirmed)") })
        #expect(lines.contains { $0.contains("no published IAM action; granted by the role SDRS Administrator (sdrs_adm)") })
        #expect(lines.filter { $0.hasPrefix("    source: ") }.count >= 10)
        #expect(result.stdout.contains("SDRS Administrator (sdrs_adm), depends on Tenant Guest and Server Administrator"))
    }

    @Test func rejectsAnUnknownPurpose() throws {
        let result = try CommandRunner.switchyard(["permissions", "--for", "destroy"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
    }
}
