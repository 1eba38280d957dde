// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import HuaweiCloudSigner
import SwitchyardCore

/// One HTTP call to SDRS or ECS, described before it is signed and sent.
struct APIOperation: Sendable {
    /// The SDK operation name, used in logs and errors (`ListProtectionGroups`).
    var name: String
    var service: CloudService
    var method: String
    /// The path below the endpoint, already percent-encoded.
    var path: String
    var query: [QueryParameter] = []
    var body: [UInt8] = []
    /// Whether sending it twice is harmless (reads); only those are retried on 5xx and dropped connections.
    var isIdempotent: Bool
}

/// A successful (2xx, not flow-controlled) HTTP response.
struct APIResponse: Sendable {
    var status: Int
    var body: [UInt8]
    var requestID: String?
}
