// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One query parameter as a raw (not percent-encoded) name/value pair.
///
/// Repeated names are allowed: send one `QueryParameter` per value. The SDK's list values map to
/// several parameters with the same name, booleans to `true`/`false` and integers to their
/// decimal form (the convenience initialisers do the latter two). Null values must be dropped by
/// the caller before signing.
public struct QueryParameter: Sendable, Hashable, Codable {
    /// The raw parameter name.
    public var name: String
    /// The raw parameter value; the empty string is sent as `name=`.
    public var value: String

    /// Creates a parameter from raw strings.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// Creates a parameter whose value is the decimal form of `value`, as the SDK stringifies ints.
    public init(name: String, value: Int) {
        self.init(name: name, value: String(value))
    }

    /// Creates a parameter whose value is `true` or `false`, as the SDK stringifies booleans.
    public init(name: String, value: Bool) {
        self.init(name: name, value: value ? "true" : "false")
    }
}
