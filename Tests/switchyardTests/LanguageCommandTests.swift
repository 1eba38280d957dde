// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardFuzzing
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

    /// `drift` of the quickstart with erp-db switched out of band (exit 2), in the language that
    /// `extra` and `environment` choose.
    func drift(_ emulator: EmulatorProcess, _ desired: URL, _ extra: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.switchyard(
            ["drift", "-f", desired.path, "--region", "cn-north-4", "--sdrs-endpoint", emulator.url, "--ecs-endpoint", emulator.url, "--no-color"] + extra,
            environment: DriftCommandTests.environment.merging(environment) { $1 }
        )
    }

    @Test func aChineseLocalePrintsTheDriftReportInChineseAndJSONStaysTheSame() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        try emulator.post("groups/\(DriftCommandTests.erpDB)/priority-station", json: #"{"priority_station": "target"}"#)
        let chineseSummary = "1 个已漂移，0 个进行中，0 个降级，0 个缺失，2 个已一致，0 个未纳管。"
        let desired = try DriftCommandTests().inSyncDesiredFile()

        let text = try drift(emulator, desired, [], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(text.status == 2, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("switchyard 漂移检查："))
        #expect(text.stdout.contains("~ erp-db  已漂移：生产站点位于 target (cn-north-4b)，Git 声明为 source (cn-north-4a)"))
        #expect(text.stdout.contains("= 已一致：crm, erp-app"))
        #expect(text.stdout.split(separator: "\n").last.map(String.init) == chineseSummary)
        #expect(!text.stdout.contains("production is at") && !text.stdout.contains("declared at"))

        let english = try drift(emulator, desired, [])
        let overridden = try drift(emulator, desired, ["--lang", "en"], environment: ["LC_ALL": "zh_CN.UTF-8", "SWITCHYARD_LANG": "zh-CN"])
        #expect(overridden.status == 2)
        #expect(overridden.stdout == english.stdout)
        #expect(english.stdout.split(separator: "\n").last.map(String.init) == DriftCommandTests.driftedSummary)

        let json = try drift(emulator, desired, ["--format", "json", "--lang", "en"])
        let chineseJSON = try drift(emulator, desired, ["--format", "json", "--lang", "zh-CN"])
        #expect(json.status == 2 && chineseJSON.status == 2, "\(json.stderr)\(chineseJSON.stderr)")
        #expect(chineseJSON.stdout == json.stdout)
        #expect(json.stdout.contains("\"message\" : \"production is at target"))

        let markdown = try drift(emulator, desired, ["--format", "markdown", "--lang", "zh-CN"])
        #expect(markdown.stdout.hasPrefix("### switchyard 漂移检查：发现漂移。\(chineseSummary)\n"))
        #expect(markdown.stdout.contains("| `~` | `erp-db` | 已漂移 |"))

        let junit = try drift(emulator, desired, ["--format", "junit", "--lang", "zh-CN"])
        #expect(junit.status == 2)
        #expect(SinkCheck.junit(junit.stdout).isEmpty, "\(SinkCheck.junit(junit.stdout))")
        #expect(junit.stdout.contains(#"<testcase classname="switchyard.drift" name="erp-db">"# + "\n" + #"      <failure message="已漂移："#))
        #expect(junit.stdout.contains(#"type="drifted">"#) && junit.stdout.contains("active-site-differs："))

        // With --output only the summary line is printed, in the chosen language too.
        let output = try CommandRunner.temporaryDirectory().appendingPathComponent("drift.xml").path
        let saved = try drift(emulator, desired, ["--format", "junit", "--output", output], environment: ["SWITCHYARD_LANG": "zh-CN"])
        #expect(saved.status == 2, "\(saved.stderr)")
        #expect(saved.stdout == chineseSummary + "\n")
        #expect(try String(contentsOfFile: output, encoding: .utf8) == junit.stdout)
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

/// `apply` in Chinese against a real emulator process: the plan shown, the CI log lines, the summary
/// and the HTML report; the journal and `--format json` stay English.
@Suite("switchyard apply in Chinese, end to end", .serialized)
struct ApplyLanguageCommandTests {
    @Test func quickstartApplyInChinese() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        let work = try CommandRunner.temporaryDirectory()
        let desired = CommandRunner.repositoryRoot.appendingPathComponent("examples/quickstart/desired.yaml").path
        let journal = work.appendingPathComponent("journal.jsonl").path
        let report = work.appendingPathComponent("report.html").path
        let apply = try CommandRunner.switchyard(
            ["apply", "-f", desired, "--auto-approve", "--journal", journal, "--no-color", "--report", report]
                + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment.merging(["LANG": "zh_CN.UTF-8"]) { $1 }, directory: work
        )
        #expect(apply.status == 0, "\(apply.stdout)\n\(apply.stderr)")
        #expect(apply.stdout.contains("~ erp-db  切换 source (cn-north-4a) → target (cn-north-4b)"))
        #expect(apply.stdout.contains("apply 汇总（运行 "))
        #expect(apply.stdout.contains("erp-db: 已收敛"))
        #expect(apply.stdout.contains(": reverse 开始（任务 "), "CI log lines in Chinese")
        #expect(apply.stdout.contains("HTML 报告已写入 "))
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("<h1>switchyard apply 报告</h1>"))
        // The journal is an audit log for tools: English whatever the language.
        let records = try String(contentsOfFile: journal, encoding: .utf8)
        #expect(!records.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        #expect(try ApplyCommandTests.violations(emulator).isEmpty)
    }

    @Test func aFailedGroupIsExplainedInChineseOnScreenAndOnThePage() throws {
        let emulator = try EmulatorProcess(fixture: "examples/quickstart/cloud.yaml")
        defer { emulator.stop() }
        try emulator.post("faults", json: #"{"kind": "reverse-job-failure", "group_id": "\#(ApplyReportCommandTests.erpApp)", "error_code": "SDRS.1029", "fail_reason": "replication link broken"}"#)
        let work = try CommandRunner.temporaryDirectory()
        let report = work.appendingPathComponent("report.zh-CN.html").path
        let result = try CommandRunner.switchyard(
            ["apply", "-f", ApplyReportCommandTests.desired, "--auto-approve", "--journal", work.appendingPathComponent("journal.jsonl").path,
             "--no-color", "--lang", "zh-CN", "--report", report] + ApplyCommandTests.endpointArguments(emulator),
            environment: ApplyCommandTests.environment, directory: work
        )
        #expect(result.status == 1, "\(result.stdout)\n\(result.stderr)")
        #expect(result.stdout.contains("erp-app: 失败"))
        #expect(result.stdout.contains("错误码 SDRS.1029: replication link broken"))
        #expect(result.stdout.contains("下一步安全操作：消除原因后再次执行 plan 和 apply（SDRS 允许从 error-reversing 状态重试切换）"))
        #expect(!result.stdout.contains("next safe action"))
        let html = try String(contentsOfFile: report, encoding: .utf8)
        #expect(html.contains("<strong>切换到 target 失败（任务 "))
        #expect(try ApplyCommandTests.violations(emulator).isEmpty)
        if let python = ApplyReportCommandTests.browserPython {
            // The real CLI's Chinese page in headless Chromium: marks in Chinese, glyphs drawn.
            let check = try CommandRunner.run(
                URL(fileURLWithPath: python), [CommandRunner.repositoryRoot.appendingPathComponent("Tests/Browser/check_apply_report.py").path, report])
            #expect(check.status == 0, "\(check.stdout)\n\(check.stderr)")
            #expect(check.stdout.contains("glyphs: Chinese drawn with real glyphs"))
        }
    }
}

/// `drill` in Chinese against the embedded emulator: the report in every format, the progress lines
/// and the `--output` summary line follow the language; JSON does not.
@Suite("switchyard drill in Chinese, end to end", .serialized)
struct DrillLanguageCommandTests {
    /// erp-db over its RTO, crm failing its check, ghost not found: every kind of failure.
    func drill(_ extra: [String], in folder: URL, environment: [String: String] = [:]) throws -> CommandResult {
        let desired = try DrillCommandTests.slowERPDesired(in: folder, extra: "  - name: ghost\n    activeSite: source\n")
        return try CommandRunner.switchyard(
            ["drill", "-f", desired.path, "--emulator", DrillCommandTests.fixture, "--emulator-time-scale", "0.001",
             "--check", #"test "$SWITCHYARD_GROUP_NAME" != crm"#] + extra,
            environment: environment, directory: folder)
    }

    /// The JSON without what differs from run to run (times, drill IDs and names, server IDs).
    func stable(_ json: String) throws -> [[String: String]] {
        let report = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups = (report["groups"] as? [[String: Any]] ?? []).map { group in
            ["address", "failure", "passed", "exceeded_rto", "check_exit_status", "deleted", "rto_seconds"].reduce(into: [String: String]()) {
                $0[$1] = "\(group[$1] ?? "absent")"
            }
        }
        let unresolved = (report["unresolved"] as? [[String: Any]] ?? []).map { ["address": "\($0["address"] ?? "")", "reason": "\($0["reason"] ?? "")"] }
        return groups + unresolved + [["keys": (report.keys.sorted()).joined(separator: ",")]]
    }

    @Test func theDrillReportIsInChineseAndItsJSONIsNot() throws {
        let folder = try CommandRunner.temporaryDirectory()
        let text = try drill(["--lang", "zh-CN"], in: folder)
        #expect(text.status == 1, "\(text.stderr)")
        #expect(text.stdout.hasPrefix("switchyard 容灾演练："))
        #expect(text.stdout.contains("✗ erp-db  容灾演练在 10m00s 后可用（RTO 5m00s）：超出 RTO\n"), "\(text.stdout)")
        #expect(text.stdout.contains("✗ crm  容灾演练在 10m00s 后可用；失败：检查命令以退出状态 1 结束\n"))
        #expect(text.stdout.contains("    检查命令退出，退出状态 0\n") && text.stdout.contains("    容灾演练已删除\n"))
        #expect(text.stdout.contains("✗ ghost  未演练：此项目和区域中没有名称为 'ghost' 的保护组"))
        #expect(text.stdout.hasSuffix("\n容灾演练：0 个通过，3 个失败。\n"))
        #expect(text.stderr.contains("erp-db：正在创建容灾演练 switchyard-drill-") && text.stderr.contains("crm：正在删除容灾演练 "), "\(text.stderr)")
        for english in ["drill available", "exceeds the RTO", "not drilled", "check exited", "passed,", "creating drill", "deleting drill"] {
            #expect(!text.stdout.contains(english) && !text.stderr.contains(english), "\(english)")
        }

        let english = try drill([], in: folder, environment: ["LANG": "en_US.UTF-8"])
        #expect(english.stdout.contains("✗ crm  drill available in 10m00s; failed: the check command exited with status 1\n"))
        #expect(english.stdout.hasSuffix("\nDrill: 0 passed, 3 failed.\n"))

        let json = try drill(["--format", "json", "--lang", "en"], in: folder)
        let chineseJSON = try drill(["--format", "json"], in: folder, environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(json.status == 1 && chineseJSON.status == 1)
        #expect(try stable(chineseJSON.stdout) == (try stable(json.stdout)))
        #expect(chineseJSON.stdout.contains(#""failure" : "the check command exited with status 1""#))
        #expect(!chineseJSON.stdout.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })

        // JUnit with --output and the HTML page: Chinese messages, still valid JUnit; only the
        // summary line is printed, in Chinese too.
        let xml = folder.appendingPathComponent("drill.xml").path
        let page = folder.appendingPathComponent("drill.html").path
        let junit = try drill(["--format", "junit", "--output", xml, "--report", page], in: folder, environment: ["SWITCHYARD_LANG": "zh-CN"])
        #expect(junit.status == 1, "\(junit.stderr)")
        #expect(junit.stdout == "容灾演练：0 个通过，3 个失败。\n")
        let report = try String(contentsOfFile: xml, encoding: .utf8)
        #expect(SinkCheck.junit(report).isEmpty, "\(SinkCheck.junit(report))")
        #expect(report.contains(#"tests="3" failures="3""#) && report.contains(#"type="rto-exceeded""#) && report.contains(#"type="not-drilled""#))
        #expect(report.contains(#"<failure message="容灾演练在 10m00s 后可用；失败：检查命令以退出状态 1 结束" type="drill-failed">"#))
        let jsonPath = folder.appendingPathComponent("drill.json")
        try chineseJSON.stdout.write(to: jsonPath, atomically: true, encoding: .utf8)
        if let check = try DrillCommandTests.validateJUnit(xml, against: jsonPath.path) {
            #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        }
        let html = try String(contentsOfFile: page, encoding: .utf8)
        #expect(html.contains("<html lang=\"zh-CN\">") && html.contains("<h1>switchyard 容灾演练报告</h1>"))
        #expect(html.contains("（超出 RTO）</td>"))
        if let rendered = try DrillCommandTests.renderInBrowser(page) {
            #expect(rendered.status == 0, "\(rendered.stdout)\n\(rendered.stderr)")
            #expect(rendered.stdout.contains("glyphs: Chinese drawn with real glyphs"))
        }
    }
}
