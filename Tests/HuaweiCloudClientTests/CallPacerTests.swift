// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudClient
import Testing

@Suite struct CallPacerTests {
    @Test func aFullBucketLetsABurstThroughThenSpacesCallsEvenly() {
        let pacer = CallPacer(rate: CallPacer.Rate(calls: 2, period: .seconds(1)), start: .zero)
        #expect(pacer.reserve(at: .zero) == .zero)
        #expect(pacer.reserve(at: .zero) == .zero)
        #expect(pacer.reserve(at: .zero) == .milliseconds(500))
        #expect(pacer.reserve(at: .zero) == .seconds(1))
        // Time refills the bucket: a second later the queue has moved on by two tokens.
        #expect(pacer.reserve(at: .seconds(1)) == .milliseconds(500))
        #expect(pacer.reserve(at: .seconds(10)) == .zero)
    }

    @Test(arguments: ["200/300", "1/0.5", "5/1"])
    func parsesCallsPerSeconds(_ text: String) {
        #expect(CallPacer.Rate(parsing: text) != nil)
    }

    @Test(arguments: ["", "200", "0/300", "200/0", "-1/5", "a/b", "200/300/1", "5/100000"])
    func refusesMalformedRates(_ text: String) {
        #expect(CallPacer.Rate(parsing: text) == nil)
    }
}
