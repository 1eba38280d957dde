// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes
import HuaweiCloudSigner

/// Checks an API request's AK/SK signature (§8.5), its project and its permission.
///
/// Answers (all thrown as `APIError`): bad or missing `Authorization`, unknown AK, wrong
/// signature, wrong security token or a locked AK → 401 APIGW.0301 (gateway body); missing,
/// malformed or skewed `X-Sdk-Date` → 401 with `behaviours.signatureDateErrorCode`; a path
/// project or `X-Project-Id` other than the credentials' project → `behaviours.projectMismatch`;
/// a changing call with read-only credentials → 400 SDRS.0004 [UNCONFIRMED] / 403 Pdp.0001.
struct RequestAuthenticator: Sendable {
    let store: EmulatorStore
    let behaviours: EmulatorBehaviours
    let credentials: [String: EmulatorFixture.Credential]
    let defaultProjectID: String
    /// The real wall clock (signature dates are checked against it, not virtual time).
    let wallClock: @Sendable () -> Date

    init(store: EmulatorStore, behaviours: EmulatorBehaviours, wallClock: @escaping @Sendable () -> Date = { Date() }) {
        self.store = store
        self.behaviours = behaviours
        self.credentials = store.credentialsByAccessKey
        self.defaultProjectID = store.projectID
        self.wallClock = wallClock
    }

    /// Returns the verified access key ID (`nil` when signatures are not verified and none was given).
    func authenticate(
        method: String, rawPath: String, rawQuery: String?, headers head: HTTPRequest, body: [UInt8],
        operation: EmulatorOperation?
    ) async throws -> String? {
        let service = Self.service(of: operation, path: rawPath)
        let accessKeyID: String?
        if behaviours.verifySignatures {
            accessKeyID = try await verify(method: method, rawPath: rawPath, rawQuery: rawQuery, head: head, body: body)
        } else {
            accessKeyID = head.headerFields[.authorization].flatMap(Self.accessKey(inAuthorization:))
        }
        let credential = accessKeyID.flatMap { credentials[$0] }
        let project = credential?.projectID ?? defaultProjectID
        let pathProject = OperationResolver.projectID(inPath: rawPath)
        let headerProject = head.headerFields[.projectID]
        if pathProject != project || (headerProject != nil && headerProject != project) {
            throw projectMismatch(service: service)
        }
        if let operation, operation.isChanging, credential?.readOnly == true {
            throw Self.readOnlyRefusal(operation)
        }
        return accessKeyID
    }

    private func verify(
        method: String, rawPath: String, rawQuery: String?, head: HTTPRequest, body: [UInt8]
    ) async throws -> String {
        let authorization = head.headerFields[.authorization]
        if let claimed = authorization.flatMap(Self.accessKey(inAuthorization:)), await store.isAccessKeyLocked(claimed)
        {
            throw Self.unauthorized("AK access failed to reach the limit,forbidden")
        }
        var fields = head.headerFields.map { HTTPHeaderField(name: $0.name.rawName, value: $0.value) }
        if let authority = head.authority, !fields.contains(where: { $0.name.lowercased() == "host" }) {
            fields.append(HTTPHeaderField(name: "Host", value: authority))
        }
        let received = ReceivedRequest(
            method: method, rawPath: rawPath, rawQuery: rawQuery, headers: fields, body: body)
        let credentials = self.credentials
        let verifier = SignatureVerifier(
            maximumSkew: behaviours.enforceClockSkew ? .seconds(behaviours.maximumClockSkewSeconds) : nil,
            secretForAccessKey: { credentials[$0]?.secretAccessKey }
        )
        switch verifier.verify(received, now: wallClock()) {
        case .success(let verified):
            if let expected = credentials[verified.accessKeyID]?.securityToken, verified.securityToken != expected {
                await store.recordSignatureFailure(verified.accessKeyID)
                throw Self.unauthorized("security token invalid")
            }
            await store.recordSignatureSuccess(verified.accessKeyID)
            return verified.accessKeyID
        case .failure(let failure):
            if case .signatureMismatch = failure, let claimed = authorization.flatMap(Self.accessKey(inAuthorization:))
            {
                await store.recordSignatureFailure(claimed)
            }
            throw error(for: failure)
        }
    }

    private func error(for failure: SignatureFailure) -> APIError {
        switch failure {
        case .missingAuthorization:
            Self.unauthorized("x-auth-token not found")
        case .unknownAccessKey:
            Self.unauthorized("Get secretKey failed, ak not exist")
        case .missingDate, .malformedDate:
            .gateway(
                behaviours.signatureDateErrorCode,
                "Incorrect IAM authentication information: x-sdk-date is missing or invalid", status: 401)
        case .dateSkewed(let seconds):
            .gateway(
                behaviours.signatureDateErrorCode,
                SignatureFailure.expiredSignatureMessage(skewSeconds: seconds, serverTime: wallClock()), status: 401)
        default:
            Self.unauthorized("verify aksk signature fail")
        }
    }

    private func projectMismatch(service: EmulatorOperation.Service) -> APIError {
        switch behaviours.projectMismatch {
        case .forbidden:
            switch service {
            case .sdrs: .sdrs("SDRS.0001", "Invalid tenant ID", status: 400)
            case .ecs: .ecs("Ecs.0003", "No permission: project mismatch", status: 403)
            }
        case .unauthorized:
            Self.unauthorized("project id mismatch")
        }
    }

    static func unauthorized(_ detail: String) -> APIError {
        .gateway("APIGW.0301", "Incorrect IAM authentication information: \(detail)", status: 401)
    }

    /// The answer to a changing call signed by a read-only identity: ECS's documented 403
    /// `Pdp.0001` naming the IAM action (reference §12.1); for SDRS the documented candidate, 400
    /// `SDRS.0004` [UNCONFIRMED].
    static func readOnlyRefusal(_ operation: EmulatorOperation) -> APIError {
        switch operation {
        case .batchStopServers, .batchStartServers:
            let action = operation == .batchStopServers ? "ecs:cloudServers:stop" : "ecs:cloudServers:start"
            return .ecs("Pdp.0001", "Policy doesn't allow \(action) to be performed.", status: 403)
        default:
            return .sdrs("SDRS.0004", "Incorrect API invoking permissions", status: 400)
        }
    }

    /// The `Access=` value of an `SDK-HMAC-SHA256` Authorization header.
    static func accessKey(inAuthorization header: String) -> String? {
        guard let range = header.range(of: "Access=") else { return nil }
        let rest = header[range.upperBound...]
        let value = rest.prefix { $0 != "," && $0 != " " }
        return value.isEmpty ? nil : String(value)
    }

    /// The service whose error shape a request gets.
    static func service(of operation: EmulatorOperation?, path: String) -> EmulatorOperation.Service {
        if let operation { return operation.service }
        return path.contains("/cloudservers") ? .ecs : .sdrs
    }
}
