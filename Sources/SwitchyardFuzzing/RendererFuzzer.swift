// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport

/// Bytes → hostile strings (split at 0xFF, decoded as UTF-8 with repairs) → a plan and a drift
/// report whose names, sites, reasons and notes are those strings → every renderer, each read
/// back by its sink's checker (``SinkCheck``), the apply metrics included.
///
/// Promise checked: whatever the strings, terminal text (with and without colour) holds no raw
/// control character and no uncut line, Markdown keeps its table, tags and headings, the
/// Prometheus files (drift and apply metrics) parse line by line, JUnit is well-formed XML.
public enum RendererFuzzer {
    static func run(_ data: Data) {
        let found = problems(data)
        precondition(found.isEmpty, "a renderer breaks its sink's rule: \(found.prefix(3))")
    }

    /// Every way the renderers' output for `data` breaks a sink's rule, each naming its sink.
    public static func problems(_ data: Data) -> [String] {
        var found: [String] = []
        func expect(_ problems: [String], _ sink: String) {
            found += problems.map { "\(sink): \($0)" }
        }
        let pieces = data.split(separator: 0xFF, omittingEmptySubsequences: false).prefix(8).map { String(decoding: $0, as: UTF8.self) }
        let strings = pieces.isEmpty ? [""] : pieces
        func string(_ index: Int) -> String { strings[index % strings.count] }

        let names = (0..<3).map { "\(string($0))-\($0)" }
        let declarations = names.enumerated().map { index, name in
            SampleState.declare(name, dependsOn: index == 0 ? [] : [names[index - 1]])
        }
        let desired = SampleState.desired(declarations)
        var live = SampleState.group(names[0])
        for name in names.dropFirst() { live = live + SampleState.group(name, priority: .target) }
        var plan = Planner.plan(desired: desired, live: live, options: PlanOptions(desired: desired, projectID: string(3), region: string(4)))
        if !plan.groups.isEmpty { plan.groups[0].notes.append(Message(verbatim: string(5))) }
        for language in Language.allCases {
            for color in [false, true] {
                let options = PlanTextRenderer.Options(color: color, language: language)
                expect(SinkCheck.terminal(PlanTextRenderer(options: options).render(plan), color: color), "plan text (\(language))")
            }
            expect(SinkCheck.markdown(PlanMarkdownRenderer(language: language).render(plan), columns: 7), "plan markdown (\(language))")
            for color in [false, true] {
                let summary = ApplyReportTextRenderer(color: color, language: language).render(applyReport(string))
                expect(SinkCheck.terminal(summary, color: color), "apply summary (\(language))")
            }
        }

        let report = driftReport(string)
        for language in Language.allCases {
            for color in [false, true] {
                expect(SinkCheck.terminal(DriftTextRenderer(color: color, language: language).render(report), color: color), "drift text (\(language))")
            }
            expect(SinkCheck.markdown(DriftMarkdownRenderer(language: language).render(report)), "drift markdown (\(language))")
            expect(SinkCheck.junit(DriftJUnitRenderer(language: language).render(report)), "drift junit (\(language))")
        }
        let run = DriftMetricsRenderer.Run(finishedAt: Date(timeIntervalSince1970: 1_767_225_600), duration: .seconds(1), success: true)
        expect(SinkCheck.prometheus(DriftMetricsRenderer().render(report, run: run)), "drift metrics")
        let applyRun = ApplyMetricsRenderer.Run(finishedAt: run.finishedAt, duration: run.duration)
        expect(SinkCheck.prometheus(ApplyMetricsRenderer().render(applyReport(string), run: applyRun)), "apply metrics")
        return found
    }

    /// An apply report whose addresses, IDs and reasons are the hostile strings.
    static func applyReport(_ string: (Int) -> String) -> ApplyReport {
        let at = Date(timeIntervalSince1970: 1_767_225_600)
        let groups = (0..<3).map { index in
            ApplyReport.Group(
                address: string(index), groupID: string(index + 1), result: index == 0 ? .converged : .failed, reason: Message(verbatim: string(index + 2)),
                downtimeStart: at, downtimeEnd: at.addingTimeInterval(Double(index) * 61.5), rto: TimeSpan(parsing: "1m")
            )
        }
        return ApplyReport(runID: string(5), startedAt: at, endedAt: at.addingTimeInterval(200), groups: groups)
    }

    static func driftReport(_ string: (Int) -> String) -> DriftReport {
        let groups = (0..<2).map { index in
            GroupDrift(
                address: string(index), state: index == 0 ? .drifted : .inSync, groupID: string(index + 2), status: string(index + 3),
                declaredActiveSite: string(index + 4), desiredSite: .target, desiredAvailabilityZone: string(index + 5),
                liveSite: .source, liveAvailabilityZone: string(index + 6), since: string(index + 7),
                reasons: [DriftReason(code: "active-site-differs", message: string(index + 1))], declaredAt: "desired.yaml:8:5"
            )
        }
        let unmanaged = [UnmanagedDriftGroup(address: string(6), groupID: string(7), status: string(5), liveSite: .source, liveAvailabilityZone: string(4))]
        return DriftReport(desiredFile: "desired.yaml", projectID: string(3), region: string(2), groups: groups, unmanaged: unmanaged)
    }
}
