// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// The desired-state files under `examples/` parse cleanly and say what their comments say.
@Suite struct ExampleDesiredStateTests {
    static func load(_ example: String) -> DesiredStateParseResult {
        let path = FixtureDirectory.url("../../../examples/\(example)/desired.yaml").standardizedFileURL.path
        return DesiredStateParser.load(path: path)
    }

    /// Every example folder that has a desired-state file (the schema check validates the same set).
    static let examples = FixtureDirectory.cases("../../../examples").filter { name in
        FileManager.default.fileExists(
            atPath: FixtureDirectory.url("../../../examples/\(name)/desired.yaml").standardizedFileURL.path)
    }

    @Test(arguments: examples)
    func everyExampleParsesWithoutDiagnostics(_ example: String) {
        let result = Self.load(example)
        #expect(result.state != nil)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
    }

    @Test func quickstartSwitchesTheERPSystemDatabaseFirst() throws {
        let result = Self.load("quickstart")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let state = try #require(result.state)
        #expect(state.groups.map(\.address) == ["erp-db", "erp-app", "crm"])
        #expect(state.groups.allSatisfy { $0.activeSite == .target })
        let app = state.groups[1]
        #expect(app.dependsOn == ["erp-db"])
        #expect(app.shutdown == .softThenHard)
        #expect(app.rto == .minutes(15))
        #expect(state.groups[0].shutdown == .soft)
    }

    @Test func blockedGroupsDeclaresEveryBlockedScenario() throws {
        let result = Self.load("blocked-groups")
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics.map(\.description))")
        let state = try #require(result.state)
        #expect(
            state.groups.map(\.address) == [
                "no-pairs", "error-stopping", "in-progress", "deleted-server", "frozen",
                "broken-link", "healthy",
            ])
        #expect(state.groups.allSatisfy { $0.activeSite == .target })
    }
}
