// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The plan as JSON (`plan --json`, `plan --out plan.json`), and reading it back for `apply`.
///
/// Sorted keys, pretty-printed, trailing newline: equal plans give byte-identical files.
public struct PlanJSONRenderer: Sendable {
    /// Creates the renderer.
    public init() {}

    /// The JSON text of `plan`.
    /// - Throws: `EncodingError` (not expected: a plan holds only strings, integers and booleans).
    public func render(_ plan: Plan) throws -> String {
        var text = ""
        try render(plan) { text += $0 }
        return text
    }

    /// The same text as `render(_:)`, handed to `write` in pieces (the plan without its groups,
    /// then one group at a time), so that the whole text is never in memory.
    ///
    /// Encoding a 10,000-group plan in one go built a 60 MB text through an encoder tree several
    /// times that size: most of `plan --out`'s peak memory (see BENCHMARKS.md). Each group is
    /// encoded alone and indented to its place in the `groups` array, which gives exactly the
    /// bytes of the one-go encoding (pretty printing indents by two spaces per level and leaves the
    /// blank line inside an empty array or object unindented).
    /// - Throws: `EncodingError`, or whatever `write` throws.
    public func render(_ plan: Plan, into write: (String) throws -> Void) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        var shell = plan
        shell.groups = []
        let top = String(decoding: try encoder.encode(shell), as: UTF8.self)
        let emptyGroups = "\n  \"groups\" : [\n\n  ]"
        guard !plan.groups.isEmpty, let range = top.range(of: emptyGroups) else {
            try write(top + "\n")
            return
        }
        try write(top[..<range.lowerBound] + "\n  \"groups\" : [\n")
        let newline = UInt8(ascii: "\n")
        for (index, group) in plan.groups.enumerated() {
            // Bytes, not Characters: indenting a String line by line cost a quarter of planning 1,000 groups.
            let encoded = try encoder.encode(group)
            var piece: [UInt8] = []
            piece.reserveCapacity(encoded.count + encoded.count / 4 + 2)
            var atLineStart = true
            for byte in encoded {
                if atLineStart && byte != newline { piece += [0x20, 0x20, 0x20, 0x20] }
                piece.append(byte)
                atLineStart = byte == newline
            }
            if index < plan.groups.count - 1 { piece.append(UInt8(ascii: ",")) }
            piece.append(newline)
            try write(String(decoding: piece, as: UTF8.self))
        }
        try write("  ]" + top[range.upperBound...] + "\n")
    }

    /// Reads a plan saved by `render` (the codec beside the plan: `Plan.decode(json:)`).
    /// - Throws: `PlanFormatError` when the data is not a plan of `Plan.currentFormatVersion`.
    public static func decode(_ data: Data) throws -> Plan {
        try Plan.decode(json: data)
    }
}
