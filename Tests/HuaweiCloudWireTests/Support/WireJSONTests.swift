// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudWire
import Testing

struct WireJSONTests {
    @Test func encoderNeverEscapesSlashes() throws {
        let text = try encodedText(ProtectedInstanceAttachment(replicationID: "r", device: "/dev/vda"))
        #expect(text == #"{"device":"/dev/vda","replication":"r"}"#)
    }

    @Test func sortedKeysIsOptional() throws {
        let tag = ResourceTag(key: "k", value: "v")
        let sorted = String(decoding: try WireJSON.encode(JobIDResponse(jobID: "j"), sortedKeys: true), as: UTF8.self)
        #expect(sorted == #"{"job_id":"j"}"#)
        let encoder = WireJSON.makeEncoder(sortedKeys: true)
        #expect(encoder.outputFormatting.contains(.sortedKeys))
        #expect(encoder.outputFormatting.contains(.withoutEscapingSlashes))
        #expect(!WireJSON.makeEncoder().outputFormatting.contains(.sortedKeys))
        #expect(WireJSON.makeEncoder(prettyPrinted: true).outputFormatting.contains(.prettyPrinted))
        #expect(try roundTrip(tag) == tag)
    }
}
