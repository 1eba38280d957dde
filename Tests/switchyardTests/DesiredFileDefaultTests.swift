// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `-f` defaults to `$SWITCHYARD_FILE`, else `desired.yaml` in the working directory (not for apply).
@Suite("the desired-state file by default")
struct DesiredFileDefaultTests {
    @Test func validateAndPlanReadDesiredYAMLInTheWorkingDirectory() throws {
        let work = try CommandRunner.temporaryDirectory()
        try "version: 1\ngroups:\n  - name: erp-db\n    activeSite: target\n".write(
            to: work.appendingPathComponent("desired.yaml"), atomically: true, encoding: .utf8)
        let valid = try CommandRunner.switchyard(["validate"], directory: work)
        #expect(valid.status == 0 && valid.stdout.contains("desired.yaml: valid (1 group)"), "\(valid.stdout)\(valid.stderr)")
        let fixture = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/cloud.yaml").path
        let plan = try CommandRunner.switchyard(["plan", "--emulator", fixture, "--no-color"], directory: work)
        #expect(plan.status == 0 && plan.stdout.contains("switchyard plan for desired.yaml"), "\(plan.stdout)\(plan.stderr)")
    }

    @Test func switchyardFileWinsAndAMissingDefaultIsNamed() throws {
        let work = try CommandRunner.temporaryDirectory()
        let other = work.appendingPathComponent("prod.yaml").path
        try "version: 1\ngroups:\n  - name: crm\n    activeSite: source\n".write(toFile: other, atomically: true, encoding: .utf8)
        let valid = try CommandRunner.switchyard(["validate"], environment: ["SWITCHYARD_FILE": other], directory: work)
        #expect(valid.status == 0 && valid.stdout.contains("prod.yaml: valid (1 group)"), "\(valid.stdout)\(valid.stderr)")
        let missing = try CommandRunner.switchyard(["validate"], directory: work)
        #expect(missing.status == 1 && missing.stderr.contains("cannot read 'desired.yaml'"), "\(missing.stderr)")
        let apply = try CommandRunner.switchyard(["apply"], directory: work)
        #expect(apply.status == 64, "apply never reads a file it was not told to read: \(apply.stderr)")
    }
}
