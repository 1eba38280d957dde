// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// How many API requests each operation received since the last reset.
public struct RequestCountReport: Sendable, Hashable, Codable {
    /// Counts of one operation.
    public struct Entry: Sendable, Hashable, Codable {
        /// SDK operation name.
        public var operation: String
        /// Whether the operation changes the cloud.
        public var changing: Bool
        /// Requests received (including rejected ones).
        public var calls: Int
        /// Requests answered with an error (or dropped).
        public var failures: Int

        /// Creates an entry.
        public init(operation: String, changing: Bool, calls: Int, failures: Int) {
            self.operation = operation
            self.changing = changing
            self.calls = calls
            self.failures = failures
        }
    }

    /// One entry per operation, in `EmulatorOperation` order (operations never called have 0).
    public var operations: [Entry]
    /// Sum of `calls`.
    public var totalCalls: Int
    /// Sum of `calls` of changing operations: zero proves no changing call was attempted.
    public var changingCalls: Int

    /// Creates a report from entries and their sums.
    public init(operations: [Entry], totalCalls: Int, changingCalls: Int) {
        self.operations = operations
        self.totalCalls = totalCalls
        self.changingCalls = changingCalls
    }

    enum CodingKeys: String, CodingKey {
        case operations
        case totalCalls = "total_calls"
        case changingCalls = "changing_calls"
    }

    /// The calls of one operation.
    public func calls(_ operation: EmulatorOperation) -> Int {
        operations.first { $0.operation == operation.rawValue }?.calls ?? 0
    }
}

/// Persisted counters of one operation.
struct OperationCount: Sendable, Hashable, Codable {
    var calls = 0
    var failures = 0
}
