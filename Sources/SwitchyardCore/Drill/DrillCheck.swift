// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Runs the user's check against a drill's servers (`switchyard drill --check CMD`).
///
/// The CLI implements it with a child process; tests pass their own. The check decides whether
/// the rehearsal passed beyond "the servers exist": e.g. that an application answers on them.
public protocol DrillCheck: Sendable {
    /// Runs the check for one available drill.
    ///
    /// - Returns: The exit status (0 = passed).
    /// - Throws: When the check could not be run at all.
    func run(_ context: DrillCheckContext) async throws -> Int32
}

/// What a check learns about the drill it checks (the CLI passes it in the environment).
public struct DrillCheckContext: Sendable, Hashable {
    public var address: String
    public var groupID: String
    public var drillID: String
    public var drillVPCID: String?
    /// The drill servers' IDs, in protected-instance order.
    public var serverIDs: [String]

    public init(address: String, groupID: String, drillID: String, drillVPCID: String?, serverIDs: [String]) {
        self.address = address
        self.groupID = groupID
        self.drillID = drillID
        self.drillVPCID = drillVPCID
        self.serverIDs = serverIDs
    }

    /// The environment variables a check command gets.
    public var environment: [String: String] {
        var variables = [
            "SWITCHYARD_DRILL_SERVER_IDS": serverIDs.joined(separator: ","),
            "SWITCHYARD_DRILL_ID": drillID,
            "SWITCHYARD_GROUP_ID": groupID,
            "SWITCHYARD_GROUP_NAME": address,
        ]
        if let drillVPCID { variables["SWITCHYARD_DRILL_VPC_ID"] = drillVPCID }
        return variables
    }
}
