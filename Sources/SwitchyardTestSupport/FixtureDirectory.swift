// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Finds fixture folders in the source tree from a test file's `#filePath`, so fixtures are read
/// in place (and golden files recorded in place) instead of being copied as resources.
public enum FixtureDirectory {
    /// The folder `relativePath` next to the calling test file, e.g. `Fixtures/plan`.
    public static func url(_ relativePath: String, testFile: StaticString = #filePath) -> URL {
        URL(fileURLWithPath: "\(testFile)").deletingLastPathComponent().appendingPathComponent(relativePath)
    }

    /// The names of the sub-folders of `relativePath` (one per scenario), sorted.
    public static func cases(_ relativePath: String, testFile: StaticString = #filePath) -> [String] {
        let base = url(relativePath, testFile: testFile)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []
        return names.filter { name in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: base.appendingPathComponent(name).path, isDirectory: &isDirectory)
                && isDirectory.boolValue
        }.sorted()
    }

    /// The UTF-8 text of a file, or `nil` when it does not exist.
    public static func text(at url: URL) -> String? {
        try? String(contentsOf: url, encoding: .utf8)
    }
}
