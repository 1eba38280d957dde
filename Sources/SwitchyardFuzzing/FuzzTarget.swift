// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The inputs switchyard reads from files or the network, each with one entry point that takes
/// arbitrary bytes and must return normally for every input.
///
/// An entry point traps (through `precondition`) only when the code under test crashes or breaks
/// one of its promises, such as a parse that both succeeds and reports an error, or a plan that the
/// planner made but the saved-plan loader refuses. The libFuzzer executable `switchyard-fuzz` (built with
/// `SWITCHYARD_FUZZ=1`, see `scripts/fuzz`) and `FuzzRegressionTests` call these same functions.
public enum FuzzTarget: String, CaseIterable, Sendable {
    /// `DesiredStateParser.parse(data:file:)`, then planning the result against a made-up cloud.
    case desiredState = "desired-state"
    /// `SavedPlan.decode(_:path:)`, then the saved-plan round trip.
    case savedPlan = "saved-plan"
    /// `JournalReader.parse` (apply never reads journals back; the reader serves audits and tests).
    case journal
    /// `SignatureVerifier.verify` on a request read from the bytes, and sign → verify agreement.
    case signature
    /// Every renderer (plan text and Markdown, drift text, Markdown, JUnit and metrics) on names and
    /// values made from the bytes, each output read back by its sink's checker.
    case renderers

    /// Runs the target on `data`. Returns normally for any input; traps on a finding.
    public func run(_ data: Data) {
        switch self {
        case .desiredState: DesiredStateFuzzer.run(data)
        case .savedPlan: SavedPlanFuzzer.run(data)
        case .journal: JournalFuzzer.run(data)
        case .signature: SignatureFuzzer.run(data)
        case .renderers: RendererFuzzer.run(data)
        }
    }

    /// The libFuzzer entry point shared by every fuzz executable: wraps the raw buffer and runs.
    /// - Returns: 0, as libFuzzer requires.
    public func run(bytes: UnsafePointer<UInt8>?, count: Int) -> Int32 {
        let data = bytes.map { Data(bytes: $0, count: count) } ?? Data()
        run(data)
        return 0
    }
}
