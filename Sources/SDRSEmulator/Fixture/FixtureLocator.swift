// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Yams

/// Finds the source position of a value in a composed YAML document and knows which keys each
/// part of a fixture accepts.
struct FixtureLocator {
    let root: Node
    let file: String

    /// The node at `path`, or the deepest existing ancestor.
    func node(at path: [FixtureProblem.PathComponent]) -> Node {
        var current = root
        for component in path {
            switch component {
            case .key(let key):
                guard let child = current.mapping?[key] else { return current }
                current = child
            case .index(let index):
                guard let sequence = current.sequence, index < sequence.count else { return current }
                current = sequence[index]
            }
        }
        return current
    }

    /// `file:line:column: error: message (at path)`.
    func describe(_ problem: FixtureProblem) -> String {
        let mark = node(at: problem.path).mark
        let position = mark.map { "\($0.line):\($0.column)" } ?? "1:1"
        let at = problem.path.isEmpty ? "" : " (at \(problem.pathDescription))"
        return "\(file):\(position): error: \(problem.message)\(at)"
    }

    /// Describes a decoding failure at the position of the offending value.
    func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, let context):
            return describe(
                FixtureProblem(
                    path: context.codingPath.map(FixtureProblem.PathComponent.init),
                    message: "missing required key '\(key.stringValue)'"))
        case .typeMismatch(let type, let context), .valueNotFound(let type, let context):
            return describe(
                FixtureProblem(
                    path: context.codingPath.map(FixtureProblem.PathComponent.init),
                    message: "expected \(Self.typeName(type)): \(context.debugDescription)"))
        case .dataCorrupted(let context):
            return describe(
                FixtureProblem(
                    path: context.codingPath.map(FixtureProblem.PathComponent.init),
                    message: context.debugDescription))
        @unknown default:
            return "\(file):1:1: error: the fixture cannot be decoded"
        }
    }

    /// One problem per mapping key the fixture format does not know.
    func unknownKeyProblems() -> [String] {
        var problems: [String] = []
        check(root, allowed: Self.keys(EmulatorFixture.CodingKeys.self), path: [], into: &problems)
        let sections: [(String, Set<String>)] = [
            ("credentials", Self.keys(EmulatorFixture.Credential.CodingKeys.self)),
            ("groups", Self.keys(EmulatorFixture.Group.CodingKeys.self)),
            ("protected_instances", Self.keys(EmulatorFixture.ProtectedInstance.CodingKeys.self)),
            ("servers", Self.keys(EmulatorFixture.Server.CodingKeys.self)),
            ("replications", Self.keys(EmulatorFixture.Replication.CodingKeys.self)),
            ("jobs", Self.keys(EmulatorFixture.Job.CodingKeys.self)),
            ("faults", Self.keys(FaultRule.CodingKeys.self)),
        ]
        for (section, allowed) in sections {
            guard let items = root.mapping?[section]?.sequence else { continue }
            for (index, item) in items.enumerated() {
                check(item, allowed: allowed, path: [.key(section), .index(index)], into: &problems)
            }
        }
        if let behaviours = root.mapping?["behaviours"] {
            check(
                behaviours, allowed: Self.keys(EmulatorBehaviours.CodingKeys.self), path: [.key("behaviours")],
                into: &problems)
        }
        if let timings = root.mapping?["timings"] {
            check(
                timings, allowed: Self.keys(EmulatorTimings.CodingKeys.self), path: [.key("timings")], into: &problems)
        }
        return problems
    }

    private func check(
        _ node: Node, allowed: Set<String>, path: [FixtureProblem.PathComponent], into problems: inout [String]
    ) {
        guard let mapping = node.mapping else { return }
        for (key, _) in mapping {
            guard let name = key.string, !allowed.contains(name) else { continue }
            let mark = key.mark.map { "\($0.line):\($0.column)" } ?? "1:1"
            let known = allowed.sorted().joined(separator: ", ")
            let location =
                path.isEmpty ? "at the top level" : "in \(FixtureProblem(path: path, message: "").pathDescription)"
            problems.append("\(file):\(mark): error: unknown key '\(name)' \(location) (known keys: \(known))")
        }
    }

    private static func keys<K: CodingKey & CaseIterable>(_: K.Type) -> Set<String> {
        Set(K.allCases.map(\.stringValue))
    }

    private static func typeName(_ type: Any.Type) -> String {
        switch type {
        case is String.Type: "a string"
        case is Int.Type: "an integer"
        case is Double.Type: "a number"
        case is Bool.Type: "true or false"
        default: "\(type)"
        }
    }
}
