// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// Swift Testing has an `ExitStatus` of its own (for exit tests).
typealias ExitStatus = SwitchyardCore.ExitStatus

@Suite struct ExitStatusTests {
    struct Case: Sendable, CustomTestStringConvertible {
        var errored: Bool
        var blocked: Bool
        var changes: Bool
        var detailed: Bool
        var expected: ExitStatus
        var testDescription: String { "errored=\(errored) blocked=\(blocked) changes=\(changes) detailed=\(detailed)" }
    }

    /// Every combination, with the precedence error > blocked > changes > success.
    static let cases: [Case] = [false, true].flatMap { errored in
        [false, true].flatMap { blocked in
            [false, true].flatMap { changes in
                [false, true].map { detailed in
                    let expected: ExitStatus = errored ? .error : blocked ? .blocked : (changes && detailed) ? .changesPending : .success
                    return Case(errored: errored, blocked: blocked, changes: changes, detailed: detailed, expected: expected)
                }
            }
        }
    }

    @Test(arguments: cases)
    func decidesByPrecedence(_ example: Case) {
        let status = ExitStatus.decide(errored: example.errored, blocked: example.blocked, changesPending: example.changes, detailedExitCode: example.detailed)
        #expect(status == example.expected)
    }

    @Test func codesAreTheDocumentedNumbers() {
        #expect(ExitStatus.allCases.map(\.code) == [0, 1, 2, 3])
    }

    struct PlanCase: Sendable {
        var scenario: String
        var plain: ExitStatus
        var detailed: ExitStatus
    }

    @Test(arguments: [
        PlanCase(scenario: "already-in-sync", plain: .success, detailed: .success),
        PlanCase(scenario: "switch-with-running-servers", plain: .success, detailed: .changesPending),
        PlanCase(scenario: "blocked-servers", plain: .blocked, detailed: .blocked),
        PlanCase(scenario: "waves-depends-on", plain: .blocked, detailed: .blocked),
        PlanCase(scenario: "not-found", plain: .error, detailed: .error),
        PlanCase(scenario: "max-switches-exceeded", plain: .error, detailed: .error),
    ])
    func planExitStatusFollowsItsGroups(_ example: PlanCase) throws {
        let plan = try PlanGoldenTests.plan(scenario: example.scenario)
        #expect(ExitStatus(plan: plan, detailedExitCode: false) == example.plain)
        #expect(ExitStatus(plan: plan, detailedExitCode: true) == example.detailed)
    }
}
