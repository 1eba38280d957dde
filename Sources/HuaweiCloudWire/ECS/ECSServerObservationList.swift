// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// `GET /v1/{project_id}/cloudservers/detail` read for observation: the same body as
/// `ECSServerListResponse`, but each server keeps only what a switchover decides on (ID, name,
/// status, task and power state, AZ, metadata, lock), decoded with the same leniency.
///
/// A server body has some 45 fields; decoding all of them (addresses, volumes, flavors, …) was
/// half of `plan`'s CPU time at 1,000 groups (see BENCHMARKS.md). Decode-only.
public struct ECSServerObservationList: Sendable, Hashable, Decodable {
    /// The items of this page, with only the observed fields set.
    public var servers: [ECSServer]?
    /// Total number of servers matching the filter.
    public var count: Int?

    /// Decodes tolerantly, like `ECSServerListResponse`.
    ///
    /// - Throws: `DecodingError` only if the body is not a JSON object.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: ECSServerListResponse.CodingKeys.self)
        servers = c.lenientArray(ObservedServer.self, .servers)?.map(\.server)
        count = c.lenientInt(.count)
    }

    /// One server with the observed fields only.
    struct ObservedServer: Decodable {
        var server: ECSServer

        init(from decoder: any Decoder) throws {
            let c = try decoder.container(keyedBy: ECSServer.CodingKeys.self)
            server = ECSServer(
                id: c.lenientString(.id), name: c.lenientString(.name), status: c.lenientEnum(ECSServerStatus.self, .status),
                taskState: c.lenientEnum(ECSTaskState.self, .taskState), powerState: c.lenientNested(ECSPowerState.self, .powerState),
                availabilityZone: c.lenientString(.availabilityZone), metadata: c.lenientStringMap(.metadata),
                locked: c.lenientBool(.locked)
            )
        }
    }
}
