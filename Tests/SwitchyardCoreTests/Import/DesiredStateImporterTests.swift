// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite("DesiredStateImporter")
struct DesiredStateImporterTests {
    static func live(names: [String: String], production: [String: Site] = [:], down: Set<String> = []) -> LiveState {
        var state = LiveState(groups: [])
        for (id, name) in names.sorted(by: { $0.key < $1.key }) {
            let parts = FakeCloud.group(id: id, production: production[id] ?? .source)
            var group = parts.0
            group.name = name
            state.groups.append(group)
            state.instances += parts.1
            state.servers += parts.2.map { server in
                var server = server
                if down.contains(id) && server.status == "ACTIVE" { server.status = "SHUTOFF" }
                return server
            }
        }
        return state
    }

    static let ids = ["40df180b-9fe2-471a-8c64-1b758dc84189", "50df180b-9fe2-471a-8c64-1b758dc84189", "60df180b-9fe2-471a-8c64-1b758dc84189"]

    @Test func hostileAndDuplicateNamesAreSelectedByIDAndNeverBreakTheYAML() throws {
        let live = Self.live(names: [Self.ids[0]: "db\n  - name: evil\u{1B}[2J", Self.ids[1]: "twin", Self.ids[2]: "twin"])
        let result = DesiredStateImporter.importing(live, region: "cn-north-4", projectID: nil, generatedAt: "2026-12-06T00:00:00Z")
        #expect(result.imported == 3)
        #expect(!result.yaml.contains("\u{1B}") && !result.yaml.contains("\n  - name: evil"))
        for id in Self.ids { #expect(result.yaml.contains("- id: \"\(id)\"")) }
        let parsed = DesiredStateParser.parse(text: result.yaml, file: "imported.yaml")
        let state = try #require(parsed.state, "\(parsed.diagnostics.sorted)")
        let plan = Planner.plan(desired: state, live: live, options: PlanOptions(desired: state))
        #expect(plan.groups.allSatisfy { $0.action == .inSync })
    }

    @Test func productionDownIsImportedWithPowerLeftAloneSoThePlanIsANoOp() throws {
        let live = Self.live(names: [Self.ids[0]: "erp-db", Self.ids[1]: "crm"], production: [Self.ids[1]: .target], down: [Self.ids[0]])
        let result = DesiredStateImporter.importing(live, region: nil, projectID: nil, generatedAt: "now")
        #expect(result.yaml.contains("  - name: \"erp-db\"\n    activeSite: source\n    startAfterSwitch: false\n"), "\(result.yaml)")
        #expect(result.yaml.contains("  - name: \"crm\"\n    activeSite: target\n"))
        let state = try #require(DesiredStateParser.parse(text: result.yaml, file: "imported.yaml").state)
        let plan = Planner.plan(desired: state, live: live, options: PlanOptions(desired: state))
        #expect(plan.summary.changes == 0 && plan.summary.blocked == 0)
    }

    @Test func selectionAndExclusionByNameOrID() {
        let live = Self.live(names: [Self.ids[0]: "erp-db", Self.ids[1]: "crm", Self.ids[2]: "erp-app"])
        let only = DesiredStateImporter.importing(live, selection: .init(groups: ["erp-db", Self.ids[1]]), region: nil, projectID: nil, generatedAt: "now")
        #expect(only.imported == 2 && !only.yaml.contains("erp-app"))
        let without = DesiredStateImporter.importing(live, selection: .init(excludes: ["crm"]), region: nil, projectID: nil, generatedAt: "now")
        #expect(without.imported == 2 && !without.yaml.contains("\"crm\""))
        let none = DesiredStateImporter.importing(live, selection: .init(groups: ["nothing"]), region: nil, projectID: nil, generatedAt: "now")
        #expect(none.imported == 0 && none.notes.contains { $0.contains("no group was imported") })
    }
}
