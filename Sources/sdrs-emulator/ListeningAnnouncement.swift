// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// The one line on standard output that tells scripts where the emulator listens.
enum ListeningAnnouncement {
    static func line(host: String, port: Int, projectID: String, region: String, tls: Bool = false) -> String {
        let shownHost = host.contains(":") ? "[\(host)]" : host
        return "sdrs-emulator listening on \(tls ? "https" : "http")://\(shownHost):\(port) (project \(projectID), region \(region))"
    }

    /// Prints the line and flushes standard output at once (scripts wait for it).
    static func print(host: String, port: Int, projectID: String, region: String, tls: Bool = false) {
        let text = line(host: host, port: port, projectID: projectID, region: region, tls: tls) + "\n"
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}
