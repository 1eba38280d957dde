// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

/// A deterministic, seeded mutation fuzz of the list readers: generated bodies are truncated,
/// have bytes flipped, replaced, deleted or duplicated, garbage inserted and values swapped for
/// other types, and the fast reader must agree with `WireJSON.decode` on success or failure and
/// on every value. Each case is reproducible from the seed and iteration in its message.
struct WireListReaderFuzzTests {
    static let iterations = 300

    @Test(arguments: 0..<4)
    func mutatedListBodiesReadAsTheReferenceDoes(listKind: Int) {
        var random = SeededRandom(seed: 0xF00D + UInt64(listKind))
        var decoded = 0
        for iteration in 0..<Self.iterations {
            var generator = WireJSONGenerator(seed: random.next(), noise: 0.1)
            var body: [UInt8]
            switch listKind {
            case 0: body = generator.object(WireListShapes.groupList)
            case 1: body = generator.object(WireListShapes.instanceList)
            case 2: body = generator.object(WireListShapes.replicationList)
            default: body = generator.object(WireListShapes.serverList)
            }
            for _ in 0...Int(random.next() % 3) { mutate(&body, using: &random, generator: &generator) }
            let context = "list \(listKind), iteration \(iteration):"
            let accepted: Bool
            switch listKind {
            case 0: accepted = expectAgreement(ProtectionGroupListResponse.self, body, ProtectionGroupListResponse.init(jsonBytes:), context: context)
            case 1: accepted = expectAgreement(ProtectedInstanceListResponse.self, body, ProtectedInstanceListResponse.init(jsonBytes:), context: context)
            case 2: accepted = expectAgreement(ReplicationPairListResponse.self, body, ReplicationPairListResponse.init(jsonBytes:), context: context)
            default: accepted = expectAgreement(ECSServerObservationList.self, body, ECSServerObservationList.init(jsonBytes:), context: context)
            }
            if accepted { decoded += 1 }
        }
        // The mutations must leave a fair share of bodies readable, or the fuzz only tests failure.
        #expect(decoded > Self.iterations / 5 && decoded < Self.iterations * 4 / 5, "\(decoded) of \(Self.iterations) decoded")
    }

    /// Bytes that change the meaning of JSON the most.
    private static let palette: [[UInt8]] = [
        "{", "}", "[", "]", ",", ":", "\"", "\\", "0", "-", "e", ".", " ", "n", "t", "\\u", "\\ud800", "\\udc00", "null",
        "\"x\":", ",]", ",}", "{}", "[]", "1e999", "\"\\q\"",
    ].map { Array($0.utf8) } + [[0x00], [0xFF], [0xC3], [0xE2, 0x82], [0x01], [0xEF, 0xBB, 0xBF], [0xFE, 0xFF]]

    private func mutate(_ body: inout [UInt8], using random: inout SeededRandom, generator: inout WireJSONGenerator) {
        guard !body.isEmpty else { return body = Self.palette.randomElement(using: &random)! }
        let position = Int(random.next() % UInt64(body.count))
        switch random.next() % 8 {
        case 0:  // Truncate.
            body.removeSubrange(position...)
        case 1:  // Flip a bit.
            body[position] ^= 1 << (random.next() % 8)
        case 2:  // Replace a byte with a meaningful one.
            body.replaceSubrange(position...position, with: Self.palette.randomElement(using: &random)!)
        case 3:  // Insert garbage.
            body.insert(contentsOf: Self.palette.randomElement(using: &random)!, at: position)
        case 4:  // Delete a range.
            body.removeSubrange(position..<min(body.count, position + 1 + Int(random.next() % 8)))
        case 5:  // Duplicate a range.
            let end = min(body.count, position + 1 + Int(random.next() % 40))
            body.insert(contentsOf: body[position..<end], at: end)
        default:  // Replace the value after a colon with a value of another type.
            guard let colon = body[position...].firstIndex(of: UInt8(ascii: ":")) else { return }
            let valueEnd = body[(colon + 1)...].firstIndex { $0 == UInt8(ascii: ",") || $0 == UInt8(ascii: "}") } ?? body.count
            body.replaceSubrange((colon + 1)..<valueEnd, with: generator.junk(depth: 0))
        }
    }
}
