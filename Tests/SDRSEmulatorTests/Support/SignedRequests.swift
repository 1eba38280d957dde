// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HuaweiCloudSigner
import HuaweiCloudWire
import Hummingbird
import HummingbirdTesting
import NIOCore

@testable import SDRSEmulator

/// Sends requests signed like the official SDK (Content-Type, X-Project-Id, X-Sdk-Date, Host).
struct SignedRequests {
    var credential: EmulatorFixture.Credential = TestCloud.credential
    var projectID: String = TestCloud.projectID
    /// The authority HummingbirdTesting clients send.
    var host = "localhost"

    /// The path prefix `/v1/{project}`.
    var prefix: String { "/v1/\(projectID)" }

    func sign(
        _ method: HTTPRequest.Method, _ path: String, query: [QueryParameter] = [], body: String? = nil,
        headers extra: [HTTPHeaderField] = [], date: Date = Date()
    ) -> (target: String, headers: HTTPFields, body: ByteBuffer?) {
        let bytes = body.map { Array($0.utf8) } ?? []
        var headers = [
            HTTPHeaderField(
                name: "Content-Type", value: body == nil ? "application/json" : "application/json;charset=utf-8"),
            HTTPHeaderField(name: "X-Project-Id", value: projectID),
        ]
        for header in extra {
            headers.removeAll { $0.name.lowercased() == header.name.lowercased() }
            headers.append(header)
        }
        let signer = SDKSigner(
            credentials: SigningCredentials(
                accessKeyID: credential.accessKeyID, secretAccessKey: credential.secretAccessKey,
                securityToken: credential.securityToken
            )
        )
        let signed = signer.sign(
            SigningRequest(
                method: method.rawValue, host: host, path: path, query: query, headers: headers, body: bytes),
            date: date
        )
        var fields = HTTPFields()
        for header in signed.headers where header.name.lowercased() != "host" {
            fields.append(HTTPField(name: HTTPField.Name(header.name)!, value: header.value))
        }
        return (signed.requestTarget, fields, body.map { ByteBuffer(string: $0) })
    }

    @discardableResult
    func execute(
        _ client: some TestClientProtocol, _ method: HTTPRequest.Method, _ path: String, query: [QueryParameter] = [],
        body: String? = nil, headers: [HTTPHeaderField] = [], date: Date = Date()
    ) async throws -> TestResponse {
        let request = sign(method, path, query: query, body: body, headers: headers, date: date)
        return try await client.execute(
            uri: request.target, method: method, headers: request.headers, body: request.body)
    }

    /// GET `prefix + path` and decode the body as `T`.
    func get<T: Decodable>(
        _ type: T.Type, _ client: some TestClientProtocol, _ path: String, query: [QueryParameter] = []
    ) async throws -> T {
        let response = try await execute(client, .get, prefix + path, query: query)
        guard response.status == .ok else {
            throw TestFailure("GET \(path) answered \(response.status.code): \(String(buffer: response.body))")
        }
        return try WireJSON.decode(T.self, from: Array(buffer: response.body))
    }
}

struct TestFailure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}

/// Decodes a JSON object body into a dictionary for shape checks.
func jsonObject(_ buffer: ByteBuffer) -> [String: Any] {
    (try? JSONSerialization.jsonObject(with: Data(buffer.readableBytesView))) as? [String: Any] ?? [:]
}

/// Builds the application for `.router`/`.live` tests over `store`.
func testApplication(
    _ store: EmulatorStore, configuration: EmulatorConfiguration = TestCloud.configuration()
) throws -> some ApplicationProtocol {
    try buildEmulatorApplication(configuration: configuration, store: store)
}
