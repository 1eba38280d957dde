// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Which site should be production for a group: the creation-time `source` or `target` AZ,
/// or an availability zone named directly (resolved against the live group).
public enum ActiveSite: Sendable, Hashable, Codable, CustomStringConvertible {
    case source
    case target
    case availabilityZone(String)

    /// `source`, `target` or the AZ name, as written in the file.
    public var description: String {
        switch self {
        case .source: "source"
        case .target: "target"
        case .availabilityZone(let zone): zone
        }
    }

    /// Reads the text of an `activeSite:` value; anything that is not `source`/`target` is an AZ name.
    public init(text: String) {
        switch text {
        case "source": self = .source
        case "target": self = .target
        default: self = .availabilityZone(text)
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(text: try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// How a desired group names its live protection group: by ID, by name, or both (then both must match).
public struct GroupSelector: Sendable, Hashable, Codable, CustomStringConvertible {
    public var id: String?
    public var name: String?

    public init(id: String? = nil, name: String? = nil) {
        precondition(id != nil || name != nil, "a group selector needs an id or a name")
        self.id = id
        self.name = name
    }

    /// The stable key used in plans, reports, `dependsOn`, `--target` and `--exclude`:
    /// the name when one is given (people read names), else the ID.
    public var address: String { name ?? id ?? "" }

    public var description: String {
        switch (id, name) {
        case let (id?, name?): "\(name) (\(id))"
        case let (nil, name?): name
        case let (id?, nil): id
        case (nil, nil): "?"
        }
    }
}

/// One entry of `groups:` after parsing and defaulting.
public struct DesiredGroup: Sendable, Hashable, Codable {
    public var selector: GroupSelector
    public var activeSite: ActiveSite
    /// Addresses (see `GroupSelector.address`) of groups that must be switched before this one.
    /// The parser guarantees they name declared groups and form no cycle.
    public var dependsOn: [String]
    /// Effective settings: group value if given, else the file's defaults.
    public var shutdown: ShutdownMode
    public var startAfterSwitch: Bool
    public var switchTimeout: TimeSpan
    public var shutdownTimeout: TimeSpan
    public var onFailure: FailurePolicy
    /// Recovery-time objective; reported against the measured downtime. `nil` when not declared.
    public var rto: TimeSpan?
    /// Whether switchyard manages the group's protection.
    public var protection: ProtectionWish
    /// The emergency declaration: reach `activeSite` by failover. `nil`: only planned switchovers.
    public var failover: FailoverDeclaration?
    /// Where the group's entry starts in the file.
    public var location: SourceLocation

    public init(
        selector: GroupSelector,
        activeSite: ActiveSite,
        dependsOn: [String] = [],
        shutdown: ShutdownMode = .soft,
        startAfterSwitch: Bool = true,
        switchTimeout: TimeSpan = .minutes(30),
        shutdownTimeout: TimeSpan = .minutes(10),
        onFailure: FailurePolicy = .leaveStopped,
        rto: TimeSpan? = nil,
        protection: ProtectionWish = .unmanaged,
        failover: FailoverDeclaration? = nil,
        location: SourceLocation
    ) {
        self.protection = protection
        self.failover = failover
        self.selector = selector
        self.activeSite = activeSite
        self.dependsOn = dependsOn
        self.shutdown = shutdown
        self.startAfterSwitch = startAfterSwitch
        self.switchTimeout = switchTimeout
        self.shutdownTimeout = shutdownTimeout
        self.onFailure = onFailure
        self.rto = rto
        self.location = location
    }

    /// See `GroupSelector.address`.
    public var address: String { selector.address }
}

extension DesiredGroup {
    private enum CodingKeys: String, CodingKey {
        case selector, activeSite, dependsOn, shutdown, startAfterSwitch, switchTimeout, shutdownTimeout, onFailure, rto
        case protection, failover, location
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            selector: try container.decode(GroupSelector.self, forKey: .selector),
            activeSite: try container.decode(ActiveSite.self, forKey: .activeSite),
            dependsOn: try container.decode([String].self, forKey: .dependsOn),
            shutdown: try container.decode(ShutdownMode.self, forKey: .shutdown),
            startAfterSwitch: try container.decode(Bool.self, forKey: .startAfterSwitch),
            switchTimeout: try container.decode(TimeSpan.self, forKey: .switchTimeout),
            shutdownTimeout: try container.decode(TimeSpan.self, forKey: .shutdownTimeout),
            onFailure: try container.decode(FailurePolicy.self, forKey: .onFailure),
            rto: try container.decodeIfPresent(TimeSpan.self, forKey: .rto),
            // Absent from values encoded before protection and failover were declarable.
            protection: try container.decodeIfPresent(ProtectionWish.self, forKey: .protection) ?? .unmanaged,
            failover: try container.decodeIfPresent(FailoverDeclaration.self, forKey: .failover),
            location: try container.decode(SourceLocation.self, forKey: .location)
        )
    }
}
