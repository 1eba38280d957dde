// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Yams

/// A position in YAML text as libyaml reports it: 1-based line and 1-based column counted in
/// Unicode scalars (so a tab or an emoji is one column).
struct YAMLPosition: Sendable, Hashable, Comparable, CustomStringConvertible {
    var line: Int
    var column: Int

    init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    /// Yams' `Mark` is already 1-based (it adds 1 to libyaml's 0-based `yaml_mark_t`).
    init(_ mark: Mark) {
        self.init(line: mark.line, column: mark.column)
    }

    /// The position of `node`, or the start of the file when Yams recorded none.
    init(of node: Node) {
        self = node.mark.map(YAMLPosition.init) ?? YAMLPosition(line: 1, column: 1)
    }

    /// "line 3, column 5", for hints that point at a second place in the file.
    var description: String { phrase.text(.english) }

    /// "line 3, column 5" in any language.
    var phrase: Phrase { Phrase(.inputPosition, ["line": "\(line)", "column": "\(column)"]) }

    func location(in file: String) -> SourceLocation {
        SourceLocation(file: file, line: line, column: column)
    }

    static func < (lhs: YAMLPosition, rhs: YAMLPosition) -> Bool {
        (lhs.line, lhs.column) < (rhs.line, rhs.column)
    }
}
