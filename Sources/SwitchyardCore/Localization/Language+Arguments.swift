// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension Language {
    /// The value of the last `--lang X` or `--lang=X` in `arguments` (a command line without the
    /// program name), as ArgumentParser would take it; `nil` when there is none. Words after a `--`
    /// terminator are values, never options.
    public static func option(in arguments: [String]) -> String? {
        var value: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            if argument == "--lang" {
                let next = arguments.index(after: index)
                guard next < arguments.endIndex else { break }
                value = arguments[next]
                index = arguments.index(after: next)
                continue
            }
            if argument.hasPrefix("--lang=") { value = String(argument.dropFirst("--lang=".count)) }
            index = arguments.index(after: index)
        }
        return value
    }

    /// The language of `--help`, known before ArgumentParser parses anything (it reads the help
    /// texts first): chosen exactly as ``resolve(option:environment:)`` chooses, from the command
    /// line's `--lang` (``option(in:)``), else `SWITCHYARD_LANG`, else the locale. A value that names
    /// no language gives English here; the parsed `--lang` reports it as the usage error it is.
    public static func forHelp(arguments: [String], environment: [String: String]) -> Language {
        (try? resolve(option: option(in: arguments), environment: environment)) ?? .english
    }
}
