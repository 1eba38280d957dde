// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation
import HTTPTypes

/// Names the SDK operation of an API request from its method, path and (for action calls) the
/// top-level key of its body. Pure, so it can be tested without a server.
enum OperationResolver {
    /// What a request addresses.
    enum Resolution: Sendable, Hashable {
        /// A known operation.
        case operation(EmulatorOperation)
        /// `GET /v1/{project}/jobs/{id}`: SDRS or ECS depending on who created the job.
        case job(id: String)
        /// Not an emulated operation (the router answers 404, or the action body is unknown).
        case unknown
    }

    /// The path's `{project_id}` (second segment after `/v1/`), if the path has that shape.
    static func projectID(inPath path: String) -> String? {
        let segments = path.split(separator: "/", omittingEmptySubsequences: false)
        guard segments.count >= 3, segments[0].isEmpty, segments[1] == "v1" else { return nil }
        return String(segments[2])
    }

    static func resolve(method: HTTPRequest.Method, path: String, actionBodyKey: String?) -> Resolution {
        var segments = path.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        if segments.last == "" { segments.removeLast() }
        guard segments.count >= 4, segments[0].isEmpty, segments[1] == "v1" else { return .unknown }
        let rest = Array(segments[3...])
        switch (method, rest.count, rest[0]) {
        case (.get, 1, "server-groups"): return .operation(.listProtectionGroups)
        case (.get, 2, "server-groups"): return .operation(.showProtectionGroup)
        case (.post, 3, "server-groups") where rest[2] == "action":
            switch actionBodyKey {
            case "reverse-server-group": return .operation(.startReverseProtectionGroup)
            case "failover-server-group": return .operation(.startFailoverProtectionGroup)
            case "start-server-group": return .operation(.startProtectionGroup)
            case "stop-server-group": return .operation(.stopProtectionGroup)
            default: return .unknown
            }
        case (.get, 1, "protected-instances"): return .operation(.listProtectedInstances)
        case (.get, 2, "protected-instances"): return .operation(.showProtectedInstance)
        case (.get, 1, "replications"): return .operation(.listReplications)
        case (.get, 2, "replications"): return .operation(.showReplication)
        case (.get, 2, "jobs"): return .job(id: rest[1])
        case (.post, 1, "disaster-recovery-drills"): return .operation(.createDisasterRecoveryDrill)
        case (.get, 1, "disaster-recovery-drills"): return .operation(.listDisasterRecoveryDrills)
        case (.get, 2, "disaster-recovery-drills"): return .operation(.showDisasterRecoveryDrill)
        case (.put, 2, "disaster-recovery-drills"): return .operation(.updateDisasterRecoveryDrillName)
        case (.delete, 2, "disaster-recovery-drills"): return .operation(.deleteDisasterRecoveryDrill)
        case (.post, 2, "cloudservers") where rest[1] == "action":
            switch actionBodyKey {
            case "os-stop": return .operation(.batchStopServers)
            case "os-start": return .operation(.batchStartServers)
            default: return .unknown
            }
        case (.get, 2, "cloudservers") where rest[1] == "detail": return .operation(.listServersDetails)
        case (.get, 2, "cloudservers"): return .operation(.showServer)
        default: return .unknown
        }
    }

    /// The only top-level key of a JSON object body, or `nil` (not an object, or not exactly one key).
    static func singleTopLevelKey(of body: [UInt8]) -> String? {
        guard !body.isEmpty,
            let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any], object.count == 1
        else { return nil }
        return object.keys.first
    }
}
