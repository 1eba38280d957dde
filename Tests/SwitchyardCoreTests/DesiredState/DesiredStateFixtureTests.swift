// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// Walks `Fixtures/desired-state-valid` and `Fixtures/desired-state-errors`: one folder per case,
/// `desired.yaml` next to its golden `parsed.json` or `diagnostics.txt`.
/// Record goldens with `RECORD_SNAPSHOTS=1 swift test --filter DesiredStateFixtureTests`.
@Suite struct DesiredStateFixtureTests {
    static let validCases = FixtureDirectory.cases("../Fixtures/desired-state-valid")
    static let errorCases = FixtureDirectory.cases("../Fixtures/desired-state-errors")

    static func folder(_ area: String, _ name: String) -> URL {
        FixtureDirectory.url("../Fixtures/\(area)/\(name)")
    }

    /// Parses the case's bytes (not text: some cases are deliberately not UTF-8) as `desired.yaml`,
    /// so goldens do not depend on where the repository is checked out.
    static func parse(_ folder: URL) throws -> DesiredStateParseResult {
        let data = try Data(contentsOf: folder.appendingPathComponent("desired.yaml"))
        return DesiredStateParser.parse(data: data, file: "desired.yaml")
    }

    static func render(_ diagnostics: Diagnostics) -> String {
        diagnostics.map { "\($0)\n" }.joined()
    }

    static func encode(_ state: DesiredState) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        return String(decoding: try encoder.encode(state), as: UTF8.self) + "\n"
    }

    @Test(arguments: validCases)
    func validCaseParsesToItsGoldenState(_ name: String) throws {
        let folder = Self.folder("desired-state-valid", name)
        let result = try Self.parse(folder)
        #expect(!result.diagnostics.hasErrors, "\(Self.render(result.diagnostics))")
        let state = try #require(result.state)
        if let mismatch = Golden.compare(try Self.encode(state), toFileAt: folder.appendingPathComponent("parsed.json").path) {
            Issue.record("\(mismatch)")
        }
        // Warnings are part of the contract too: a case with warnings keeps them in diagnostics.txt.
        let warningsPath = folder.appendingPathComponent("diagnostics.txt").path
        if FileManager.default.fileExists(atPath: warningsPath) || !result.diagnostics.isEmpty {
            if let mismatch = Golden.compare(Self.render(result.diagnostics), toFileAt: warningsPath) {
                Issue.record("\(mismatch)")
            }
        }
    }

    @Test(arguments: errorCases)
    func errorCaseReportsExactlyItsGoldenDiagnostics(_ name: String) throws {
        let folder = Self.folder("desired-state-errors", name)
        let result = try Self.parse(folder)
        #expect(result.state == nil)
        #expect(result.diagnostics.hasErrors)
        if let mismatch = Golden.compare(
            Self.render(result.diagnostics), toFileAt: folder.appendingPathComponent("diagnostics.txt").path)
        {
            Issue.record("\(mismatch)")
        }
    }

    @Test func thereAreEnoughCasesToCoverEveryDiagnostic() {
        #expect(Self.errorCases.count >= 30)
        #expect(Self.validCases.count >= 5)
    }
}
