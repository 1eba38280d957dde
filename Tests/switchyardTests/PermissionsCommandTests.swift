// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@Suite("switchyard permissions, end to end")
struct PermissionsCommandTests {
    static let readActions = ["sdrs:protectionGroup:list", "sdrs:protectedInstance:list", "sdrs:replication:list", "ecs:cloudServers:list"]
    static let applyOnlyActions = ["sdrs:protectionGroup:get", "sdrs:protectionGroup:reverse", "sdrs:job:get",
                                   "ecs:cloudServers:stop", "ecs:cloudServers:start", "ecs:jobs:get"]

    func json(_ arguments: [String]) throws -> [String: Any] {
        let result = try CommandRunner.switchyard(["permissions", "--format", "json"] + arguments)
        #expect(result.status == 0, "\(result.stderr)")
        return try #require(try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    }

    func actions(_ document: [String: Any]) -> [String] {
        (document["permissions"] as? [[String: Any]] ?? []).compactMap { $0["action"] as? String }
    }

    @Test func planAndDriftNeedOnlyTheFourReadActions() throws {
        for purpose in ["plan", "drift"] {
            let document = try json(["--for", purpose])
            #expect(document["for"] as? String == purpose)
            #expect(actions(document) == Self.readActions)
            for entry in document["permissions"] as? [[String: Any]] ?? [] {
                #expect(entry["method"] as? String == "GET", "\(purpose) must not need a changing call: \(entry)")
            }
        }
    }

    @Test func applyAlsoNeedsStopReverseStartAndJobPolling() throws {
        let document = try json(["--for", "apply"])
        #expect(Set(actions(document)) == Set(Self.readActions + Self.applyOnlyActions))
        #expect(actions(document).count == Self.readActions.count + Self.applyOnlyActions.count)
        let entries = document["permissions"] as? [[String: Any]] ?? []
        let reverse = try #require(entries.first { $0["operation"] as? String == "StartReverseProtectionGroup" })
        #expect(reverse["method"] as? String == "POST")
        #expect((reverse["path"] as? String)?.contains("/server-groups/{server_group_id}/action") == true)
        #expect(reverse["used_by"] as? [String] == ["apply"])
    }

    @Test func jsonCarriesAHuaweiPolicyGrantingExactlyTheListedActions() throws {
        let document = try json([])
        #expect(document["for"] as? String == "all")
        let policy = try #require(document["policy"] as? [String: Any])
        #expect(policy["Version"] as? String == "1.1")
        let statements = try #require(policy["Statement"] as? [[String: Any]])
        #expect(statements.count == 1)
        #expect(statements.first?["Effect"] as? String == "Allow")
        #expect(statements.first?["Action"] as? [String] == actions(document))
    }

    @Test func onlyNamesSeenInHuaweiDocsAreConfirmed() throws {
        let entries = try json(["--for", "all"])["permissions"] as? [[String: Any]] ?? []
        let confirmed = entries.filter { $0["confirmed"] as? Bool == true }.compactMap { $0["action"] as? String }
        #expect(confirmed == ["ecs:cloudServers:stop", "ecs:cloudServers:start"])
    }

    @Test func textMarksEveryUnconfirmedNameAndNamesTheCall() throws {
        let result = try CommandRunner.switchyard(["permissions", "--for", "apply"])
        #expect(result.status == 0, "\(result.stderr)")
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.first == "IAM actions for apply:")
        for action in Self.readActions + Self.applyOnlyActions {
            let line = try #require(lines.first { $0.trimmingCharacters(in: .whitespaces).hasPrefix(action + " ") }, "no line for \(action)")
            let confirmed = action == "ecs:cloudServers:stop" || action == "ecs:cloudServers:start"
            #expect(line.hasSuffix("(unconfirmed)") != confirmed, "\(line)")
        }
        #expect(lines.contains { $0.contains("ecs:cloudServers:stop") && $0.contains("POST /v1/{project_id}/cloudservers/action (os-stop)") })
        #expect(result.stdout.contains("8 of 10 action names are unconfirmed"))
    }

    @Test func textForPlanListsNoChangingAction() throws {
        let result = try CommandRunner.switchyard(["permissions", "--for", "plan"])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("IAM actions for plan:\n"))
        for action in Self.applyOnlyActions { #expect(!result.stdout.contains(action + " "), "\(action)") }
        #expect(result.stdout.contains("4 of 4 action names are unconfirmed"))
    }

    @Test func rejectsAnUnknownPurpose() throws {
        let result = try CommandRunner.switchyard(["permissions", "--for", "destroy"])
        #expect(result.status != 0)
        #expect(result.stdout.isEmpty)
    }
}
