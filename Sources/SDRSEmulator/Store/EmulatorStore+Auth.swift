// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

extension EmulatorStore {
    /// Whether `accessKeyID` is locked after too many consecutive signature failures.
    func isAccessKeyLocked(_ accessKeyID: String) -> Bool {
        guard behaviours.lockAccessKeyAfterFailures, let until = state.accessKeyFailures[accessKeyID]?.lockedUntil
        else {
            return false
        }
        return clock.now < until
    }

    /// Counts a signature failure of a known key; the sixth in a row locks it for 5 minutes.
    func recordSignatureFailure(_ accessKeyID: String) {
        guard behaviours.lockAccessKeyAfterFailures else { return }
        var record = state.accessKeyFailures[accessKeyID] ?? AccessKeyFailures()
        record.consecutive += 1
        if record.consecutive > 5 {
            record.lockedUntil = clock.now.addingTimeInterval(300)
            record.consecutive = 0
        }
        state.accessKeyFailures[accessKeyID] = record
        dirty = true
    }

    /// A good signature resets the key's failure count.
    func recordSignatureSuccess(_ accessKeyID: String) {
        guard behaviours.lockAccessKeyAfterFailures, state.accessKeyFailures[accessKeyID] != nil else { return }
        state.accessKeyFailures[accessKeyID] = nil
        dirty = true
    }
}
