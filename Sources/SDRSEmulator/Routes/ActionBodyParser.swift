// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Reads the action bodies of both services, answering malformed ones with the documented codes.
enum ActionBodyParser {
    /// One of the four `server-groups/{id}/action` bodies: invalid JSON → SDRS.0201; not exactly
    /// one known action key → SDRS.0206.
    static func groupAction(_ body: [UInt8]) throws -> GroupActionRequest {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any] else {
            throw APIError.sdrs("SDRS.0201", "Invalid request parameters: the body is not a JSON object")
        }
        guard object.count == 1, let (key, value) = object.first, value is [String: Any] else {
            throw APIError.sdrs("SDRS.0206", "Invalid action")
        }
        switch key {
        case "reverse-server-group":
            return .reverse(priorityStation: (value as? [String: Any])?["priority_station"] as? String)
        case "failover-server-group": return .failover
        case "start-server-group": return .start
        case "stop-server-group": return .stop
        default: throw APIError.sdrs("SDRS.0206", "Invalid action")
        }
    }

    /// `{"os-stop": {"type", "servers"}}` or `{"os-start": {"servers"}}`; anything else → Ecs.0005.
    static func serverAction(_ body: [UInt8]) throws -> ServerBatchAction {
        guard let object = try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any], object.count == 1,
            let (key, value) = object.first, let action = value as? [String: Any]
        else {
            throw invalid("the body must be {\"os-stop\": {...}} or {\"os-start\": {...}}")
        }
        guard let servers = action["servers"] as? [[String: Any]] else { throw invalid("servers") }
        let ids = try servers.map { entry -> String in
            guard let id = entry["id"] as? String, !id.isEmpty else { throw invalid("servers[].id") }
            return id
        }
        switch key {
        case "os-stop":
            let type = action["type"] as? String ?? "SOFT"
            guard type == "SOFT" || type == "HARD" else { throw invalid("os-stop.type must be SOFT or HARD") }
            return .stop(hard: type == "HARD", serverIDs: ids)
        case "os-start":
            return .start(serverIDs: ids)
        default:
            throw invalid("unknown action \(key)")
        }
    }

    private static func invalid(_ detail: String) -> APIError {
        .ecs("Ecs.0005", "Invalid parameter values: \(detail)")
    }
}
