// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import Hummingbird
import HummingbirdCore
import HummingbirdTLS
import NIOSSL

/// Serve the emulator over HTTPS with this certificate and key (PEM files), to rehearse TLS setups:
/// a private CA handed to `switchyard --ca-bundle`, or a certificate the client must refuse.
public struct EmulatorTLS: Sendable, Hashable {
    /// PEM file with the server certificate, then any intermediates.
    public var certificateChainPath: String
    /// PEM file with the certificate's private key.
    public var privateKeyPath: String

    /// Creates the TLS settings.
    public init(certificateChainPath: String, privateKeyPath: String) {
        self.certificateChainPath = certificateChainPath
        self.privateKeyPath = privateKeyPath
    }

    /// The TLS settings read from the files.
    /// - Throws: `EmulatorError.serverDidNotStart` naming the file that could not be used.
    public func serverConfiguration() throws -> TLSConfiguration {
        let chain: [NIOSSLCertificate]
        do {
            chain = try NIOSSLCertificate.fromPEMFile(certificateChainPath)
        } catch {
            throw EmulatorError.serverDidNotStart(reason: "cannot read the TLS certificate \(certificateChainPath): \(error)")
        }
        guard !chain.isEmpty else {
            throw EmulatorError.serverDidNotStart(reason: "the TLS certificate file \(certificateChainPath) holds no certificate")
        }
        let key: NIOSSLPrivateKey
        do {
            key = try NIOSSLPrivateKey(file: privateKeyPath, format: .pem)
        } catch {
            throw EmulatorError.serverDidNotStart(reason: "cannot read the TLS private key \(privateKeyPath): \(error)")
        }
        return TLSConfiguration.makeServerConfiguration(certificateChain: chain.map { .certificate($0) }, privateKey: .privateKey(key))
    }

    /// An HTTP/1.1-over-TLS server builder.
    /// - Throws: `EmulatorError.serverDidNotStart` when a file cannot be used.
    func serverBuilder() throws -> HTTPServerBuilder {
        let configuration = try serverConfiguration()
        do {
            return try .tls(.http1(), tlsConfiguration: configuration)
        } catch {
            throw EmulatorError.serverDidNotStart(reason: "the TLS certificate and key cannot be used together: \(error)")
        }
    }
}
