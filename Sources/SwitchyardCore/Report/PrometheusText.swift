// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A Prometheus text-format (0.0.4) file being written: families of gauges, each with `# HELP`
/// and `# TYPE`, and their samples, label values escaped by ``PrometheusLabel``.
///
/// Shared by the drift and the apply metrics, so both follow the same conventions: every name
/// starts with `switchyard_`, units are in the name (`_seconds`), an info metric ends in `_info`
/// and has the value 1, a state is one-hot over a `state` or `result` label.
struct PrometheusText {
    private(set) var text = ""

    /// Starts a gauge family.
    mutating func family(_ name: String, _ help: String) {
        text += "# HELP \(name) \(PrometheusLabel.help(help))\n# TYPE \(name) gauge\n"
    }

    /// One sample of the current family; `labels` in the order given.
    mutating func sample(_ name: String, _ labels: [(String, String)] = [], _ value: Double) {
        text += name
        if !labels.isEmpty {
            text += "{" + labels.map { "\($0.0)=\"\(PrometheusLabel.value($0.1))\"" }.joined(separator: ",") + "}"
        }
        text += " \(Self.format(value))\n"
    }

    /// Integers without a fraction (`1`, `1767225600`), other values as Swift prints them (`1.25`).
    static func format(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// Seconds of a `Duration` as a floating-point number.
    static func seconds(_ duration: Duration) -> Double {
        let (seconds, attoseconds) = duration.components
        return Double(seconds) + Double(attoseconds) / 1e18
    }
}
