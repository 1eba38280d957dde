// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// An ECS server as observed. A server that ECS no longer knows has `exists == false`.
public struct LiveServer: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    /// Whether ECS still has the server (`false` for 404 / `DELETED` / fault-only entries).
    public var exists: Bool
    /// ECS `status`: `ACTIVE`, `SHUTOFF`, `ERROR`, ... (raw).
    public var status: String
    /// `OS-EXT-STS:task_state`, e.g. `powering-off`; `nil` when idle.
    public var taskState: String?
    /// `OS-EXT-STS:power_state`: 1 running, 4 shut down.
    public var powerState: Int?
    /// `OS-EXT-AZ:availability_zone`: decides which site the server belongs to.
    public var availabilityZone: String?
    /// `metadata.os_type`: `Linux` or `Windows`.
    public var osType: String?
    /// `metadata.image_name`, used for login advisories (Cloudbase-Init, CoreOS).
    public var imageName: String?
    /// `metadata.EcmResStatus == "freeze"`.
    public var frozen: Bool
    /// ECS `locked`.
    public var locked: Bool

    public init(
        id: String,
        name: String,
        exists: Bool = true,
        status: String,
        taskState: String? = nil,
        powerState: Int? = nil,
        availabilityZone: String? = nil,
        osType: String? = nil,
        imageName: String? = nil,
        frozen: Bool = false,
        locked: Bool = false
    ) {
        self.id = id
        self.name = name
        self.exists = exists
        self.status = status
        self.taskState = taskState
        self.powerState = powerState
        self.availabilityZone = availabilityZone
        self.osType = osType
        self.imageName = imageName
        self.frozen = frozen
        self.locked = locked
    }

    /// A server ECS does not know (any more).
    public static func missing(id: String) -> LiveServer {
        LiveServer(id: id, name: "", exists: false, status: "DELETED")
    }

    /// Fully stopped: `SHUTOFF` with no task in flight (a powering-on server also shows `SHUTOFF`).
    public var isStopped: Bool { exists && status == "SHUTOFF" && taskState == nil }

    /// Fully running: `ACTIVE` with no task in flight (a powering-off server also shows `ACTIVE`).
    public var isRunning: Bool { exists && status == "ACTIVE" && taskState == nil }
}
