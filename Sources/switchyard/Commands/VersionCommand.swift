// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardBuildInfo
import SwitchyardCore

extension Switchyard {
    /// `switchyard version [--json]`: version, commit and build date of this binary.
    struct Version: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "version",
            abstract: HelpLanguage.text(.helpVersionAbstract),
            discussion: HelpLanguage.text(.helpVersionDiscussion) + " " + ExitCodeHelp.sentence([(.success, .helpVersionExitSuccess)])
        )

        @Flag(help: ArgumentHelp(.helpVersionJSON))
        var json = false
        @OptionGroup var languageOptions: LanguageOptions

        func run() {
            let info = BuildInfo.current(program: "switchyard")
            print(json ? info.json : info.line)
        }
    }
}
