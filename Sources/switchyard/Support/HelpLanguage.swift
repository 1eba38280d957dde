// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Synchronization
import SwitchyardCore

/// The language of switchyard's own help texts (abstracts, discussions, the help of options, flags
/// and arguments, the exit-status sentences), all taken from the catalogue (`Catalog+Help.swift`).
/// ArgumentParser's own words (`USAGE:`, `OPTIONS:`, `Show help information.`) stay English.
///
/// ArgumentParser reads help texts before it has parsed `--lang`: when it builds a command's
/// arguments (each time it makes an instance) and when it first reads a command's
/// `configuration` (a `static let`, evaluated once). So `Switchyard.main` sets this language first,
/// before anything else reads either (``Language/forHelp(arguments:environment:)``). It is one
/// process-wide value, set once and then only read; a `Mutex` makes reading it safe from any
/// isolation (Swift 6) without `nonisolated(unsafe)`.
enum HelpLanguage {
    private static let chosen = Mutex(Language.english)

    /// The language help texts are written in (English until `Switchyard.main` sets it).
    static var current: Language { chosen.withLock { $0 } }

    /// Sets the language of every help text read from now on.
    static func set(_ language: Language) {
        chosen.withLock { $0 = language }
    }

    /// The catalogue's text of `key` in the help language.
    static func text(_ key: MessageKey) -> String {
        current(key)
    }
}

extension ArgumentHelp {
    /// The help of an option, flag or argument, from the catalogue in the help language.
    init(_ key: MessageKey, valueName: String? = nil, visibility: ArgumentVisibility = .default) {
        self.init(HelpLanguage.text(key), valueName: valueName, visibility: visibility)
    }
}
