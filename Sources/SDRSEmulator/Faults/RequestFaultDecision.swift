// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// What the fault rules decided for one request: an extra delay and, possibly, a failure.
struct RequestFaultDecision: Sendable, Hashable {
    /// Extra delay in virtual milliseconds (scaled by the middleware).
    var latencyMilliseconds = 0
    var failure: Failure?

    enum Failure: Sendable, Hashable {
        /// Answer with this error instead of calling the API.
        case error(APIError)
        /// Close the connection without answering.
        case dropConnection
    }

    /// The error a request fault answers with for an operation of `service`.
    static func error(for kind: FaultKind, operation: EmulatorOperation, rule: FaultRule) -> Failure? {
        switch kind {
        case .internalError:
            return .error(
                .service(
                    operation.service, sdrsCode: "SDRS.0013", ecsCode: "Common.0001",
                    message: operation.service == .sdrs ? "Internal error" : "System exception", status: 500))
        case .serviceUnavailable:
            return .error(
                .service(
                    operation.service, sdrsCode: "SDRS.0013", ecsCode: "Common.1503",
                    message: operation.service == .sdrs
                        ? "Internal error" : "API flow control: too many APIs executing", status: 503))
        case .throttled:
            var error = APIError.gateway(
                "APIGW.0308",
                "The throttling threshold has been reached: policy user over ratelimit,limit:20,time:1 minute",
                status: 429
            )
            error.retryAfterSeconds = rule.retryAfterSeconds ?? 2
            return .error(error)
        case .flowControl:
            return .error(.ecs("Common.0024", "exceeds flow over limit", status: 202))
        case .dropConnection:
            return .dropConnection
        case .latency, .reverseJobFailure, .softStopHang, .stopSubJobFailure, .drillJobFailure, .groupJobFailure:
            return nil
        }
    }
}
