// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SDRSEmulator
import SwitchyardBench
import Testing

@Suite struct DetectionLagTests {
    static let start = Date(timeIntervalSince1970: 1_700_000_000)

    static func job(_ id: String, _ type: String, group: String, begin: Double, end: Double?) -> EmulatorJobRecord {
        EmulatorJobRecord(
            id: id, service: type.hasPrefix("batch") ? "ecs" : "sdrs", type: type, status: end == nil ? "RUNNING" : "SUCCESS",
            groupID: group, serverIDs: [], beginTime: start.addingTimeInterval(begin), endTime: end.map { start.addingTimeInterval($0) }
        )
    }

    static func switchover(_ group: String, offset: Double, stopLag: Double, reverseLag: Double) -> [EmulatorJobRecord] {
        let stopEnd = offset + 20, reverseBegin = stopEnd + stopLag, reverseEnd = reverseBegin + 60
        return [
            job("\(group)-stop", "batchStopServer", group: group, begin: offset, end: stopEnd),
            job("\(group)-reverse", "reverseProtectionGroupNoCG", group: group, begin: reverseBegin, end: reverseEnd),
            job("\(group)-start", "batchStartServer", group: group, begin: reverseEnd + reverseLag, end: reverseEnd + reverseLag + 30),
        ]
    }

    @Test func lagIsFromAJobsEndToTheNextJobsAcceptanceAndToExitForTheLastStart() {
        let jobs = Self.switchover("a", offset: 0, stopLag: 2, reverseLag: 6) + Self.switchover("b", offset: 1, stopLag: 1, reverseLag: 3)
        // a's start ends last, at 20 + 2 + 60 + 6 + 30 = 118 (b's at 115); the tool exits at 121.
        let lag = DetectionLag.measure(jobs: jobs, groupIDs: ["a", "b"], exitTime: Self.start.addingTimeInterval(121))
        #expect(lag.samples.map(\.step) == ["stop", "reverse", "stop", "reverse", "start"])
        #expect(lag.samples.map { ($0.seconds * 1000).rounded() / 1000 } == [2, 6, 1, 3, 3])
        #expect(abs(lag.maximumFraction - 0.1) < 1e-9)
        #expect(abs(lag.meanFraction - (0.1 + 0.1 + 0.05 + 0.05 + 0.1) / 5) < 1e-9)
    }

    @Test func groupsOutsideTheSetOrWithoutAllThreeJobsAreLeftOut() {
        var jobs = Self.switchover("a", offset: 0, stopLag: 2, reverseLag: 6)
        jobs += Self.switchover("other", offset: 0, stopLag: 50, reverseLag: 50)
        jobs.append(Self.job("c-stop", "batchStopServer", group: "c", begin: 0, end: nil))
        let lag = DetectionLag.measure(jobs: jobs, groupIDs: ["a", "c"], exitTime: Self.start.addingTimeInterval(200))
        #expect(lag.samples.count == 3)
        #expect(abs((lag.samples.last?.seconds ?? 0) - 82) < 1e-6)
    }

    @Test func noJobsMeansNoSamples() {
        let lag = DetectionLag.measure(jobs: [], groupIDs: ["a"], exitTime: Self.start)
        #expect(lag.samples.isEmpty && lag.maximumFraction == 0)
    }
}
