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

    /// The catalogue phrase of the message, to write it in another ``Language``; `nil` when read
    /// back from JSON.
    public var phrase: Phrase?

    /// Creates an advisory; `Advisor` is the usual producer.
    public init(code: Code, message: String, serverIDs: [String]) {
        self.code = code
        self.message = message
        self.serverIDs = serverIDs
    }

    /// Creates an advisory from the catalogue: `message` is its English text.
    public init(code: Code, phrase: Phrase, serverIDs: [String]) {
        self.init(code: code, message: phrase.text(.english), serverIDs: serverIDs)
        self.phrase = phrase
    }

    /// The message in `language` (English for an advisory read back from JSON).
    public func text(_ language: Language) -> String {
        guard language != .english, let phrase else { return message }
        return phrase.text(language)
    }

    public var description: String { message }

    public static func == (lhs: Advisory, rhs: Advisory) -> Bool {
        lhs.code == rhs.code && lhs.message == rhs.message && lhs.serverIDs == rhs.serverIDs
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(code)
        hasher.combine(message)
        hasher.combine(serverIDs)
    }

    private enum CodingKeys: String, CodingKey {
        case code
        case message
        case serverIDs = "server_ids"
    }
}
