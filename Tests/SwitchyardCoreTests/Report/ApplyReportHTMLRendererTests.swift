// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// The HTML apply report: golden pages for `Fixtures/apply-report/<case>/report.json`, and the
/// timeline geometry they are drawn from. `Tests/Browser/check_apply_report.py` renders the same
/// golden pages in headless Chromium (screenshot not blank, failures red, no script errors).
@Suite struct ApplyReportHTMLRendererTests {
    static let cases = FixtureDirectory.cases("../Fixtures/apply-report")

    static func report(_ name: String) throws -> ApplyReport {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let url = FixtureDirectory.url("../Fixtures/apply-report").appendingPathComponent(name).appendingPathComponent("report.json")
        return try decoder.decode(ApplyReport.self, from: Data(contentsOf: url))
    }

    @Test func everyCaseFolderIsFound() {
        #expect(Self.cases == ["all-converged", "interrupted", "mixed-results", "refused-run"])
    }

    @Test(arguments: cases)
    func rendersLikeItsGoldenPage(_ name: String) throws {
        let folder = FixtureDirectory.url("../Fixtures/apply-report").appendingPathComponent(name)
        for (language, file) in [(Language.english, "report.html"), (.simplifiedChinese, "report.zh-CN.html")] {
            let html = ApplyReportHTMLRenderer(language: language).render(try Self.report(name))
            if let mismatch = Golden.compare(html, toFileAt: folder.appendingPathComponent(file).path) { Issue.record("\(mismatch)") }
        }
    }

    @Test func pageIsSelfContainedAndEscapesEverythingFromTheReport() throws {
        var report = try Self.report("mixed-results")
        report.groups[0].address = "<script>alert('x')</script>"
        let html = ApplyReportHTMLRenderer().render(report)
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"))
        // Nothing is fetched: no src/href attributes, no url(), and a CSP that forbids it.
        #expect(!html.contains(" src="))
        #expect(!html.contains(" href="))
        #expect(!html.contains("url("))
        #expect(html.contains("default-src 'none'"))
        #expect(html.components(separatedBy: "<script>").count == 2)
    }

    @Test func failedStepIsRedAndTheRestAreNot() throws {
        let html = ApplyReportHTMLRenderer().render(try Self.report("mixed-results"))
        let failedBars = html.components(separatedBy: "class=\"bar step-reverse failed\"").count - 1
        #expect(failedBars == 1)
        #expect(html.contains("<tr class=\"result-failed failed\" data-group=\"erp-app\">"))
        #expect(html.contains("SDRS.1029"))
        #expect(html.contains("next safe action: check the replication pairs"))
        // The over-RTO group is called out in the header and the table.
        #expect(html.contains("1 over RTO."))
        #expect(html.contains("1m48s (over RTO)"))
    }

    @Test func aFailureIsSaidOnceAndAMetRTOIsMarked() {
        let at = Date(timeIntervalSince1970: 1_800_000_000)
        let failure = GroupFailure(reason: .reverseFailed, message: "the switchover failed", errorCode: "SDRS.1029", nextSafeAction: "plan and apply again")
        let report = ApplyReport(runID: "r", startedAt: at, endedAt: at.addingTimeInterval(60), groups: [
            ApplyReport.Group(address: "db", groupID: "g1", result: .failed, reason: failure.summary, failure: failure),
            ApplyReport.Group(
                address: "app", groupID: "g2", result: .converged, downtimeStart: at, downtimeEnd: at.addingTimeInterval(30), rto: .minutes(5)),
        ])
        let html = ApplyReportHTMLRenderer().render(report)
        #expect(html.components(separatedBy: "the switchover failed").count - 1 == 1, "the failure's message once")
        #expect(html.contains("30.0s <span class=\"good\">✓ within RTO</span>"))
    }

    @Test func timelineSharesOneAxisAndPlacesEveryStep() throws {
        let timeline = ApplyTimeline(report: try Self.report("mixed-results"))
        #expect(timeline.span == 170)
        #expect(timeline.ticks.first == 0)
        #expect(timeline.ticks.last == 150)
        let app = try #require(timeline.rows.first { $0.address == "erp-app" })
        #expect(app.bars.map(\.step) == ["stop", "reverse"])
        #expect(app.bars.map(\.failed) == [false, true])
        #expect(app.stillDown)
        #expect(app.downtime == 62...170)
        #expect(app.rtoDeadline == 662)
        #expect(app.rtoOffScale)
        let web = try #require(timeline.rows.first { $0.address.hasPrefix("web") })
        #expect(web.rtoDeadline == 92)
        #expect(!web.rtoOffScale)
        #expect(web.bars.map(\.start) == [2, 25, 31, 75])
    }

    @Test func axisStretchesToNearbyRTODeadlines() throws {
        var report = try Self.report("mixed-results")
        report.groups[1].rto = TimeSpan(seconds: 200)
        let timeline = ApplyTimeline(report: report)
        #expect(timeline.span == 262)
        #expect(timeline.rows[1].rtoOffScale == false)
    }

    @Test func unfinishedStepRunsToTheEndOfTheRun() throws {
        let timeline = ApplyTimeline(report: try Self.report("interrupted"))
        let billing = try #require(timeline.rows.first)
        #expect(billing.bars.last?.finished == false)
        #expect(billing.bars.last?.end == 45)
        #expect(billing.bars.contains { $0.failed } == false)
    }

    @Test func tickStepsAreRound() {
        #expect(ApplyTimeline.tickStep(for: 0.35) == 0.05)
        #expect(ApplyTimeline.tickStep(for: 170) == 30)
        #expect(ApplyTimeline.tickStep(for: 3 * 3600) == 1800)
    }
}
