// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardBuildInfo
import SwitchyardCore

extension Switchyard {
    /// `switchyard version [--json]`: version, commit and build date of this binary.
    struct Version: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "version",
            abstract: "Print the version, commit and build date of this binary.",
            discussion: "A binary built by scripts/release records its commit and build date; a plain "
                + "`swift build` says it is a development build (JSON: null commit and build_date). "
                + ExitCodeHelp.sentence([(.success, "printed")])
        )

        @Flag(help: "Print one JSON object: program, version, commit, build_date, development_build.")
        var json = false
        @OptionGroup var languageOptions: LanguageOptions

        func run() {
            let info = BuildInfo.current(program: "switchyard")
            print(json ? info.json : info.line)
        }
    }
}
