// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Status of an asynchronous SDRS or ECS job and of its sub-jobs (reference §4, §6.4).
///
/// `SUCCESS` and `FAIL` are terminal. Decoding never fails: other strings become `.unknown`.
public enum JobStatus: WireStringEnum {
    /// `SUCCESS`: Finished successfully.
    case success
    /// `RUNNING`: In progress.
    case running
    /// `FAIL`: Finished with a failure; see `error_code` and `fail_reason`.
    case failed
    /// `INIT`: Being initialised.
    case initializing
    /// `PENDING_PAYMENT`: ECS only: a yearly/monthly order awaits payment.
    case pendingPayment
    /// A value this module does not know, kept verbatim.
    case unknown(String)

    /// Every documented value, in documentation order.
    public static let knownCases: [JobStatus] = [
        .success,
        .running,
        .failed,
        .initializing,
        .pendingPayment,
    ]

    /// The wire string.
    public var rawValue: String {
        switch self {
        case .success: "SUCCESS"
        case .running: "RUNNING"
        case .failed: "FAIL"
        case .initializing: "INIT"
        case .pendingPayment: "PENDING_PAYMENT"
        case .unknown(let value): value
        }
    }

    /// Whether the job has finished (`SUCCESS` or `FAIL`).
    public var isTerminal: Bool {
        self == .success || self == .failed
    }
}
