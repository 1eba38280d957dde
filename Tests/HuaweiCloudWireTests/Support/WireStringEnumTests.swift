// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudWire
import Testing

/// Checks the shared behaviour of every open string enum of the module.
struct WireStringEnumTests {
    /// Runs the shared checks for one enum type; returns the raw values it knows.
    static func knownRawValues<Value: WireStringEnum>(_ type: Value.Type) throws -> [String] {
        let raws = Value.knownCases.map(\.rawValue)
        #expect(Set(raws).count == raws.count, "duplicate raw values in \(Value.self)")
        for known in Value.knownCases {
            #expect(Value(rawValue: known.rawValue) == known)
            #expect(known.isKnown)
            #expect(try decodeWire([Value].self, "[\"\(known.rawValue)\"]") == [known])
            #expect(try encodedText([known]) == "[\"\(known.rawValue)\"]")
        }
        let unknown = Value(rawValue: "not-a-documented-value")
        #expect(unknown == Value.unknown("not-a-documented-value"))
        #expect(!unknown.isKnown)
        #expect(unknown.rawValue == "not-a-documented-value")
        #expect(try decodeWire([Value].self, "[\"not-a-documented-value\"]") == [unknown])
        #expect(try encodedText([unknown]) == "[\"not-a-documented-value\"]")
        return raws
    }

    @Test func protectionGroupStatusKnowsAllSeventeenPlusThreeLegacyValues() throws {
        let raws = try Self.knownRawValues(ProtectionGroupStatus.self)
        #expect(raws.count == 20)
        #expect(raws.contains("error-failing-over") && raws.contains("failed-over-back"))
        #expect(ProtectionGroupStatus.reversing.isTransitional && !ProtectionGroupStatus.protected.isTransitional)
        #expect(ProtectionGroupStatus.errorReversing.isError && !ProtectionGroupStatus.failedOver.isError)
    }

    @Test func protectedInstanceStatusKnowsAllTwentyThreeValues() throws {
        let raws = try Self.knownRawValues(ProtectedInstanceStatus.self)
        #expect(raws.count == 23)
        #expect(raws.contains("nic-creating") && raws.contains("error-resizing"))
    }

    @Test func replicationPairStatusKnowsAllTwentyFiveValues() throws {
        let raws = try Self.knownRawValues(ReplicationPairStatus.self)
        #expect(raws.count == 25)
        #expect(raws.contains("error-detaching"))
    }

    @Test func jobStatusKnowsFiveValuesAndTerminality() throws {
        let raws = try Self.knownRawValues(JobStatus.self)
        #expect(raws == ["SUCCESS", "RUNNING", "FAIL", "INIT", "PENDING_PAYMENT"])
        #expect(JobStatus.success.isTerminal && JobStatus.failed.isTerminal)
        #expect(!JobStatus.running.isTerminal && !JobStatus.initializing.isTerminal)
    }

    @Test func ecsEnumsKnowTheDocumentedValues() throws {
        #expect(try Self.knownRawValues(ECSServerStatus.self).count == 18)
        #expect(try Self.knownRawValues(ECSVMState.self).contains("shelved_offloaded"))
        let tasks = try Self.knownRawValues(ECSTaskState.self)
        #expect(tasks.count == 27)
        #expect(tasks.contains("powering-off") && tasks.contains("powering-on"))
        #expect(ECSServerStatus(rawValue: "UNKNOWN") == .unknownState)
    }

    @Test func priorityStationHasTwoKnownValues() throws {
        #expect(try Self.knownRawValues(PriorityStation.self) == ["source", "target"])
    }

    @Test func powerStateIsAnIntegerOnTheWire() throws {
        #expect(
            try decodeWire([ECSPowerState].self, "[0, 1, 4, 7, \"4\", 1.0]") == [
                .noState, .running, .shutdown, .unknown(7), .shutdown, .running,
            ])
        #expect(try encodedText([ECSPowerState.shutdown, .unknown(9)]) == "[4,9]")
        #expect(throws: DecodingError.self) { try decodeWire([ECSPowerState].self, "[\"four\"]") }
    }
}
