// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire
import Testing

/// The byte-level list readers against the Codable reference (`WireJSON.decode`): the same value
/// for every body, and failure for exactly the same bodies.
struct WireListReaderTests {
    // MARK: - Generated bodies

    @Test(arguments: 0..<40)
    func protectionGroupListsReadAsTheReferenceDoes(seed: UInt64) {
        var generator = WireJSONGenerator(seed: seed)
        expectAgreement(ProtectionGroupListResponse.self, generator.object(WireListShapes.groupList), ProtectionGroupListResponse.init(jsonBytes:))
    }

    @Test(arguments: 0..<40)
    func protectedInstanceListsReadAsTheReferenceDoes(seed: UInt64) {
        var generator = WireJSONGenerator(seed: 1_000 + seed)
        expectAgreement(
            ProtectedInstanceListResponse.self, generator.object(WireListShapes.instanceList), ProtectedInstanceListResponse.init(jsonBytes:)
        )
    }

    @Test(arguments: 0..<40)
    func replicationListsReadAsTheReferenceDoes(seed: UInt64) {
        var generator = WireJSONGenerator(seed: 2_000 + seed)
        expectAgreement(
            ReplicationPairListResponse.self, generator.object(WireListShapes.replicationList), ReplicationPairListResponse.init(jsonBytes:)
        )
    }

    @Test(arguments: 0..<40)
    func serverListsReadAsTheReferenceDoes(seed: UInt64) {
        var generator = WireJSONGenerator(seed: 3_000 + seed)
        expectAgreement(ECSServerObservationList.self, generator.object(WireListShapes.serverList), ECSServerObservationList.init(jsonBytes:))
    }

    @Test func cleanBodiesWithManyItemsReadTheSameAndKeepEveryItem() throws {
        var generator = WireJSONGenerator(seed: 42, noise: 0)
        let items = (0..<300).map { _ in generator.object(WireListShapes.instance) }
        let body = Array(#"{"protected_instances":["#.utf8) + items.joined(separator: [UInt8(ascii: ",")]) + Array(#"],"count":300}"#.utf8)
        let fast = try ProtectedInstanceListResponse(jsonBytes: body)
        #expect(fast == (try WireJSON.decode(ProtectedInstanceListResponse.self, from: body)))
        #expect(fast.protectedInstances?.count == 300)
    }

    @Test func encodedModelsWithHostileStringsReadBackExactly() throws {
        var random = SeededRandom(seed: 7)
        for _ in 0..<20 {
            let groups = (0..<5).map { _ in WireModelSamples.group(using: &random) }
            let groupBody = try WireJSON.encode(ProtectionGroupListResponse(serverGroups: groups, count: 5))
            #expect(try ProtectionGroupListResponse(jsonBytes: groupBody).serverGroups == groups)
            let instances = (0..<5).map { _ in WireModelSamples.instance(using: &random) }
            let instanceBody = try WireJSON.encode(ProtectedInstanceListResponse(protectedInstances: instances, count: 5))
            #expect(try ProtectedInstanceListResponse(jsonBytes: instanceBody).protectedInstances == instances)
            let pairs = (0..<5).map { _ in WireModelSamples.replication(using: &random) }
            let pairBody = try WireJSON.encode(ReplicationPairListResponse(replications: pairs, count: 5))
            #expect(try ReplicationPairListResponse(jsonBytes: pairBody).replications == pairs)
            let servers = (0..<5).map { _ in WireModelSamples.server(using: &random) }
            let serverBody = try WireJSON.encode(ECSServerListResponse(servers: servers, count: 5))
            expectAgreement(ECSServerObservationList.self, serverBody, ECSServerObservationList.init(jsonBytes:))
            #expect(try ECSServerObservationList(jsonBytes: serverBody).servers?.map(\.id) == servers.map(\.id))
        }
    }

    // MARK: - JSONDecoder's rules, one at a time

    @Test func trailingCommasAreAcceptedAsJSONDecoderDoes() throws {
        let body = #"{"server_groups": [{"id": "a",}, {"id": "b"},], "count": 2,}"#
        let list = try agreedOutcome(ProtectionGroupListResponse.self, body)
        #expect(list?.serverGroups?.map(\.id) == ["a", "b"])
    }

    @Test func theFirstOfDuplicateKeysCountsEvenWhenSpelledWithEscapes() throws {
        let body = #"{"server_groups": [{"i\u0064": "first", "id": "second", "name": null, "name": "n"}], "count": 1, "count": 9}"#
        let list = try agreedOutcome(ProtectionGroupListResponse.self, body)
        #expect(list?.serverGroups?.first?.id == "first")
        #expect(list?.serverGroups?.first?.name == nil)
        #expect(list?.count == 1)
    }

    @Test func metadataKeysThatAreEqualAsSwiftStringsCountOnceTheFirstTime() throws {
        // "é" precomposed and decomposed, and the Kelvin sign, which is canonically "K".
        let body = #"{"servers": [{"metadata": {"\u00e9": "first", "e\u0301": "second", "K": 1, "\u212a": 2, "x": {}, "x": "late"}}]}"#
        let metadata = try agreedOutcome(ECSServerObservationList.self, body)?.servers?.first?.metadata
        #expect(metadata == ["é": "first", "K": "1"])
    }

    @Test func unknownFieldsAreCheckedForStructureOnly() throws {
        let body = "{\"count\": 1, \"junk\": [\"\\q\", 1-2, -, \"\u{1}\", {\"\\ud800x\": 01}], \"servers\": []}"
        let list = try agreedOutcome(ECSServerObservationList.self, body)
        #expect(list?.count == 1)
        #expect(list?.servers == [])
    }

    @Test func anItemWithAnUndecodableKeyIsDroppedAndAtTheTopLevelTheBodyFails() throws {
        let item = try agreedOutcome(ProtectionGroupListResponse.self, #"{"server_groups": [{"id": "a", "\ud800": 1}, {"id": "b"}]}"#)
        #expect(item?.serverGroups?.map(\.id) == ["b"])
        #expect(try agreedOutcome(ProtectionGroupListResponse.self, #"{"server_groups": [], "\x": 1}"#) == nil)
    }

    @Test func nonObjectItemsAreDroppedAndNonArrayListsReadAsNil() throws {
        let list = try agreedOutcome(ReplicationPairListResponse.self, #"{"replications": [null, 1, "x", [], {"id": "r"}], "count": "2"}"#)
        #expect(list?.replications?.map(\.id) == ["r"])
        #expect(list?.count == 2)
        #expect(try agreedOutcome(ReplicationPairListResponse.self, #"{"replications": {"id": "r"}}"#)?.replications == nil)
    }

    @Test func stringsDecodeEscapesAndSurrogatePairsAndRejectLoneSurrogates() throws {
        let body = #"{"servers": [{"id": "\ud83d\ude00\u00e9\/\"\\\b\f\n\r\t", "name": "\ud83d", "status": "\udc00", "OS-EXT-AZ:availability_zone": "\u0000"}]}"#
        let server = try agreedOutcome(ECSServerObservationList.self, body)?.servers?.first
        #expect(server?.id == "😀é/\"\\\u{8}\u{C}\n\r\t")
        #expect(server?.name == nil)
        #expect(server?.status == nil)
        #expect(server?.availabilityZone == "\u{0}")
    }

    @Test func numbersConvertAsJSONDecoderConvertsThem() throws {
        let body = #"""
            {"servers": [{"id": 12, "name": 2.5, "status": 1e2, "OS-EXT-STS:power_state": "4", "locked": 1,
              "metadata": {"a": 1, "b": true, "c": null, "d": [], "e": 9007199254740993.0, "f": 1E400}}], "count": 3.0}
            """#
        let list = try agreedOutcome(ECSServerObservationList.self, body)
        let server = list?.servers?.first
        #expect(server?.id == "12")
        #expect(server?.name == "2.5")
        #expect(server?.status?.rawValue == "100")
        #expect(server?.powerState == .shutdown)
        #expect(server?.locked == true)
        #expect(server?.metadata == ["a": "1", "b": "true", "e": "9007199254740993"])
        #expect(list?.count == 3)
    }

    @Test func nestingIsLimitedTo512LevelsAsInJSONDecoder() throws {
        func body(depth: Int) -> String {
            #"{"count": 1, "deep": "# + String(repeating: "[", count: depth - 1) + String(repeating: "]", count: depth - 1) + "}"
        }
        #expect(try agreedOutcome(ProtectionGroupListResponse.self, body(depth: 512)) != nil)
        #expect(try agreedOutcome(ProtectionGroupListResponse.self, body(depth: 513)) == nil)
    }

    @Test func byteOrderMarksAndOtherEncodingsAreHandledAsJSONDecoderDoes() throws {
        let text = #"{"server_groups": [{"id": "g"}], "count": 1}"#
        let withBOM = [0xEF, 0xBB, 0xBF] + Array(text.utf8)
        expectAgreement(ProtectionGroupListResponse.self, withBOM, ProtectionGroupListResponse.init(jsonBytes:))
        #expect(try ProtectionGroupListResponse(jsonBytes: withBOM).count == 1)
        let utf16 = Array(text.data(using: .utf16BigEndian)!)
        expectAgreement(ProtectionGroupListResponse.self, utf16, ProtectionGroupListResponse.init(jsonBytes:))
        #expect(try ProtectionGroupListResponse(jsonBytes: utf16).serverGroups?.first?.id == "g")
    }

    @Test func bodiesThatAreNotAnObjectFail() throws {
        for body in ["", " ", "[]", "null", "\"x\"", "{", "{} {}", "{\"count\": 1} x", "{\"count\" 1}", "{'count': 1}", "{\"count\": tru}"] {
            #expect(try agreedOutcome(ProtectionGroupListResponse.self, body) == nil, "\(body)")
        }
    }

    // MARK: - Helpers

    /// Decodes `text` both ways, expects the same outcome, and returns it (`nil` for failure).
    @discardableResult
    private func agreedOutcome<Body: Decodable & Equatable>(
        _ type: Body.Type, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> Body? where Body: WireListReadable {
        let bytes = Array(text.utf8)
        expectAgreement(type, bytes, Body.init(jsonBytes:), sourceLocation: sourceLocation)
        return try? Body(jsonBytes: bytes)
    }
}

/// The four list types, for generic test helpers.
protocol WireListReadable {
    init(jsonBytes: [UInt8]) throws
}

extension ProtectionGroupListResponse: WireListReadable {}
extension ProtectedInstanceListResponse: WireListReadable {}
extension ReplicationPairListResponse: WireListReadable {}
extension ECSServerObservationList: WireListReadable {}

/// Expects `read` and `WireJSON.decode` to agree on `bytes`: both fail, or both give equal
/// values. Returns whether the reference decoded the body.
@discardableResult
func expectAgreement<Body: Decodable & Equatable>(
    _ type: Body.Type, _ bytes: [UInt8], _ read: ([UInt8]) throws -> Body, context: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) -> Bool {
    let reference = Result { try WireJSON.decode(type, from: bytes) }
    let fast = Result { try read(bytes) }
    switch (reference, fast) {
    case (.success(let expected), .success(let actual)):
        #expect(actual == expected, "\(context) body: \(preview(bytes))", sourceLocation: sourceLocation)
    case (.failure, .failure):
        return false
    case (.success, .failure(let error)):
        Issue.record("\(context) only the fast reader failed (\(error)); body: \(preview(bytes))", sourceLocation: sourceLocation)
    case (.failure(let error), .success):
        Issue.record("\(context) only the reference failed (\(error)); body: \(preview(bytes))", sourceLocation: sourceLocation)
    }
    return (try? reference.get()) != nil
}

private func preview(_ bytes: [UInt8]) -> String {
    String(decoding: bytes.prefix(600), as: UTF8.self).debugDescription
}
