// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import AsyncHTTPClient
import Foundation
import HuaweiCloudSigner
import HuaweiCloudWire
import Logging
import NIOCore
import NIOHTTP1
import NIOSSL
import SwitchyardCore

extension HuaweiCloudClient {
    /// The largest response body accepted (a full page of 1,000 servers is well below this).
    static let maximumResponseBytes = 64 * 1024 * 1024

    /// Sends an operation with retries per the configuration's `RetryPolicy`.
    func send(_ operation: APIOperation) async throws -> APIResponse {
        var attempt = 1
        while true {
            do {
                if let pacer {
                    let delay = pacer.reserve(at: monotonicNow())
                    if delay > .zero {
                        throttling.recordPaced(delay)
                        try await clock.sleep(for: delay, tolerance: nil)
                    }
                }
                throttling.recordCall()
                return try await sendOnce(operation, attempt: attempt)
            } catch let error as CloudError {
                let decision = configuration.retryPolicy.decide(
                    after: error, attempt: attempt, isIdempotent: operation.isIdempotent, jitter: jitter())
                if error.kind == .throttled {
                    if case .retry(let delay) = decision { throttling.record(waited: delay) } else { throttling.record(waited: .zero) }
                }
                switch decision {
                case .stop:
                    throw error
                case .retry(let delay):
                    logger.debug(
                        "retrying after failure",
                        metadata: ["operation": "\(operation.name)", "attempt": "\(attempt)", "delay": "\(delay)", "error": "\(error)"]
                    )
                    try await clock.sleep(for: delay, tolerance: nil)
                    attempt += 1
                }
            }
        }
    }

    /// Signs and sends one attempt; maps every failure to `CloudError`.
    func sendOnce(_ operation: APIOperation, attempt: Int) async throws -> APIResponse {
        let endpoint = operation.service == .sdrs ? configuration.sdrsEndpoint : configuration.ecsEndpoint
        let host = Self.authority(of: endpoint)
        let basePath = endpoint.path.hasSuffix("/") ? String(endpoint.path.dropLast()) : endpoint.path
        var headers = [
            HTTPHeaderField(name: "Content-Type", value: operation.body.isEmpty ? "application/json" : "application/json;charset=utf-8"),
            HTTPHeaderField(name: "User-Agent", value: configuration.userAgent),
            HTTPHeaderField(name: "X-Project-Id", value: configuration.projectID),
        ]
        headers.append(HTTPHeaderField(name: "Host", value: host))
        let signer = SDKSigner(credentials: configuration.credentials)
        let signed = signer.sign(
            SigningRequest(method: operation.method, host: host, path: basePath + operation.path, query: operation.query, headers: headers, body: operation.body),
            date: now()
        )
        var url = "\(endpoint.scheme ?? "https")://\(host)\(signed.path)"
        if !signed.canonicalQueryString.isEmpty { url += "?" + signed.canonicalQueryString }

        // A header value AsyncHTTPClient would refuse is refused here first, naming only the
        // header: its error (`invalidHeaderFieldValues`) carries the value, which may be a token.
        if let invalid = signed.headers.first(where: { !Self.isValidHeaderValue($0.value) }) {
            throw CloudError(
                kind: .rejected, operation: operation.name,
                message: "the request header \(invalid.name) would hold a control character; its value is not shown and no request was sent (check the credentials and the project ID)"
            )
        }
        var request = HTTPClientRequest(url: url)
        request.method = HTTPMethod(rawValue: operation.method)
        for field in signed.headers { request.headers.add(name: field.name, value: field.value) }
        if !operation.body.isEmpty {
            request.body = .bytes(ByteBuffer(bytes: operation.body))
        }
        let loggedTarget = operation.path + (signed.canonicalQueryString.isEmpty ? "" : "?" + signed.canonicalQueryString)
        let started = ContinuousClock.now
        let response: HTTPClientResponse
        let body: ByteBuffer
        do {
            response = try await httpClient.execute(request, timeout: Self.timeAmount(configuration.requestTimeout))
            body = try await response.body.collect(upTo: Self.maximumResponseBytes)
        } catch is CancellationError {
            throw CancellationError()
        } catch {
            let mapped = Self.transportError(error, operation: operation.name)
            logger.debug("\(operation.method) \(loggedTarget) failed: \(mapped.message)", metadata: ["operation": "\(operation.name)", "attempt": "\(attempt)"])
            throw mapped
        }
        let bytes = Array(body.readableBytesView)
        let requestID = response.headers.first(name: "X-Request-Id") ?? response.headers.first(name: "x-request-id")
        let status = Int(response.status.code)
        logger.debug(
            "\(operation.method) \(loggedTarget) -> \(status)",
            metadata: [
                "operation": "\(operation.name)", "attempt": "\(attempt)",
                "duration": "\(ContinuousClock.now - started)", "request_id": "\(requestID ?? "-")",
            ]
        )
        let retryAfter = response.headers.first(name: "Retry-After").flatMap(Self.parseRetryAfter)
        if (200..<300).contains(status) {
            if operation.service == .ecs, operation.method == "POST",
               let flowControl = APIErrorBodyParser.ecsFlowControlError(httpStatus: status, requestIDHeader: requestID, body: bytes) {
                throw CloudError(
                    kind: .throttled, operation: operation.name, httpStatus: status, code: flowControl.code,
                    message: flowControl.message, requestID: flowControl.requestID, retryAfter: retryAfter
                )
            }
            return APIResponse(status: status, body: bytes, requestID: requestID)
        }
        let description = APIErrorBodyParser.parse(httpStatus: status, requestIDHeader: requestID, body: bytes)
        throw CloudError(
            kind: Self.classify(status: status, code: description.code),
            operation: operation.name, httpStatus: status, code: description.code,
            message: Self.boundedMessage(description.message), requestID: description.requestID, retryAfter: retryAfter
        )
    }

    /// Maps an HTTP status and service code to a `CloudError.Kind`.
    static func classify(status: Int, code: String) -> CloudError.Kind {
        let throttlingCodes: Set<String> = ["APIG.0308", "APIGW.0308", "Common.0024", "Common.1503"]
        let authenticationCodes: Set<String> = [
            "APIG.0301", "APIG.0303", "APIGW.0301", "APIGW.0303", "SDRS.0001", "SDRS.0002", "SDRS.0003",
            "SDRS.0004", "SDRS.0005", "Ecs.0003", "Common.0013", "Pdp.0001",
        ]
        let notFoundCodes: Set<String> = ["SDRS.1013", "SDRS.1320", "Ecs.0114", "SDRS.2206"]
        if status == 429 || throttlingCodes.contains(code) { return .throttled }
        if status == 401 || status == 403 || authenticationCodes.contains(code) { return .authentication }
        if status == 404 || notFoundCodes.contains(code) { return .notFound }
        if status >= 500 { return .serverError }
        return .rejected
    }

    static func transportError(_ error: any Error, operation: String) -> CloudError {
        if error is NIOSSLError || error is NIOSSLExtraError || error is BoringSSLError {
            return CloudError(
                kind: .untrustedServer, operation: operation,
                message: "TLS handshake failed, the server's certificate is not trusted for this host: \(String(describing: error).prefix(200))"
            )
        }
        if let httpError = error as? HTTPClientError {
            if httpError == .deadlineExceeded || httpError == .readTimeout || httpError == .connectTimeout {
                return CloudError(kind: .timeout, operation: operation, message: "no response in time (\(httpError))")
            }
            if httpError == .bodyLengthMismatch {
                return CloudError(kind: .invalidResponse, operation: operation, message: "malformed response (\(httpError))")
            }
            // `shortDescription` never holds associated values (header names and values, URLs),
            // so no header value, which may be a credential, can reach a message or a log line.
            let short = httpError.shortDescription
            if short.hasPrefix("Invalid header field") {
                return CloudError(kind: .rejected, operation: operation, message: "a request header is not valid HTTP (\(short)); its value is not shown")
            }
            return CloudError(kind: .connection, operation: operation, message: "connection failed: \(short)")
        }
        return CloudError(kind: .connection, operation: operation, message: "connection failed: \(String(describing: error).prefix(200))")
    }

    /// Whether `value` may be sent as an HTTP header value: no control character other than a tab
    /// (RFC 9110 field-value), so no CR or LF.
    static func isValidHeaderValue(_ value: String) -> Bool {
        !value.utf8.contains { ($0 < 0x20 && $0 != 0x09) || $0 == 0x7F }
    }

    /// `Retry-After` in delta-seconds (the form gateways send); HTTP dates are ignored.
    static func parseRetryAfter(_ value: String) -> Duration? {
        guard let seconds = Int(value.trimmingCharacters(in: .whitespaces)), seconds >= 0 else { return nil }
        return .seconds(seconds)
    }

    static func boundedMessage(_ message: String) -> String {
        message.count > 500 ? String(message.prefix(500)) + "…" : message
    }

    /// `host[:port]` exactly as the endpoint names it: the string that is signed and sent as `Host`.
    static func authority(of url: URL) -> String {
        let host = url.host ?? ""
        let bracketed = host.contains(":") ? "[\(host)]" : host
        if let port = url.port { return "\(bracketed):\(port)" }
        return bracketed
    }

    static func timeAmount(_ duration: Duration) -> TimeAmount {
        let (seconds, attoseconds) = duration.components
        return .nanoseconds(seconds * 1_000_000_000 + attoseconds / 1_000_000_000)
    }
}
