// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import Testing

/// The desired-state parser's diagnostics in Chinese (#18): every bad input of the bad-input table
/// and of the parser's golden cases, rendered in zh-CN, keeps the `file:line:column: severity:`
/// prefix tools parse, says its message in Chinese, and carries no English sentence of the
/// catalogue; English stays as it was.
@Suite("Desired-state diagnostics in Chinese")
struct DiagnosticLanguageTests {
    /// One bad input: a name and how to parse it.
    struct Case: Sendable, CustomTestStringConvertible {
        var name: String
        /// The fragments the English output must contain (from the bad-input table).
        var expected: [String] = []
        var parse: @Sendable () throws -> DesiredStateParseResult

        var testDescription: String { name }
    }

    /// The desired-state and file rows of ``BadInputTable``, parsed in process as `validate` parses
    /// them (a row's file is `desired.yaml`, named as the command names it).
    static let tableCases: [Case] = (BadInputTable.desiredStateRows + BadInputTable.fileRows).compactMap { row in
        guard let index = row.arguments.firstIndex(of: "-f"), index + 1 < row.arguments.count else { return nil }
        let file = row.arguments[index + 1]
        switch row.files[file] {
        case .text(let text): return Case(name: row.name, expected: row.expected) { DesiredStateParser.parse(data: Data(text.utf8), file: file) }
        case .bytes(let bytes): return Case(name: row.name, expected: row.expected) { DesiredStateParser.parse(data: Data(bytes), file: file) }
        case .generated(let make): return Case(name: row.name, expected: row.expected) { DesiredStateParser.parse(data: make(), file: file) }
        case .directory, nil:
            // A folder or a missing file: loaded from a fresh folder, so the path differs from the
            // table's and only the languages are compared.
            let isDirectory = row.files[file] != nil
            return Case(name: row.name) {
                let work = try CommandRunner.temporaryDirectory()
                let path = work.appendingPathComponent(file).path
                if isDirectory { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) }
                return DesiredStateParser.load(path: path)
            }
        }
    }

    /// The parser's golden cases (`Tests/SwitchyardCoreTests/Fixtures/desired-state-*`) that have
    /// diagnostics (`diagnostics.txt`): errors, and valid files with warnings.
    static let fixtureCases: [Case] = ["desired-state-errors", "desired-state-valid"].flatMap { area in
        let folder = CommandRunner.repositoryRoot.appendingPathComponent("Tests/SwitchyardCoreTests/Fixtures/\(area)")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        let withDiagnostics = names.filter { FileManager.default.fileExists(atPath: folder.appendingPathComponent("\($0)/diagnostics.txt").path) }
        return withDiagnostics.sorted().map { name in
            Case(name: "\(area)/\(name)") {
                DesiredStateParser.parse(data: try Data(contentsOf: folder.appendingPathComponent("\(name)/desired.yaml")), file: "desired.yaml")
            }
        }
    }

    /// Every run of three words in the English catalogue templates (between placeholders) whose
    /// Chinese template differs: a Chinese line holding one has an English sentence in it.
    static let englishFragments: [(key: MessageKey, fragment: String)] = MessageKey.allCases.flatMap { key in
        let english = Catalog.template(key, .english)
        guard english != Catalog.template(key, .simplifiedChinese) else { return [(key: MessageKey, fragment: String)]() }
        return literalParts(english).flatMap { part in
            let words = part.split(separator: " ").map(String.init)
            guard words.count >= 3 else { return [(key: MessageKey, fragment: String)]() }
            return (0...(words.count - 3)).compactMap { start in
                let window = words[start..<(start + 3)]
                // Words, not code or numbers: `version: 1'` is the same in both languages.
                guard window.allSatisfy(isWord) else { return nil }
                return (key, window.joined(separator: " "))
            }
        }
    }

    /// The literal text of `template` between its placeholders.
    static func literalParts(_ template: String) -> [String] {
        var parts: [String] = []
        var rest = Substring(template)
        for name in Catalog.placeholders(template) {
            guard let range = rest.range(of: "{\(name)}") else { break }
            parts.append(String(rest[..<range.lowerBound]))
            rest = rest[range.upperBound...]
        }
        return parts + [String(rest)]
    }

    /// Whether `token` is an English word, maybe with punctuation around it ("mapping,", "'name'").
    static func isWord(_ token: String) -> Bool {
        let core = token.trimmingCharacters(in: CharacterSet(charactersIn: "'\",;:.?()"))
        return !core.isEmpty && core.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) }
    }

    static func hasChinese(_ text: String) -> Bool {
        text.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    @Test(arguments: tableCases + fixtureCases)
    func chineseKeepsThePrefixAndHasNoEnglishSentence(_ input: Case) throws {
        let diagnostics = try input.parse().diagnostics
        #expect(!diagnostics.isEmpty)
        for diagnostic in diagnostics {
            let english = diagnostic.description(.english)
            let chinese = diagnostic.description(.simplifiedChinese)
            #expect(english == diagnostic.description)
            let prefix = (diagnostic.location.map { "\($0): " } ?? "") + "\(diagnostic.severity.rawValue): "
            #expect(english.hasPrefix(prefix))
            #expect(chinese.hasPrefix(prefix), "\(chinese)")
            let said = String(chinese.dropFirst(prefix.count))
            #expect(Self.hasChinese(said), "no Chinese in: \(chinese)")
            for (key, fragment) in Self.englishFragments where said.contains(fragment) {
                Issue.record("'\(fragment)' (\(key)) is English in: \(chinese)")
            }
        }
        let englishText = diagnostics.map { $0.description(.english) }.joined(separator: "\n")
        for fragment in input.expected {
            #expect(englishText.contains(fragment), "expected '\(fragment)' in: \(englishText)")
        }
    }

    @Test func theTablesCoverEveryKindOfBadInput() {
        #expect(Self.tableCases.count == BadInputTable.desiredStateRows.count + BadInputTable.fileRows.count)
        #expect(Self.fixtureCases.count >= 50)
        // The checker sees real sentences.
        #expect(Self.englishFragments.contains { $0.fragment == "not a declared" })
        #expect(Self.englishFragments.contains { $0.fragment == "did you mean" })
    }

    // MARK: The command line

    static let bad = "version: 1\ngroups:\n  - name: erp-db\n    activeSite: tagret\n"

    func validate(_ extra: [String], environment: [String: String]) throws -> CommandResult {
        let work = try CommandRunner.temporaryDirectory()
        try Data(Self.bad.utf8).write(to: work.appendingPathComponent("bad.yaml"))
        return try CommandRunner.switchyard(["validate", "-f", "bad.yaml"] + extra, environment: environment, directory: work)
    }

    @Test func aChineseLocalePrintsTheDiagnosticInChineseWithTheSamePrefix() throws {
        let chinese = try validate([], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(chinese.status == 1)
        #expect(
            chinese.stderr == "bad.yaml:4:17: error: activeSite 'tagret' 无效（应为 source、target 或可用区名称，例如 cn-north-4a；是否想写 'target'？）\n",
            "\(chinese.stderr)")
        #expect(chinese.stdout.isEmpty)

        let english = try validate(["--lang", "en"], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(english.status == 1)
        #expect(
            english.stderr
                == "bad.yaml:4:17: error: invalid activeSite 'tagret' (expected source, target or an availability-zone name such as cn-north-4a; did you mean 'target'?)\n",
            "\(english.stderr)")
        #expect(try validate([], environment: [:]).stderr == english.stderr)
    }

    @Test func jsonIsEnglishAndByteIdenticalInEveryLanguage() throws {
        let english = try validate(["--format", "json", "--lang", "en"], environment: [:])
        let chinese = try validate(["--format", "json"], environment: ["LC_ALL": "zh_CN.UTF-8"])
        #expect(english.status == 1 && chinese.status == 1)
        #expect(chinese.stdout == english.stdout)
        #expect(english.stdout.contains("\"message\" : \"invalid activeSite 'tagret'\""), "\(english.stdout)")
        #expect(!Self.hasChinese(chinese.stdout))
    }

    @Test func githubAnnotationsKeepTheirCommandAndSayTheMessageInChinese() throws {
        let chinese = try validate(["--format", "github", "--lang", "zh-CN"], environment: [:])
        #expect(chinese.status == 1)
        #expect(chinese.stdout.hasPrefix("::error file=bad.yaml,line=4,col=17,title=switchyard::activeSite 'tagret' 无效（"), "\(chinese.stdout)")
    }

    @Test func aValidFileIsSaidValidInChinese() throws {
        let work = try CommandRunner.temporaryDirectory()
        try Data(BadInputTable.valid.utf8).write(to: work.appendingPathComponent("desired.yaml"))
        let chinese = try CommandRunner.switchyard(["validate", "-f", "desired.yaml", "--lang", "zh-CN"], directory: work)
        #expect(chinese.status == 0)
        #expect(chinese.stdout == "desired.yaml：有效（1 个保护组）。\n")
        let english = try CommandRunner.switchyard(["validate", "-f", "desired.yaml"], directory: work)
        #expect(english.stdout == "desired.yaml: valid (1 group).\n")
    }
}
