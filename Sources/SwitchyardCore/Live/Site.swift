// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One side of a protection group, as SDRS names it in `priority_station`: the creation-time
/// production AZ (`source`) or the creation-time DR AZ (`target`).
public enum Site: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    case source
    case target

    /// The other side.
    public var other: Site { self == .source ? .target : .source }

    public var description: String { rawValue }
}
