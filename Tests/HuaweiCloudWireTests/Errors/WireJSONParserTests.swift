// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Testing

@testable import HuaweiCloudWire

struct WireJSONParserTests {
    @Test func keepsMemberOrderAndNumberText() throws {
        let value = try WireJSONParser.parse(#" {"z": 1, "a": -2.50e3, "m": [true, false, null]} "#)
        #expect(value.members?.map(\.key) == ["z", "a", "m"])
        #expect(value["a"] == .number("-2.50e3"))
        #expect(value["m"] == .array([.bool(true), .bool(false), .null]))
    }

    @Test func duplicateKeysKeepTheFirstPositionAndTheLastValueLikePython() throws {
        let value = try WireJSONParser.parse(#"{"a": 1, "b": 2, "a": 3}"#)
        #expect(value.members?.map(\.key) == ["a", "b"])
        #expect(value["a"] == .number("3"))
    }

    @Test func decodesEscapesAndSurrogatePairs() throws {
        let value = try WireJSONParser.parse(#""q\"b\\s\/n\n t\t u\u00e9 \ud83d\ude00 lone\ud800x""#)
        #expect(value == .string("q\"b\\s/n\n t\t u\u{e9} \u{1F600} lone\u{FFFD}x"))
    }

    @Test func acceptsPythonsNonFiniteLiterals() throws {
        #expect(
            try WireJSONParser.parse("[NaN, Infinity, -Infinity]")
                == .array([.number("NaN"), .number("Infinity"), .number("-Infinity")]))
    }

    @Test(arguments: [
        "", "{", "{\"a\" 1}", "{\"a\": 1,}", "[1,]", "01", "1.", "-", "1e", "tru", "\"abc", "\"a\u{01}b\"",
        "{\"a\": 1} x", "\"\\x\"", "\"\\u12\"", "{a: 1}", "\u{FEFF}{}",
    ])
    func rejectsInvalidJSON(text: String) {
        #expect(throws: WireJSONParser.SyntaxError.self) { try WireJSONParser.parse(text) }
    }

    @Test func rejectsNestingBeyondTheLimit() {
        let deep =
            String(repeating: "[", count: WireJSONParser.maximumDepth + 2)
            + String(repeating: "]", count: WireJSONParser.maximumDepth + 2)
        #expect(throws: WireJSONParser.SyntaxError.self) { try WireJSONParser.parse(deep) }
        let fine = String(repeating: "[", count: 100) + String(repeating: "]", count: 100)
        #expect(throws: Never.self) { try WireJSONParser.parse(fine) }
    }

    @Test func pythonTruthinessAndText() {
        #expect(!WireJSONValue.number("0.0").isTruthy && WireJSONValue.number("0.5").isTruthy)
        #expect(!WireJSONValue.string("").isTruthy && !WireJSONValue.array([]).isTruthy)
        #expect(WireJSONValue.bool(false).pythonText == "False")
        #expect(WireJSONValue.string("a\"b\n").jsonText == #""a\"b\n""#)
    }
}
