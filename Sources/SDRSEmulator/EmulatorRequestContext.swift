// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Hummingbird
import NIOCore

/// The per-request context of the emulator's router.
public struct EmulatorRequestContext: RequestContext {
    /// Hummingbird's core storage.
    public var coreContext: CoreRequestContextStorage
    /// The connection (used to drop it for the `drop-connection` fault).
    let channel: any Channel
    /// The peer's address; `nil` for in-process (router) tests.
    let remoteAddress: SocketAddress?
    /// The `X-Request-Id` of this request.
    var requestID = ""
    /// The SDK operation, once resolved.
    var operation: EmulatorOperation?
    /// The verified access key.
    var accessKeyID: String?

    /// Creates the context for one request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
        self.channel = source.channel
        self.remoteAddress = source.channel.remoteAddress
    }

    /// The request info the store needs for its invariant log.
    var requestInfo: RequestInfo? {
        operation.map { RequestInfo(requestID: requestID, operation: $0) }
    }

    /// API bodies are small; 1 MB is plenty (the real gateway allows 12 MB).
    public var maxUploadSize: Int { 1 << 20 }
}
