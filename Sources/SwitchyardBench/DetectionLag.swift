// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SDRSEmulator

/// How long after a job ended a tool acted on it, measured from the emulator's job records.
///
/// "Noticed" is when the tool's next job was accepted: the reverse after the stop, the start after
/// the reverse (the acceptance includes the call's own latency, so this is "finished → acted").
/// The last job of a run (a start) is noticed at the latest when the tool exits.
public struct DetectionLag: Sendable, Hashable {
    /// One measured lag.
    public struct Sample: Sendable, Hashable {
        /// `stop`, `reverse` or `start`.
        public var step: String
        /// Seconds from the job's end to the tool acting on it (virtual = wall seconds).
        public var seconds: Double
        /// The job's own duration in seconds.
        public var jobSeconds: Double

        /// Creates a sample.
        public init(step: String, seconds: Double, jobSeconds: Double) {
            self.step = step
            self.seconds = seconds
            self.jobSeconds = jobSeconds
        }

        /// `seconds` as a fraction of the job's duration.
        public var fraction: Double { jobSeconds > 0 ? seconds / jobSeconds : 0 }
    }

    /// Every sample, per group in order stop, reverse (and the last start).
    public var samples: [Sample]

    /// Creates a measurement from samples.
    public init(samples: [Sample]) {
        self.samples = samples
    }

    /// The largest lag as a fraction of its job's duration (0 without samples).
    public var maximumFraction: Double { samples.map(\.fraction).max() ?? 0 }
    /// The mean lag as a fraction of the job's duration.
    public var meanFraction: Double { samples.isEmpty ? 0 : samples.map(\.fraction).reduce(0, +) / Double(samples.count) }

    /// Measures lags from `jobs` for the groups `groupIDs`; `exitTime` is when the tool ended.
    ///
    /// Per group: its first ECS stop, the first reverse accepted after that stop ended, the first
    /// ECS start accepted after that reverse ended. The start closest to `exitTime` gives one more
    /// sample (exit − its end). Groups without the three jobs contribute nothing.
    public static func measure(jobs: [EmulatorJobRecord], groupIDs: Set<String>, exitTime: Date) -> DetectionLag {
        let byGroup = Dictionary(grouping: jobs.filter { $0.groupID.map(groupIDs.contains) ?? false }, by: { $0.groupID ?? "" })
        var samples: [Sample] = []
        var lastStart: EmulatorJobRecord?
        for groupID in byGroup.keys.sorted() {
            let ordered = byGroup[groupID, default: []].sorted { $0.beginTime < $1.beginTime }
            guard let stop = ordered.first(where: { $0.type == "batchStopServer" }), let stopEnd = stop.endTime,
                let reverse = ordered.first(where: { $0.type == "reverseProtectionGroupNoCG" && $0.beginTime >= stopEnd }),
                let reverseEnd = reverse.endTime,
                let start = ordered.first(where: { $0.type == "batchStartServer" && $0.beginTime >= reverseEnd }),
                let startEnd = start.endTime
            else { continue }
            samples.append(Sample(step: "stop", seconds: reverse.beginTime.timeIntervalSince(stopEnd), jobSeconds: stop.duration ?? 0))
            samples.append(Sample(step: "reverse", seconds: start.beginTime.timeIntervalSince(reverseEnd), jobSeconds: reverse.duration ?? 0))
            if (lastStart?.endTime).map({ startEnd > $0 }) ?? true { lastStart = start }
        }
        if let lastStart, let end = lastStart.endTime {
            samples.append(Sample(step: "start", seconds: max(0, exitTime.timeIntervalSince(end)), jobSeconds: lastStart.duration ?? 0))
        }
        return DetectionLag(samples: samples)
    }
}
