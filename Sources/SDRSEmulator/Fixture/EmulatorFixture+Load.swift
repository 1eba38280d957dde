// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Yams

extension EmulatorFixture {
    /// Reads, decodes and validates a YAML fixture.
    ///
    /// - Parameter path: The fixture file.
    /// - Throws: `EmulatorError` listing every problem found as `file:line:column: error: message`
    ///   (unknown keys, missing or mistyped values, dangling references, bad statuses).
    public static func load(path: String) throws -> EmulatorFixture {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            throw EmulatorError.fixtureUnreadable(path: path, reason: "the file cannot be read")
        }
        return try parse(yaml: text, file: path)
    }

    /// Decodes and validates fixture YAML held in memory; `file` names it in problem reports.
    static func parse(yaml text: String, file: String) throws -> EmulatorFixture {
        let node: Node
        do {
            guard let composed = try Yams.compose(yaml: text) else {
                throw EmulatorError.fixtureInvalid(problems: ["\(file):1:1: error: the fixture is empty"])
            }
            node = composed
        } catch let error as YamlError {
            throw EmulatorError.fixtureInvalid(problems: [Self.describe(error, file: file)])
        }
        let locator = FixtureLocator(root: node, file: file)
        var problems = locator.unknownKeyProblems()
        let fixture: EmulatorFixture
        do {
            fixture = try YAMLDecoder().decode(EmulatorFixture.self, from: node)
        } catch let error as DecodingError {
            problems.append(locator.describe(error))
            throw EmulatorError.fixtureInvalid(problems: problems)
        }
        problems += fixture.problems().map(locator.describe)
        guard problems.isEmpty else {
            throw EmulatorError.fixtureInvalid(problems: problems)
        }
        return fixture
    }

    private static func describe(_ error: YamlError, file: String) -> String {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _),
            .composer(_, let problem, let mark, _):
            "\(file):\(mark.line):\(mark.column): error: \(problem)"
        case .duplicatedKeysInMapping(let duplicates, let context):
            "\(file):\(context.mark.line):\(context.mark.column): error: duplicate keys \(duplicates.joined(separator: ", "))"
        default:
            "\(file):1:1: error: not valid YAML"
        }
    }
}
