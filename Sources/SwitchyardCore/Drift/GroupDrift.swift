// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// The drift verdict for one declared group.
public struct GroupDrift: Sendable, Hashable, Codable {
    /// The group's address (its name when declared with one, else its ID).
    public var address: String
    /// The verdict; see `DriftState` for precedence.
    public var state: DriftState
    /// The live protection group's ID, when exactly one was identified.
    public var groupID: String?
    /// The raw SDRS status of the live group.
    public var status: String?
    /// `activeSite` as written in the file (`source`, `target` or an AZ name).
    public var declaredActiveSite: String
    /// The side Git wants to be production, when the declaration resolved.
    public var desiredSite: Site?
    /// The AZ of `desiredSite`.
    public var desiredAvailabilityZone: String?
    /// The side SDRS reports as production (`priority_station`), when known.
    public var liveSite: Site?
    /// The AZ of `liveSite`.
    public var liveAvailabilityZone: String?
    /// The live group's `updated_at` for a group that is not in sync: roughly since when it is in
    /// this state (the last change SDRS recorded). Opaque text as SDRS sent it.
    public var since: String?
    /// Every fact found, most important first; empty for a clean in-sync group.
    public var reasons: [DriftReason]
    /// Where the declaration is in the desired-state file (`desired.yaml:8:5`).
    public var declaredAt: String
    /// For a group `plan` would block: the plan's own reasons (`BlockReason`, same codes and
    /// sentences), so drift and plan say the same thing; `nil` when the plan would not block it.
    public var blocked: [BlockReason]?
    /// For a group `apply` would change: the wave the plan puts it in (renderers list groups by
    /// wave, then address); `nil` otherwise.
    public var wave: Int?

    /// Creates a verdict; `DriftDetector` is the usual producer.
    public init(
        address: String,
        state: DriftState,
        groupID: String? = nil,
        status: String? = nil,
        declaredActiveSite: String,
        desiredSite: Site? = nil,
        desiredAvailabilityZone: String? = nil,
        liveSite: Site? = nil,
        liveAvailabilityZone: String? = nil,
        since: String? = nil,
        reasons: [DriftReason] = [],
        declaredAt: String,
        blocked: [BlockReason]? = nil,
        wave: Int? = nil
    ) {
        self.address = address
        self.state = state
        self.groupID = groupID
        self.status = status
        self.declaredActiveSite = declaredActiveSite
        self.desiredSite = desiredSite
        self.desiredAvailabilityZone = desiredAvailabilityZone
        self.liveSite = liveSite
        self.liveAvailabilityZone = liveAvailabilityZone
        self.since = since
        self.reasons = reasons
        self.declaredAt = declaredAt
        self.blocked = blocked
        self.wave = wave
    }

    /// Whether `plan` would block the group.
    public var isBlocked: Bool { !(blocked ?? []).isEmpty }

    enum CodingKeys: String, CodingKey {
        case address, state, status, since, reasons, blocked, wave
        case groupID = "group_id"
        case declaredActiveSite = "declared_active_site"
        case desiredSite = "desired_site"
        case desiredAvailabilityZone = "desired_availability_zone"
        case liveSite = "live_site"
        case liveAvailabilityZone = "live_availability_zone"
        case declaredAt = "declared_at"
    }
}

/// A live protection group that no declaration refers to: reported, never judged.
public struct UnmanagedDriftGroup: Sendable, Hashable, Codable {
    /// Its name, or its ID when the name is empty.
    public var address: String
    /// Its ID.
    public var groupID: String
    /// Its raw SDRS status.
    public var status: String
    /// The side SDRS reports as production, when known.
    public var liveSite: Site?
    /// The AZ of `liveSite`.
    public var liveAvailabilityZone: String?

    /// Creates an entry.
    public init(address: String, groupID: String, status: String, liveSite: Site?, liveAvailabilityZone: String?) {
        self.address = address
        self.groupID = groupID
        self.status = status
        self.liveSite = liveSite
        self.liveAvailabilityZone = liveAvailabilityZone
    }

    enum CodingKeys: String, CodingKey {
        case address, status
        case groupID = "group_id"
        case liveSite = "live_site"
        case liveAvailabilityZone = "live_availability_zone"
    }
}
