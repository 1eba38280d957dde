// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A position in a user's input file: the file path as given plus a 1-based line and column.
///
/// Every value parsed from a desired-state file keeps one, so that a later check (a dangling
/// `dependsOn`, a group that is not found in the cloud) can point at the exact place to fix.
public struct SourceLocation: Sendable, Hashable, Codable, Comparable, CustomStringConvertible {
    /// The file path as the user named it (not resolved), so messages match what they typed.
    public var file: String
    /// 1-based line number.
    public var line: Int
    /// 1-based column number.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:column`, the form editors and CI annotations jump to.
    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
