// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Golden-file comparison for everything a user reads (plans, reports, diagnostics).
///
/// Modelled on swift-argument-parser's `assertSnapshot`: the expected file lives in the source tree
/// next to the test's inputs. With `RECORD_SNAPSHOTS` set in the environment the file is
/// (re)written and the comparison reports a failure anyway, so nobody accepts output unseen.
public enum Golden {
    /// The outcome of a comparison; `nil` from `compare` means it matched.
    public struct Mismatch: Error, CustomStringConvertible {
        public let path: String
        public let message: String
        public var description: String { "\(path): \(message)" }
    }

    /// Whether this run records golden files instead of comparing.
    public static var isRecording: Bool {
        ProcessInfo.processInfo.environment["RECORD_SNAPSHOTS"] != nil
    }

    /// Compares `actual` with the file at `path`. Returns `nil` on a match, else a mismatch that
    /// says where the first differing line is. When recording, writes the file and returns a mismatch.
    public static func compare(_ actual: String, toFileAt path: String) -> Mismatch? {
        let url = URL(fileURLWithPath: path)
        if isRecording {
            do {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try actual.write(to: url, atomically: true, encoding: .utf8)
                return Mismatch(path: path, message: "recorded (RECORD_SNAPSHOTS is set); run again without it to compare")
            } catch {
                return Mismatch(path: path, message: "could not record: \(error)")
            }
        }
        guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
            return Mismatch(path: path, message: "no golden file; run with RECORD_SNAPSHOTS=1 to create it")
        }
        if expected == actual { return nil }
        return Mismatch(path: path, message: firstDifference(expected: expected, actual: actual))
    }

    /// A short human description of the first line where two texts differ.
    public static func firstDifference(expected: String, actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for index in 0..<max(e.count, a.count) {
            let left = index < e.count ? String(e[index]) : "<end of file>"
            let right = index < a.count ? String(a[index]) : "<end of output>"
            if left != right {
                return "line \(index + 1) differs:\n  expected: \(left)\n  actual:   \(right)"
            }
        }
        return "texts differ only in line endings"
    }
}
