// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation

extension Switchyard {
    /// `switchyard permissions [--for plan|apply|drift|all] [--format text|json]`: the IAM actions each
    /// command needs, the API call behind each, and a custom policy granting them. Makes no API call.
    struct PermissionsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "permissions",
            abstract: "List the IAM actions plan, apply and drift need, and the API call behind each. Makes no API call.",
            discussion: "Action names marked 'unconfirmed' were not found in Huawei's permission reference; check them in the IAM console before relying on them. See docs/permissions.md."
        )

        /// Which command the listing is for.
        enum Purpose: String, ExpressibleByArgument, CaseIterable {
            case plan, apply, drift, all
        }

        /// Output format of the listing.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Option(name: .customLong("for"), help: "The command to list permissions for.")
        var purpose: Purpose = .all

        @Option(help: "Output format.")
        var format: Format = .text

        func run() async throws {
            let uses: Set<IAMPermission.Use> = switch purpose {
            case .plan: [.plan]
            case .apply: [.apply]
            case .drift: [.drift]
            case .all: []
            }
            let permissions = IAMPermission.needed(for: uses)
            switch format {
            case .text: StandardStreams.write(Self.text(permissions, purpose: purpose))
            case .json: StandardStreams.write(try Self.json(permissions, purpose: purpose) + "\n")
            }
        }

        /// The sample custom policy (Huawei IAM policy syntax, version 1.1) granting `permissions`.
        static func policy(_ permissions: [IAMPermission]) -> Policy {
            Policy(statement: [.init(action: permissions.map(\.action))])
        }

        static func text(_ permissions: [IAMPermission], purpose: Purpose) -> String {
            let width = permissions.map(\.action.count).max() ?? 0
            var out = "IAM actions for \(purpose == .all ? "plan, apply and drift" : purpose.rawValue):\n"
            for permission in permissions {
                let padded = permission.action.padding(toLength: width, withPad: " ", startingAt: 0)
                let mark = permission.confirmed ? "" : "  (unconfirmed)"
                out += "  \(padded)  \(permission.service) \(permission.operation): \(permission.method) \(permission.path)"
                out += "  [\(permission.usedBy.map(\.rawValue).joined(separator: ", "))]\(mark)\n"
            }
            let unconfirmed = permissions.filter { !$0.confirmed }.count
            if unconfirmed > 0 {
                out += "\n\(unconfirmed) of \(permissions.count) action names are unconfirmed: not found in Huawei's permission reference.\n"
                out += "Check them in the IAM console (custom policy editor) before relying on them; see docs/permissions.md.\n"
            }
            return out
        }

        static func json(_ permissions: [IAMPermission], purpose: Purpose) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = Document(purpose: purpose.rawValue, permissions: permissions, policy: policy(permissions))
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        }

        /// The `--format json` document.
        struct Document: Encodable {
            var purpose: String
            var permissions: [IAMPermission]
            var policy: Policy
            enum CodingKeys: String, CodingKey {
                case purpose = "for", permissions, policy
            }
        }

        /// A Huawei IAM custom policy: `{"Version": "1.1", "Statement": [{"Effect": "Allow", "Action": [...]}]}`.
        struct Policy: Encodable {
            struct Statement: Encodable {
                var effect = "Allow"
                var action: [String]
                enum CodingKeys: String, CodingKey {
                    case effect = "Effect", action = "Action"
                }
            }
            var version = "1.1"
            var statement: [Statement]
            enum CodingKeys: String, CodingKey {
                case version = "Version", statement = "Statement"
            }
        }
    }
}
