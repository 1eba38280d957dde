// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Virtual time: a base (the wall clock or a fixed start) plus an offset that only grows by
/// explicit advances or is set once when state is restored.
struct VirtualClock: Sendable {
    var mode: EmulatorClockMode
    var offset: TimeInterval = 0

    /// The base reading without the offset.
    var base: Date {
        switch mode {
        case .wall: Date()
        case .manual(let start): start
        }
    }

    var now: Date { base.addingTimeInterval(offset) }

    /// Makes `now` read `instant` (used when restoring saved state).
    mutating func resume(at instant: Date) {
        offset = instant.timeIntervalSince(base)
    }
}
