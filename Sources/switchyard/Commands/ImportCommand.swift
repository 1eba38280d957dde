// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import Foundation
import SwitchyardCore

extension Switchyard {
    /// `switchyard import`: a desired-state file from the live estate, so that the next plan is a no-op.
    struct ImportCommand: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "import",
            abstract: HelpLanguage.text(.helpImportAbstract),
            discussion: HelpLanguage.text(.helpImportDiscussion) + " "
                + ExitCodeHelp.sentence([(.success, .helpImportExitSuccess), (.error, .helpImportExitError)])
        )

        @Option(name: .shortAndLong, help: ArgumentHelp(.helpImportOut, valueName: "file"))
        var out: String?

        @Flag(help: ArgumentHelp(.helpImportForce))
        var force = false

        @Option(name: .customLong("group"), help: ArgumentHelp(.helpImportGroup, valueName: "group"))
        var groups: [String] = []

        @Option(name: .customLong("exclude"), help: ArgumentHelp(.helpImportExclude, valueName: "group"))
        var excludes: [String] = []

        @OptionGroup var cloud: CloudOptions
        @OptionGroup var languageOptions: LanguageOptions

        func validate() throws {
            if let out, out.isEmpty || out.hasSuffix("/") {
                throw ValidationError("--out needs a file name, e.g. --out desired.yaml")
            }
        }

        func run() async throws {
            let logger = CommandLogging.makeLogger(debug: cloud.debug)
            if let out {
                try await CommandFailure.run {
                    if FileManager.default.fileExists(atPath: out) && !force {
                        throw ReportFileError(message: "'\(TerminalText.line(out))' exists; pass --force to overwrite it")
                    }
                    try ReportFile.checkWritable(out)
                }
            }
            let selection = DesiredStateImporter.Selection(groups: groups, excludes: excludes)
            let result = try await CommandFailure.run {
                try await CloudSession.run(options: cloud, desired: nil, purpose: .read, logger: logger) { api, target in
                    let live = try await LiveStateObserver(cloud: api).observe { groups in
                        Set(groups.filter(selection.includes).map(\.id))
                    }
                    return DesiredStateImporter.importing(
                        live, selection: selection, region: target.region, projectID: target.projectID,
                        generatedAt: Date().formatted(.iso8601))
                }
            }
            for note in result.notes { StandardStreams.writeError("note: \(TerminalText.line(note))\n") }
            // The file must parse: a desired state with no group is not one.
            let parsed = DesiredStateParser.parse(text: result.yaml, file: out ?? "<stdout>")
            guard parsed.state != nil else {
                StandardStreams.writeError("error: nothing written: the imported file would not be a valid desired state (\(parsed.diagnostics.filter { $0.severity == .error }.count) error(s)); see the notes above\n")
                throw ExitCode(ExitStatus.error.rawValue)
            }
            if let out {
                try await CommandFailure.run { try SecureFile.write(result.yaml, to: out) }
                StandardStreams.writeError("imported \(result.imported) group(s) into \(TerminalText.line(out))\n")
            } else {
                StandardStreams.write(result.yaml)
            }
        }
    }
}
