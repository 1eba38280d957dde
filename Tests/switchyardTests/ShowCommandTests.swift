// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `switchyard show PLAN` prints a saved plan exactly as `plan --format X` did.
@Suite struct ShowCommandTests {
    static let fixtures = CommandRunner.repositoryRoot.appendingPathComponent("Tests/SwitchyardCoreTests/Fixtures/plan")

    static var scenarios: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: fixtures.path)) ?? [])
            .filter { FileManager.default.fileExists(atPath: fixtures.appendingPathComponent($0).appendingPathComponent("plan.json").path) }
            .sorted()
    }

    @Test func everyGoldenPlanIsFound() {
        #expect(Self.scenarios.count >= 30)
    }

    @Test(arguments: scenarios)
    func reproducesEveryFormatOfTheGoldenPlanByteForByte(_ scenario: String) throws {
        let folder = Self.fixtures.appendingPathComponent(scenario)
        let work = try CommandRunner.temporaryDirectory()
        let planPath = work.appendingPathComponent("plan.json").path
        try FileManager.default.copyItem(atPath: folder.appendingPathComponent("plan.json").path, toPath: planPath)
        for (format, golden) in [("text", "plan.txt"), ("json", "plan.json"), ("markdown", "plan.md")] {
            let result = try CommandRunner.switchyard(["show", planPath, "--format", format, "--no-color"], directory: work)
            #expect(result.status == 0, "\(scenario) \(format): \(result.stderr)")
            let expected = try String(contentsOf: folder.appendingPathComponent(golden), encoding: .utf8)
            let printed = expected.hasSuffix("\n") ? expected : expected + "\n"
            #expect(result.stdout == printed, "\(scenario) \(format)")
        }
    }

    @Test func anEditedPlanIsRefusedLikeApplyRefusesIt() throws {
        let work = try CommandRunner.temporaryDirectory()
        let planPath = work.appendingPathComponent("plan.json").path
        let golden = try String(contentsOf: Self.fixtures.appendingPathComponent("switch-with-running-servers/plan.json"), encoding: .utf8)
        try golden.replacingOccurrences(of: "\"reverse\"", with: "\"start-servers\"").write(toFile: planPath, atomically: true, encoding: .utf8)
        let result = try CommandRunner.switchyard(["show", planPath], directory: work)
        #expect(result.status == 1)
        #expect(result.stderr.contains("plan.json"), "\(result.stderr)")
        #expect(result.stdout.isEmpty)
    }
}
