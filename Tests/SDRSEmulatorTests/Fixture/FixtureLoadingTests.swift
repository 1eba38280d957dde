// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

@testable import SDRSEmulator

@Suite struct FixtureLoadingTests {
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    private let minimal = """
        project_id: 0123456789abcdef0123456789abcdef
        region: cn-north-4
        credentials:
          - access_key_id: AK
            secret_access_key: SK
        groups:
          - id: g1
            name: one
            source_availability_zone: cn-north-4a
            target_availability_zone: cn-north-4b
        """

    @Test func decodesAMinimalFixtureWithDefaults() throws {
        let fixture = try EmulatorFixture.parse(yaml: minimal, file: "cloud.yaml")
        #expect(fixture.groups.first?.status == "protected")
        #expect(fixture.groups.first?.priorityStation == "source")
        #expect(fixture.timings.reverseSeconds == 60)
        #expect(fixture.behaviours == EmulatorBehaviours())
        #expect(fixture.credentials.first?.readOnly == false)
    }

    @Test func setsDrillTimingsAndDrillFaults() throws {
        let yaml = minimal + """

            timings:
              drill_create_seconds: 42
              drill_delete_seconds: 7
            faults:
              - kind: drill-job-failure
                operation: DeleteDisasterRecoveryDrill
                group_id: g1
            """
        let fixture = try EmulatorFixture.parse(yaml: yaml, file: "cloud.yaml")
        #expect(fixture.timings.drillCreateSeconds == 42 && fixture.timings.drillDeleteSeconds == 7)
        #expect(fixture.faults.first?.kind == .drillJobFailure)
        let error = try #require(throws: EmulatorError.self) {
            try EmulatorFixture.parse(yaml: yaml.replacingOccurrences(of: "DeleteDisasterRecoveryDrill", with: "ShowServer"), file: "f.yaml")
        }
        #expect(error.problems.contains { $0.contains("f.yaml:15:5: error: drill-job-failure applies to") }, "\(error.problems)")
    }

    @Test func reportsLineAndColumnForUnknownKey() throws {
        let yaml = minimal + "\n    prioriti_station: target\n"
        let error = try #require(throws: EmulatorError.self) {
            try EmulatorFixture.parse(yaml: yaml, file: "cloud.yaml")
        }
        #expect(error.problems.count == 1)
        #expect(
            error.problems.first?.hasPrefix("cloud.yaml:11:5: error: unknown key 'prioriti_station' in groups[0]")
                == true)
    }

    /// The examples' first line names the schema for editors; the loader reads it as the comment it
    /// is, and positions stay those of the file as written (one line further down).
    @Test func aSchemaModelineIsACommentAndPositionsCountIt() throws {
        let modeline = "# yaml-language-server: $schema=../../schemas/emulator-fixture.schema.json\n"
        #expect(try EmulatorFixture.parse(yaml: modeline + minimal, file: "cloud.yaml") == EmulatorFixture.parse(yaml: minimal, file: "cloud.yaml"))
        let error = try #require(throws: EmulatorError.self) {
            try EmulatorFixture.parse(yaml: modeline + minimal + "\n    prioriti_station: target\n", file: "cloud.yaml")
        }
        #expect(error.problems.first?.hasPrefix("cloud.yaml:12:5: error: unknown key 'prioriti_station' in groups[0]") == true, "\(error.problems)")
        for example in ["quickstart", "blocked-groups"] {
            let path = Self.repositoryRoot.appendingPathComponent("examples/\(example)/cloud.yaml").path
            #expect(try String(contentsOfFile: path, encoding: .utf8).hasPrefix(modeline))
            _ = try EmulatorFixture.load(path: path)
        }
    }

    @Test func reportsMissingRequiredKeyAtItsMapping() throws {
        let yaml = minimal.replacingOccurrences(of: "    name: one\n", with: "")
        let error = try #require(throws: EmulatorError.self) { try EmulatorFixture.parse(yaml: yaml, file: "f.yaml") }
        #expect(error.problems.first?.hasPrefix("f.yaml:7:5: error: missing required key 'name'") == true)
    }

    @Test func reportsDanglingReferencesAndBadValuesTogether() throws {
        let yaml =
            minimal + """

                    status: sleeping
                protected_instances:
                  - id: i1
                    name: one
                    group: g2
                    source_server: s1
                    target_server: s2
                """
        let error = try #require(throws: EmulatorError.self) { try EmulatorFixture.parse(yaml: yaml, file: "f.yaml") }
        #expect(error.problems.count == 2)
        #expect(
            error.problems.contains { $0.hasPrefix("f.yaml:11:13: error: unknown protection group status 'sleeping'") })
        #expect(error.problems.contains { $0.hasPrefix("f.yaml:15:12: error: no group with id 'g2'") })
    }

    @Test func reportsYAMLSyntaxErrorsWithPosition() throws {
        let error = try #require(throws: EmulatorError.self) {
            try EmulatorFixture.parse(yaml: "project_id: [unclosed\nregion: x\n", file: "bad.yaml")
        }
        #expect(error.problems.first?.hasPrefix("bad.yaml:") == true)
    }

    @Test func reportsUnreadableFiles() {
        #expect(throws: EmulatorError.self) { try EmulatorFixture.load(path: "/nonexistent/cloud.yaml") }
    }

    @Test(arguments: ["examples/quickstart/cloud.yaml", "examples/blocked-groups/cloud.yaml"])
    func loadsTheExampleFixtures(_ path: String) async throws {
        let fixture = try EmulatorFixture.load(path: Self.repositoryRoot.appendingPathComponent(path).path)
        #expect(fixture.region == "cn-north-4")
        let store = try EmulatorStore(
            configuration: EmulatorConfiguration(fixture: fixture, clock: .manual(start: TestCloud.start)))
        #expect(try await store.listGroups(GroupListQuery()).total == fixture.groups.count)
    }

    @Test func quickstartGroupsAreAllSwitchable() async throws {
        let path = Self.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml").path
        let fixture = try EmulatorFixture.load(path: path)
        #expect(Set(fixture.groups.map(\.name)) == ["erp-db", "erp-app", "crm"])
        let store = try EmulatorStore(
            configuration: EmulatorConfiguration(fixture: fixture, clock: .manual(start: TestCloud.start)))
        for group in fixture.groups {
            let current = try await store.group(group.id)
            let production = await store.servers(of: current, inZone: current.currentProductionAvailabilityZone).map(
                \.id)
            _ = try await store.performServerAction(
                .stop(hard: false, serverIDs: production), request: TestCloud.request(.batchStopServers))
        }
        try await store.advanceClock(by: 3600)
        for group in fixture.groups {
            let jobID = try await store.reverse(group.id, to: group.priorityStation == "source" ? "target" : "source")
            try await store.advanceClock(by: 3600)
            #expect(try await store.job(jobID).status == .success, "\(group.name)")
        }
    }

    @Test func syntheticFixturesAreLargeValidAndDeterministic() throws {
        let fixture = EmulatorFixture.synthetic(groups: 50, instancesPerGroup: 3, seed: 5)
        #expect(fixture.groups.count == 50)
        #expect(fixture.protectedInstances.count == 150)
        #expect(fixture.servers.count == 300)
        #expect(fixture.problems().isEmpty)
        #expect(EmulatorFixture.synthetic(groups: 50, instancesPerGroup: 3, seed: 5) == fixture)
        #expect(fixture.servers.contains { $0.imageName.contains("Cloudbase-Init") })
    }
}
