// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

@testable import HuaweiCloudSigner
import Testing

@Suite("ConstantTimeComparison")
struct ConstantTimeComparisonTests {
    @Test func equalInputsCompareEqual() {
        let signature = Array("363ae09beb8ed35dcca4d62a9afc0665154f66f0eb6c675bc3a71a5561a102f7".utf8)
        #expect(ConstantTimeComparison.isEqual(signature, signature))
        #expect(ConstantTimeComparison.isEqual([UInt8](), [UInt8]()))
    }

    @Test(arguments: [0, 31, 63])
    func anySingleDifferingByteMakesInputsUnequal(_ position: Int) {
        let signature = Array("363ae09beb8ed35dcca4d62a9afc0665154f66f0eb6c675bc3a71a5561a102f7".utf8)
        var other = signature
        other[position] ^= 0x01
        #expect(!ConstantTimeComparison.isEqual(signature, other))
    }

    @Test func differentLengthsCompareUnequal() {
        #expect(!ConstantTimeComparison.isEqual(Array("abc".utf8), Array("abcd".utf8)))
        #expect(!ConstantTimeComparison.isEqual(Array("abcd".utf8), Array("abc".utf8)))
    }
}
