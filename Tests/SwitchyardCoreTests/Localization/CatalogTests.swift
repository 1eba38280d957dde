// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import Testing

/// The one message catalogue: a key without a language, an empty template or placeholders that differ
/// between languages is a test failure, never an English fallback a user finds.
@Suite struct CatalogTests {
    @Test func everyKeyHasEveryLanguage() {
        for key in MessageKey.allCases {
            for language in Language.allCases {
                let template = Catalog.entries[key]?[language]
                #expect(template != nil, "\(key) has no \(language) text")
                #expect(template?.isEmpty == false || key == .stepStopAnd, "\(key) has an empty \(language) text")
            }
        }
        #expect(Catalog.entries.count == MessageKey.allCases.count, "the catalogue has keys MessageKey does not list")
    }

    @Test func placeholdersAgreeBetweenLanguages() {
        for key in MessageKey.allCases {
            let english = Set(Catalog.placeholders(Catalog.template(key, .english)))
            for language in Language.allCases where language != .english {
                let other = Set(Catalog.placeholders(Catalog.template(key, language)))
                #expect(other == english, "\(key): \(language) has placeholders \(other.sorted()), English \(english.sorted())")
            }
        }
    }

    @Test func chineseTextsAreChinese() {
        // A template copied over untranslated would still pass the tests above.
        // RTO reads the same in Huawei's Chinese documents; the page's lang attribute is a code.
        for key in MessageKey.allCases where ![.factRTO, .drillRTOSuffix, .htmlLanguage].contains(key) {
            let chinese = Catalog.template(key, .simplifiedChinese)
            let literal = Catalog.placeholders(chinese).reduce(chinese) { $0.replacingOccurrences(of: "{\($1)}", with: "") }
            let letters = literal.unicodeScalars.filter { $0.properties.isAlphabetic }
            guard !letters.isEmpty else { continue }
            #expect(letters.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "\(key) has no Chinese: \(chinese)")
        }
    }

    @Test func placeholdersAreFilledAndBracesOtherwiseKept() {
        let text = Language.english(.reasonProductionSiteDown, ["names": "db-01 (i1) UNKNOWN", "zone": "az-a"])
        #expect(text.hasPrefix("server(s) db-01 (i1) UNKNOWN at the production site (az-a) are unreachable"))
        #expect(text.contains("(failover: {reason: \"...\"})"))
        #expect(Catalog.placeholders("{a} {b_2} {reason: x} {} {9x}") == ["a", "b_2"])
    }

    @Test func nestedPhrasesAreWrittenInTheLanguageOfTheSentence() {
        let reason = BlockReason(code: .dependencyBlocked, .reasonDependency, ["address": "erp-db", "why": .phrase(Phrase(.dependencyBlocked))])
        #expect(reason.message.contains("which is blocked"))
        #expect(reason.text(.simplifiedChinese).contains("该保护组受阻"))
        #expect(!reason.text(.simplifiedChinese).contains("which is blocked"))
        // Read back from JSON only the English text exists, and equality ignores the phrase.
        let verbatim = BlockReason(code: .dependencyBlocked, message: reason.message)
        #expect(verbatim == reason)
        #expect(verbatim.text(.simplifiedChinese) == reason.message)
    }

    @Test func countsChooseTheirForm() {
        #expect(Language.english.count(1, one: .serversOne, other: .serversOther) == "1 server")
        #expect(Language.english.count(3, one: .serversOne, other: .serversOther) == "3 servers")
        #expect(Language.simplifiedChinese.count(3, one: .serversOne, other: .serversOther) == "3 台云服务器")
    }
}

@Suite struct LanguageResolutionTests {
    @Test(arguments: [
        ("zh_CN.UTF-8", Language.simplifiedChinese), ("zh_CN", .simplifiedChinese), ("zh_SG.GB2312", .simplifiedChinese),
        ("zh", .simplifiedChinese), ("zh_Hans_CN.UTF-8", .simplifiedChinese), ("zh_CN.UTF-8@pinyin", .simplifiedChinese),
        ("zh_TW.UTF-8", .english), ("zh_HK", .english), ("en_US.UTF-8", .english), ("C", .english), ("POSIX", .english),
        ("C.UTF-8", .english), ("de_DE.UTF-8", .english),
    ])
    func locales(locale: String, language: Language) {
        #expect(Language(locale: locale) == language)
    }

    @Test func optionThenVariableThenLocaleThenEnglish() throws {
        let chineseLocale = ["LC_ALL": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"]
        #expect(try Language.resolve(option: nil, environment: chineseLocale) == .simplifiedChinese)
        #expect(try Language.resolve(option: "en", environment: chineseLocale) == .english)
        #expect(try Language.resolve(option: nil, environment: chineseLocale.merging(["SWITCHYARD_LANG": "en"]) { $1 }) == .english)
        #expect(try Language.resolve(option: "zh-CN", environment: ["SWITCHYARD_LANG": "en"]) == .simplifiedChinese)
        // POSIX precedence: LC_ALL, then LC_MESSAGES, then LANG; an empty one is skipped.
        #expect(try Language.resolve(option: nil, environment: ["LC_ALL": "", "LC_MESSAGES": "zh_CN", "LANG": "en_US"]) == .simplifiedChinese)
        #expect(try Language.resolve(option: nil, environment: ["LC_MESSAGES": "en_US", "LANG": "zh_CN"]) == .english)
        #expect(try Language.resolve(option: nil, environment: [:]) == .english)
        #expect(try Language.resolve(option: "ZH_cn", environment: [:]) == .simplifiedChinese)
    }

    @Test func theHelpLanguageIsChosenFromTheCommandLineBeforeParsing() {
        #expect(Language.option(in: ["plan", "--lang", "zh-CN", "--help"]) == "zh-CN")
        #expect(Language.option(in: ["--help", "--lang=zh_CN"]) == "zh_CN")
        #expect(Language.option(in: ["--lang", "en", "plan", "--lang=zh-CN"]) == "zh-CN", "the last one wins, as when parsing")
        #expect(Language.option(in: ["show", "--", "--lang", "zh-CN"]) == nil, "after --, a value")
        #expect(Language.option(in: ["plan", "--lang"]) == nil)
        #expect(Language.option(in: ["plan", "--language", "zh-CN", "--langx=zh"]) == nil)
        let chineseLocale = ["LC_ALL": "zh_CN.UTF-8"]
        #expect(Language.forHelp(arguments: ["--help"], environment: chineseLocale) == .simplifiedChinese)
        #expect(Language.forHelp(arguments: ["--help", "--lang", "en"], environment: chineseLocale) == .english)
        #expect(Language.forHelp(arguments: ["--help"], environment: ["SWITCHYARD_LANG": "zh", "LANG": "en_US"]) == .simplifiedChinese)
        // A bad value is English for help (the parsed --lang reports it as a usage error).
        #expect(Language.forHelp(arguments: ["--help", "--lang", "fr"], environment: chineseLocale) == .english)
        #expect(Language.forHelp(arguments: ["--help"], environment: ["SWITCHYARD_LANG": "klingon", "LC_ALL": "zh_CN"]) == .english)
        #expect(Language.forHelp(arguments: [], environment: [:]) == .english)
    }

    @Test func aBadNameIsAnErrorThatNamesItsSource() {
        #expect(throws: Language.UnknownName.self) { try Language.resolve(option: "fr", environment: [:]) }
        do {
            _ = try Language.resolve(option: nil, environment: ["SWITCHYARD_LANG": "klingon\u{1B}[31m"])
            Issue.record("no error")
        } catch {
            #expect(error.description.hasPrefix("SWITCHYARD_LANG 'klingon"))
            #expect(!error.description.contains("\u{1B}"))
            #expect(error.description.hasSuffix("use en or zh-CN"))
        }
    }
}
