// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One JSON value as delimited by `WireJSONScanner`: its kind and byte range.
///
/// For strings the range is the text between the quotes; for numbers the bytes JSONScanner
/// would take (`[0-9.+-eE]`, not yet validated); for `{` and `[` just the bracket.
struct WireJSONToken {
    enum Kind: Equatable {
        /// `simple`: no backslash and no control byte; `ascii`: simple and all bytes below 0x80.
        case string(simple: Bool, ascii: Bool)
        case number
        case `true`
        case `false`
        case null
        case objectStart
        case arrayStart
    }

    var kind: Kind
    var start: Int
    var end: Int

    var isContainer: Bool { kind == .objectStart || kind == .arrayStart }
}
