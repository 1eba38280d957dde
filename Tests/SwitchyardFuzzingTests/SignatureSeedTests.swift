// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
@testable import SwitchyardFuzzing
import Testing

/// The signature corpus is only useful if its requests get past parsing to the HMAC comparison:
/// the signed requests of the signing vectors must verify as read by the fuzz target.
@Suite struct SignatureSeedTests {
    @Test func signingVectorSeedsVerifyAsReadByTheFuzzTarget() throws {
        let seeds = FuzzRegressionTests.inputs("corpus", .signature)
        let key = SignatureFuzzer.credentials
        let verifier = SignatureVerifier { $0 == key.accessKeyID ? key.secretAccessKey : nil }
        var failures: [String] = []
        for seed in seeds {
            let request = SignatureFuzzer.parse(try Data(contentsOf: seed))
            if case .failure(let failure) = verifier.verify(request, now: SignatureFuzzer.now) {
                failures.append("\(seed.lastPathComponent): \(failure)")
            }
        }
        #expect(seeds.count >= 20)
        #expect(failures == [])
    }
}
