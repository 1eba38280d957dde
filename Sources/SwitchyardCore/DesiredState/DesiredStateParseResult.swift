// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What `DesiredStateParser` found in a desired-state file.
public struct DesiredStateParseResult: Sendable {
    /// The parsed state; `nil` exactly when `diagnostics` has errors.
    public var state: DesiredState?
    /// Every problem found (errors and warnings), sorted by position; problems that concern the
    /// whole file (unreadable, not UTF-8, too large) have no position and come first.
    public var diagnostics: Diagnostics

    /// Pairs a state with its diagnostics; pass `nil` for `state` whenever `diagnostics` has errors.
    public init(state: DesiredState?, diagnostics: Diagnostics) {
        self.state = state
        self.diagnostics = diagnostics
    }
}
