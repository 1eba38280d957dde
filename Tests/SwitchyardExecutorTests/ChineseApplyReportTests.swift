// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardExecutor
import SwitchyardTestSupport
import Testing

private typealias H = ApplyHarness

/// A report made in this process keeps the phrases of its failures, so the summary, the HTML page
/// and the live view can say them in Chinese; its JSON stays English (#18).
@Suite struct ChineseApplyReportTests {
    /// A run of one group `name` on a fake cloud configured by `configure`.
    func run(_ name: String, shutdown: ShutdownMode = .soft, _ configure: @Sendable (isolated FakeCloud) -> Void) async throws -> ApplyReport {
        let cloud = H.cloud([name])
        await cloud.configure(configure)
        let clock = TestClock()
        let plan = try await H.plan(cloud, [H.declare(name, shutdown: shutdown)])
        return try await H.executor(cloud, journal: MemoryJournal(), clock: clock).run(plan, header: H.header(clock))
    }

    /// One converged group, one whose reverse fails (leave-stopped), one whose soft stop hangs.
    func mixedRun() async throws -> ApplyReport {
        let converged = try await run("ok") { _ in }
        let reverseFails = try await run("rev") { $0.reverseFailures["rev"] = ("SDRS.1029", "replication broken") }
        let stopHangs = try await run("hang") { $0.softStopHangs = ["hang-s0"] }
        var report = converged
        report.groups += reverseFails.groups + stopHangs.groups
        return report
    }

    @Test func failuresAreWrittenInChineseAndTheirJSONStaysEnglish() async throws {
        let report = try await mixedRun()
        #expect(report.groups.map(\.result).sorted { $0.rawValue < $1.rawValue } == [.converged, .failed, .failed])
        let text = ApplyReportTextRenderer(language: .simplifiedChinese).render(report)
        let html = ApplyReportHTMLRenderer(language: .simplifiedChinese).render(report)
        #expect(text.contains("切换到 target 失败（任务"))
        #expect(text.contains("错误码 SDRS.1029: replication broken"))
        #expect(text.contains("下一步安全操作：消除原因后再次执行 plan 和 apply"))
        #expect(text.contains("云服务器 hang-s0"))
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("切换到 target 失败（任务"))
        for (key, fragment) in EnglishLeaks.find(in: text) { Issue.record("\(key): '\(fragment)' in the Chinese summary") }
        for (key, fragment) in EnglishLeaks.find(in: html) { Issue.record("\(key): '\(fragment)' in the Chinese page") }
        // JSON (and so the journal and saved reports) carries the English sentences only.
        let json = try ApplyReportJSONRenderer.render(report)
        #expect(json.contains("the switchover to target failed (job "))
        #expect(!json.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF })
        #expect(ApplyReportTextRenderer().render(report).contains("next safe action: fix the cause, then plan and apply again"))
    }

    @Test func theLiveViewSpeaksChineseAndFitsTheTerminal() {
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        var view = ApplyProgressView(groups: [("erp-db", 1), ("erp-app", 2)], startedAt: start, language: .simplifiedChinese)
        view.record(ApplyEvent(address: "erp-db", kind: .stepStarted, step: "reverse", at: start.addingTimeInterval(5)))
        let wide = view.lines(now: start.addingTimeInterval(65), width: 200)
        #expect(wide[0] == "apply 进度：第 1 批，共 2 批，2 个保护组中已完成 0 个，已用时 1m05s")
        #expect(wide.contains("  erp-app  等待中（第 2 批）"))
        #expect(wide.contains("  erp-db   reverse…  1m00s"))
        let narrow = view.lines(now: start.addingTimeInterval(65), width: 40)
        #expect(narrow.allSatisfy { TerminalWrap.columns($0) < 40 })
        #expect(narrow[0].hasSuffix("…"))
    }
}
