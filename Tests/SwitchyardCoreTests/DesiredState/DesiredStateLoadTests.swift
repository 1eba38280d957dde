// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SwitchyardCore
import Testing

/// `DesiredStateParser.load(path:)` and `parse(data:file:)`: problems with the file itself.
@Suite final class DesiredStateLoadTests {
    private let directory: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("switchyard-load-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }

    private func write(_ data: Data, to name: String) throws -> String {
        let url = directory.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test func loadsAFileAndKeepsThePathAsGiven() throws {
        let path = try write(Data("version: 1\ngroups:\n  - {name: a, activeSite: target}\n".utf8), to: "desired.yaml")
        let result = DesiredStateParser.load(path: path)
        let state = try #require(result.state)
        #expect(state.file == path)
        #expect(state.groups[0].location == SourceLocation(file: path, line: 3, column: 5))
    }

    @Test func reportsAMissingFile() {
        let path = directory.appendingPathComponent("nope.yaml").path
        let result = DesiredStateParser.load(path: path)
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.message) == ["cannot read '\(path)': no such file"])
        #expect(result.diagnostics.items.first?.location == nil)
    }

    @Test func reportsADirectory() {
        let result = DesiredStateParser.load(path: directory.path)
        #expect(result.diagnostics.map(\.message) == ["'\(directory.path)' is a directory"])
    }

    @Test func reportsAFileOverTenMebibytesWithoutCrashing() throws {
        let path = try write(Data(repeating: UInt8(ascii: "#"), count: DesiredStateParser.maximumFileSize + 1), to: "big.yaml")
        let result = DesiredStateParser.load(path: path)
        #expect(result.state == nil)
        #expect(result.diagnostics.map(\.message) == ["'\(path)' is larger than 10 MiB; a desired-state file may be at most 10 MiB"])
    }

    @Test func acceptsAFileOfExactlyTenMebibytes() throws {
        var bytes = Data("version: 1\ngroups: [{name: a, activeSite: target}]\n".utf8)
        bytes.append(Data(repeating: UInt8(ascii: "#"), count: DesiredStateParser.maximumFileSize - bytes.count))
        let path = try write(bytes, to: "exact.yaml")
        #expect(!DesiredStateParser.load(path: path).diagnostics.hasErrors)
    }

    @Test func reportsBinaryContent() throws {
        let path = try write(Data([0x76, 0x3A, 0x00, 0xFF]), to: "binary.yaml")
        let result = DesiredStateParser.load(path: path)
        #expect(result.diagnostics.map(\.message) == ["'\(path)' is a binary file, not YAML text (it has a NUL byte at offset 2)"])
    }

    @Test(arguments: [
        ([0x61, 0x0A, 0xC3, 0xA9, 0xFF], 2, 2),  // stray byte after "é"
        ([0xE2, 0x82], 1, 1),  // truncated sequence at the end
        ([0x61, 0xC0, 0xAF], 1, 2),  // overlong "/"
        ([0x0A, 0x0A, 0x20, 0xED, 0xA0, 0x80], 3, 2),  // UTF-16 surrogate
    ] as [([UInt8], Int, Int)])
    func reportsTheFirstByteThatIsNotUTF8(bytes: [UInt8], line: Int, column: Int) {
        let result = DesiredStateParser.parse(data: Data(bytes), file: "d.yaml")
        #expect(result.diagnostics.items.first?.message == "'d.yaml' is not UTF-8 text")
        #expect(result.diagnostics.items.first?.location == SourceLocation(file: "d.yaml", line: line, column: column))
    }
}
