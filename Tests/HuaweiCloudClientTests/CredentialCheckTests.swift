// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import AsyncHTTPClient
import HuaweiCloudSigner
import SwitchyardCore
import Testing

@testable import HuaweiCloudClient

/// Issue 12, finding 1: credentials are checked when read, and no error path shows a header value.
@Suite struct CredentialCheckTests {
    static let base = ["HUAWEICLOUD_SDK_AK": "HPUAEXAMPLE0000000AK", "HUAWEICLOUD_SDK_SK": "example-secret-key-not-real"]

    @Test(arguments: [
        ("HUAWEICLOUD_SDK_AK", "HPUAEXAMPLE0000000AK\r", CredentialError.Problem.lineBreak),
        ("HUAWEICLOUD_SDK_SK", "secret\u{1B}[2J", .controlCharacter),
        ("HUAWEICLOUD_SDK_SK", " secret", .whitespace),
        ("HUAWEICLOUD_SDK_SECURITY_TOKEN", "MY-SECRET-TOKEN-PART1\nPART2", .lineBreak),
    ])
    func aBadValueNamesTheVariableNeverTheValue(_ variable: String, _ value: String, _ problem: CredentialError.Problem) {
        var environment = Self.base
        environment[variable] = value
        #expect(throws: CredentialError(variable: variable, problem: problem)) { try EnvironmentCredentials.checkedCredentials(from: environment) }
        let message = CredentialError(variable: variable, problem: problem).description
        #expect(message.hasPrefix(variable) && !message.contains("secret") && !message.contains("PART"))
    }

    @Test func anAccessKeyWithoutItsSecretIsAnErrorAndNeitherIsNothing() throws {
        #expect(throws: CredentialError.self) { try EnvironmentCredentials.checkedCredentials(from: ["HUAWEICLOUD_SDK_AK": "AK"]) }
        #expect(try EnvironmentCredentials.checkedCredentials(from: [:]) == nil)
        #expect(try EnvironmentCredentials.checkedCredentials(from: Self.base)?.accessKeyID == "HPUAEXAMPLE0000000AK")
    }

    @Test func anInvalidHeaderErrorIsNeverFormattedWithItsValue() {
        let error = HuaweiCloudClient.transportError(HTTPClientError.invalidHeaderFieldValues(["MY-SECRET-TOKEN-PART1\nPART2"]), operation: "ListProtectionGroups")
        #expect(error.kind == .rejected)
        #expect(!error.description.contains("MY-SECRET") && !error.message.contains("PART2"), "\(error)")
        #expect(!HuaweiCloudClient.isValidHeaderValue("a\r\nb") && HuaweiCloudClient.isValidHeaderValue("a\tb"))
    }
}
