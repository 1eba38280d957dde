// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// One rule a fixture breaks, with the path of the offending value (e.g. `groups[2].status`).
struct FixtureProblem: Sendable, Hashable {
    /// Mapping keys and sequence indices from the document root.
    var path: [PathComponent]
    var message: String

    enum PathComponent: Sendable, Hashable, CustomStringConvertible {
        case key(String)
        case index(Int)

        var description: String {
            switch self {
            case .key(let key): key
            case .index(let index): "[\(index)]"
            }
        }
    }

    /// `groups[2].status`.
    var pathDescription: String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : ".\(key)"
            case .index: text += component.description
            }
        }
        return text
    }
}

extension FixtureProblem.PathComponent {
    /// Converts a `Decodable` coding path element.
    init(_ key: any CodingKey) {
        if let index = key.intValue {
            self = .index(index)
        } else {
            self = .key(key.stringValue)
        }
    }
}
