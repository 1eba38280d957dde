// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation

/// Writes to stdout/stderr without buffering surprises, and answers terminal questions.
enum StandardStreams {
    static func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }

    static func writeError(_ text: String) {
        FileHandle.standardError.write(Data(text.utf8))
    }

    /// Whether stdout is a terminal.
    static var outputIsTerminal: Bool { isatty(STDOUT_FILENO) == 1 }

    /// Whether stdin is a terminal (an interactive approval is possible).
    static var inputIsTerminal: Bool { isatty(STDIN_FILENO) == 1 }

    /// Colour is used only on a terminal, and never when `NO_COLOR` is set (https://no-color.org) or `--no-color` is given.
    static func useColor(noColorFlag: Bool, environment: [String: String] = ProcessInfo.processInfo.environment) -> Bool {
        if noColorFlag { return false }
        if let value = environment["NO_COLOR"], !value.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return outputIsTerminal
    }
}
