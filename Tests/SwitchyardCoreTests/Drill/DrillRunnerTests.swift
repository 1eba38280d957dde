// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import SwitchyardTestSupport
import Testing

/// Records every check it runs and answers with a fixed status.
actor RecordingCheck: DrillCheck {
    var contexts: [DrillCheckContext] = []
    let status: Int32

    init(status: Int32 = 0) {
        self.status = status
    }

    func run(_ context: DrillCheckContext) async throws -> Int32 {
        contexts.append(context)
        return status
    }
}

@Suite struct DrillRunnerTests {
    static let groups = ["erp-db": ["db-1", "db-2"], "erp-app": ["app-1"]]

    func runner(_ cloud: FakeDrillCloud, check: (any DrillCheck)? = nil, keep: Bool = false) -> DrillRunner {
        var options = DrillRunner.Options(runStamp: "20261206-000000-000")
        options.keep = keep
        options.poll = PollSchedule(initial: .milliseconds(1), cap: .milliseconds(2), jitterFraction: 0)
        let origin = ContinuousClock.now
        return DrillRunner(
            drills: cloud, check: check, options: options, clock: ContinuousClock(),
            elapsed: { origin.duration(to: .now) }, jitter: { 0.5 })
    }

    let targets = [
        DrillTarget(address: "erp-db", groupID: "erp-db", rto: .minutes(15)),
        DrillTarget(address: "erp-app", groupID: "erp-app"),
    ]

    @Test func createsTimesChecksAndDeletesOneDrillPerGroup() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups, pollsPerTransition: 3)
        let check = RecordingCheck()
        let results = await runner(cloud, check: check).run(targets)
        #expect(results.map(\.address) == ["erp-db", "erp-app"])
        for result in results {
            #expect(result.passed && result.deleted && result.failure == nil, "\(result)")
            #expect(result.drillName == "switchyard-drill-20261206-000000-000")
            #expect(result.recoverySeconds != nil && result.checkExitStatus == 0)
        }
        #expect(results[0].servers.map(\.protectedInstanceID) == ["db-1", "db-2"])
        let contexts = await check.contexts.sorted { $0.address < $1.address }
        #expect(contexts.map(\.serverIDs.count) == [1, 2])
        #expect(contexts[1].environment["SWITCHYARD_DRILL_SERVER_IDS"] == results[0].servers.map(\.drillServerID).joined(separator: ","))
        #expect(contexts[1].environment["SWITCHYARD_GROUP_NAME"] == "erp-db")
        #expect(await cloud.drills.isEmpty)
    }

    @Test func removesDrillsAnEarlierRunLeftBehindButNotOtherDrills() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups)
        await cloud.seed(LiveDrill(id: "old-creating", name: "switchyard-drill-old", status: .creating, groupID: "erp-db"))
        await cloud.seed(LiveDrill(id: "old-error", name: "switchyard-drill-older", status: .error, groupID: "erp-db"))
        await cloud.seed(LiveDrill(id: "manual", name: "manual-drill", status: .available, groupID: "erp-db"))
        // A drill the killed run was creating finishes creating, then is deleted.
        await cloud.seed(LiveDrill(id: "x", name: "switchyard-drill-x", status: .available, groupID: "erp-app"))
        let results = await runner(cloud).run(targets)
        #expect(results[0].removedLeftovers == ["old-creating", "old-error"])
        #expect(results[1].removedLeftovers == ["x"])
        #expect(results.allSatisfy { $0.passed })
        #expect(await cloud.drills.map(\.id) == ["manual"])
    }

    @Test func aDrillThatEndsInErrorFailsAndIsDeleted() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups)
        await cloud.configure { $0.failCreate = ["erp-db"] }
        let results = await runner(cloud).run(targets)
        #expect(results[0].failure?.text == "the drill ended in status error instead of available")
        #expect(results[0].failure?.text(.simplifiedChinese) == "容灾演练最终处于状态 error，而不是 available")
        #expect(results[0].deleted && !results[0].passed && results[0].recoverySeconds == nil)
        #expect(results[1].passed)
        #expect(await cloud.drills.isEmpty)
    }

    @Test func aFailedDeletionFailsTheDrillAndSaysWhereItIs() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups)
        await cloud.configure { $0.failDelete = ["erp-app"] }
        let results = await runner(cloud).run(targets)
        let id = try #require(results[1].drillID)
        #expect(results[1].failure?.text == "deleting the drill failed: deleting drill \(id) ended in status error-deleting")
        #expect(results[1].failure?.text(.simplifiedChinese) == "删除容灾演练失败：容灾演练 \(id) 的删除以状态 error-deleting 结束")
        #expect(!results[1].deleted)
        #expect(await cloud.drills.map(\.status) == [.errorDeleting])
    }

    @Test func aDrillSlowerThanTheRTOFails() async throws {
        // The fake cloud's clock moves one second per read: 20 reads ≈ 20 s, over a 5 s RTO.
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups, pollsPerTransition: 20)
        let results = await runner(cloud).run([DrillTarget(address: "erp-db", groupID: "erp-db", rto: TimeSpan(seconds: 5))])
        let result = try #require(results.first)
        #expect(result.exceededRTO && !result.passed && result.failure == nil)
        #expect(try #require(result.recoverySeconds) > 5)
    }

    @Test func aFailingCheckFailsTheDrillButTheDrillIsStillDeleted() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups)
        let results = await runner(cloud, check: RecordingCheck(status: 3)).run(targets)
        #expect(results.allSatisfy { $0.checkExitStatus == 3 && !$0.passed && $0.deleted })
        #expect(await cloud.drills.isEmpty)
    }

    @Test func keepLeavesTheDrillsRunningAndTheNextRunRemovesThem() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups)
        let kept = await runner(cloud, keep: true).run(targets)
        #expect(kept.allSatisfy { $0.passed && !$0.deleted })
        #expect(await cloud.drills.count == 2)
        let next = await runner(cloud).run(targets)
        #expect(next.allSatisfy { $0.removedLeftovers.count == 1 && $0.deleted })
        #expect(await cloud.drills.isEmpty)
    }

    @Test func cloudErrorsEndUpInTheResult() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups)
        await cloud.seed(LiveDrill(id: "odd", name: "switchyard-drill-odd", status: .unknown("frozen"), groupID: "erp-db"))
        let results = await runner(cloud).run([targets[0]])
        #expect(results[0].failure?.contains("cannot be deleted") == true)
        #expect(results[0].failure?.text(.simplifiedChinese).contains("容灾演练 odd 处于状态 frozen，无法删除") == true)
        #expect(results[0].drillID == nil)
    }

    @Test func progressLinesAndAFailedCheckAreWrittenInEitherLanguage() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: Self.groups)
        await cloud.seed(LiveDrill(id: "old", name: "switchyard-drill-old", status: .available, groupID: "erp-app"))
        let lines = ProgressLines()
        var options = DrillRunner.Options(runStamp: "s")
        options.poll = PollSchedule(initial: .milliseconds(1), cap: .milliseconds(2), jitterFraction: 0)
        let origin = ContinuousClock.now
        let runner = DrillRunner(
            drills: cloud, check: RecordingCheck(status: 4), options: options, clock: ContinuousClock(),
            elapsed: { origin.duration(to: .now) }, jitter: { 0.5 }, progress: { lines.append($0) })
        let result = try #require(await runner.run([DrillTarget(address: "erp-app", groupID: "erp-app")]).first)
        let id = try #require(result.drillID)
        #expect(lines.all.map { $0.text(.english) } == [
            "erp-app: removing drill switchyard-drill-old (old) left by an earlier run",
            "erp-app: creating drill switchyard-drill-s",
            "erp-app: drill \(id) available with 1 server(s)",
            "erp-app: deleting drill \(id)",
        ])
        #expect(lines.all.map { $0.text(.simplifiedChinese) } == [
            "erp-app：正在删除之前的运行遗留的容灾演练 switchyard-drill-old（old）",
            "erp-app：正在创建容灾演练 switchyard-drill-s",
            "erp-app：容灾演练 \(id) 已可用，共 1 台云服务器",
            "erp-app：正在删除容灾演练 \(id)",
        ])
        #expect(result.failure?.text == "the check command exited with status 4")
        #expect(result.failure?.text(.simplifiedChinese) == "检查命令以退出状态 4 结束")
    }
}

@Suite struct DrillObserverTests {
    @Test func observesTheDrillsOfTheGroupsAndPicksOutSwitchyardsOwn() async throws {
        let cloud = FakeDrillCloud(instancesByGroup: [:])
        await cloud.seed(LiveDrill(id: "b", name: "switchyard-drill-1", status: .available, groupID: "g2"))
        await cloud.seed(LiveDrill(id: "a", name: "console-drill", status: .available, groupID: "g1"))
        await cloud.seed(LiveDrill(id: "c", name: "switchyard-drill-2", status: .error, groupID: "g3"))
        let observation = try await DrillObserver(drills: cloud).observe(groupIDs: ["g1", "g2"])
        #expect(observation.drills.map(\.id) == ["a", "b"])
        #expect(observation.drills(ofGroup: "g2").map(\.id) == ["b"])
        #expect(observation.startedBySwitchyard().map(\.id) == ["b"])
    }
}

@Suite struct DrillVPCChoiceTests {
    let targets = [DrillTarget(address: "erp-db", groupID: "g-1"), DrillTarget(address: "crm", groupID: "g-2")]

    @Test func assignsVPCsByAddressOrIDAndLeavesTheRestToSDRS() throws {
        let assigned = try DrillVPCChoice(arguments: ["erp-db=vpc-a"]).assign(to: targets)
        #expect(assigned.map(\.drillVPCID) == ["vpc-a", nil])
        let byID = try DrillVPCChoice(arguments: ["g-2=vpc-b"]).assign(to: targets)
        #expect(byID.map(\.drillVPCID) == [nil, "vpc-b"])
        let single = try DrillVPCChoice(arguments: ["vpc-c"]).assign(to: [targets[0]])
        #expect(single.map(\.drillVPCID) == ["vpc-c"])
    }

    @Test func refusesWhatSDRSWouldRefuseOrWhatNamesNoDrilledGroup() throws {
        #expect(throws: DrillVPCChoice.Problem.self) { try DrillVPCChoice(arguments: ["erp-db=vpc-a", "crm=vpc-a"]) }
        #expect(throws: DrillVPCChoice.Problem.self) { try DrillVPCChoice(arguments: ["vpc-a", "vpc-b"]) }
        #expect(throws: DrillVPCChoice.Problem.self) { try DrillVPCChoice(arguments: ["erp-db="]) }
        #expect(throws: DrillVPCChoice.Problem.self) { try DrillVPCChoice(arguments: ["vpc-a"]).assign(to: targets) }
        #expect(throws: DrillVPCChoice.Problem.self) { try DrillVPCChoice(arguments: ["ghost=vpc-a"]).assign(to: targets) }
    }
}

/// Progress lines collected from the runner's tasks.
final class ProgressLines: @unchecked Sendable {
    private let lock = NSLock()
    private var phrases: [Phrase] = []

    func append(_ phrase: Phrase) { lock.withLock { phrases.append(phrase) } }
    var all: [Phrase] { lock.withLock { phrases } }
}
