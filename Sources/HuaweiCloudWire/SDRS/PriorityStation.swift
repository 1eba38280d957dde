// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Which creation-time AZ is the **current** production site of a protection group
/// (`priority_station`, reference §2.1).
///
/// `.source` means the current production AZ is the group's `source_availability_zone`,
/// `.target` means it is `target_availability_zone`. This is the value that flips on a planned
/// switchover (reverse) or a failover; the two AZ fields themselves never change. In a reverse
/// request body it is the desired result, so a reconciler sends the other value than the current one.
public enum PriorityStation: WireStringEnum {
    /// The creation-time production AZ is the current production site.
    case source
    /// The creation-time DR AZ is the current production site.
    case target
    /// A value this module does not know.
    case unknown(String)

    /// Both documented values.
    public static let knownCases: [PriorityStation] = [.source, .target]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .source: "source"
        case .target: "target"
        case .unknown(let value): value
        }
    }
}
