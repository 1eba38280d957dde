// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore

/// Prints one timestamped line per apply event, as CI logs want them.
///
/// FIXME: on a terminal a live view (one redrawn line per group) would read better; today terminals
/// get the same plain lines as CI.
struct ProgressPrinter: Sendable {
    var toStandardError: Bool

    func print(_ event: ApplyEvent) {
        let what: String
        switch event.kind {
        case .stepStarted: what = "\(event.step) started"
        case .stepFinished: what = "\(event.step) done"
        case .groupFinished: what = event.step
        }
        var line = "\(event.at.formatted(.iso8601)) \(event.address): \(what)"
        if let jobID = event.jobID { line += " (job \(jobID))" }
        if let elapsed = event.elapsed { line += " after \(ApplyReportTextRenderer.format(seconds: elapsed))" }
        if toStandardError { StandardStreams.writeError(line + "\n") } else { StandardStreams.write(line + "\n") }
    }
}
