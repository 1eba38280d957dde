// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One HTTP header as a name/value pair; lists of these keep order and allow repeated names.
///
/// Names are compared case-insensitively wherever this module looks a header up. The description
/// hides the value of `Authorization`, `X-Security-Token` and `X-Auth-Token`, so arrays of headers
/// (and structs holding them) can be logged safely.
public struct HTTPHeaderField: Sendable, Hashable, Codable, CustomStringConvertible,
    CustomDebugStringConvertible, CustomReflectable
{
    /// The header name, case as sent or received.
    public var name: String
    /// The header value.
    public var value: String

    /// Creates a header field.
    public init(name: String, value: String) {
        self.name = name
        self.value = value
    }

    /// `Name: value`, with credential values replaced by `<redacted>`.
    public var description: String {
        "\(name): \(Redaction.isSensitiveHeader(name) ? "<redacted>" : value)"
    }

    /// The same redacted rendering as ``description``.
    public var debugDescription: String { description }

    /// Reflection (`dump`, debuggers) shows the same redacted value as ``description``.
    public var customMirror: Mirror {
        Mirror(self, children: ["name": name, "value": Redaction.isSensitiveHeader(name) ? "<redacted>" : value])
    }
}

extension [HTTPHeaderField] {
    /// The first field whose name equals `name` ignoring ASCII case.
    func first(named name: String) -> HTTPHeaderField? {
        first { $0.name.equalsIgnoringASCIICase(name) }
    }

    /// Replaces the value of the first field named `name` (any case), or appends a new field.
    mutating func setValue(_ value: String, forName name: String) {
        if let index = firstIndex(where: { $0.name.equalsIgnoringASCIICase(name) }) {
            self[index].value = value
        } else {
            append(HTTPHeaderField(name: name, value: value))
        }
    }
}

extension String {
    /// Compares two strings byte-wise after folding ASCII letters to lower case.
    func equalsIgnoringASCIICase(_ other: String) -> Bool {
        let lhs = utf8
        let rhs = other.utf8
        guard lhs.count == rhs.count else { return false }
        return zip(lhs, rhs).allSatisfy { asciiLowercased($0) == asciiLowercased($1) }
    }
}

private func asciiLowercased(_ byte: UInt8) -> UInt8 {
    (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte + 32 : byte
}
