// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct DriftRendererTests {
    /// `count` declared groups, every one drifted, each with a long reason.
    func bigReport(count: Int) -> DriftReport {
        let groups = (0..<count).map { index in
            GroupDrift(
                address: "group-\(index)", state: .drifted, groupID: "grp-\(index)", status: "protected",
                declaredActiveSite: "target", desiredSite: .target, desiredAvailabilityZone: "cn-north-4b",
                liveSite: .source, liveAvailabilityZone: "cn-north-4a", since: "2026-03-02T08:15:00Z",
                reasons: [DriftReason(code: "active-site-differs", message: String(repeating: "é", count: 40))],
                declaredAt: "desired.yaml:\(index + 8):5"
            )
        }
        return DriftReport(desiredFile: "desired.yaml", groups: groups, unmanaged: [])
    }

    @Test func chineseMarkdownIsCutLikeTheEnglishAndSaysSoInChinese() {
        let report = bigReport(count: 5_000)
        let markdown = DriftMarkdownRenderer(language: .simplifiedChinese).render(report)
        #expect(markdown.utf8.count <= 65_536)
        #expect(markdown.hasPrefix("### switchyard 漂移检查：发现漂移。\(report.summary.line(.simplifiedChinese))\n"))
        #expect(markdown.contains("_为符合评论长度上限（65536 个字符）已截断：未显示"))
        #expect(markdown.contains("个表格行") && !markdown.contains("table rows"))
    }

    /// A drill left running: the English sentence is the one JSON has always carried; Chinese
    /// readers get it in Chinese, counts and the VPC included.
    @Test func aDrillLeftRunningReadsInBothLanguages() {
        let group = GroupDrift(address: "crm", state: .inSync, groupID: "grp-crm", declaredActiveSite: "source", declaredAt: "desired.yaml:8:5")
        let report = DriftReport(desiredFile: "desired.yaml", groups: [group], unmanaged: []).addingDrills([
            LiveDrill(id: "d-1", name: "nightly", status: .available, groupID: "grp-crm", drillVPCID: "vpc-9", servers: [
                .init(protectedInstanceID: "i-1", drillServerID: "s-1"), .init(protectedInstanceID: "i-2", drillServerID: "s-2"),
            ]),
            LiveDrill(id: "d-2", name: "", status: .available, groupID: "grp-crm", servers: [.init(protectedInstanceID: "i-1", drillServerID: "s-3")]),
        ])
        let reasons = report.groups[0].reasons
        #expect(report.groups[0].state == .degraded)
        #expect(reasons.map(\.message) == [
            "DR drill 'nightly' (d-1) exists (status available, 2 drill servers, VPC vpc-9); it costs money and holds its VPC: delete it, or rerun 'switchyard drill', which deletes the drills it left",
            "DR drill d-2 exists (status available, 1 drill server); it costs money and holds its VPC: delete it, or rerun 'switchyard drill', which deletes the drills it left",
        ])
        #expect(reasons.map { $0.text(.simplifiedChinese) } == [
            "容灾演练 'nightly' (d-1) 仍然存在（状态 available，2 台演练云服务器，VPC 为 vpc-9）；它会产生费用并占用其 VPC：请删除它，或重新运行 'switchyard drill'，该命令会删除它遗留的容灾演练",
            "容灾演练 d-2 仍然存在（状态 available，1 台演练云服务器）；它会产生费用并占用其 VPC：请删除它，或重新运行 'switchyard drill'，该命令会删除它遗留的容灾演练",
        ])
    }

    @Test func markdownOfFiveThousandGroupsFitsAGitHubCommentAndKeepsTheSummary() {
        let report = bigReport(count: 5_000)
        let markdown = DriftMarkdownRenderer().render(report)
        #expect(markdown.utf8.count <= 65_536)
        #expect(markdown.hasPrefix("### switchyard drift: drift found. \(report.summary.line)\n"))
        #expect(markdown.contains("_Truncated to fit a comment"))
        #expect(markdown.contains("table rows"))
    }

    @Test func markdownUnderTheLimitIsNotTruncated() {
        let markdown = DriftMarkdownRenderer().render(bigReport(count: 3))
        #expect(!markdown.contains("Truncated"))
        #expect(markdown.components(separatedBy: "<details>").count == 4)
    }

    @Test func markdownKeepsTheSummaryEvenWithATinyLimit() {
        let report = bigReport(count: 50)
        let markdown = DriftMarkdownRenderer(limit: 1_000).render(report)
        #expect(markdown.utf8.count <= 1_000)
        #expect(markdown.hasPrefix("### switchyard drift: drift found. 50 drifted"))
    }

    @Test func junitEscapesEverythingXMLForbids() {
        #expect(DriftJUnitRenderer.escape("a<b>&\"c\"'d'\n") == "a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#10;")
        #expect(DriftJUnitRenderer.escape("x\u{01}y", attribute: false) == "x\u{FFFD}y")
        #expect(DriftJUnitRenderer.escape("l1\nl2 \"q\"", attribute: false) == "l1\nl2 \"q\"")
    }

    @Test func junitCountsMatchTheReport() {
        var report = bigReport(count: 3)
        report.groups[0].state = .inSync
        report = DriftReport(desiredFile: "d.yaml", groups: report.groups, unmanaged: [
            UnmanagedDriftGroup(address: "legacy", groupID: "grp-legacy", status: "protected", liveSite: .source, liveAvailabilityZone: "a"),
        ])
        let xml = DriftJUnitRenderer().render(report)
        #expect(xml.contains("<testsuite name=\"switchyard drift\" tests=\"4\" failures=\"2\" errors=\"0\" skipped=\"1\">"))
        #expect(xml.components(separatedBy: "<failure ").count == 3)
        #expect(xml.contains("<testcase classname=\"switchyard.drift\" name=\"group-0\"/>"))
        #expect(xml.contains("<skipped message="))
    }

    @Test func metricsEscapeLabelValuesAndHelp() {
        #expect(DriftMetricsRenderer.escapeLabelValue("a\\b\"c\nd") == "a\\\\b\\\"c\\nd")
        #expect(DriftMetricsRenderer.escapeHelp("a\\b\nc \"q\"") == "a\\\\b\\nc \"q\"")
    }

    @Test func metricsOfAFailedRunHaveOnlyTheRunGauges() {
        let run = DriftMetricsRenderer.Run(finishedAt: Date(timeIntervalSince1970: 100), duration: .milliseconds(2500), success: false)
        let text = DriftMetricsRenderer().render(nil, run: run)
        #expect(text.contains("switchyard_drift_last_run_success 0\n"))
        #expect(text.contains("switchyard_drift_last_run_timestamp_seconds 100\n"))
        #expect(text.contains("switchyard_drift_last_run_duration_seconds 2.5\n"))
        #expect(!text.contains("switchyard_group_"))
    }

    @Test func metricsAreOneHotPerGroup() {
        let text = DriftMetricsRenderer().render(bigReport(count: 2), run: DriftGoldenTests.run)
        let ones = text.split(separator: "\n").filter { $0.hasPrefix("switchyard_group_state{group=\"group-0\"") && $0.hasSuffix(" 1") }
        #expect(ones == ["switchyard_group_state{group=\"group-0\",state=\"drifted\"} 1"])
        #expect(text.contains("switchyard_groups{state=\"drifted\"} 2\n"))
        #expect(text.contains("switchyard_group_active_site_info{group=\"group-1\",site=\"source\",availability_zone=\"cn-north-4a\"} 1\n"))
    }

    /// The issue's case: 7 declared groups, 2 drifted, the others degraded, in progress, missing or
    /// in sync. The old `switchyard_drifted_groups` said 7 - 2 in sync = 5; each state is now counted
    /// on its own, and the old names are gone.
    @Test func metricsCountEachStateOnItsOwn() {
        let states: [DriftState] = [.drifted, .drifted, .degraded, .inProgress, .missing, .inSync, .inSync]
        let groups = states.enumerated().map { index, state in
            GroupDrift(
                address: "group-\(index)", state: state, groupID: state == .missing ? nil : "grp-\(index)", status: "protected",
                declaredActiveSite: "target", desiredSite: .target, liveSite: state == .missing ? nil : .target,
                reasons: state == .inSync ? [] : [DriftReason(code: "group-failed", message: "m")], declaredAt: "desired.yaml:\(index + 3):5"
            )
        }
        let text = DriftMetricsRenderer().render(DriftReport(desiredFile: "desired.yaml", groups: groups, unmanaged: []), run: DriftGoldenTests.run)
        let counts = text.split(separator: "\n").filter { $0.hasPrefix("switchyard_groups{") }
        #expect(counts == [
            #"switchyard_groups{state="in-sync"} 2"#, #"switchyard_groups{state="drifted"} 2"#, #"switchyard_groups{state="in-progress"} 1"#,
            #"switchyard_groups{state="degraded"} 1"#, #"switchyard_groups{state="missing"} 1"#,
        ])
        #expect(!text.contains("switchyard_drifted_groups"))
        #expect(!text.contains("switchyard_group_active_site{"))
        #expect(text.contains("# TYPE switchyard_group_active_site_info gauge\n"))
    }

    @Test func textColourIsOptional() {
        let report = bigReport(count: 1)
        #expect(!DriftTextRenderer().render(report).contains("\u{1B}["))
        #expect(DriftTextRenderer(color: true).render(report).contains("\u{1B}[33m~ group-0"))
    }
}
