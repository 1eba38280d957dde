// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import AsyncHTTPClient
import NIOCore
import NIOSSL

/// Creates the process's one `HTTPClient`, with certificate verification always on.
///
/// There is deliberately no option to turn verification off; a custom CA bundle can be added for
/// TLS-intercepting proxies. The caller must call `shutdown()` on the result.
public enum HuaweiCloudHTTPClientFactory {
    /// - Parameter caBundlePath: a PEM file of extra trusted CA certificates, or `nil`.
    /// - Throws: `ConfigurationError` when the CA bundle cannot be read.
    public static func make(caBundlePath: String? = nil) throws -> HTTPClient {
        var tls = TLSConfiguration.makeClientConfiguration()
        tls.certificateVerification = .fullVerification
        if let caBundlePath {
            do {
                let certificates = try NIOSSLCertificate.fromPEMFile(caBundlePath)
                guard !certificates.isEmpty else { throw ConfigurationError("the CA bundle '\(caBundlePath)' holds no certificate") }
                tls.additionalTrustRoots = [.certificates(certificates)]
            } catch let error as ConfigurationError {
                throw error
            } catch {
                throw ConfigurationError("the CA bundle '\(caBundlePath)' could not be read: \(error)")
            }
        }
        var configuration = HTTPClient.Configuration(tlsConfiguration: tls)
        configuration.redirectConfiguration = .disallow
        configuration.decompression = .disabled
        configuration.connectionPool = .init(idleTimeout: .seconds(30))
        // A failed connection (refused, or a TLS handshake the server's certificate fails) fails the
        // request at once; the client's RetryPolicy — the one place that decides retries — then
        // retries what is transient and stops on what is not (an untrusted server).
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }
}
