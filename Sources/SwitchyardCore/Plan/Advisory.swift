// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Information a person needs after a switch (how to log in to the servers at the new site).
///
/// Advisories never block and never change what `apply` does. They come from the SDRS switchover
/// page's "login after the first switchover" notes and are attached to the switching groups whose
/// servers they concern. Detection is a heuristic over ECS metadata (see `Advisor`), so the wording
/// says "may" where the metadata cannot be certain.
public struct Advisory: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The kind of advisory. Encoded as its kebab-case raw value.
    public enum Code: String, Sendable, Hashable, Codable, CaseIterable {
        /// Windows servers that may run Cloudbase-Init: the password changes at the DR site.
        case windowsCloudbaseInit = "windows-cloudbase-init"
        /// Windows servers with no sign of Cloudbase-Init: the production password keeps working.
        case windowsWithoutCloudbaseInit = "windows-without-cloudbase-init"
        /// Linux servers (not CoreOS): the production password keeps working.
        case linux
        /// CoreOS servers: passwords changed after the first switchover and the initial password matter.
        case coreOS = "coreos"
    }

    /// The kind of advisory (stable).
    public var code: Code
    /// What to do, in full sentences.
    public var message: String
    /// The ECS IDs of the creation-time production servers (`source_server`) concerned, sorted.
    public var serverIDs: [String]

    /// Creates an advisory; `Advisor` is the usual producer.
    public init(code: Code, message: String, serverIDs: [String]) {
        self.code = code
        self.message = message
        self.serverIDs = serverIDs
    }

    public var description: String { message }

    private enum CodingKeys: String, CodingKey {
        case code
        case message
        case serverIDs = "server_ids"
    }
}
