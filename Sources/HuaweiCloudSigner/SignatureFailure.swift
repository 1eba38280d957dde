// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Why ``SignatureVerifier`` rejected a request.
///
/// Every case maps to the gateway's 401 `APIGW.0301`; ``description`` is a sentence suitable as the
/// `error_msg` and never contains a secret, the access key ID or the received signature.
public enum SignatureFailure: Error, Sendable, Hashable, CustomStringConvertible {
    /// No `Authorization` header.
    case missingAuthorization
    /// The `Authorization` header does not have the `Access=…, SignedHeaders=…, Signature=…` shape;
    /// the payload says what is wrong (never echoing the header).
    case malformedAuthorization(String)
    /// The `Authorization` header names another algorithm (the payload is that name, at most 64 chars).
    case unsupportedAlgorithm(String)
    /// The access key ID is not known to the verifier.
    case unknownAccessKey
    /// No `X-Sdk-Date` header.
    case missingDate
    /// `X-Sdk-Date` is not `YYYYMMDDTHHMMSSZ`.
    case malformedDate
    /// `X-Sdk-Date` is further from the server clock than allowed; `seconds` is request date minus
    /// server time (positive: the client clock is ahead), truncated towards zero.
    case dateSkewed(seconds: Int)
    /// A header listed in `SignedHeaders` is absent from the request (payload: its name).
    case missingSignedHeader(String)
    /// `x-sdk-date` is not among the signed headers.
    case dateNotSigned
    /// `host` is not among the signed headers.
    case hostNotSigned
    /// The recomputed signature differs from the received one.
    case signatureMismatch

    /// A sentence for the gateway's `error_msg`.
    public var description: String {
        let prefix = "Incorrect IAM authentication information: "
        switch self {
        case .missingAuthorization:
            return prefix + "Authorization header not found."
        case .malformedAuthorization(let reason):
            return prefix + "malformed Authorization header: \(reason)."
        case .unsupportedAlgorithm(let algorithm):
            return prefix + "unsupported signing algorithm '\(algorithm)', expected \(SDKSigner.algorithm)."
        case .unknownAccessKey:
            return prefix + "Get secretKey failed, ak not exist."
        case .missingDate:
            return prefix + "X-Sdk-Date header not found."
        case .malformedDate:
            return prefix + "X-Sdk-Date is not in the format YYYYMMDDTHHMMSSZ."
        case .dateSkewed(let seconds):
            let direction = seconds >= 0 ? "ahead of" : "behind"
            return prefix + "signature expired, X-Sdk-Date is \(seconds.magnitude) seconds \(direction) server time."
        case .missingSignedHeader(let name):
            return prefix + "signed header '\(name)' is missing from the request."
        case .dateNotSigned:
            return prefix + "x-sdk-date must be a signed header."
        case .hostNotSigned:
            return prefix + "host must be a signed header."
        case .signatureMismatch:
            return prefix + "verify aksk signature fail."
        }
    }
}
