// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import Testing

/// Behaviour of `DesiredStateParser.parse(text:file:)` checked directly in code (the fixture
/// goldens cover the exact wording of every diagnostic).
@Suite struct DesiredStateParserTests {
    private func parse(_ text: String) -> DesiredStateParseResult {
        DesiredStateParser.parse(text: text, file: "d.yaml")
    }

    private func errorLocations(_ result: DesiredStateParseResult) -> [String] {
        result.diagnostics.filter { $0.severity == .error }.map { $0.location.map(\.description) ?? "-" }
    }

    @Test func reportsLineAndColumnForUnknownKey() {
        let result = parse("version: 1\ngroups:\n  - name: a\n    activSite: target\n")
        let diagnostic = result.diagnostics.items.first { $0.message.contains("activSite") }
        #expect(diagnostic?.location == SourceLocation(file: "d.yaml", line: 4, column: 5))
        #expect(diagnostic?.hint == "did you mean 'activeSite'?")
        #expect(result.state == nil)
    }

    @Test func countsColumnsInUnicodeScalars() {
        let result = parse("version: 1\ngroups:\n  - {name: \"\u{E9}\u{1F680}\", activSite: target}\n")
        let diagnostic = result.diagnostics.items.first { $0.message.contains("activSite") }
        #expect(diagnostic?.location?.column == 18)
    }

    @Test func collectsEveryProblemInsteadOfStoppingAtTheFirst() {
        let result = parse(
            """
            version: 2
            groups:
              - name: a
                activeSite: tagret
                shutdown: sof
              - name: a
                activeSite: target
            """)
        #expect(errorLocations(result) == ["d.yaml:1:10", "d.yaml:4:17", "d.yaml:5:15", "d.yaml:6:11"])
    }

    @Test func groupSettingsFallBackToFileDefaultsThenBuiltInDefaults() throws {
        let result = parse(
            """
            version: 1
            defaults: {shutdown: hard, switchTimeout: 5m}
            groups:
              - name: a
                activeSite: target
              - name: b
                activeSite: cn-north-4b
                shutdown: soft-then-hard
                rto: 90s
            """)
        let state = try #require(result.state)
        let a = state.groups[0], b = state.groups[1]
        #expect(a.shutdown == .hard)
        #expect(a.switchTimeout == .minutes(5))
        #expect(a.shutdownTimeout == GroupDefaults().shutdownTimeout)
        #expect(a.startAfterSwitch == GroupDefaults().startAfterSwitch)
        #expect(a.onFailure == GroupDefaults().onFailure)
        #expect(a.rto == nil)
        #expect(b.shutdown == .softThenHard)
        #expect(b.activeSite == .availabilityZone("cn-north-4b"))
        #expect(b.rto == TimeSpan(seconds: 90))
        #expect(state.defaults.shutdown == .hard)
        #expect(state.policy == RunPolicy())
        #expect(b.location == SourceLocation(file: "d.yaml", line: 6, column: 5))
    }

    @Test func normalisesDependsOnToTheReferencedGroupsAddress() throws {
        let id = "40df180b-9fe2-471a-8c64-1b758dc84189"
        let unnamed = "7c3f2a9e-1b4d-4e8f-9a2b-3c4d5e6f7a8b"
        let result = parse(
            """
            version: 1
            groups:
              - {id: \(id), name: db, activeSite: target}
              - {id: \(unnamed), activeSite: target}
              - {name: app, activeSite: target, dependsOn: [\(id), \(unnamed)]}
            """)
        let state = try #require(result.state)
        #expect(state.groups[2].dependsOn == ["db", unnamed])
        #expect(state.groups.map(\.address) == ["db", unnamed, "app"])
    }

    @Test func warningsAloneStillProduceAState() throws {
        let result = parse("version: 1\ngroups:\n  - {name: a, activeSite: target}\n  - {name: b, activeSite: target, dependsOn: [a, a]}\n")
        #expect(!result.diagnostics.hasErrors)
        #expect(result.diagnostics.map(\.severity) == [.warning])
        #expect(try #require(result.state).groups[1].dependsOn == ["a"])
    }

    @Test func allowsPlainAliases() throws {
        let result = parse("version: 1\ngroups:\n  - {name: a, activeSite: &s target}\n  - {name: b, activeSite: *s}\n")
        #expect(try #require(result.state).groups.map(\.activeSite) == [.target, .target])
    }

    @Test func reportsEveryRepeatOfAKeyAgainstItsFirstOccurrence() {
        let result = parse("version: 1\ngroups:\n  - name: a\n    activeSite: target\n    rto: 1m\n    rto: 2m\n    rto: 3m\n")
        #expect(errorLocations(result) == ["d.yaml:6:5", "d.yaml:7:5"])
        #expect(result.diagnostics.allSatisfy { $0.hint == "it is first set at line 5, column 5; a key may appear only once" })
    }

    @Test func reportsAnOversizedTextWithoutParsingIt() {
        let text = "version: 1\n" + String(repeating: "#", count: DesiredStateParser.maximumFileSize)
        let result = parse(text)
        #expect(result.diagnostics.map(\.message) == ["'d.yaml' is larger than 10 MiB; a desired-state file may be at most 10 MiB"])
    }

    @Test func handlesLongDependencyChainsWithoutRecursion() throws {
        var text = "version: 1\ngroups:\n  - {name: g0, activeSite: target}\n"
        for index in 1..<3000 {
            text += "  - {name: g\(index), activeSite: target, dependsOn: [g\(index - 1)]}\n"
        }
        text += "  - {name: loop, activeSite: target, dependsOn: [loop2]}\n  - {name: loop2, activeSite: target, dependsOn: [loop, g2999]}\n"
        let result = parse(text)
        #expect(result.diagnostics.map(\.message) == ["dependsOn forms a cycle: loop → loop2 → loop"])
    }
}
