// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

/// Reads desired-state files (format version 1) into `DesiredState` values.
///
/// The parser never stops at the first problem: it reports YAML syntax errors, repeated keys,
/// unknown keys (with a did-you-mean), wrong types, bad values, repeated groups, unknown or cyclic
/// `dependsOn` references and id/name conflicts, each at its `file:line:column` (columns count
/// Unicode scalars, as libyaml does). The format is documented in `docs/desired-state.md` and
/// described structurally by `schemas/desired-state.schema.json`.
public enum DesiredStateParser {
    /// The format versions this build reads.
    public static let supportedVersions = [1]

    /// The largest file the parser reads, in bytes (10 MiB); a larger one is reported, not read.
    public static let maximumFileSize = 10 * 1024 * 1024

    /// Parses the text of a desired-state file.
    ///
    /// - Parameters:
    ///   - text: The whole file.
    ///   - file: The path to show in diagnostics and to record in the state and its locations,
    ///     as the user named it.
    /// - Returns: The state (when there are no errors) and every diagnostic, sorted by position.
    public static func parse(text: String, file: String) -> DesiredStateParseResult {
        var diagnostics = Diagnostics()
        guard text.utf8.count <= maximumFileSize else {
            diagnostics.error(.inputFileTooLarge, ["file": "\(file)"], at: nil)
            return DesiredStateParseResult(state: nil, diagnostics: diagnostics)
        }
        // libyaml is told the input is UTF-8, so it would read a byte-order mark as content.
        let text = text.hasPrefix("\u{FEFF}") ? String(text.unicodeScalars.dropFirst()) : text
        guard let document = YAMLComposer(file: file).compose(text, diagnostics: &diagnostics) else {
            return finish(state: nil, diagnostics: diagnostics)
        }
        var documentReader = DesiredStateDocumentReader(
            reader: YAMLReader(file: file, repeatedKeyPositions: document.repeatedKeyPositions))
        let draft = documentReader.read(document.root)
        var reader = documentReader.reader
        guard let draft else {
            diagnostics.append(contentsOf: reader.diagnostics)
            return finish(state: nil, diagnostics: diagnostics)
        }
        var resolver = GroupReferenceResolver(drafts: draft.groups)
        let dependencies = resolver.resolve(reader: &reader)
        diagnostics.append(contentsOf: reader.diagnostics)
        guard !diagnostics.hasErrors, let version = draft.version else {
            return finish(state: nil, diagnostics: diagnostics)
        }
        let groups = zip(draft.groups, dependencies).compactMap { group, addresses in
            group.resolved(defaults: draft.defaults, dependsOn: addresses, file: file)
        }
        let state = DesiredState(
            version: version, file: file, cloud: draft.cloud, defaults: draft.defaults, policy: draft.policy,
            groups: groups)
        return finish(state: state, diagnostics: diagnostics)
    }

    private static func finish(state: DesiredState?, diagnostics: Diagnostics) -> DesiredStateParseResult {
        DesiredStateParseResult(state: diagnostics.hasErrors ? nil : state, diagnostics: Diagnostics(diagnostics.sorted))
    }
}
