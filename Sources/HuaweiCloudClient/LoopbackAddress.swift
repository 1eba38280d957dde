// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Recognises loopback hosts: the only ones plain `http` may be used with.
public enum LoopbackAddress {
    /// `localhost`, any `127.x.y.z`, or `::1` (with or without brackets).
    public static func isLoopback(host: String) -> Bool {
        let bare = host.trimmingCharacters(in: CharacterSet(charactersIn: "[]")).lowercased()
        if bare == "localhost" || bare == "::1" || bare == "0:0:0:0:0:0:0:1" { return true }
        let octets = bare.split(separator: ".", omittingEmptySubsequences: false)
        guard octets.count == 4, octets[0] == "127" else { return false }
        return octets.allSatisfy { part in
            guard let value = Int(part), part.count <= 3 else { return false }
            return (0...255).contains(value)
        }
    }
}
