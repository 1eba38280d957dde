// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser
import SwitchyardCore

/// `--target` / `--exclude`: limit a run to some groups, by address (name, or ID when unnamed).
struct GroupSelectionOptions: ParsableArguments {
    @Option(name: .customLong("target"), help: ArgumentHelp(.helpSelectionTarget, valueName: "group"))
    var targets: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp(.helpSelectionExclude, valueName: "group"))
    var excludes: [String] = []
}
