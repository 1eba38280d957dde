// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import ArgumentParser

/// `--target` / `--exclude`: limit a run to some groups, by address (name, or ID when unnamed).
struct GroupSelectionOptions: ParsableArguments {
    @Option(name: .customLong("target"), help: ArgumentHelp("Only this group (repeatable); its dependencies are planned too.", valueName: "group"))
    var targets: [String] = []

    @Option(name: .customLong("exclude"), help: ArgumentHelp("Leave this group alone (repeatable).", valueName: "group"))
    var excludes: [String] = []
}
