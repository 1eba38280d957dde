// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore

extension Switchyard {
    /// `switchyard permissions [--for plan|apply|drift|drill|all] [--format text|json]`: the API calls each
    /// command makes, what is known to grant each (with its source), and the system roles to
    /// attach. Makes no API call and prints no action name that Huawei does not publish.
    struct PermissionsCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "permissions",
            abstract: HelpLanguage.text(.helpPermissionsAbstract),
            discussion: HelpLanguage.text(.helpPermissionsDiscussion) + " " + ExitCodeHelp.sentence([(.success, .helpPermissionsExitSuccess)])
        )

        /// Which command the listing is for.
        enum Purpose: String, ExpressibleByArgument, CaseIterable {
            case plan, apply, drift, drill, all
        }

        /// Output format of the listing.
        enum Format: String, ExpressibleByArgument, CaseIterable {
            case text, json
        }

        @Option(name: .customLong("for"), help: ArgumentHelp(.helpPermissionsFor))
        var purpose: Purpose = .all

        @Option(help: ArgumentHelp(.helpOutputFormat))
        var format: Format = .text
        @OptionGroup var languageOptions: LanguageOptions

        func run() async throws {
            let uses: Set<IAMPermission.Use> = switch purpose {
            case .plan: [.plan]
            case .apply: [.apply]
            case .drift: [.drift]
            case .drill: [.drill]
            case .all: []
            }
            let permissions = IAMPermission.needed(for: uses)
            let grants = IAMGrant.needed(for: uses)
            switch format {
            case .text: StandardStreams.write(Self.text(permissions, grants: grants, purpose: purpose))
            case .json: StandardStreams.write(try Self.json(permissions, grants: grants, purpose: purpose) + "\n")
            }
        }

        static func text(_ permissions: [IAMPermission], grants: [IAMGrant], purpose: Purpose) -> String {
            let subject = purpose == .all ? "plan, apply, drift and drill" : purpose.rawValue
            var out = "API calls made by \(subject), and what grants each:\n"
            let width = permissions.map { $0.service.count + 1 + $0.operation.count }.max() ?? 0
            for permission in permissions {
                let name = "\(permission.service) \(permission.operation)".padding(toLength: width, withPad: " ", startingAt: 0)
                out += "  \(name)  \(permission.method) \(permission.path)  [\(permission.usedBy.map(\.rawValue).joined(separator: ", "))]\n"
                out += "    \(Self.grantText(permission))\n"
                out += "    source: \(permission.source)\n"
            }
            out += "\nWhat to grant (system roles and policies; SDRS has no actions for a custom policy):\n"
            for grant in grants {
                let depends = grant.dependsOn.isEmpty ? "" : ", depends on \(grant.dependsOn.joined(separator: " and "))"
                out += "  \(grant.grant)\(depends)  [\(grant.usedBy.map(\.rawValue).joined(separator: ", "))]\n"
                out += "    \(grant.note)\n"
                out += "    source: \(grant.source)\n"
            }
            return out
        }

        /// One line saying what grants a call, worded by how much is known.
        static func grantText(_ permission: IAMPermission) -> String {
            let roles = permission.grantedBy.joined(separator: " or ")
            switch permission.status {
            case .confirmed:
                return "IAM action \(permission.action ?? "?") (confirmed); granted by \(roles)"
            case .noPublishedAction:
                return "no published IAM action; granted by the role \(roles)"
            case .notInPermissionTable:
                return "in no permission table; covered by \(roles)"
            }
        }

        static func json(_ permissions: [IAMPermission], grants: [IAMGrant], purpose: Purpose) throws -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            let document = Document(purpose: purpose.rawValue, calls: permissions, grants: grants)
            return String(decoding: try encoder.encode(document), as: UTF8.self)
        }

        /// The `--format json` document.
        struct Document: Encodable {
            var purpose: String
            var calls: [IAMPermission]
            var grants: [IAMGrant]
            enum CodingKeys: String, CodingKey {
                case purpose = "for", calls, grants
            }
        }
    }
}
