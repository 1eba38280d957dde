// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardTestSupport
import Testing

/// Runs `Tests/SchemaAgreement/check_desired_schema.py`, which validates every example and every
/// desired-state fixture against `schemas/desired-state.schema.json` and requires the schema to
/// agree with the parser. Needs the test virtualenv made by `scripts/python-env`; skipped without it.
@Suite struct DesiredStateSchemaAgreementTests {
    static let root = FixtureDirectory.url("../../..").standardizedFileURL
    static let pythonEnvScript = root.appendingPathComponent("scripts/python-env").path

    static func run(_ executable: String, _ arguments: [String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = root
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: output, as: UTF8.self))
    }

    @Test(.enabled(if: FileManager.default.isExecutableFile(atPath: pythonEnvScript)))
    func schemaAgreesWithTheParserOnEveryExampleAndFixture() throws {
        let python = try Self.run(Self.pythonEnvScript, [])
        try #require(python.status == 0, "\(python.output)")
        let interpreter = python.output.split(separator: "\n").last.map(String.init) ?? ""
        let check = try Self.run(interpreter, [Self.root.appendingPathComponent("Tests/SchemaAgreement/check_desired_schema.py").path])
        #expect(check.status == 0, "\(check.output)")
        #expect(check.output.contains(" passed, 0 failed"), "\(check.output)")
    }
}
