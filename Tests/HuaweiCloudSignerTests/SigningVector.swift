// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HuaweiCloudSigner
import Testing

/// `Fixtures/signing-vectors.json`: known answers recorded from huaweicloudsdkcore 3.1.219.
struct SigningVectorFile: Decodable, Sendable {
    struct Credentials: Decodable, Sendable {
        var ak: String
        var sk: String
        var projectID: String

        enum CodingKeys: String, CodingKey {
            case ak, sk
            case projectID = "project_id"
        }
    }

    var credentials: Credentials
    var xSdkDate: String
    var vectors: [SigningVector]

    enum CodingKeys: String, CodingKey {
        case credentials, vectors
        case xSdkDate = "x_sdk_date"
    }

    /// Loaded once, next to this source file (no absolute paths, no bundle resources).
    static func load() throws -> SigningVectorFile {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/signing-vectors.json")
        return try JSONDecoder().decode(SigningVectorFile.self, from: Data(contentsOf: url))
    }

    var signingCredentials: SigningCredentials {
        SigningCredentials(accessKeyID: credentials.ak, secretAccessKey: credentials.sk)
    }

    var date: Date {
        get throws { try #require(SDKSigner.parseSDKDate(xSdkDate)) }
    }
}

/// One recorded vector.
struct SigningVector: Decodable, Sendable, CustomTestStringConvertible {
    /// A query value as the SDK accepted it: string, int, bool, list or null.
    enum QueryValue: Decodable, Sendable {
        case string(String)
        case int(Int)
        case bool(Bool)
        case list([QueryValue])
        case null

        init(from decoder: any Decoder) throws {
            let container = try decoder.singleValueContainer()
            if container.decodeNil() {
                self = .null
            } else if let value = try? container.decode(Int.self) {
                self = .int(value)
            } else if let value = try? container.decode(Bool.self) {
                self = .bool(value)
            } else if let value = try? container.decode(String.self) {
                self = .string(value)
            } else {
                self = .list(try container.decode([QueryValue].self))
            }
        }
    }

    struct Input: Decodable, Sendable {
        var method: String
        var host: String?
        var resourcePath: String?
        var queryParams: [[QueryValue]]
        var headers: [String: String]?
        var body: String?

        enum CodingKeys: String, CodingKey {
            case method, host, headers, body
            case resourcePath = "resource_path"
            case queryParams = "query_params"
        }
    }

    var name: String
    var kind: String
    var url: String
    var input: Input
    var body: String?
    var canonicalRequest: String
    var stringToSign: String
    var signedHeaders: String
    var authorization: String
    var headersSent: [String: String]

    enum CodingKeys: String, CodingKey {
        case name, kind, url, input, body, authorization
        case canonicalRequest = "canonical_request"
        case stringToSign = "string_to_sign"
        case signedHeaders = "signed_headers"
        case headersSent = "headers_sent"
    }

    var testDescription: String { name }

    /// The body bytes that were hashed and sent.
    var bodyBytes: [UInt8] { Array(((kind == "signer" ? input.body : body) ?? "").utf8) }

    /// The URL's components, parsed without re-encoding.
    var urlComponents: URLComponents {
        get throws { try #require(URLComponents(string: url)) }
    }

    /// What a server would have received for this vector.
    var receivedRequest: ReceivedRequest {
        get throws {
            let components = try urlComponents
            return ReceivedRequest(
                method: input.method,
                rawPath: components.percentEncodedPath,
                rawQuery: components.percentEncodedQuery,
                headers: headersSent.map { HTTPHeaderField(name: $0.key, value: $0.value) },
                body: bodyBytes
            )
        }
    }

    /// The query as the signer takes it: §8.2 step 5 expansion (lists → one pair per element,
    /// bools → true/false, ints → decimal, nulls dropped).
    static func expand(_ pairs: [[QueryValue]]) throws -> [QueryParameter] {
        try pairs.flatMap { pair -> [QueryParameter] in
            try #require(pair.count == 2)
            guard case .string(let name) = pair[0] else {
                Issue.record("query name is not a string")
                return []
            }
            return try expand(name: name, value: pair[1])
        }
    }

    private static func expand(name: String, value: QueryValue) throws -> [QueryParameter] {
        switch value {
        case .string(let string): return [QueryParameter(name: name, value: string)]
        case .int(let int): return [QueryParameter(name: name, value: int)]
        case .bool(let bool): return [QueryParameter(name: name, value: bool)]
        case .null: return []
        case .list(let elements): return try elements.flatMap { try expand(name: name, value: $0) }
        }
    }
}

/// Headers as sorted (name, value) strings, for order-insensitive comparison.
func sortedHeaderLines(_ headers: [HTTPHeaderField]) -> [String] {
    headers.map { "\($0.name): \($0.value)" }.sorted()
}

func sortedHeaderLines(_ headers: [String: String]) -> [String] {
    headers.map { "\($0.key): \($0.value)" }.sorted()
}
