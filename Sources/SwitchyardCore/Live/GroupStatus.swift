// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The status of an SDRS protection group, typed (SDRS reference §2.2). Values this version does not
/// know are kept as `unknown(raw)`, so they survive into plans and reports and compare unequal to
/// every known status.
public enum GroupStatus: Sendable, Hashable, CustomStringConvertible {
    case protected
    case reversing
    case errorReversing
    case failingOver
    case failedOver
    case errorFailingOver
    case available
    case creating
    case starting
    case errorStarting
    case stopping
    case errorStopping
    case reprotecting
    case errorReprotecting
    case deleting
    case errorDeleting
    case error
    /// A status this version does not know, as SDRS sent it.
    case unknown(String)

    private static let known: [(GroupStatus, String)] = [
        (.protected, "protected"), (.reversing, "reversing"), (.errorReversing, "error-reversing"),
        (.failingOver, "failing-over"), (.failedOver, "failed-over"), (.errorFailingOver, "error-failing-over"),
        (.available, "available"), (.creating, "creating"), (.starting, "starting"), (.errorStarting, "error-starting"),
        (.stopping, "stopping"), (.errorStopping, "error-stopping"), (.reprotecting, "reprotecting"),
        (.errorReprotecting, "error-reprotecting"), (.deleting, "deleting"), (.errorDeleting, "error-deleting"),
        (.error, "error"),
    ]
    private static let byRaw: [String: GroupStatus] = Dictionary(uniqueKeysWithValues: known.map { ($1, $0) })

    /// The typed status of a raw SDRS value.
    public init(_ raw: String) {
        self = Self.byRaw[raw] ?? .unknown(raw)
    }

    /// The SDRS spelling.
    public var rawValue: String {
        if case .unknown(let raw) = self { return raw }
        return Self.known.first { $0.0 == self }?.1 ?? ""
    }

    public var description: String { rawValue }

    /// Statuses that allow a planned switchover (`error-reversing` is a retry of a failed one).
    public var allowsSwitchover: Bool { self == .protected || self == .errorReversing }
}

extension LiveGroup {
    /// `status`, typed.
    public var groupStatus: GroupStatus { GroupStatus(status) }
}
