// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A coding key made from any string or index, for objects whose keys are data
/// (`addresses`, `metadata`) or are chosen at run time (the SDRS error wrapper key).
struct WireCodingKey: CodingKey, Hashable, Sendable {
    var stringValue: String
    var intValue: Int?

    init(_ string: String) {
        self.stringValue = string
        self.intValue = nil
    }

    init?(stringValue: String) {
        self.init(stringValue)
    }

    init?(intValue: Int) {
        self.stringValue = String(intValue)
        self.intValue = intValue
    }
}
