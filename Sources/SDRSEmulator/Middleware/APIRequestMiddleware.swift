// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird
import NIOCore

/// For every API (non-admin) request: buffers the body, names the SDK operation, counts the
/// call, authenticates it, applies the per-identity rate limit, injected faults and latency, then
/// calls the route.
struct APIRequestMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let store: EmulatorStore
    let authenticator: RequestAuthenticator
    let latency: Duration
    let timeScale: Double

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let rawTarget = request.head.path ?? "/"
        let (rawPath, rawQuery) = Self.split(rawTarget)
        guard !AdminAccessMiddleware.isAdminPath(request.uri.path) else {
            return try await next(request, context)
        }
        var request = request
        var context = context
        let body = try await request.collectBody(upTo: context.maxUploadSize)
        let bytes = Array(buffer: body)
        switch OperationResolver.resolve(
            method: request.method, path: rawPath, actionBodyKey: OperationResolver.singleTopLevelKey(of: bytes))
        {
        case .operation(let operation):
            context.operation = operation
        case .job(let id):
            context.operation = await store.jobService(id) == .sdrs ? .showJobStatus : .showJob
        case .unknown:
            context.operation = nil
        }
        do {
            context.accessKeyID = try await authenticator.authenticate(
                method: request.method.rawValue, rawPath: rawPath, rawQuery: rawQuery, headers: request.head,
                body: bytes, operation: context.operation
            )
            if let throttled = await store.throttlingError(accessKeyID: context.accessKeyID) {
                throw throttled
            }
            if let operation = context.operation {
                try await applyFaults(for: operation, context: context)
            }
            if latency > .zero {
                try await Task.sleep(for: latency * timeScale)
            }
            let response = try await next(request, context)
            if let operation = context.operation {
                await store.countRequest(operation, failed: response.status.code >= 400)
            }
            return response
        } catch {
            if let operation = context.operation {
                await store.countRequest(operation, failed: true)
            }
            throw error
        }
    }

    private func applyFaults(for operation: EmulatorOperation, context: Context) async throws {
        let decision = await store.requestFaults(for: operation)
        if decision.latencyMilliseconds > 0 {
            try await Task.sleep(for: .milliseconds(decision.latencyMilliseconds) * timeScale)
        }
        switch decision.failure {
        case .error(let error)?:
            throw error
        case .dropConnection?:
            try? await context.channel.close()
            throw DroppedConnection()
        case nil:
            break
        }
    }

    /// Splits a raw request target into the percent-encoded path and the query (without `?`).
    static func split(_ target: String) -> (path: String, query: String?) {
        guard let mark = target.firstIndex(of: "?") else { return (target, nil) }
        return (String(target[..<mark]), String(target[target.index(after: mark)...]))
    }
}
