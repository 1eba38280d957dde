// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

/// The direct page writers against the sorted-keys `JSONEncoder` (`WireJSON.encode(_:sortedKeys: true)`),
/// byte for byte, over random models with hostile strings.
struct WireJSONWriterTests {
    @Test(arguments: 0..<25)
    func serverPagesAreByteForByteTheEncoderOutput(seed: UInt64) throws {
        var random = SeededRandom(seed: 0x5E4 + seed)
        let servers = (0..<Int(random.next() % 6)).map { _ in WireModelSamples.server(using: &random) }
        for page in [ECSServerListResponse(servers: servers, count: servers.count), ECSServerListResponse()] {
            try expectSameBytes(page.jsonBytes(), WireJSON.encode(page, sortedKeys: true))
        }
    }

    @Test(arguments: 0..<25)
    func sdrsPagesAreByteForByteTheEncoderOutput(seed: UInt64) throws {
        var random = SeededRandom(seed: 0x5D5 + seed)
        let count = WireModelSamples.number(using: &random)
        let groups = ProtectionGroupListResponse(serverGroups: WireModelSamples.list(using: &random) { WireModelSamples.group(using: &$0) }, count: count)
        try expectSameBytes(groups.jsonBytes(), WireJSON.encode(groups, sortedKeys: true))
        let instances = ProtectedInstanceListResponse(
            protectedInstances: WireModelSamples.list(using: &random) { WireModelSamples.instance(using: &$0) }, count: count)
        try expectSameBytes(instances.jsonBytes(), WireJSON.encode(instances, sortedKeys: true))
        let pairs = ReplicationPairListResponse(
            replications: WireModelSamples.list(using: &random) { WireModelSamples.replication(using: &$0) }, count: count)
        try expectSameBytes(pairs.jsonBytes(), WireJSON.encode(pairs, sortedKeys: true))
    }

    @Test func everyControlCharacterAndOddScalarIsEscapedAsTheEncoderDoes() throws {
        var text = String((0..<0x80).map { Character(Unicode.Scalar($0)!) })
        text += "\u{2028}\u{2029}\u{85}\u{FEFF}é😀/"
        let page = ProtectionGroupListResponse(serverGroups: [ProtectionGroup(id: text, name: "")], count: Int.min)
        try expectSameBytes(page.jsonBytes(), WireJSON.encode(page, sortedKeys: true))
    }

    @Test func writtenPagesReadBackThroughBothReaders() throws {
        var random = SeededRandom(seed: 99)
        let instances = (0..<20).map { _ in WireModelSamples.instance(using: &random) }
        let bytes = ProtectedInstanceListResponse(protectedInstances: instances, count: 20).jsonBytes()
        #expect(try ProtectedInstanceListResponse(jsonBytes: bytes).protectedInstances == instances)
        #expect(try WireJSON.decode(ProtectedInstanceListResponse.self, from: bytes).protectedInstances == instances)
    }

    private func expectSameBytes(_ written: [UInt8], _ encoded: [UInt8], sourceLocation: SourceLocation = #_sourceLocation) {
        guard written != encoded else { return }
        let mismatch = zip(written, encoded).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(written.count, encoded.count)
        let start = max(0, mismatch - 80)
        Issue.record(
            """
            bytes differ at \(mismatch):
            written: \(String(decoding: written[start..<min(written.count, mismatch + 80)], as: UTF8.self).debugDescription)
            encoded: \(String(decoding: encoded[start..<min(encoded.count, mismatch + 80)], as: UTF8.self).debugDescription)
            """, sourceLocation: sourceLocation)
    }
}
