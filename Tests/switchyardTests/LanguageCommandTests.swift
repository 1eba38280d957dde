// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `--lang`, `SWITCHYARD_LANG` and the locale, end to end against the embedded emulator (#18).
@Suite("switchyard in Chinese, end to end", .serialized)
struct LanguageCommandTests {
    func plan(_ extra: [String], environment: [String: String] = [:]) throws -> CommandResult {
        let state = try CommandRunner.temporaryDirectory().appendingPathComponent("state.json").path
        return try CommandRunner.switchyard(["plan"] + PlanCommandTests.quickstart + ["--emulator-state", state, "--no-color"] + extra, environment: environment)
    }

    @Test func aChineseLocalePrintsTheQuickstartPlanInChinese() throws {
        let result = try plan([], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("switchyard 计划：examples/quickstart/desired.yaml\n"))
        #expect(result.stdout.split(separator: "\n").last == "2 个待切换，1 个已一致，0 个受阻。")
        #expect(result.stdout.contains("~ erp-db  切换 source (cn-north-4a) → target (cn-north-4b)"))
        #expect(result.stdout.contains("= 已一致：crm"))
        #expect(!result.stdout.contains("to switch") && !result.stdout.contains("wait up to"))
    }

    @Test func langEnOverridesTheLocaleAndTheVariable() throws {
        let english = try plan([])
        let overridden = try plan(["--lang", "en"], environment: ["LC_ALL": "zh_CN.UTF-8", "SWITCHYARD_LANG": "zh-CN"])
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(overridden.stdout == english.stdout)
        #expect(english.stdout.split(separator: "\n").last == "2 to switch, 1 in sync, 0 blocked.")
        let variable = try plan([], environment: ["LANG": "en_US.UTF-8", "SWITCHYARD_LANG": "zh-CN"])
        #expect(variable.stdout.split(separator: "\n").last == "2 个待切换，1 个已一致，0 个受阻。")
    }

    @Test func jsonIsByteIdenticalInBothLanguages() throws {
        let english = try plan(["--format", "json", "--lang", "en"])
        let chinese = try plan(["--format", "json", "--lang", "zh-CN"])
        #expect(english.status == 0 && chinese.status == 0, "\(english.stderr)\(chinese.stderr)")
        // Only the plan's creation time may differ between two runs.
        func stable(_ text: String) -> String {
            text.split(separator: "\n").filter { !$0.contains("\"created_at\"") }.joined(separator: "\n")
        }
        #expect(stable(english.stdout) == stable(chinese.stdout))
        #expect(english.stdout.contains("\"message\"") || english.stdout.contains("\"notes\""))
        #expect(!chinese.stdout.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
    }

    @Test func markdownIsChineseButKeepsItsMarker() throws {
        let result = try plan(["--format", "markdown", "--lang", "zh-CN"])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.hasPrefix("<!-- switchyard:plan file=examples/quickstart/desired.yaml -->\n### switchyard 计划：2 个待切换"))
        #expect(result.stdout.contains("| 保护组 | 操作 |"))
    }

    @Test(arguments: [(["--lang", "fr"], [String: String]()), ([], ["SWITCHYARD_LANG": "klingon"])])
    func aBadLanguageIsAUsageErrorAndChangesNothing(arguments: [String], environment: [String: String]) throws {
        let result = try plan(arguments, environment: environment)
        #expect(result.status == 64, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("is not a language switchyard speaks; use en or zh-CN"))
        #expect(result.stdout.isEmpty)
    }

    @Test func everyCommandAcceptsLang() throws {
        for command in ["plan", "apply", "drift", "drill", "import", "show", "validate", "permissions", "version"] {
            let help = try CommandRunner.switchyard([command, "--help"])
            #expect(help.stdout.contains("--lang <language>"), "\(command) --help has no --lang")
        }
    }
}
