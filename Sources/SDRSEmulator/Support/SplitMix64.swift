// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The SplitMix64 pseudo-random generator: tiny, fast and fully determined by its 64-bit state.
///
/// The emulator keeps several independent streams (faults, identifiers) so that, for example, a
/// different number of generated request IDs never shifts the fault sequence. The state is
/// persisted with the rest of the emulator state. Public so that tests draw reproducible values
/// (e.g. the crash matrix's kill points) from the same algorithm.
public struct SplitMix64: RandomNumberGenerator, Sendable, Hashable, Codable {
    /// The current state; the next output is a function of it alone.
    var state: UInt64

    /// Starts the stream at `seed`.
    public init(seed: UInt64) {
        self.state = seed
    }

    /// The next 64 pseudo-random bits.
    public mutating func next() -> UInt64 {
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
        var bytes: [UInt8] = []
        bytes.reserveCapacity(count + 16)
        while bytes.count < count {
            Self.appendHex(next(), digits: 16, to: &bytes)
        }
        return String(decoding: bytes.prefix(count), as: UTF8.self)
    }

    /// A random (version 4 shaped) UUID string in lower case.
    mutating func nextUUID() -> String {
        let high = next()
        let low = next()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(36)
        Self.appendHex(high >> 32, digits: 8, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendHex(high >> 16, digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendHex(0x4000 | (high & 0x0FFF), digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendHex(0x8000 | (low >> 48 & 0x3FFF), digits: 4, to: &bytes)
        bytes.append(UInt8(ascii: "-"))
        Self.appendHex(low, digits: 12, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the lowest `digits` hex digits of `value`.
    static func appendHex(_ value: UInt64, digits: Int, to bytes: inout [UInt8]) {
        let alphabet: StaticString = "0123456789abcdef"
        for index in stride(from: digits - 1, through: 0, by: -1) {
            let nibble = Int(value >> UInt64(index * 4) & 0xF)
            bytes.append(alphabet.utf8Start[nibble])
        }
    }
}
