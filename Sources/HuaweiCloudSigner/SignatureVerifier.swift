// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Checks `SDK-HMAC-SHA256` signatures on received requests, as the API gateway does (§8.5).
///
/// Pure apart from the injected secret lookup: the caller passes `now`. Canonicalisation is the
/// same code the signer uses, so anything ``SDKSigner`` signs verifies here.
public struct SignatureVerifier: Sendable {
    /// The largest allowed distance between `X-Sdk-Date` and `now`; `nil` disables the check.
    public var maximumSkew: Duration?
    private let secretForAccessKey: @Sendable (String) -> String?

    /// Creates a verifier.
    /// - Parameters:
    ///   - maximumSkew: Allowed clock difference in either direction (gateway default 15 minutes);
    ///     a difference of exactly this much is accepted. `nil` accepts any date.
    ///   - secretForAccessKey: Returns the SK for an AK, or `nil` if the AK is unknown.
    public init(
        maximumSkew: Duration? = .seconds(900),
        secretForAccessKey: @escaping @Sendable (String) -> String?
    ) {
        self.maximumSkew = maximumSkew
        self.secretForAccessKey = secretForAccessKey
    }

    /// Verifies `request` at server time `now`.
    ///
    /// Checks, in order: `Authorization` present and well formed, algorithm, known AK,
    /// `X-Sdk-Date` present and well formed, `x-sdk-date` and `host` signed, clock skew, every
    /// signed header present (a `:authority` header stands in for `Host`; the first of repeated
    /// headers is used), then the signature, compared in constant time.
    public func verify(_ request: ReceivedRequest, now: Date) -> Result<VerifiedRequest, SignatureFailure> {
        guard let authorizationField = request.headers.first(named: SDKSigner.authorizationHeaderName) else {
            return .failure(.missingAuthorization)
        }
        let authorization: AuthorizationHeader
        switch AuthorizationHeader.parse(authorizationField.value) {
        case .success(let parsed): authorization = parsed
        case .failure(let failure): return .failure(failure)
        }
        guard let secret = secretForAccessKey(authorization.accessKeyID) else {
            return .failure(.unknownAccessKey)
        }
        guard let dateField = request.headers.first(named: SDKSigner.dateHeaderName) else {
            return .failure(.missingDate)
        }
        guard let date = SDKDate.parse(HeaderValueTrimming.trimmed(dateField.value)) else {
            return .failure(.malformedDate)
        }
        let signedNames = authorization.signedHeaders
        guard signedNames.contains(where: { $0.equalsIgnoringASCIICase(SDKSigner.dateHeaderName) }) else {
            return .failure(.dateNotSigned)
        }
        guard signedNames.contains(where: { $0.equalsIgnoringASCIICase(SDKSigner.hostHeaderName) }) else {
            return .failure(.hostNotSigned)
        }
        if let maximumSkew {
            let offset = date.timeIntervalSince(now)
            if offset.magnitude > Self.seconds(of: maximumSkew) {
                return .failure(.dateSkewed(seconds: Int(offset)))
            }
        }
        var signedValues: [String] = []
        for name in signedNames {
            guard let field = receivedField(named: name, in: request.headers) else {
                return .failure(.missingSignedHeader(name))
            }
            signedValues.append(HeaderValueTrimming.trimmed(field.value))
        }

        let trimmedHeaders = request.headers.map {
            HTTPHeaderField(name: $0.name, value: HeaderValueTrimming.trimmed($0.value))
        }
        let canonical = CanonicalRequest(
            method: request.method.uppercased(),
            uri: CanonicalRequest.canonicalURI(path: request.rawPath),
            queryString: CanonicalRequest.canonicalQueryString(
                CanonicalRequest.parameters(rawQuery: request.rawQuery ?? "")
            ),
            signedHeaders: signedNames,
            signedHeaderValues: signedValues,
            payloadHash: CanonicalRequest.payloadHash(body: request.body, headers: trimmedHeaders)
        )
        let expected = CanonicalRequest.signature(
            secretAccessKey: secret,
            stringToSign: canonical.stringToSign(sdkDate: SDKDate.format(date))
        )
        guard ConstantTimeComparison.isEqual(Array(expected.utf8), Array(authorization.signature.utf8)) else {
            return .failure(.signatureMismatch)
        }
        return .success(
            VerifiedRequest(
                accessKeyID: authorization.accessKeyID,
                signedHeaders: signedNames.map { $0.lowercased() },
                date: date,
                securityToken: request.headers.first(named: SDKSigner.securityTokenHeaderName)
                    .map { HeaderValueTrimming.trimmed($0.value) }
            )
        )
    }

    private func receivedField(named name: String, in headers: [HTTPHeaderField]) -> HTTPHeaderField? {
        if let field = headers.first(named: name) { return field }
        return name.equalsIgnoringASCIICase(SDKSigner.hostHeaderName) ? headers.first(named: ":authority") : nil
    }

    private static func seconds(of duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
