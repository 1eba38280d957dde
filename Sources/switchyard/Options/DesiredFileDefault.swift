// This file is part of switchyard. Licensed under the Apache License, Version 2.0.

import Foundation

/// Where `-f` points when it is not given: `SWITCHYARD_FILE`, else `desired.yaml` in the working
/// directory (a missing file is then reported by that name, like any other). `apply` has no such
/// default: a command that changes production reads the file it is told to read.
enum DesiredFileDefault {
    static var path: String {
        let variable = ProcessInfo.processInfo.environment["SWITCHYARD_FILE"] ?? ""
        return variable.isEmpty ? "desired.yaml" : variable
    }
}
