// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Testing

@testable import SwitchyardCore

/// The parser's work stays bounded on pathological (typically generated) files.
@Suite struct DesiredStateParserLimitsTests {
    @Test func stopsSuggestingOnceTheComparisonBudgetIsSpent() {
        var text = "version: 1\ngroups:\n"
        for index in 0..<600 {
            text += "  - {name: g\(index), activeSite: target, dependsOn: [g\(index)x]}\n"
        }
        let result = DesiredStateParser.parse(text: text, file: "d.yaml")
        #expect(result.diagnostics.count == 600)
        let withHints = result.diagnostics.filter { $0.hint != nil }.count
        #expect(withHints == GroupReferenceResolver.suggestionComparisonBudget / 600)
        #expect(result.diagnostics.items.first?.hint == "did you mean 'g0'?")
    }

    @Test func recoversFromFewerRepeatedKeysInLargerFiles() {
        #expect(YAMLComposer.recoveryLimit(byteCount: 2_000) == YAMLComposer.maximumRepeatedKeys)
        #expect(YAMLComposer.recoveryLimit(byteCount: DesiredStateParser.maximumFileSize) == 3)
        #expect(YAMLComposer.recoveryLimit(byteCount: 0) == YAMLComposer.maximumRepeatedKeys)
    }

    @Test func reportsTheFirstOccurrenceWhenRecoveryStops() {
        var text = "version: 1\ngroups:\n  - name: a\n    activeSite: target\n"
        for _ in 0...(YAMLComposer.maximumRepeatedKeys + 1) { text += "    rto: 1m\n" }
        let result = DesiredStateParser.parse(text: text, file: "d.yaml")
        #expect(result.diagnostics.count == YAMLComposer.maximumRepeatedKeys + 1)
        let last = result.diagnostics.items.first
        #expect(last?.location == SourceLocation(file: "d.yaml", line: 5, column: 5))
        #expect(last?.hint == "this is its first occurrence; a key may appear only once")
    }
}
