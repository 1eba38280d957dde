// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Testing

/// `--help` in the chosen language (#18): switchyard's own texts (abstracts, discussions, the help of
/// every option, flag and argument, the exit-status sentences) follow `--lang`, `SWITCHYARD_LANG`
/// and the locale; ArgumentParser's own words (`USAGE:`, `OPTIONS:`, `Show help information.`),
/// option and value names, defaults and exit-code numbers stay as they are; English stays exactly
/// what it was.
@Suite struct HelpLanguageTests {
    /// Every command, and `switchyard` itself (no command).
    static let commands: [[String]] = [[]] + HelpAndUsageTests.commands.map { [$0] }

    /// English help texts that must not survive in the Chinese help (each in some command's help).
    static let englishSentences = [
        "Exit status:", "bad command-line usage", "Language of the text people read", "No ANSI colours",
        "The desired-state YAML file", "Region, e.g.", "Only this group", "Output format", "Read-only",
    ]

    func help(_ arguments: [String], environment: [String: String] = [:]) throws -> CommandResult {
        try CommandRunner.switchyard(arguments, environment: environment.merging(["COLUMNS": "10000"]) { $1 })
    }

    static func containsChinese(_ text: some StringProtocol) -> Bool {
        text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
    }

    /// The lines ArgumentParser makes itself: `USAGE:` and the names and value names of the options
    /// (`  -f, --file <file>`), the same in every language.
    static func skeleton(_ help: String) -> [String] {
        help.split(separator: "\n").compactMap { line -> String? in
            if line.hasPrefix("USAGE:") { return String(line) }
            guard line.hasPrefix("  -") || line.hasPrefix("  <") else { return nil }
            // `-f, --file <file>`: the words before the help text.
            return line.split(separator: " ").prefix { $0.hasPrefix("-") || $0.hasPrefix("<") }.joined(separator: " ")
        }
    }

    @Test(arguments: commands)
    func chineseHelpIsChinese(_ command: [String]) throws {
        let english = try help(command + ["--help"])
        #expect(english.status == 0, "\(english.stderr)")
        let overview = english.stdout.split(separator: "\n").first { $0.hasPrefix("OVERVIEW: ") }.map(String.init) ?? ""
        #expect(!overview.isEmpty)
        for (arguments, environment) in [
            (command + ["--help", "--lang", "zh-CN"], [:]),
            (command + ["--lang=zh_CN", "--help"], ["LC_ALL": "en_US.UTF-8"]),
            (command + ["--help"], ["LC_ALL": "zh_CN.UTF-8"]),
            (command + ["--help"], ["SWITCHYARD_LANG": "zh-CN", "LANG": "en_US.UTF-8"]),
        ] as [([String], [String: String])] {
            let chinese = try help(arguments, environment: environment)
            let label = "switchyard \(arguments.joined(separator: " ")) \(environment)"
            #expect(chinese.status == 0, "\(label): \(chinese.stderr)")
            let text = chinese.stdout
            let chineseOverview = text.split(separator: "\n").first { $0.hasPrefix("OVERVIEW: ") } ?? ""
            #expect(Self.containsChinese(chineseOverview), "\(label): \(chineseOverview)")
            #expect(!text.contains(overview.dropFirst("OVERVIEW: ".count)), "\(label): \(text)")
            for sentence in Self.englishSentences {
                #expect(!text.contains(sentence), "\(label): '\(sentence)' in \(text)")
            }
            #expect(text.contains("退出码：0 "), "\(label): \(text)")
            #expect(text.contains("；64 命令行用法错误"), "\(label): \(text)")
            if !command.isEmpty {
                #expect(text.contains("--lang <language>") && text.contains("供人阅读的文本所用的语言"), "\(label): \(text)")
            }
            // ArgumentParser's own words, names and value names are unchanged.
            #expect(text.contains("USAGE: switchyard") && text.contains("-h, --help") && text.contains("Show help information."), "\(label)")
            #expect(Self.skeleton(text) == Self.skeleton(english.stdout), "\(label): \(text)")
        }
        // At the terminal's default width too (Chinese has few spaces to wrap at).
        let narrow = try CommandRunner.switchyard(command + ["--help", "--lang", "zh-CN"])
        #expect(narrow.status == 0 && Self.containsChinese(narrow.stdout), "\(narrow.stderr)")
    }

    @Test(arguments: commands)
    func langEnIsExactlyTheEnglishHelp(_ command: [String]) throws {
        let english = try help(command + ["--help"])
        let chineseEnvironment = ["LC_ALL": "zh_CN.UTF-8", "SWITCHYARD_LANG": "zh-CN"]
        let overridden = try help(command + ["--help", "--lang", "en"], environment: chineseEnvironment)
        #expect(overridden.status == 0, "\(overridden.stderr)")
        #expect(overridden.stdout == english.stdout)
        #expect(try help(command + ["--lang=en", "--help"], environment: chineseEnvironment).stdout == english.stdout)
        #expect(!Self.containsChinese(english.stdout))
        #expect(english.stdout.contains("Exit status: 0 "))
        // A value that names no language: the help is English (the parse reports the value).
        #expect(try help(command + ["--help", "--lang", "fr"], environment: chineseEnvironment).stdout == english.stdout)
    }

    @Test func topLevelHelpListsTheCommandsInChinese() throws {
        let text = try help(["--help", "--lang", "zh-CN"]).stdout
        #expect(text.contains("以声明式方式对华为云 SDRS 保护组执行容灾切换。"), "\(text)")
        #expect(text.contains("SUBCOMMANDS:"))
        #expect(text.contains("显示 apply 将做什么"), "\(text)")
        #expect(text.contains("3 一个或多个保护组受阻（plan）"), "\(text)")
        #expect(!text.contains("Show what apply would do"))
    }

    @Test func aBadLangIsStillAUsageErrorAndLangAfterTheTerminatorIsAValue() throws {
        let bad = try CommandRunner.switchyard(["validate", "--lang", "fr"])
        #expect(bad.status == 64)
        #expect(bad.stderr.contains("--lang 'fr' is not a language switchyard speaks"), "\(bad.stderr)")
        // After `--`, `--lang zh-CN` is a plan file name, not the language of anything.
        let english = try help(["show", "--help"])
        #expect(try help(["show", "--help", "--", "--lang", "zh-CN"]).stdout == english.stdout)
    }
}
