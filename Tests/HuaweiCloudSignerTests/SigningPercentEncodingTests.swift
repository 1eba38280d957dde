// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner
import Testing

@Suite("SigningPercentEncoding")
struct SigningPercentEncodingTests {
    @Test(arguments: [
        ("", ""),
        ("AZaz09-_.~", "AZaz09-_.~"),
        ("pg prod/1+a&b=c ü~", "pg%20prod%2F1%2Ba%26b%3Dc%20%C3%BC~"),
        ("env:prod a", "env%3Aprod%20a"),
        ("%", "%25"),
        ("日本", "%E6%97%A5%E6%9C%AC"),
        ("🚀", "%F0%9F%9A%80"),
        ("!*'();@$,?#[]", "%21%2A%27%28%29%3B%40%24%2C%3F%23%5B%5D"),
    ])
    func encodesLikePythonQuoteWithTildeSafe(_ raw: String, _ encoded: String) {
        #expect(SigningPercentEncoding.encode(raw) == encoded)
    }

    @Test func encodesEveryByteOutsideTheUnreservedSetWithUpperCaseHex() {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~".unicodeScalars.map(\.value))
        for value in UInt32(0)..<128 {
            let scalar = Unicode.Scalar(UInt8(value))
            let encoded = SigningPercentEncoding.encode(String(Character(scalar)))
            if unreserved.contains(value) {
                #expect(encoded == String(Character(scalar)))
            } else {
                let hex = String(value, radix: 16, uppercase: true)
                #expect(encoded == "%" + (hex.count == 1 ? "0" + hex : hex))
            }
        }
    }
}
