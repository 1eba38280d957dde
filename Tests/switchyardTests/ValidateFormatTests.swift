// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `validate --format json|github`: diagnostics for machines and pull-request annotations.
@Suite struct ValidateFormatTests {
    static let broken = """
        version: 1
        groups:
          - name: erp-db
            activeSite: targte
          - name: "evil,name: \\u001b[2J%0A::error::forged"
            activeSite: target
        """

    func write(_ text: String) throws -> (URL, String) {
        let work = try CommandRunner.temporaryDirectory()
        let path = work.appendingPathComponent("desired.yaml").path
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        return (work, path)
    }

    @Test func githubAnnotationsPointAtTheLineAndCannotForgeCommands() throws {
        let (work, path) = try write(Self.broken)
        let result = try CommandRunner.switchyard(["validate", "-f", path, "--format", "github"], directory: work)
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.contains { $0.hasPrefix("::error file=\(path.replacingOccurrences(of: ":", with: "%3A")),line=4,col=") && $0.contains("title=switchyard::") }, "\(result.stdout)")
        // Every output line is one workflow command: nothing from the file starts a second one.
        #expect(lines.allSatisfy { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") || $0.hasPrefix("::notice ") }, "\(result.stdout)")
        #expect(!result.stdout.contains("\u{1B}"))
        // Two problems, two lines: the name's `%0A` stays text (`%250A`), its `::` sits inside the
        // message, where GitHub reads no command.
        #expect(lines.count == 2, "\(result.stdout)")
        #expect(result.stdout.contains("%250A::error::forged"), "\(result.stdout)")
    }

    @Test func jsonIsVersionedAndSaysWhetherTheFileIsValid() throws {
        let (work, path) = try write(Self.broken)
        let result = try CommandRunner.switchyard(["validate", "-f", path, "--format", "json"], directory: work)
        #expect(result.status == 1)
        let document = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any]
        #expect(document?["format_version"] as? Int == 1)
        #expect(document?["valid"] as? Bool == false)
        let diagnostics = document?["diagnostics"] as? [[String: Any]] ?? []
        #expect(diagnostics.contains { $0["line"] as? Int == 4 && $0["severity"] as? String == "error" })

        let good = try CommandRunner.switchyard(
            ["validate", "-f", CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path, "--format", "json"], directory: work)
        #expect(good.status == 0)
        let valid = try JSONSerialization.jsonObject(with: Data(good.stdout.utf8)) as? [String: Any]
        #expect(valid?["valid"] as? Bool == true && valid?["groups"] as? Int == 3)
    }
}
