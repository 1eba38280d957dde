// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// A value read from the file together with where it was written.
struct Located<Value> {
    var value: Value
    var position: YAMLPosition
}

/// One entry of `groups:` as written, before defaults apply and references are resolved.
/// Optional settings stay `nil` when the entry does not set them.
struct GroupDraft {
    /// Where the entry's mapping starts (its first key).
    var position: YAMLPosition
    var id: Located<String>?
    var name: Located<String>?
    var activeSite: ActiveSite?
    var dependsOn: [Located<String>] = []
    var shutdown: ShutdownMode?
    var startAfterSwitch: Bool?
    var switchTimeout: TimeSpan?
    var shutdownTimeout: TimeSpan?
    var onFailure: FailurePolicy?
    var rto: TimeSpan?
    var protection: ProtectionWish?
    var failover: Located<String>?

    /// The address later stages use (name, else ID), or `nil` when the entry names no group.
    var address: String? { name?.value ?? id?.value }

    /// How messages refer to this group: "'erp-db'", or "at line 3, column 5" when it names none.
    var label: Phrase {
        address.map { Phrase(.inputGroupLabelName, ["name": "\($0)"]) } ?? Phrase(.inputGroupLabelAt, ["position": .phrase(position.phrase)])
    }

    /// The effective group: entry values first, then the file's defaults.
    func resolved(defaults: GroupDefaults, dependsOn addresses: [String], file: String) -> DesiredGroup? {
        guard let activeSite, id != nil || name != nil else { return nil }
        return DesiredGroup(
            selector: GroupSelector(id: id?.value, name: name?.value),
            activeSite: activeSite,
            dependsOn: addresses,
            shutdown: shutdown ?? defaults.shutdown,
            startAfterSwitch: startAfterSwitch ?? defaults.startAfterSwitch,
            switchTimeout: switchTimeout ?? defaults.switchTimeout,
            shutdownTimeout: shutdownTimeout ?? defaults.shutdownTimeout,
            onFailure: onFailure ?? defaults.onFailure,
            rto: rto,
            protection: protection ?? defaults.protection,
            failover: failover.map { FailoverDeclaration(reason: $0.value, location: $0.position.location(in: file)) },
            location: position.location(in: file))
    }
}
