// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import SDRSEmulator

/// The one line on standard output that tells scripts where the emulator listens: a URL one can
/// connect to (loopback when bound to every address, which the line then says).
struct ListeningAnnouncement: Sendable {
    var host: String
    var bindsEveryAddress: Bool
    var boundHost: String
    var projectID: String
    var region: String
    var tls: Bool

    init(configuration: EmulatorConfiguration, projectID: String, region: String) {
        host = configuration.connectableHost
        bindsEveryAddress = configuration.bindsEveryAddress
        boundHost = configuration.host
        self.projectID = projectID
        self.region = region
        tls = configuration.tls != nil
    }

    func line(port: Int) -> String {
        let bound = bindsEveryAddress ? ", bound to every address (\(boundHost))" : ""
        return "sdrs-emulator listening on \(tls ? "https" : "http")://\(host):\(port) (project \(projectID), region \(region)\(bound))"
    }

    /// Prints the line and flushes standard output at once (scripts wait for it).
    func print(port: Int) {
        FileHandle.standardOutput.write(Data((line(port: port) + "\n").utf8))
    }
}
