// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Hummingbird
import NIOCore

/// Lets only loopback peers reach the admin API under `/__emulator/`.
struct AdminAccessMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    /// The reserved prefix of the admin API.
    static let prefix = "/__emulator"

    static func isAdminPath(_ path: String) -> Bool {
        path == prefix || path.hasPrefix(prefix + "/")
    }

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        if Self.isAdminPath(request.uri.path), !Self.allows(context.remoteAddress) {
            throw APIError.admin("the admin API answers loopback peers only", status: 403)
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
}
