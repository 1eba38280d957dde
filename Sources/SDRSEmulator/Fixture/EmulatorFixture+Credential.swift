// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

extension EmulatorFixture {
    /// An accepted AK/SK pair. Its description never shows the secret key or token.
    public struct Credential: Sendable, Hashable, Codable, CustomStringConvertible {
        /// The access key ID (AK).
        public var accessKeyID: String
        /// The secret access key (SK).
        public var secretAccessKey: String
        /// The project these credentials are scoped to; `nil` = the fixture's project.
        public var projectID: String?
        /// When set, requests must carry this `X-Security-Token` (temporary credentials).
        public var securityToken: String?
        /// Read-only credentials are refused every changing call: 403 Pdp.0001 (ECS), 400 SDRS.0004 (SDRS).
        public var readOnly: Bool

        /// Creates a credential.
        public init(
            accessKeyID: String, secretAccessKey: String, projectID: String? = nil, securityToken: String? = nil,
            readOnly: Bool = false
        ) {
            self.accessKeyID = accessKeyID
            self.secretAccessKey = secretAccessKey
            self.projectID = projectID
            self.securityToken = securityToken
            self.readOnly = readOnly
        }

        /// `Credential(AK, read-only)`, never the secret.
        public var description: String {
            "Credential(\(accessKeyID)\(readOnly ? ", read-only" : ""))"
        }

        enum CodingKeys: String, CodingKey, CaseIterable {
            case accessKeyID = "access_key_id"
            case secretAccessKey = "secret_access_key"
            case projectID = "project_id"
            case securityToken = "security_token"
            case readOnly = "read_only"
        }

        /// Decodes a credential; `read_only` defaults to false.
        public init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            accessKeyID = try container.decode(String.self, forKey: .accessKeyID)
            secretAccessKey = try container.decode(String.self, forKey: .secretAccessKey)
            projectID = try container.decodeIfPresent(String.self, forKey: .projectID)
            securityToken = try container.decodeIfPresent(String.self, forKey: .securityToken)
            readOnly = try container.value(.readOnly, or: false)
        }
    }
}
