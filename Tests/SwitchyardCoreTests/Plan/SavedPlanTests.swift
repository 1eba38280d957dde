// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// `SavedPlan.decode` and `SavedPlanValidator`: every plan the planner makes loads back unchanged;
/// an edited or damaged one is refused with a sentence naming the file.
@Suite struct SavedPlanTests {
    @Test(arguments: PlanGoldenTests.scenarios)
    func everyGoldenPlanIsConsistentAndLoadsBackUnchanged(_ scenario: String) throws {
        let plan = try PlanGoldenTests.plan(scenario: scenario)
        #expect(SavedPlanValidator.problems(in: plan) == [])
        let text = try PlanJSONRenderer().render(plan)
        #expect(try SavedPlan.decode(Data(text.utf8), path: "plan.json") == plan)
    }

    static func switchingPlan() throws -> Plan {
        try PlanGoldenTests.plan(scenario: "waves-depends-on")
    }

    static func problems(_ edit: (inout Plan) -> Void) throws -> [String] {
        var plan = try switchingPlan()
        edit(&plan)
        return SavedPlanValidator.problems(in: plan)
    }

    @Test func anEditedObservationNoLongerMatchesItsFingerprint() throws {
        let problems = try Self.problems { plan in
            let index = plan.groups.firstIndex { $0.action == .switchover }!
            plan.groups[index].observation?.status = "error-reversing"
        }
        #expect(problems.count == 1)
        #expect(problems.first?.contains("the fingerprint does not match the recorded observation") == true)
    }

    @Test func aDesiredSiteOutsideTheGroupsZonesIsRefused() throws {
        let problems = try Self.problems { plan in
            let index = plan.groups.firstIndex { $0.action == .switchover }!
            plan.groups[index].desiredSite?.availabilityZone = "elsewhere-1a"
        }
        #expect(problems == ["group '\(try Self.switchingPlan().groups.first { $0.action == .switchover }!.address)': target (elsewhere-1a) is not an availability zone of the group"])
    }

    @Test func repeatedGroupsWavesAndSummaryAreRefused() throws {
        let problems = try Self.problems { plan in
            plan.groups.append(plan.groups[0])
        }
        #expect(problems.contains { $0.hasSuffix("appears more than once") })
        #expect(problems.contains("the summary does not match the groups"))
    }

    @Test func aSwitchWithoutAWaveOrStepsIsRefused() throws {
        let problems = try Self.problems { plan in
            let index = plan.groups.firstIndex { $0.action == .switchover }!
            plan.groups[index].wave = nil
            plan.groups[index].steps = []
        }
        #expect(problems.contains { $0.contains("needs a group ID, a desired site, an observation and a wave") })
        #expect(problems.contains { $0.contains("has no steps") })
        #expect(problems.contains { $0.contains("its wave does not match the plan's waves") })
    }

    @Test func decodeNamesTheFileAndThePathOfTheBadValue() throws {
        var json = try JSONSerialization.jsonObject(with: Data(try PlanJSONRenderer().render(try Self.switchingPlan()).utf8)) as! [String: Any]
        var groups = json["groups"] as! [[String: Any]]
        groups[0]["action"] = 7
        json["groups"] = groups
        let data = try JSONSerialization.data(withJSONObject: json)
        #expect(throws: PlanLoadError(message: "p.json: not a switchyard plan: the plan cannot be read: 'groups[0].action' must be a string")) {
            try SavedPlan.decode(data, path: "p.json")
        }
        #expect(throws: PlanLoadError(message: "p.json: not a switchyard plan: it is not valid JSON")) {
            try SavedPlan.decode(Data("{\"format_version\": 1,".utf8), path: "p.json")
        }
        #expect(throws: PlanLoadError(message: "p.json: the file is empty; it is not a switchyard plan")) {
            try SavedPlan.decode(Data(), path: "p.json")
        }
    }
}
