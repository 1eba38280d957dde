// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// Guards the admin API under `/__emulator/`: loopback peers always reach it; other peers only
/// with `Authorization: Bearer <admin token>`, and only when the emulator was given a token
/// (`EmulatorConfiguration.adminToken`). Without a token it answers loopback peers only.
struct AdminAccessMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// The reserved prefix of the admin API.
    static let prefix = "/__emulator"

    /// The secret that opens the admin API to peers that are not on loopback; `nil` keeps it closed.
    var token: String?
    /// Loopback addresses to treat as remote peers (tests only).
    var addressesTreatedAsRemote: Set<String> = []

    static func isAdminPath(_ path: String) -> Bool {
        path == prefix || path.hasPrefix(prefix + "/")
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard Self.isAdminPath(request.uri.path) else { return try await next(request, context) }
        let address = context.remoteAddress
        if Self.allows(address), !addressesTreatedAsRemote.contains(address?.ipAddress ?? "") {
            return try await next(request, context)
        }
        guard let token else {
            throw APIError.admin(
                "the admin API answers loopback peers only; start the emulator with --admin-token "
                    + "(or SDRS_EMULATOR_ADMIN_TOKEN) to open it to other hosts", status: 403)
        }
        guard let presented = Self.bearerToken(request.headers[.authorization]),
            Self.constantTimeEquals(presented, token)
        else {
            throw APIError.admin(
                "the admin API needs 'Authorization: Bearer <admin token>' from a peer that is not on loopback",
                status: 401)
        }
        return try await next(request, context)
    }

    /// Loopback IPv4 (127.0.0.0/8), IPv6 `::1`, IPv4-mapped loopback and Unix sockets are allowed.
    /// `nil` (in-process router tests, no socket) is allowed too.
    static func allows(_ address: SocketAddress?) -> Bool {
        guard let address else { return true }
        switch address {
        case .unixDomainSocket:
            return true
        case .v4, .v6:
            guard let ip = address.ipAddress else { return false }
            return ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
        }
    }

    /// The token of an `Authorization: Bearer <token>` header (scheme case-insensitive).
    static func bearerToken(_ header: String?) -> String? {
        guard let header else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1, omittingEmptySubsequences: true)
        guard parts.count == 2, parts[0].lowercased() == "bearer" else { return nil }
        let token = parts[1].trimmingCharacters(in: .whitespaces)
        return token.isEmpty ? nil : token
    }

    /// Compares without stopping at the first differing byte, so timing does not leak the token.
    static func constantTimeEquals(_ left: String, _ right: String) -> Bool {
        let a = Array(left.utf8)
        let b = Array(right.utf8)
        var difference = a.count ^ b.count
        for index in 0..<max(a.count, b.count) {
            difference |= Int((index < a.count ? a[index] : 0) ^ (index < b.count ? b[index] : 0))
        }
        return difference == 0
    }
}
