// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner

/// Reads credentials from the same environment variables the official SDK uses.
///
/// ``checkedCredentials(from:)`` checks each value when it is read: an access key, secret key,
/// security token or project ID holding whitespace or a control character (a CR left by a file
/// with Windows line endings, a newline from a pasted token), or an AK without its SK, is a
/// ``CredentialError`` that names the variable and never shows the value. Such a value would
/// otherwise reach an HTTP header, where it is refused or, worse, echoed by an error message.
public enum EnvironmentCredentials {
    public static let accessKeyVariable = "HUAWEICLOUD_SDK_AK"
    public static let secretKeyVariable = "HUAWEICLOUD_SDK_SK"
    public static let projectIDVariable = "HUAWEICLOUD_SDK_PROJECT_ID"
    public static let securityTokenVariable = "HUAWEICLOUD_SDK_SECURITY_TOKEN"

    /// The credentials in `environment`, or `nil` when the AK or SK is missing or empty. Values are
    /// not checked; commands use ``checkedCredentials(from:)``.
    public static func credentials(from environment: [String: String]) -> SigningCredentials? {
        guard let accessKey = environment[accessKeyVariable], !accessKey.isEmpty,
              let secretKey = environment[secretKeyVariable], !secretKey.isEmpty
        else { return nil }
        let token = environment[securityTokenVariable].flatMap { $0.isEmpty ? nil : $0 }
        return SigningCredentials(accessKeyID: accessKey, secretAccessKey: secretKey, securityToken: token)
    }

    /// The credentials in `environment`, `nil` when neither the AK nor the SK is set (or both are
    /// empty), checked value by value.
    ///
    /// - Throws: ``CredentialError`` when one of AK and SK is set without the other, or a value
    ///   (AK, SK, token) holds whitespace or a control character. The message names the variable,
    ///   never the value.
    public static func checkedCredentials(from environment: [String: String]) throws -> SigningCredentials? {
        let accessKey = environment[accessKeyVariable] ?? ""
        let secretKey = environment[secretKeyVariable] ?? ""
        if accessKey.isEmpty && secretKey.isEmpty { return nil }
        if accessKey.isEmpty { throw CredentialError(variable: accessKeyVariable, problem: .missing(partner: secretKeyVariable)) }
        if secretKey.isEmpty { throw CredentialError(variable: secretKeyVariable, problem: .missing(partner: accessKeyVariable)) }
        try check(accessKey, variable: accessKeyVariable)
        try check(secretKey, variable: secretKeyVariable)
        let token = environment[securityTokenVariable].flatMap { $0.isEmpty ? nil : $0 }
        if let token { try check(token, variable: securityTokenVariable) }
        return SigningCredentials(accessKeyID: accessKey, secretAccessKey: secretKey, securityToken: token)
    }

    /// The project ID in `environment`, or `nil`.
    public static func projectID(from environment: [String: String]) -> String? {
        environment[projectIDVariable].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The project ID in `environment`, or `nil`, checked like the credentials.
    public static func checkedProjectID(from environment: [String: String]) throws -> String? {
        guard let projectID = projectID(from: environment) else { return nil }
        try check(projectID, variable: projectIDVariable)
        return projectID
    }

    /// Throws when `value` holds whitespace or a control character; never shows `value`.
    public static func check(_ value: String, variable: String) throws {
        if let problem = CredentialError.Problem(of: value) {
            throw CredentialError(variable: variable, problem: problem)
        }
    }
}
