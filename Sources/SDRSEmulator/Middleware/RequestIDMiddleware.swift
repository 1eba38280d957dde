// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HTTPTypes
import Hummingbird
import Logging

/// Outermost middleware: gives every request an `X-Request-Id`, turns `APIError`s (and
/// Hummingbird's own errors) into documented error bodies, and logs each request at info level.
struct RequestIDMiddleware: RouterMiddleware {
    typealias Context = EmulatorRequestContext

    let store: EmulatorStore
    /// Decide the gateway code prefix and the SDRS body shape of every error answer.
    let behaviours: EmulatorBehaviours

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.requestID = await store.makeRequestID()
        var response: Response
        do {
            response = try await next(request, context)
        } catch let error as APIError {
            response = error.response(requestID: context.requestID, behaviours: behaviours)
        } catch let error as DroppedConnection {
            context.logger.info("dropped connection", metadata: ["request.id": .string(context.requestID)])
            throw error
        } catch let error as any HTTPResponseError {
            response = Self.gatewayError(for: error.status).response(requestID: context.requestID, behaviours: behaviours)
        } catch {
            // The emulator itself failed (e.g. the state file cannot be written): answer like the
            // service would, and say why in the log.
            context.logger.info("internal error: \(error)", metadata: ["request.id": .string(context.requestID)])
            let service = RequestAuthenticator.service(of: nil, path: request.uri.path)
            response = APIError.service(
                service, sdrsCode: "SDRS.0013", ecsCode: "Common.0001",
                message: service == .sdrs ? "Internal error" : "System exception", status: 500
            ).response(requestID: context.requestID, behaviours: behaviours)
        }
        response.headers[HTTPField.Name.requestID] = context.requestID
        context.logger.info(
            "\(request.method) \(request.uri.path) \(response.status.code)",
            metadata: ["request.id": .string(context.requestID)]
        )
        return response
    }

    /// Gateway-style answers for requests that never reach an API (unknown path, bad method, …).
    static func gatewayError(for status: HTTPResponse.Status) -> APIError {
        switch status {
        case .notFound:
            .gateway("APIGW.0101", "The API does not exist or has not been published in the environment", status: 404)
        case .contentTooLarge:
            .gateway("APIGW.0201", "Request entity too large", status: 413)
        case .methodNotAllowed:
            .gateway("APIGW.0101", "The API does not exist or has not been published in the environment", status: 405)
        default:
            .gateway("APIGW.0201", "Bad request", status: status.code)
        }
    }
}

/// Thrown after closing the connection for the `drop-connection` fault: no response is written.
struct DroppedConnection: Error {}

extension HTTPField.Name {
    /// `X-Request-Id`.
    static let requestID = HTTPField.Name("X-Request-Id")!
    /// `X-Project-Id`.
    static let projectID = HTTPField.Name("X-Project-Id")!
}
