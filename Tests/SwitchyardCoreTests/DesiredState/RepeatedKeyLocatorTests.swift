// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Testing

@testable import SwitchyardCore

@Suite struct RepeatedKeyLocatorTests {
    private func find(_ key: String, line: Int, column: Int, in text: String) -> RepeatedKeyLocator.Span? {
        RepeatedKeyLocator.findRepeat(of: key, firstAt: YAMLPosition(line: line, column: column), in: text)
    }

    @Test func findsTheRepeatInABlockMappingAtTheSameColumn() {
        let text = "a:\n  name: x\n  nested:\n    name: y\n  \"name\" : z\n"
        #expect(find("name", line: 2, column: 3, in: text) == .init(start: YAMLPosition(line: 5, column: 3), length: 6))
    }

    @Test func stopsWhereTheMappingEnds() {
        let text = "- name: x\n  id: 1\n- name: y\n"
        #expect(find("name", line: 1, column: 3, in: text) == nil)
    }

    @Test func ignoresKeysThatOnlyStartWithTheName() {
        let text = "name: x\nnamed: y\nname2: z\nname: w\n"
        #expect(find("name", line: 1, column: 1, in: text) == .init(start: YAMLPosition(line: 4, column: 1), length: 4))
    }

    @Test func findsTheRepeatInAFlowMappingSkippingNestedOnes() {
        let text = "x: {a: 1, b: {a: 2}, c: 'a, a: 3', a: 4}\n"
        #expect(find("a", line: 1, column: 5, in: text) == .init(start: YAMLPosition(line: 1, column: 36), length: 1))
    }

    @Test func replacesTheKeyWithASameWidthPlaceholder() {
        let text = "ab: 1\n\"ab\": 2\n"
        let span = RepeatedKeyLocator.Span(start: YAMLPosition(line: 2, column: 1), length: 4)
        let replaced = RepeatedKeyLocator.replacing(span, in: text, placeholderIndex: 1)
        #expect(replaced == "ab: 1\n\u{E001}\u{E001}\u{E001}\u{E001}: 2\n")
    }
}
