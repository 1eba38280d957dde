// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The SplitMix64 pseudo-random generator: tiny, fast and fully determined by its 64-bit state.
///
/// The emulator keeps several independent streams (faults, identifiers) so that, for example, a
/// different number of generated request IDs never shifts the fault sequence. The state is
/// persisted with the rest of the emulator state.
struct SplitMix64: RandomNumberGenerator, Sendable, Hashable, Codable {
    /// The current state; the next output is a function of it alone.
    var state: UInt64

    init(seed: UInt64) {
        self.state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly distributed value in `[0, 1)` built from the top 53 bits of one output.
    mutating func nextUnitInterval() -> Double {
        Double(next() >> 11) * 0x1.0p-53
    }

    /// `count` lower-case hexadecimal characters.
    mutating func nextHex(count: Int) -> String {
        var result = ""
        result.reserveCapacity(count)
        while result.count < count {
            let chunk = String(next(), radix: 16)
            result += String(repeating: "0", count: 16 - chunk.count) + chunk
        }
        return String(result.prefix(count))
    }

    /// A random (version 4 shaped) UUID string in lower case.
    mutating func nextUUID() -> String {
        var hex = Array(nextHex(count: 32))
        hex[12] = "4"
        let variant = Array("89ab")[Int(next() % 4)]
        hex[16] = variant
        let text = String(hex)
        let parts = [
            text.prefix(8), text.dropFirst(8).prefix(4), text.dropFirst(12).prefix(4),
            text.dropFirst(16).prefix(4), text.dropFirst(20),
        ]
        return parts.joined(separator: "-")
    }
}
