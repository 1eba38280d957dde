// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The API operations the emulator serves, named as the official SDK names them.
///
/// The raw value is the SDK operation name; fault rules and request counts use it.
public enum EmulatorOperation: String, Sendable, Hashable, Codable, CaseIterable {
    case listProtectionGroups = "ListProtectionGroups"
    case showProtectionGroup = "ShowProtectionGroup"
    case startReverseProtectionGroup = "StartReverseProtectionGroup"
    case startFailoverProtectionGroup = "StartFailoverProtectionGroup"
    case startProtectionGroup = "StartProtectionGroup"
    case stopProtectionGroup = "StopProtectionGroup"
    case listProtectedInstances = "ListProtectedInstances"
    case showProtectedInstance = "ShowProtectedInstance"
    case listReplications = "ListReplications"
    case showReplication = "ShowReplication"
    case showJobStatus = "ShowJobStatus"
    case batchStopServers = "BatchStopServers"
    case batchStartServers = "BatchStartServers"
    case showServer = "ShowServer"
    case listServersDetails = "ListServersDetails"
    case showJob = "ShowJob"
    case createDisasterRecoveryDrill = "CreateDisasterRecoveryDrill"
    case listDisasterRecoveryDrills = "ListDisasterRecoveryDrills"
    case showDisasterRecoveryDrill = "ShowDisasterRecoveryDrill"
    case updateDisasterRecoveryDrillName = "UpdateDisasterRecoveryDrillName"
    case deleteDisasterRecoveryDrill = "DeleteDisasterRecoveryDrill"

    /// The service that answers: decides the shape of error bodies.
    public enum Service: String, Sendable, Hashable, Codable {
        /// Storage Disaster Recovery Service.
        case sdrs
        /// Elastic Cloud Server.
        case ecs
    }

    /// The service this operation belongs to.
    public var service: Service {
        switch self {
        case .batchStopServers, .batchStartServers, .showServer, .listServersDetails, .showJob: .ecs
        default: .sdrs
        }
    }

    /// Whether the operation changes the cloud (read-only credentials may not call it).
    public var isChanging: Bool {
        switch self {
        case .startReverseProtectionGroup, .startFailoverProtectionGroup, .startProtectionGroup,
            .stopProtectionGroup, .batchStopServers, .batchStartServers, .createDisasterRecoveryDrill,
            .updateDisasterRecoveryDrillName, .deleteDisasterRecoveryDrill:
            true
        default:
            false
        }
    }
}
