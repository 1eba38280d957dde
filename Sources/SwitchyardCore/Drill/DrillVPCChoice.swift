// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Which VPC each group's drill is built in (`--drill-vpc [GROUP=]VPC`, repeatable).
///
/// SDRS lets one VPC hold one drill only (SDRS.1921), so a bare `VPC` is accepted only when a
/// single group is drilled, and no VPC may be named for two groups. Groups without a VPC get one
/// SDRS creates.
public struct DrillVPCChoice: Sendable, Hashable {
    /// A group's address, ID or name → the VPC ID.
    public var byGroup: [String: String]
    /// The VPC of a bare `--drill-vpc VPC`.
    public var single: String?

    /// A mistake in the `--drill-vpc` values, as a sentence in any language.
    public struct Problem: Error, Sendable, Hashable, CustomStringConvertible {
        public var message: Message

        init(_ key: MessageKey, _ arguments: [String: Phrase.Argument]) {
            message = Message(key, arguments)
        }

        /// The English sentence.
        public var description: String { message.text }
    }

    /// Reads `[GROUP=]VPC` values.
    ///
    /// - Throws: `Problem` for an empty part, two bare VPCs, a group named twice, or a VPC named twice.
    public init(arguments: [String]) throws {
        byGroup = [:]
        single = nil
        var seen: Set<String> = []
        for argument in arguments {
            let parts = argument.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            guard parts.allSatisfy({ !$0.isEmpty }) else {
                throw Problem(.drillVPCMalformed, ["value": .text(TerminalText.line(argument, limit: 80))])
            }
            let vpc = parts[parts.count - 1]
            guard seen.insert(vpc).inserted else {
                throw Problem(.drillVPCTwice, ["vpc": .text(TerminalText.line(vpc, limit: 80))])
            }
            if parts.count == 1 {
                guard single == nil else {
                    throw Problem(.drillVPCBareTwice, [:])
                }
                single = vpc
            } else {
                guard byGroup[parts[0]] == nil else {
                    throw Problem(.drillVPCGroupTwice, ["group": .text(TerminalText.line(parts[0], limit: 80))])
                }
                byGroup[parts[0]] = vpc
            }
        }
    }

    /// The VPC for each target (by address, ID or name), or `single` when exactly one group is drilled.
    ///
    /// - Throws: `Problem` when a bare VPC is given for several groups, or a named group is not drilled.
    public func assign(to targets: [DrillTarget], names: [String: String] = [:]) throws -> [DrillTarget] {
        if single != nil, targets.count != 1 {
            throw Problem(.drillVPCBareNeedsOne, ["count": "\(targets.count)"])
        }
        let known = Set(targets.flatMap { [$0.address, $0.groupID, names[$0.groupID]].compactMap { $0 } })
        if let unknown = byGroup.keys.sorted().first(where: { !known.contains($0) }) {
            throw Problem(.drillVPCGroupNotDrilled, ["group": .text(TerminalText.line(unknown, limit: 80))])
        }
        return targets.map { target in
            var target = target
            target.drillVPCID = single ?? byGroup[target.address] ?? byGroup[target.groupID]
                ?? names[target.groupID].flatMap { byGroup[$0] }
            return target
        }
    }
}
