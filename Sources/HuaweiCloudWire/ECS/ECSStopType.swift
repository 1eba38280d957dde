// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// How ECS stops servers: `os-stop.type` in a batch stop body (reference §6.1).
///
/// A request value, so decoding is strict: any other string throws.
public enum ECSStopType: String, Codable, Hashable, Sendable, CaseIterable {
    /// Normal shutdown; the service default when `type` is omitted.
    case soft = "SOFT"
    /// Forced power-off.
    case hard = "HARD"
}
