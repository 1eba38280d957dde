// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// What people read before anything runs: every command's help lists all of its exit codes (64
/// included) in sentences without runs of spaces, and a long option written with one dash is
/// reported as the unknown option it is, exit 64.
@Suite struct HelpAndUsageTests {
    static let commands = ["validate", "plan", "show", "apply", "drift", "drill", "import", "permissions", "version"]

    @Test(arguments: commands)
    func helpListsEveryExitCodeInPlainSentences(_ command: String) throws {
        let help = try CommandRunner.switchyard([command, "--help"], environment: ["COLUMNS": "10000"])
        #expect(help.status == 0)
        let text = help.stdout
        #expect(text.contains("Exit status: 0 "), "\(command): \(text)")
        #expect(text.contains("64 bad command-line usage"), "\(command): \(text)")
        // A run of spaces inside a sentence (a line continuation that kept its indentation).
        for line in text.split(separator: "\n") {
            let body = line.drop { $0 == " " }
            #expect(body.firstMatch(of: #/\S {3,}\S/#) == nil || body.hasPrefix("-") || body.hasPrefix("<"), "\(command): '\(line)'")
        }
    }

    @Test func applyHelpNamesItsCodesAndTheMetricsFile() throws {
        let text = try CommandRunner.switchyard(["apply", "--help"], environment: ["COLUMNS": "10000"]).stdout
        #expect(text.contains("0 every group converged or was already in sync"))
        #expect(text.contains("1 a group failed"))
        #expect(text.contains("3 some groups were blocked, refused as stale, or skipped and left alone"))
        #expect(text.contains("--metrics-file"))
        #expect(!text.contains("each                 group"))
    }

    @Test func topLevelHelpListsEveryCodeWithItsFullMeaning() throws {
        let text = try CommandRunner.switchyard(["--help"], environment: ["COLUMNS": "10000"]).stdout
        for code in ["0 success", "1 error", "2 changes pending", "64 bad command-line usage"] {
            #expect(text.contains(code), "\(code): \(text)")
        }
        #expect(text.contains("3 one or more groups are blocked (plan), or were refused, stale or skipped and left alone (apply)"))
    }

    @Test(arguments: [
        (["apply", "-auto-approve"], "error: unknown option '-auto-approve' (did you mean '--auto-approve'?)"),
        (["apply", "plan.json", "-auto-approve"], "error: unknown option '-auto-approve' (did you mean '--auto-approve'?)"),
        (["plan", "-detailed-exitcode"], "error: unknown option '-detailed-exitcode' (did you mean '--detailed-exitcode'?)"),
        (["drift", "-metrics-file=x.prom"], "error: unknown option '-metrics-file=x.prom' (did you mean '--metrics-file'?)"),
        (["plan", "-bogus"], "error: unknown option '-bogus'\n"),
    ])
    func aLongOptionWithOneDashIsAnUnknownOption(arguments: [String], message: String) throws {
        let result = try CommandRunner.switchyard(arguments)
        #expect(result.status == 64, "\(result.stderr)")
        #expect(result.stderr.hasPrefix(message), "\(result.stderr)")
        #expect(result.stderr.contains("Usage: switchyard \(arguments[0])"), "\(result.stderr)")
        #expect(!result.stderr.contains("give a saved plan"))
        #expect(result.stdout.isEmpty)
    }

    @Test func shortOptionsNegativeNumbersAndValuesAfterTheTerminatorAreLeftToTheParser() throws {
        // `-f` is a short option; the missing file is the error, not the option.
        let missing = try CommandRunner.switchyard(["validate", "-f", "/nonexistent/desired.yaml"])
        #expect(missing.status == 1, "\(missing.stderr)")
        #expect(!missing.stderr.contains("unknown option"))
        // A negative number is a value the parser judges (exit 64 from validate(), not from us).
        let negative = try CommandRunner.switchyard(["apply", "plan.json", "--parallelism", "-5"])
        #expect(negative.status == 64)
        #expect(!negative.stderr.contains("unknown option '-5'"), "\(negative.stderr)")
        // After `--`, a dash-led word is a positional value.
        let terminated = try CommandRunner.switchyard(["show", "--", "-plan.json"])
        #expect(terminated.status == 1, "\(terminated.stderr)")
        #expect(!terminated.stderr.contains("unknown option"))
    }
}
