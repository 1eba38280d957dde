// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Logging

/// The process's logger: warnings only by default, every API call with `--debug`. Always stderr,
/// through the terminal sink's rule (``TerminalLogHandler``).
enum CommandLogging {
    static func makeLogger(debug: Bool) -> Logger {
        var logger = Logger(label: "switchyard") { label in TerminalLogHandler(label: label) }
        logger.logLevel = debug ? .debug : .warning
        return logger
    }
}
