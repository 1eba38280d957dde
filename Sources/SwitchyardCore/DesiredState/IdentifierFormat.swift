// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The shapes of the identifiers a desired-state file names. The same patterns are in
/// `schemas/desired-state.schema.json`; keep the two in step. The CLI checks `--region` with the
/// same rule.
public enum IdentifierFormat {
    /// A protection group ID: a lowercase UUID such as `40df180b-9fe2-471a-8c64-1b758dc84189`.
    public static func isGroupID(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count == 36 else { return false }
        return scalars.enumerated().allSatisfy { index, scalar in
            [8, 13, 18, 23].contains(index) ? scalar == "-" : isLowerHex(scalar)
        }
    }

    /// An IAM project ID: 32 lowercase hexadecimal digits.
    public static func isProjectID(_ text: String) -> Bool {
        text.unicodeScalars.count == 32 && text.unicodeScalars.allSatisfy(isLowerHex)
    }

    /// A region name such as `cn-north-4`: `^[a-z]{2}-[a-z]+-[0-9]+$`.
    public static func isRegion(_ text: String) -> Bool {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 2, !parts[1].isEmpty, !parts[2].isEmpty else { return false }
        return parts[0].unicodeScalars.allSatisfy(isLowerLetter) && parts[1].unicodeScalars.allSatisfy(isLowerLetter)
            && parts[2].unicodeScalars.allSatisfy(isDigit)
    }

    /// An availability-zone name such as `cn-north-4a`: `^[a-z]{2}-[a-z]+-[0-9]+[a-z]$`.
    public static func isAvailabilityZone(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, isLowerLetter(last) else { return false }
        return isRegion(String(text.unicodeScalars.dropLast()))
    }

    private static func isLowerHex(_ scalar: Unicode.Scalar) -> Bool { isDigit(scalar) || ("a"..."f").contains(scalar) }
    private static func isLowerLetter(_ scalar: Unicode.Scalar) -> Bool { ("a"..."z").contains(scalar) }
    private static func isDigit(_ scalar: Unicode.Scalar) -> Bool { ("0"..."9").contains(scalar) }
}
