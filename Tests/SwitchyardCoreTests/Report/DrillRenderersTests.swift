// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

@Suite struct DrillRenderersTests {
    static func report() -> DrillReport {
        var passed = DrillGroupResult(address: "erp-db", groupID: "g-1")
        passed.drillID = "d-1"
        passed.drillName = "switchyard-drill-x"
        passed.servers = [LiveDrill.Server(protectedInstanceID: "i-1", drillServerID: "s-1")]
        passed.recoverySeconds = 600
        passed.measuredSeconds = 612.5
        passed.rtoSeconds = 900
        passed.deleted = true
        var slow = DrillGroupResult(address: "erp-<app>", groupID: "g-2")
        slow.recoverySeconds = 1000
        slow.rtoSeconds = 900
        slow.deleted = true
        var failed = DrillGroupResult(address: "crm", groupID: "g-3")
        failed.failure = "SDRS.1907 \u{1B}[31mconflict"
        return DrillReport(
            desiredFile: "desired.yaml", projectID: "p", region: "cn-north-4", startedAt: "2026-12-06T00:00:00Z",
            endedAt: "2026-12-06T00:10:00Z", timeScale: nil, keep: false, groups: [passed, slow, failed],
            unresolved: [DrillReport.Unresolved(address: "ghost", reason: "not found")])
    }

    @Test func jsonIsSnakeCaseWithAFormatVersionAndRoundTrips() throws {
        let text = try DrillJSONRenderer().render(Self.report())
        let object = try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
        #expect(object["format_version"] as? Int == 1)
        let groups = try #require(object["groups"] as? [[String: Any]])
        #expect(groups[0]["recovery_seconds"] as? Double == 600 && groups[0]["passed"] as? Bool == true)
        #expect(groups[1]["exceeded_rto"] as? Bool == true && groups[1]["passed"] as? Bool == false)
        #expect((groups[0]["servers"] as? [[String: Any]])?.first?["drill_server_id"] as? String == "s-1")
        let decoded = try JSONDecoder().decode(DrillReport.self, from: Data(text.utf8))
        #expect(decoded == Self.report())
    }

    @Test func junitHasOneTestCasePerGroupAndFailsSlowFailedAndUndrilledGroups() {
        let xml = DrillJUnitRenderer().render(Self.report())
        #expect(xml.contains(#"tests="4" failures="3""#))
        #expect(xml.contains(#"<testcase classname="switchyard.drill" name="erp-db" time="600.000"/>"#))
        #expect(xml.contains(#"name="erp-&lt;app&gt;" time="1000.000">"#))
        #expect(xml.contains(#"type="rto-exceeded""#) && xml.contains(#"type="drill-failed""#) && xml.contains(#"type="not-drilled""#))
        #expect(!xml.contains("\u{1B}"))
    }

    @Test func textNamesEachGroupAndEndsWithTheSummary() {
        let text = DrillTextRenderer().render(Self.report())
        #expect(text.contains("✓ erp-db  drill available in 10m00s (RTO 15m00s)"))
        #expect(text.contains("✗ erp-<app>  drill available in 16m40s (RTO 15m00s): exceeds the RTO"))
        #expect(!text.contains("\u{1B}"))
        #expect(text.hasSuffix("Drill: 1 passed, 3 failed.\n"))
        #expect(ExitStatus(drill: Self.report()) == .error)
    }
}

@Suite struct DrillReportHTMLRendererTests {
    static func report() -> DrillReport {
        var report = DrillRenderersTests.report()
        report.groups[0].phases = [
            DrillPhase(name: "create", start: 0, end: 600, failed: false),
            DrillPhase(name: "check", start: 600, end: 610, failed: false),
            DrillPhase(name: "delete", start: 610, end: 670, failed: false),
        ]
        report.groups[1].phases = [DrillPhase(name: "create", start: 0, end: 1000, failed: false)]
        report.groups[2].phases = [DrillPhase(name: "create", start: 0, end: 5, failed: true)]
        report.groups[2].address = "<script>alert('x')</script>"
        return report
    }

    @Test func theTimelineHasARowPerGroupWithItsPhasesAndTheRTOFromTheCreateStart() {
        let timeline = ApplyTimeline(drill: Self.report())
        #expect(timeline.rows.map(\.bars.count) == [3, 1, 1])
        #expect(timeline.rows[0].downtime == 0...600 && timeline.rows[0].rtoDeadline == 900)
        #expect(timeline.rows.map(\.result) == [.converged, .failed, .failed])
        #expect(timeline.span == 1000)
    }

    @Test func thePageIsSelfContainedEscapedAndMarksFailuresRed() {
        let html = DrillReportHTMLRenderer().render(Self.report())
        #expect(!html.contains("<script>alert"))
        #expect(html.contains("&lt;script&gt;alert(&apos;x&apos;)&lt;/script&gt;"))
        #expect(!html.contains(" src=") && !html.contains(" href=") && !html.contains("url("))
        #expect(html.contains("default-src 'none'"))
        #expect(html.components(separatedBy: "class=\"bar step-create failed\"").count - 1 == 1)
        #expect(html.contains("class=\"bar step-check\"") && html.contains("class=\"bar step-delete\""))
        #expect(html.contains("<tr class=\"result-failed failed\" data-group=\"ghost\">"))
        #expect(html.contains("class=\"bad\">16m40s (over RTO)</td>"))
        // Exactly one group recovered within its RTO (600 s against 900 s).
        #expect(html.components(separatedBy: "<span class=\"good\">✓ within RTO</span></td>").count - 1 == 1)
        #expect(html.contains("<header class=\"run failed\">"))
    }
}

/// The drill report in both languages (#18): English as it always was, Chinese with no English
/// sentence from the catalogue, JSON the same whatever the language.
@Suite struct DrillReportLanguageTests {
    /// Every kind of fact and failure: leftovers, a VPC, two servers, a check, a failure made of
    /// three catalogue sentences, a drill left in place, an unresolved group, an emulator run.
    static func report() -> DrillReport {
        var report = DrillRenderersTests.report()
        report.timeScale = 0.001
        report.groups[0].removedLeftovers = ["d-0", "d-00"]
        report.groups[0].drillVPCID = "vpc-1"
        report.groups[0].servers.append(LiveDrill.Server(protectedInstanceID: "i-2", drillServerID: "s-2"))
        report.groups[0].checkExitStatus = 0
        var crm = report.groups[2]
        crm.drillID = "d-3"
        crm.drillName = "switchyard-drill-x"
        crm.finalStatus = "error-deleting"
        crm.recoverySeconds = 30
        crm.checkExitStatus = 3
        crm.failure = Message(.drillFailureAndMore, [
            "first": Message(.drillCheckFailed, ["status": "3"]).argument,
            "second": Message(.drillDeleteFailed, ["error": Message(.drillDeleteEnded, ["id": "d-3", "status": "error-deleting"]).argument]).argument,
        ])
        report.groups[2] = crm
        report.unresolved = [DrillReport.Unresolved(address: "ghost", reason: Message(.reasonNotFoundName, ["name": "ghost"]))]
        return report
    }

    static let englishText = """
        switchyard drill for desired.yaml
        emulated at time scale 0.001; durations are shown in cloud time

        ✓ erp-db  drill available in 10m00s (RTO 15m00s)
            removed 2 drill(s) left by an earlier run: d-0, d-00
            drill switchyard-drill-x (d-1) in VPC vpc-1
            drill servers: s-1 (from i-1), s-2 (from i-2)
            measured from the create call: 10m13s
            check exited with status 0
            drill deleted

        ✗ erp-<app>  drill available in 16m40s (RTO 15m00s): exceeds the RTO
            drill deleted

        ✗ crm  drill available in 30.0s; failed: the check command exited with status 3; deleting the drill failed: deleting drill d-3 ended in status error-deleting
            drill switchyard-drill-x (d-3)
            check exited with status 3
            drill d-3 left in place (status error-deleting)

        ✗ ghost  not drilled: no protection group is named 'ghost' in this project and region; check the name (and the project and region)

        Drill: 1 passed, 3 failed.

        """

    static let chineseText = """
        switchyard 容灾演练：desired.yaml
        在模拟器中以时间比例 0.001 运行；时长按云上时间显示

        ✓ erp-db  容灾演练在 10m00s 后可用（RTO 15m00s）
            已删除之前的运行遗留的 2 个容灾演练：d-0, d-00
            容灾演练 switchyard-drill-x（d-1），位于 VPC vpc-1
            演练云服务器：s-1（来自 i-1），s-2（来自 i-2）
            从创建请求起实测：10m13s
            检查命令退出，退出状态 0
            容灾演练已删除

        ✗ erp-<app>  容灾演练在 16m40s 后可用（RTO 15m00s）：超出 RTO
            容灾演练已删除

        ✗ crm  容灾演练在 30.0s 后可用；失败：检查命令以退出状态 3 结束；删除容灾演练失败：容灾演练 d-3 的删除以状态 error-deleting 结束
            容灾演练 switchyard-drill-x（d-3）
            检查命令退出，退出状态 3
            容灾演练 d-3 未删除（状态 error-deleting）

        ✗ ghost  未演练：此项目和区域中没有名称为 'ghost' 的保护组；请检查名称（以及项目和区域）

        容灾演练：1 个通过，3 个失败。

        """

    static func leaks(_ rendered: String) -> [String] {
        EnglishLeaks.find(in: rendered).map { "\($0.key): \($0.fragment)" }
    }

    @Test func theTextReportReadsTheSameInEnglishAndWhollyInChinese() {
        #expect(DrillTextRenderer().render(Self.report()) == Self.englishText)
        #expect(DrillTextRenderer(language: .english).render(Self.report()) == Self.englishText)
        let chinese = DrillTextRenderer(language: .simplifiedChinese).render(Self.report())
        #expect(chinese == Self.chineseText)
        #expect(Self.leaks(chinese).isEmpty, "\(Self.leaks(chinese))")
    }

    @Test func theJSONIsTheSameInEveryLanguageAndCarriesTheEnglishSentences() throws {
        let json = try DrillJSONRenderer().render(Self.report())
        #expect(json.contains(#""failure" : "the check command exited with status 3; deleting the drill failed: deleting drill d-3 ended in status error-deleting""#))
        #expect(json.contains(#""reason" : "no protection group is named 'ghost' in this project and region; check the name (and the project and region)""#))
        #expect(!json.contains("容灾"))
        // Read back, the sentences are English text only, and render as before in English.
        let decoded = try JSONDecoder().decode(DrillReport.self, from: Data(json.utf8))
        #expect(decoded == Self.report())
        #expect(decoded.groups[2].failure?.phrase == nil)
        #expect(DrillTextRenderer().render(decoded) == Self.englishText)
        #expect(try DrillJSONRenderer().render(decoded) == json)
    }

    @Test func theJUnitMessagesAreInChineseAndTheNamesAndTypesStay() {
        let english = DrillJUnitRenderer().render(Self.report())
        let xml = DrillJUnitRenderer(language: .simplifiedChinese).render(Self.report())
        #expect(english.contains(#"<failure message="not drilled: no protection group is named &apos;ghost&apos;"#))
        #expect(xml.contains(#"tests="4" failures="3""#))
        #expect(xml.contains(#"<testcase classname="switchyard.drill" name="erp-db" time="600.000"/>"#))
        #expect(xml.contains(#"<failure message="容灾演练在 16m40s 后可用（RTO 15m00s）：超出 RTO" type="rto-exceeded">"#))
        #expect(xml.contains(#"type="drill-failed">容灾演练 switchyard-drill-x（d-3）"#))
        #expect(xml.contains(#"<failure message="未演练：此项目和区域中没有名称为 &apos;ghost&apos; 的保护组"#) && xml.contains(#"type="not-drilled"/>"#))
        #expect(Self.leaks(xml).isEmpty, "\(Self.leaks(xml))")
        // Only the messages and failure texts differ: the structure is the same.
        let tags = { (text: String) in text.split(separator: "<").map { $0.prefix { $0 != " " && $0 != ">" } } }
        #expect(tags(xml) == tags(english))
    }

    @Test func theHTMLPageIsInChineseWithTheApplyPagesRTOMarks() {
        var report = Self.report()
        report.groups[0].phases = [DrillPhase(name: "create", start: 0, end: 600, failed: false)]
        report.groups[1].phases = [DrillPhase(name: "create", start: 0, end: 1000, failed: false)]
        let english = DrillReportHTMLRenderer().render(report)
        #expect(english.contains("<html lang=\"en\">") && english.contains("<h1>switchyard drill report</h1>"))
        #expect(english.contains("<span class=\"good\">✓ within RTO</span></td>") && english.contains("class=\"bad\">16m40s (over RTO)</td>"))
        let html = DrillReportHTMLRenderer(language: .simplifiedChinese).render(report)
        #expect(html.contains("<html lang=\"zh-CN\">"))
        #expect(html.contains("<title>switchyard 容灾演练报告 — 2026-12-06T00:00:00Z</title>") && html.contains("<h1>switchyard 容灾演练报告</h1>"))
        #expect(html.contains("<dd class=\"totals\">容灾演练：1 个通过，3 个失败。</dd>"))
        #expect(html.contains("<p>在模拟器中以时间比例 0.001 运行；时长为云上时间。</p>"))
        #expect(html.contains("<th scope=\"col\">恢复时间</th>") && html.contains("<h2 id=\"summary-title\">容灾演练</h2>"))
        #expect(html.components(separatedBy: "<span class=\"good\">✓ 在 RTO 内</span></td>").count - 1 == 1)
        #expect(html.contains("class=\"bad\">16m40s（超出 RTO）</td>"))
        #expect(html.contains("<th scope=\"row\">ghost</th><td>未演练</td>"))
        #expect(html.contains("<td>失败</td>") && html.contains("<td>通过</td>"))
        #expect(Self.leaks(html).isEmpty, "\(Self.leaks(html))")
        for english in ["Desired state", "Timeline", "Drill servers", "within RTO", "over RTO", "not drilled", ">passed<", ">failed<"] {
            #expect(!html.contains(english), "\(english)")
        }
    }
}
