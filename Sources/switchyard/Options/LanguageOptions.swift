// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore

/// `--lang en|zh-CN`, on every command: the language of the text people read. Else
/// `SWITCHYARD_LANG`, else the locale (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. JSON, metric
/// names, codes and exit statuses never change with it.
struct LanguageOptions: ParsableArguments {
    @Option(
        name: .customLong("lang"),
        help: ArgumentHelp(.helpLanguage, valueName: "language")
    )
    var lang: String?

    func validate() throws {
        _ = try resolved()
    }

    /// The language in effect; a bad `--lang` or `SWITCHYARD_LANG` is a usage error (exit 64).
    func resolved(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Language {
        do {
            return try Language.resolve(option: lang, environment: environment)
        } catch {
            throw ValidationError(error.description)
        }
    }

    /// The language in effect (validated before `run`).
    var language: Language { (try? resolved()) ?? .english }
}
