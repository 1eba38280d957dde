// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Byte comparison whose running time does not depend on where the inputs differ.
///
/// Signatures are compared this way so a client cannot learn a valid signature byte by byte
/// from response times. Only the lengths (public: always 64 hex digits) may short-circuit.
enum ConstantTimeComparison {
    static func isEqual(_ lhs: some Collection<UInt8>, _ rhs: some Collection<UInt8>) -> Bool {
        guard lhs.count == rhs.count else { return false }
        var difference: UInt8 = 0
        for (left, right) in zip(lhs, rhs) {
            difference |= left ^ right
        }
        return difference == 0
    }
}
