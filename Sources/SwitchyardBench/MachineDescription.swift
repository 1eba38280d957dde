// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// A one-line description of the machine a benchmark ran on.
public enum MachineDescription {
    /// Cores, memory, CPU model and OS, e.g. "2 cores (Intel Xeon ...), 23.4 GiB RAM, Ubuntu 24.04".
    public static func current() -> String {
        let info = ProcessInfo.processInfo
        let memory = Double(info.physicalMemory) / 1_073_741_824
        var parts = ["\(info.activeProcessorCount) cores"]
        if let cpu = cpuModel() { parts[0] += " (\(cpu))" }
        parts.append(String(format: "%.1f GiB RAM", memory))
        parts.append(info.operatingSystemVersionString)
        return parts.joined(separator: ", ")
    }

    /// The 1-minute load average (`/proc/loadavg`), e.g. "1.92", or `nil` where there is none. On
    /// a shared machine it says how much the figures were disturbed.
    public static func loadAverage() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return nil }
        return text.split(separator: " ").first.map(String.init)
    }

    static func cpuModel() -> String? {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            return line.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) }
        }
        return nil
    }
}
