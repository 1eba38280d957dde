// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The language people read switchyard's output in.
///
/// Only text for people changes with it: plan and drift text and Markdown, apply progress and
/// summary, HTML and JUnit messages, diagnostics. JSON (keys, codes and the English `message`
/// fields), metric names and exit codes are the same in every language, so tools never see a
/// difference.
public enum Language: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    /// English, the default.
    case english = "en"
    /// Simplified Chinese, in the terms of Huawei Cloud's Chinese SDRS console and documentation
    /// (docs/zh-CN/glossary.md).
    case simplifiedChinese = "zh-CN"

    public var description: String { rawValue }

    /// The language a `--lang` or `SWITCHYARD_LANG` value names: `en` or `zh-CN` (case and `_`/`-`
    /// do not matter: `zh_cn`, `ZH-CN`, `zh` also work), else `nil`.
    public init?(name: String) {
        let folded = name.lowercased().replacingOccurrences(of: "_", with: "-")
        switch folded {
        case "en", "en-us", "en-gb", "english": self = .english
        case "zh", "zh-cn", "zh-hans", "zh-hans-cn", "chinese": self = .simplifiedChinese
        default: return nil
        }
    }

    /// The language of a POSIX locale value (`zh_CN.UTF-8`, `zh_SG`, `en_US.UTF-8`, `C`): Simplified
    /// Chinese for `zh` with the region CN or SG or the script Hans, or no region; English for every
    /// other locale. Traditional-Chinese locales (`zh_TW`, `zh_HK`, `zh_MO`) get English: a
    /// Simplified text would be wrong for them, and there is no Traditional catalogue yet.
    public init(locale: String) {
        // Drop `.codeset` and `@modifier`: `zh_CN.UTF-8@pinyin` → `zh_CN`.
        let base = locale.split(separator: ".", maxSplits: 1).first.map(String.init) ?? ""
        let name = (base.split(separator: "@", maxSplits: 1).first.map(String.init) ?? "")
            .lowercased().replacingOccurrences(of: "-", with: "_")
        let parts = name.split(separator: "_").map(String.init)
        guard parts.first == "zh" else {
            self = .english
            return
        }
        let rest = Set(parts.dropFirst())
        self = rest.isEmpty || !rest.isDisjoint(with: ["cn", "sg", "hans"]) ? .simplifiedChinese : .english
    }

    /// The environment variables read, in order, when neither `--lang` nor `SWITCHYARD_LANG` is given:
    /// the POSIX precedence of the message locale (the first one set and not empty wins).
    public static let localeVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// Where the language came from, for the error that names a bad value.
    public enum Source: Sendable, Hashable {
        case option
        case environment(String)
    }

    /// A `--lang` or `SWITCHYARD_LANG` value that names no language.
    public struct UnknownName: Error, Sendable, Hashable, CustomStringConvertible {
        public var value: String
        public var source: Source

        public var description: String {
            let printable = UntrustedText.printable(value, limit: 40)
            let origin = switch source {
            case .option: "--lang"
            case .environment(let name): name
            }
            return "\(origin) '\(printable)' is not a language switchyard speaks; use en or zh-CN"
        }
    }

    /// The language in effect: `option` (`--lang`), else `SWITCHYARD_LANG`, else the locale
    /// (`LC_ALL`, `LC_MESSAGES`, `LANG`), else English. A bad `--lang` or `SWITCHYARD_LANG` is an
    /// error, never silently English; a locale switchyard has no catalogue for is English.
    public static func resolve(option: String?, environment: [String: String]) throws(UnknownName) -> Language {
        if let option {
            guard let language = Language(name: option) else { throw UnknownName(value: option, source: .option) }
            return language
        }
        if let value = environment["SWITCHYARD_LANG"], !value.isEmpty {
            guard let language = Language(name: value) else {
                throw UnknownName(value: value, source: .environment("SWITCHYARD_LANG"))
            }
            return language
        }
        for variable in localeVariables {
            if let value = environment[variable], !value.isEmpty { return Language(locale: value) }
        }
        return .english
    }
}
