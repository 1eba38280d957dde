// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner

/// Reads credentials from the same environment variables the official SDK uses.
public enum EnvironmentCredentials {
    public static let accessKeyVariable = "HUAWEICLOUD_SDK_AK"
    public static let secretKeyVariable = "HUAWEICLOUD_SDK_SK"
    public static let projectIDVariable = "HUAWEICLOUD_SDK_PROJECT_ID"
    public static let securityTokenVariable = "HUAWEICLOUD_SDK_SECURITY_TOKEN"

    /// The credentials in `environment`, or `nil` when the AK or SK is missing or empty.
    public static func credentials(from environment: [String: String]) -> SigningCredentials? {
        guard let accessKey = environment[accessKeyVariable], !accessKey.isEmpty,
              let secretKey = environment[secretKeyVariable], !secretKey.isEmpty
        else { return nil }
        let token = environment[securityTokenVariable].flatMap { $0.isEmpty ? nil : $0 }
        return SigningCredentials(accessKeyID: accessKey, secretAccessKey: secretKey, securityToken: token)
    }

    /// The project ID in `environment`, or `nil`.
    public static func projectID(from environment: [String: String]) -> String? {
        environment[projectIDVariable].flatMap { $0.isEmpty ? nil : $0 }
    }
}
