// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// How durations read in reports: `12.3s` under a minute, `1m05s` under an hour, `2h05m` above.
public enum DurationWording {
    /// `seconds` as a short human duration; negative values read as `0.0s`.
    public static func format(seconds: Double) -> String {
        let seconds = max(0, seconds)
        if seconds < 60 { return String(format: "%.1fs", seconds) }
        let whole = Int(seconds.rounded())
        return whole >= 3600 ? "\(whole / 3600)h\(String(format: "%02d", (whole % 3600) / 60))m" : "\(whole / 60)m\(String(format: "%02d", whole % 60))s"
    }
}
